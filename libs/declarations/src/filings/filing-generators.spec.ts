import { at } from './filing-builder.js';
import { deriveFilings, reuseOf } from './filing-generators.js';
import { inTwoContainers, sampleDossier } from '../../../../examples/sample-dossier.js';

describe('filings derived from one dossier', () => {
  const dossier = sampleDossier();
  const filings = deriveFilings(dossier);

  it('derives the export declaration, a manifest per leg, Form E and the Thai import declaration', () => {
    expect(filings.map((f) => `${f.kind}:${f.key}`)).toEqual([
      'CN_EXPORT_DECLARATION:main',
      'CARGO_MANIFEST:leg-1',
      'CARGO_MANIFEST:leg-2',
      'CERTIFICATE_OF_ORIGIN:FORM_E',
      'TH_IMPORT_DECLARATION:main',
    ]);
  });

  it('applies for the RCEP certificate instead of Form E when the exporter chooses it for an ASEAN buyer', () => {
    const base = sampleDossier();
    const rcep = deriveFilings({ ...base, customs: { ...base.customs, preferenceScheme: 'RCEP' } }).find((f) => f.kind === 'CERTIFICATE_OF_ORIGIN');
    expect(rcep).toMatchObject({ key: 'RCEP', content: { scheme: 'RCEP' }, });
    expect(rcep?.problems.map((p) => p.rule)).toEqual(['ORIGIN_CRITERION_NEEDED', 'ORIGIN_CRITERION_NEEDED']);
    expect(rcep?.provenance['/scheme']).toEqual({ derivedFrom: expect.arrayContaining(['/customs/preferenceScheme', '/parties/importer/country']) });
  });

  it('warns when the chosen scheme does not cover the buyer, and applies for the one that does', () => {
    const base = sampleDossier();
    const japan = { ...base.parties.importer, country: 'JP' };
    const dossier = { ...base, parties: { ...base.parties, importer: japan }, customs: { ...base.customs, preferenceScheme: 'FORM_E' as const } };
    const certificate = deriveFilings(dossier).find((f) => f.kind === 'CERTIFICATE_OF_ORIGIN');
    expect(certificate?.key).toBe('RCEP');
    expect(certificate?.problems.map((p) => p.rule)).toContain('PREFERENCE_SCHEME_NOT_AVAILABLE');
  });

  it('fills the export declaration as China customs expects, nothing keyed', () => {
    const declaration = filings[0];
    expect(declaration.content).toMatchObject({
      header: {
        declareCustoms: '8001',
        consignorUscc: '91500000202815306C',
        tradeMode: '0110',
        transactionTerm: '1',
        transportMode: '2',
        conveyance: 'BEIBU GULF PIONEER/2644S',
        tradeCountry: 'THA',
        portOfDestination: 'THLCH',
        packages: 65,
        grossWeightKg: '1255.000',
        netWeightKg: '1030.000',
      },
      items: [
        expect.objectContaining({ hsCode: '8471300000', nameZh: '笔记本电脑', specification: 'YX-NB14', totalPrice: '155600.00', originCountry: 'CHN' }),
        expect.objectContaining({ hsCode: '8517130000', quantity: '500' }),
      ],
    });
    expect(Object.values(declaration.provenance).some((p) => 'keyed' in p)).toBe(false);
    expect(declaration.problems).toEqual([]);
  });

  it('records for every value the dossier field it came from, and that field holds the value', () => {
    for (const filing of filings) {
      for (const [path, provenance] of Object.entries(filing.provenance)) {
        if (!('from' in provenance)) continue;
        const value = path.split('/').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], filing.content);
        expect({ path, value }).toEqual({ path, value: at(dossier, provenance.from) });
      }
    }
  });

  it('leaves to be keyed only what the trade documents cannot say, and warns of it', () => {
    const keyed = filings.flatMap((f) => Object.entries(f.provenance).filter(([, p]) => 'keyed' in p).map(([path]) => `${f.kind}${path}`));
    expect(keyed).toEqual([
      'CERTIFICATE_OF_ORIGIN/producer/name',
      'CERTIFICATE_OF_ORIGIN/items/0/originCriterion',
      'CERTIFICATE_OF_ORIGIN/items/1/originCriterion',
      'TH_IMPORT_DECLARATION/items/0/thaiTariffCode',
      'TH_IMPORT_DECLARATION/items/1/thaiTariffCode',
    ]);
    expect(filings[3].problems.map((p) => p.rule)).toEqual(['ORIGIN_CRITERION_NEEDED', 'ORIGIN_CRITERION_NEEDED']);
  });

  it('reports the reuse: each dossier field keyed once fills several filing fields', () => {
    const reuse = reuseOf(filings);
    expect(reuse.keyed).toBe(5);
    expect(reuse.filledFromDossier).toBeGreaterThan(2 * reuse.dossierFieldsUsed);
    expect(reuse.reuseRatio).toBeGreaterThan(2);
  });

  it('offers no certificate of origin for goods not of Chinese origin', () => {
    const foreign = { ...dossier, invoice: { ...dossier.invoice, lines: dossier.invoice.lines.map((l) => ({ ...l, originCountry: 'VN' })) } };
    expect(deriveFilings(foreign).map((f) => f.kind)).not.toContain('CERTIFICATE_OF_ORIGIN');
  });

  it('lists the goods in each container: every line in the one container when there is one, as stowed when there are several', () => {
    expect(filings[0].content.containers).toEqual([{ number: 'TGHU8765436', sizeType: '45G1', goodsItems: '1,2' }]);
    const [declaration, manifest] = deriveFilings(inTwoContainers(dossier));
    expect(declaration.content.containers).toEqual([
      { number: 'TGHU8765436', sizeType: '45G1', goodsItems: '1' },
      { number: 'MSKU1234565', sizeType: '22G1', goodsItems: '1,2' },
    ]);
    expect(manifest.content.containers).toEqual([
      expect.objectContaining({ number: 'TGHU8765436', packages: 30, grossWeightKg: '780.000', goods: [{ lineNo: 1, packages: 30, grossWeightKg: '780.000' }] }),
      expect.objectContaining({
        number: 'MSKU1234565',
        packages: 35,
        grossWeightKg: '475.000',
        goods: [
          { lineNo: 1, packages: 10, grossWeightKg: '260.000' },
          { lineNo: 2, packages: 25, grossWeightKg: '215.000' },
        ],
      }),
    ]);
    expect(manifest.provenance['/containers/1/goods/0/packages']).toEqual({ derivedFrom: ['/packingList/lines/0/stowage/1/packages'] });
    expect(manifest.provenance['/containers/1/goods/1/packages']).toEqual({ derivedFrom: ['/packingList/lines/1/packages'] });
  });
});
