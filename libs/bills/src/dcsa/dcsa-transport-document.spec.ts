import type { Dossier } from '@landsea/declarations';
import { DomainError } from '@landsea/errors';
import { type BillDocument, billDocumentFrom } from '../bills/bill-document.js';
import { eblSchemas, exportTransportDocument } from './dcsa-export.js';
import { partyIdFromCodes } from './dcsa-parties.js';
import { describeProblems } from './dcsa-schemas.js';
import { type TransportDocumentContext, toTransportDocument } from './dcsa-transport-document.js';
import { inTwoContainers, sampleDossier } from '../../../../examples/sample-dossier.js';

const context: TransportDocumentContext = { status: 'ISSUED', contact: { name: 'Landsea CQ node', email: 'operator@landsea.local' } };

function referenceBill(kind: 'STRAIGHT' | 'TO_ORDER' = 'TO_ORDER', dossier: Dossier = sampleDossier()): BillDocument {
  return billDocumentFrom({ id: '7f0c2d36-8a0e-4d53-9a43-0d8f1f1c2b11', reference: dossier.reference, version: 1, ready: true, document: dossier }, {
    number: 'CQLS2026000142',
    kind,
    issuedAt: new Date('2026-10-24T18:30:00Z'),
  });
}

describe('the bill as a DCSA eBL 3.0.4 Transport Document', () => {
  it("gives the reference shipment's bill in a form DCSA's own schema accepts, straight or to order", () => {
    for (const kind of ['STRAIGHT', 'TO_ORDER'] as const) {
      const document = toTransportDocument(referenceBill(kind), context);
      const check = eblSchemas().check('TransportDocument', document);
      expect(check.valid ? '' : describeProblems(check.problems)).toBe('');
      expect(document.isToOrder).toBe(kind === 'TO_ORDER');
    }
  });

  it('maps the rail leg to pre-carriage by rail, the sea leg to its vessel and voyage, and every place to its UN/LOCODE', () => {
    const document = toTransportDocument(referenceBill(), context);
    expect(document).toMatchObject({
      transportDocumentReference: 'CQLS2026000142',
      transportDocumentTypeCode: 'BOL',
      freightPaymentTermCode: 'PRE',
      // 18:30 UTC is the next morning in Chongqing.
      issueDate: '2026-10-25',
      placeOfIssue: { UNLocationCode: 'CNCQI', locationName: 'Chongqing' },
      invoicePayableAt: { UNLocationCode: 'CNCQI' },
      transports: {
        preCarriageBy: 'RAIL',
        placeOfReceipt: { UNLocationCode: 'CNCQI' },
        portOfLoading: { UNLocationCode: 'CNQZH' },
        portOfDischarge: { UNLocationCode: 'THLCH' },
        vesselVoyages: [{ vesselName: 'BEIBU GULF PIONEER', carrierExportVoyageNumber: '2644S' }],
        plannedDepartureDate: '2026-10-29',
        plannedArrivalDate: '2026-11-04',
      },
      utilizedTransportEquipments: [{ equipment: { equipmentReference: 'TGHU8765436', ISOEquipmentCode: '45G1' }, seals: [{ number: 'CQ2026104512' }] }],
    });
    expect((document.transports as Record<string, unknown>).onCarriageBy).toBeUndefined();
    const items = document.consignmentItems as Array<{ HSCodes: string[]; cargoItems: Array<Record<string, unknown>> }>;
    expect(items.map((i) => i.HSCodes)).toEqual([['847130'], ['851713']]);
    expect(items[0].cargoItems[0]).toMatchObject({ equipmentReference: 'TGHU8765436', cargoGrossWeight: { value: 1040, unit: 'KGM' }, outerPackaging: { packageCode: 'CT', numberOfPackages: 40 } });
  });

  it('exports a shipment in several containers: each container once, and a cargo item per container each line is stowed in', () => {
    const document = toTransportDocument(referenceBill('TO_ORDER', inTwoContainers(sampleDossier())), context);
    const check = eblSchemas().check('TransportDocument', document);
    expect(check.valid ? '' : describeProblems(check.problems)).toBe('');
    expect(document.utilizedTransportEquipments).toEqual([
      { equipment: { equipmentReference: 'TGHU8765436', ISOEquipmentCode: '45G1' }, isShipperOwned: false, seals: [{ number: 'CQ2026104512' }] },
      { equipment: { equipmentReference: 'MSKU1234565', ISOEquipmentCode: '22G1' }, isShipperOwned: false, seals: [{ number: 'CQ2026104513' }] },
    ]);
    const items = document.consignmentItems as Array<{ cargoItems: Array<Record<string, unknown>> }>;
    expect(items.map((i) => i.cargoItems.map((c) => `${String(c.equipmentReference)}:${(c.outerPackaging as { numberOfPackages: number }).numberOfPackages}:${(c.cargoGrossWeight as { value: number }).value}`))).toEqual([
      ['TGHU8765436:30:780', 'MSKU1234565:10:260'],
      ['MSKU1234565:25:215'],
    ]);
    // What a line weighs net is not known per container: a split line says it in none of them.
    expect(items[0].cargoItems[0].cargoNetWeight).toBeUndefined();
    expect(items[1].cargoItems[0].cargoNetWeight).toEqual({ value: 150, unit: 'KGM' });
  });

  it('still exports a bill issued before stowage was recorded when it has one container, and refuses one with several', () => {
    const bill = referenceBill();
    const old = { ...bill, cargo: bill.cargo.map(({ stowage: _, ...line }) => line) };
    const items = toTransportDocument(old, context).consignmentItems as Array<{ cargoItems: Array<{ equipmentReference: string }> }>;
    expect(items.map((i) => i.cargoItems.map((c) => c.equipmentReference))).toEqual([['TGHU8765436'], ['TGHU8765436']]);
    const several = { ...old, containers: [...old.containers, { number: 'MSKU1234565', sizeType: '22G1', seals: [] }] };
    expect(() => exportTransportDocument(several, context)).toThrow(expect.objectContaining({ code: 'NOT_EXPRESSIBLE_AS_DCSA' }) as DomainError);
  });

  it('names parties by USCC or national id in codes another platform can read back', () => {
    const parties = toTransportDocument(referenceBill('STRAIGHT'), context).documentParties as Record<string, { identifyingCodes: never[] }>;
    expect(parties.shipper.identifyingCodes).toEqual([{ codeListProvider: 'ZZZ', codeListName: 'USCC', partyCode: '91500000202815306C' }]);
    expect(partyIdFromCodes(parties.shipper.identifyingCodes)).toEqual({ uscc: '91500000202815306C' });
    expect(partyIdFromCodes(parties.consignee.identifyingCodes)).toEqual({ country: 'TH', nationalId: '0105536012345' });
    expect(partyIdFromCodes(parties.issuingParty.identifyingCodes)).toEqual({ uscc: '91500000MA5U7K8B3E' });
  });

  it('fails a document missing a required field, saying which and where', () => {
    const document = toTransportDocument(referenceBill(), context);
    delete (document.documentParties as Record<string, Record<string, unknown>>).shipper.partyName;
    document.freightPaymentTermCode = 'PREPAID';
    const check = eblSchemas().check('TransportDocument', document);
    expect(check.valid).toBe(false);
    const text = check.valid ? '' : describeProblems(check.problems);
    expect(text).toContain("/documentParties/shipper: must have required property 'partyName'");
    expect(text).toContain('/freightPaymentTermCode: must be equal to one of the allowed values (PRE, COL)');
  });

  it('refuses a bill DCSA cannot hold: without a sea leg, or a bill number longer than DCSA allows', () => {
    const bill = referenceBill();
    const railOnly = { ...bill, route: { ...bill.route, legs: bill.route.legs.filter((l) => l.mode === 'RAIL') } };
    expect(() => exportTransportDocument(railOnly, context)).toThrow(expect.objectContaining({ code: 'NOT_EXPRESSIBLE_AS_DCSA' }) as DomainError);
    const long = { ...bill, number: 'CQLS2026000142-AMENDED-01' };
    expect(() => exportTransportDocument(long, context)).toThrow(
      expect.objectContaining({ code: 'DCSA_SCHEMA_VIOLATION', details: [{ field: '/transportDocumentReference', message: 'must NOT have more than 20 characters' }] }) as DomainError,
    );
  });
});
