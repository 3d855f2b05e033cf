import type { Dossier } from '@landsea/declarations';

/**
 * The corridor's reference shipment: a Chongqing electronics exporter sells laptops and
 * smartphones to a Bangkok importer, CIF Laem Chabang, by rail from Chongqing to Qinzhou and by
 * sea from Qinzhou to Laem Chabang. The tests, the benchmark, the demo and `npm run sample` start
 * from it. Example data, not part of any context's public entry point.
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

/**
 * The reference shipment in two containers, as most corridor shipments travel: the laptops split
 * 30 + 10 cartons, the phones all in the second, each line saying where it is stowed.
 */
export function inTwoContainers(dossier: Dossier): Dossier {
  const [laptops, phones] = dossier.packingList.lines;
  return {
    ...dossier,
    packingList: {
      ...dossier.packingList,
      lines: [
        { ...laptops, stowage: [{ container: 'TGHU8765436', packages: 30, grossWeightKg: '780.000' }, { container: 'MSKU1234565', packages: 10, grossWeightKg: '260.000' }] },
        { ...phones, stowage: [{ container: 'MSKU1234565' }] },
      ],
    },
    transport: {
      ...dossier.transport,
      containers: [
        { number: 'TGHU8765436', sizeType: '45G1', seals: ['CQ2026104512'], packages: 30, grossWeightKg: '780.000' },
        { number: 'MSKU1234565', sizeType: '22G1', seals: ['CQ2026104513'], packages: 35, grossWeightKg: '475.000' },
      ],
    },
  };
}

/**
 * The corridor's northbound shipment: a Rayong rubber exporter sells natural rubber to a
 * Chongqing tyre maker, CIF Qinzhou, by sea from Laem Chabang to Qinzhou and by rail on to
 * Chongqing. The Chinese importer files it; the China import declaration may go in two steps.
 * `arrivesOn` is the ship's arrival at Qinzhou, from which the other dates are set.
 */
export function sampleImportDossier(overrides: { importerUscc?: string; reference?: string; arrivesOn?: string } = {}): Dossier {
  const arrival = overrides.arrivesOn ?? '2026-12-06';
  const day = (offset: number) => new Date(Date.parse(`${arrival}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const exporter = { country: 'TH', nationalId: '0107537000521', name: 'Rayong Natural Rubber Public Co., Ltd.', address: '88 Sukhumvit Road, Mueang Rayong 21000' };
  const importer = {
    uscc: overrides.importerUscc ?? '91500000MA60TYRE22',
    country: 'CN',
    name: 'Chongqing Tiantai Tyre Co., Ltd. 重庆天台轮胎有限公司',
    address: '18 Jianqiao Avenue, Dadukou District, Chongqing',
  };
  return {
    reference: overrides.reference ?? 'TT-2026-0318',
    parties: { exporter, importer, notifyParty: importer, carrier: { uscc: '91500000MA5U7K8B3E', country: 'CN', name: 'Chongqing Land-Sea Corridor Logistics Co., Ltd.' } },
    contract: { number: 'RNR-TT-2026-09', date: day(-30), seller: exporter, buyer: importer, incoterm: 'CIF', incotermPlace: 'CNQZH', currency: 'USD', paymentTerms: 'T/T 30 days' },
    invoice: {
      number: 'RNR-INV-2026-0877',
      date: day(-20),
      seller: exporter,
      buyer: importer,
      currency: 'USD',
      totalAmount: '45276.00',
      freight: '1800.00',
      insurance: '90.00',
      lines: [
        {
          lineNo: 1,
          productNameZh: '技术分类天然橡胶（TSR20）',
          productNameEn: 'Technically specified natural rubber TSR20',
          model: 'TSR20',
          hsCode: '4001220000',
          originCountry: 'TH',
          quantity: '16800',
          unit: 'KGM',
          unitPrice: '1.72',
          amount: '28896.00',
        },
        {
          lineNo: 2,
          productNameZh: '烟胶片（RSS3）',
          productNameEn: 'Ribbed smoked sheet RSS3',
          model: 'RSS3',
          hsCode: '4001210000',
          originCountry: 'TH',
          quantity: '8400',
          unit: 'KGM',
          unitPrice: '1.95',
          amount: '16380.00',
        },
      ],
    },
    packingList: {
      shipper: exporter,
      consignee: importer,
      lines: [
        { lineNo: 1, quantity: '16800', packages: 14, packageKind: 'PL', netWeightKg: '16800.000', grossWeightKg: '17080.000', marks: 'TT/CKG/1-14' },
        { lineNo: 2, quantity: '8400', packages: 7, packageKind: 'PL', netWeightKg: '8400.000', grossWeightKg: '8540.000', marks: 'TT/CKG/15-21' },
      ],
    },
    transport: {
      placeOfReceipt: 'THLCH',
      portOfLoading: 'THLCH',
      portOfDischarge: 'CNQZH',
      placeOfDelivery: 'CNCQI',
      totalPackages: 21,
      legs: [
        { sequence: 1, mode: 'SEA', from: 'THLCH', to: 'CNQZH', vesselName: 'BEIBU GULF PIONEER', voyageNumber: '2645N', plannedDeparture: day(-6), plannedArrival: arrival },
        { sequence: 2, mode: 'RAIL', from: 'CNQZH', to: 'CNCQI', trainNumber: 'X8012', plannedDeparture: day(1), plannedArrival: day(3) },
      ],
      containers: [{ number: 'TGHU8765436', sizeType: '45G1', seals: ['TH2026112301'], packages: 21, grossWeightKg: '25620.000' }],
    },
    customs: { customsOffice: '8001', exitOffice: '7211', tradeMode: '0110', exemptionNature: '101' },
  };
}
