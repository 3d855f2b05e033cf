import { checkDossier } from '../../dossiers/checks/consistency-checks.js';
import { at } from '../filing-builder.js';
import { deriveFilings } from '../filing-generators.js';
import { summaryOf } from '../two-step.js';
import { chinaImportDeclaration } from './china-import-declaration.generator.js';
import { sampleDossier, sampleImportDossier } from '../../../../../examples/sample-dossier.js';

describe('the China import declaration (进口货物报关单)', () => {
  const dossier = sampleImportDossier();
  const filings = deriveFilings(dossier);
  const [declaration] = chinaImportDeclaration.generate(dossier);

  it('is derived for goods a foreign seller delivers to a Chinese consignee, and the export declaration is not', () => {
    expect(checkDossier(dossier).filter((f) => f.severity === 'ERROR')).toEqual([]);
    expect(filings.map((f) => `${f.kind}:${f.key}`)).toEqual(['CN_IMPORT_DECLARATION:main', 'CARGO_MANIFEST:leg-1', 'CARGO_MANIFEST:leg-2']);
    expect(deriveFilings(sampleDossier()).map((f) => f.kind)).not.toContain('CN_IMPORT_DECLARATION');
  });

  it('is not an import into China when the goods are delivered elsewhere', () => {
    const transit = { ...dossier, transport: { ...dossier.transport, placeOfDelivery: 'THLCH' } };
    expect(chinaImportDeclaration.applies(transit)).toBe(false);
  });

  it('fills the header from the leg entering China and the items from the invoice', () => {
    expect(declaration.content).toMatchObject({
      header: {
        declareCustoms: '8001',
        entryCustoms: '7211',
        consigneeUscc: '91500000MA60TYRE22',
        overseasConsignorName: 'Rayong Natural Rubber Public Co., Ltd.',
        transactionTerm: '1',
        tradeCountry: 'THA',
        departureCountry: 'THA',
        departurePort: 'THLCH',
        entryPort: 'CNQZH',
        importDate: '2026-12-06',
        transportMode: '2',
        conveyance: 'BEIBU GULF PIONEER/2645N',
        packages: 21,
        grossWeightKg: '25620.000',
        netWeightKg: '25200.000',
        packageKind: 'PL',
      },
      containers: [{ number: 'TGHU8765436', sizeType: '45G1' }],
      items: [
        expect.objectContaining({ hsCode: '4001220000', nameZh: '技术分类天然橡胶（TSR20）', quantity: '16800', unit: 'KGM', totalPrice: '28896.00', originCountry: 'THA' }),
        expect.objectContaining({ hsCode: '4001210000', totalPrice: '16380.00' }),
      ],
    });
    expect(declaration.provenance['/header/importDate']).toEqual({ from: '/transport/legs/0/plannedArrival' });
    expect(declaration.provenance['/header/conveyance']).toEqual({ derivedFrom: ['/transport/legs/0/vesselName', '/transport/legs/0/voyageNumber'] });
    expect(declaration.problems).toEqual([]);
  });

  it('traces every copied value to the dossier field that holds it', () => {
    for (const [path, provenance] of Object.entries(declaration.provenance)) {
      if (!('from' in provenance)) continue;
      const value = path.split('/').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], declaration.content);
      expect({ path, value }).toEqual({ path, value: at(dossier, provenance.from) });
    }
  });

  it('leaves to be keyed the bill of lading, the licence and inspection answers and each domestic destination', () => {
    const keyed = Object.entries(declaration.provenance).filter(([, p]) => 'keyed' in p).map(([path]) => path);
    expect(keyed).toEqual([
      '/header/billOfLadingNo',
      '/header/licenceInvolved',
      '/header/inspectionInvolved',
      '/items/0/domesticDestination',
      '/items/1/domesticDestination',
    ]);
  });

  it('cuts the summary declaration (概要申报) from the same content: only its fields, the keyed ones included', () => {
    const summary = summaryOf(declaration.content, chinaImportDeclaration.twoStep?.summaryFields ?? []);
    expect(summary).toEqual({
      header: {
        declareCustoms: '8001',
        consigneeUscc: '91500000MA60TYRE22',
        consigneeName: 'Chongqing Tiantai Tyre Co., Ltd. 重庆天台轮胎有限公司',
        tradeMode: '0110',
        billOfLadingNo: null,
        licenceInvolved: null,
        inspectionInvolved: null,
        transportMode: '2',
        conveyance: 'BEIBU GULF PIONEER/2645N',
        importDate: '2026-12-06',
        grossWeightKg: '25620.000',
      },
      containers: [{ number: 'TGHU8765436' }],
      items: [
        { itemNo: 1, hsCode: '4001220000', nameZh: '技术分类天然橡胶（TSR20）', quantity: '16800', unit: 'KGM', totalPrice: '28896.00', currency: 'USD', originCountry: 'THA' },
        { itemNo: 2, hsCode: '4001210000', nameZh: '烟胶片（RSS3）', quantity: '8400', unit: 'KGM', totalPrice: '16380.00', currency: 'USD', originCountry: 'THA' },
      ],
    });
  });

  it('makes the complete declaration due 14 days after the ship arrives', () => {
    expect(chinaImportDeclaration.twoStep?.completeDueBy(declaration.content)).toBe('2026-12-20');
    const [late] = chinaImportDeclaration.generate(sampleImportDossier({ arrivesOn: '2026-02-20' }));
    expect(chinaImportDeclaration.twoStep?.completeDueBy(late.content)).toBe('2026-03-06');
  });

  it('asks for the consignee USCC when the importer is named without one', () => {
    const unnamed = { ...dossier, parties: { ...dossier.parties, importer: { country: 'CN', name: 'Someone' } } };
    expect(chinaImportDeclaration.generate(unnamed)[0].problems.map((p) => p.rule)).toEqual(['CN_CONSIGNEE_USCC']);
  });
});
