import type { Dossier } from '../dossier.js';
import { checkDossier } from './consistency-checks.js';
import { inTwoContainers, sampleDossier } from '../../../../../examples/sample-dossier.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const mutate = (change: (d: Mutable<Dossier>) => void): Dossier => {
  const dossier = structuredClone(sampleDossier()) as Mutable<Dossier>;
  change(dossier);
  return dossier;
};
const rules = (dossier: Dossier) => checkDossier(dossier).map((f) => `${f.severity}:${f.rule}`);

describe('consistency checks', () => {
  it('finds nothing wrong with the reference shipment', () => {
    expect(checkDossier(sampleDossier())).toEqual([]);
  });

  it('catches an invoice total that is not the sum of its lines, pointing at every amount', () => {
    const [finding] = checkDossier(mutate((d) => (d.invoice.totalAmount = '215600.01')));
    expect(finding).toMatchObject({
      rule: 'INVOICE_TOTAL_MISMATCH',
      severity: 'ERROR',
      pointers: ['/invoice/totalAmount', '/invoice/lines/0/amount', '/invoice/lines/1/amount'],
    });
    expect(finding.message['zh-CN']).toContain('215600.01');
    expect(finding.message.en).toContain('215600');
  });

  it('computes in decimals: 0.1 + 0.2 is 0.3', () => {
    const dossier = mutate((d) => {
      d.invoice.lines = [
        { ...d.invoice.lines[0], quantity: '1', unitPrice: '0.10', amount: '0.10' },
        { ...d.invoice.lines[1], quantity: '1', unitPrice: '0.20', amount: '0.20' },
      ];
      d.invoice.totalAmount = '0.30';
    });
    expect(rules(dossier)).not.toContain('ERROR:INVOICE_TOTAL_MISMATCH');
  });

  it.each<[string, (d: Mutable<Dossier>) => void, string]>([
    ['a line amount that is not quantity × price', (d) => (d.invoice.lines[0].amount = '155600.10'), 'ERROR:INVOICE_LINE_AMOUNT_MISMATCH'],
    ['an invoice currency other than the contract', (d) => (d.invoice.currency = 'CNY'), 'ERROR:CURRENCY_MISMATCH'],
    ['a packing quantity other than the invoice', (d) => (d.packingList.lines[1].quantity = '499'), 'ERROR:QUANTITY_MISMATCH'],
    ['an invoice line with nothing packed', (d) => d.packingList.lines.pop(), 'ERROR:PACKING_LINE_MISSING'],
    ['gross weight below net weight', (d) => (d.packingList.lines[0].grossWeightKg = '870.000'), 'ERROR:GROSS_BELOW_NET'],
    ['packages that do not add up to the transport data', (d) => (d.transport.totalPackages = 64), 'ERROR:PACKAGES_MISMATCH'],
    ['one model under two HS codes', (d) => (d.invoice.lines[1].model = 'YX-NB14'), 'ERROR:HS_CODE_CONFLICT'],
    ['a different buyer on the invoice', (d) => (d.invoice.buyer = { country: 'TH', nationalId: '0999', name: 'Other' }), 'ERROR:PARTY_MISMATCH'],
    ['CIF without insurance', (d) => delete d.invoice.insurance, 'ERROR:INCOTERM_COST_MISSING'],
    ['FOB with freight on the invoice', (d) => (d.contract.incoterm = 'FOB'), 'WARNING:INCOTERM_COST_UNEXPECTED'],
    ['a rail leg ending where no railway is', (d) => (d.transport.legs[0].to = 'THLCH'), 'ERROR:LOCATION_CANNOT_SERVE_MODE'],
    ['a place that is not a UN/LOCODE', (d) => (d.transport.legs[1].to = 'THZZZ'), 'ERROR:UNKNOWN_LOCATION'],
    ['legs that do not connect', (d) => (d.transport.legs[1].from = 'CNFAN'), 'ERROR:ROUTE_GAP'],
    ['a sea leg leaving before the train arrives', (d) => (d.transport.legs[1].plannedDeparture = '2026-10-26'), 'ERROR:DATES_OUT_OF_ORDER'],
    ['an invoice dated before the contract', (d) => (d.invoice.date = '2026-10-01'), 'ERROR:DATES_OUT_OF_ORDER'],
  ])('catches %s', (_, change, expected) => {
    expect(rules(mutate(change))).toContain(expected);
  });

  describe('containers and what is stowed in them', () => {
    const twoContainers = (change: (d: Mutable<Dossier>) => void = () => {}): Dossier => {
      const dossier = structuredClone(inTwoContainers(sampleDossier())) as Mutable<Dossier>;
      change(dossier);
      return dossier;
    };

    it('finds nothing wrong with a shipment in two containers whose lines say where they are stowed, nor with one container and no stowage', () => {
      expect(checkDossier(twoContainers())).toEqual([]);
      expect(checkDossier(sampleDossier()).filter((f) => f.rule.startsWith('STOWAGE') || f.rule.startsWith('CONTAINER'))).toEqual([]);
    });

    it('makes a wrong ISO 6346 check digit a bilingual finding on the field, naming the right digit', () => {
      const findings = checkDossier(mutate((d) => (d.transport.containers[0].number = 'TGHU8765430')));
      expect(findings).toEqual([
        {
          rule: 'CONTAINER_CHECK_DIGIT',
          severity: 'ERROR',
          pointers: ['/transport/containers/0/number'],
          message: { 'zh-CN': expect.stringContaining('校验码应为 6'), en: 'The check digit of container TGHU8765430 should be 6 (ISO 6346): check the number' },
        },
      ]);
    });

    it.each<[string, (d: Mutable<Dossier>) => void, string, string]>([
      ['a line that does not say where it is stowed', (d) => delete d.packingList.lines[1].stowage, 'STOWAGE_MISSING', '/packingList/lines/1/stowage'],
      ['a line stowed in a container the dossier does not list', (d) => (d.packingList.lines[1].stowage = [{ container: 'CSQU3054383' }]), 'STOWAGE_CONTAINER_UNKNOWN', '/packingList/lines/1/stowage/0/container'],
      ['a split line that does not say how much is in each container', (d) => delete d.packingList.lines[0].stowage![1].grossWeightKg, 'STOWAGE_SPLIT_INCOMPLETE', '/packingList/lines/0/stowage'],
      ['a split line whose parts do not add up to it', (d) => (d.packingList.lines[0].stowage![1].packages = 11), 'STOWAGE_SPLIT_MISMATCH', '/packingList/lines/0/packages'],
      ['a container whose declared packages differ from what is stowed in it', (d) => (d.transport.containers[1].packages = 36), 'CONTAINER_CONTENTS_MISMATCH', '/transport/containers/1/packages'],
      ['a container whose declared gross weight differs from what is stowed in it', (d) => (d.transport.containers[0].grossWeightKg = '790.000'), 'CONTAINER_CONTENTS_MISMATCH', '/transport/containers/0/grossWeightKg'],
    ])('catches %s', (_, change, rule, pointer) => {
      const findings = checkDossier(twoContainers(change)).filter((f) => f.rule === rule);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'ERROR', pointers: expect.arrayContaining([pointer]) });
      expect(findings[0].message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
