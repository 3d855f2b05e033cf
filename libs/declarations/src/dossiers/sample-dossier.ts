import type { Dossier } from './dossier.js';

/**
 * The corridor's reference shipment: a Chongqing electronics exporter sells laptops and
 * smartphones to a Bangkok importer, CIF Laem Chabang, by rail from Chongqing to Qinzhou and by
 * sea from Qinzhou to Laem Chabang. The tests, the benchmark and the demo start from it.
 */
export function sampleDossier(overrides: { exporterUscc?: string; reference?: string; carrierUscc?: string; importerNationalId?: string } = {}): Dossier {
  const exporter = {
    uscc: overrides.exporterUscc ?? '91500000202815306C',
    country: 'CN',
    name: 'Chongqing Yuxin Electronics Co., Ltd. 重庆渝新电子有限公司',
    address: '1 Xiyong Avenue, Shapingba District, Chongqing',
  };
  const importer = { country: 'TH', nationalId: overrides.importerNationalId ?? '0105536012345', name: 'Siam Digital Trading Co., Ltd.', address: '99 Rama IV Road, Bangkok 10500' };
  return {
    reference: overrides.reference ?? 'YX-2026-0142',
    parties: {
      exporter,
      importer,
      notifyParty: importer,
      carrier: { uscc: overrides.carrierUscc ?? '91500000MA5U7K8B3E', country: 'CN', name: 'Chongqing Land-Sea Corridor Logistics Co., Ltd.' },
    },
    contract: {
      number: 'YX-SD-2026-017',
      date: '2026-10-08',
      seller: exporter,
      buyer: importer,
      incoterm: 'CIF',
      incotermPlace: 'THLCH',
      currency: 'USD',
      paymentTerms: 'L/C at sight',
    },
    invoice: {
      number: 'YX-INV-2026-0142',
      date: '2026-10-20',
      seller: exporter,
      buyer: importer,
      currency: 'USD',
      totalAmount: '215600.00',
      freight: '3200.00',
      insurance: '260.00',
      lines: [
        {
          lineNo: 1,
          productNameZh: '笔记本电脑',
          productNameEn: 'Laptop computer',
          model: 'YX-NB14',
          hsCode: '8471300000',
          originCountry: 'CN',
          quantity: '400',
          unit: 'PCE',
          unitPrice: '389.00',
          amount: '155600.00',
        },
        {
          lineNo: 2,
          productNameZh: '智能手机',
          productNameEn: 'Smartphone',
          model: 'YX-P7',
          hsCode: '8517130000',
          originCountry: 'CN',
          quantity: '500',
          unit: 'PCE',
          unitPrice: '120.00',
          amount: '60000.00',
        },
      ],
    },
    packingList: {
      shipper: exporter,
      consignee: importer,
      lines: [
        { lineNo: 1, quantity: '400', packages: 40, packageKind: 'CT', netWeightKg: '880.000', grossWeightKg: '1040.000', volumeM3: '6.200', marks: 'SDT/BKK/1-40' },
        { lineNo: 2, quantity: '500', packages: 25, packageKind: 'CT', netWeightKg: '150.000', grossWeightKg: '215.000', volumeM3: '1.500', marks: 'SDT/BKK/41-65' },
      ],
    },
    transport: {
      placeOfReceipt: 'CNCQI',
      portOfLoading: 'CNQZH',
      portOfDischarge: 'THLCH',
      placeOfDelivery: 'THLCH',
      totalPackages: 65,
      legs: [
        { sequence: 1, mode: 'RAIL', from: 'CNCQI', to: 'CNQZH', trainNumber: 'X8011', plannedDeparture: '2026-10-25', plannedArrival: '2026-10-27' },
        { sequence: 2, mode: 'SEA', from: 'CNQZH', to: 'THLCH', vesselName: 'BEIBU GULF PIONEER', voyageNumber: '2644S', plannedDeparture: '2026-10-29', plannedArrival: '2026-11-04' },
      ],
      containers: [{ number: 'TGHU8765436', sizeType: '45G1', seals: ['CQ2026104512'], packages: 65, grossWeightKg: '1255.000' }],
    },
    customs: { customsOffice: '8001', exitOffice: '7211', tradeMode: '0110', exemptionNature: '101' },
  };
}
