import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { approvedOrganisation, register, signIn } from './support/identity.js';
import { startNode } from './support/node.js';
import { sampleDossier, sampleImportDossier } from '../examples/sample-dossier.js';

// One node and one approved exporter for the whole file; each test files under its own references.
let node: TestNode;
let exporter: Awaited<ReturnType<typeof approvedOrganisation>>;
beforeAll(async () => {
  node = await startNode();
  exporter = await approvedOrganisation(node);
});
afterAll(() => node.close());

describe('trade dossiers: entered once, checked on every save, amended as versions', () => {

  const post = (body: object, token = exporter.token) => request(node.server).post('/declarations/dossiers').set('authorization', `Bearer ${token}`).send(body);
  let counter = 0;
  const mine = () => sampleDossier({ exporterUscc: exporter.uscc, reference: `REF-${Date.now()}-${counter++}` });

  it('keeps the reference shipment as version 1, ready to file, and records an event for the other contexts', async () => {
    const res = await post(mine()).expect(201);
    expect(res.body).toMatchObject({ version: 1, status: 'READY', findings: [] });
    expect(res.body.document.invoice.lines[0].amount).toBe('155600.00');
    const again = await request(node.server).get(`/declarations/dossiers/${res.body.id}`).set('authorization', `Bearer ${exporter.token}`).expect(200);
    expect(again.body.document).toEqual(res.body.document);
  });

  it('saves a dossier with inconsistencies, listing each with its rule, pointers and both languages', async () => {
    const dossier = mine();
    const res = await post({ ...dossier, invoice: { ...dossier.invoice, totalAmount: '215600.50' } }).expect(201);
    expect(res.body.status).toBe('NEEDS_ATTENTION');
    expect(res.body.findings).toEqual([
      expect.objectContaining({
        rule: 'INVOICE_TOTAL_MISMATCH',
        severity: 'ERROR',
        pointers: ['/invoice/totalAmount', '/invoice/lines/0/amount', '/invoice/lines/1/amount'],
        message: { 'zh-CN': expect.stringContaining('发票总金额'), en: expect.stringContaining('invoice total') },
      }),
    ]);
  });

  it('amends as a new version and keeps the old one', async () => {
    const dossier = mine();
    const created = await post({ ...dossier, invoice: { ...dossier.invoice, totalAmount: '1.00' } }).expect(201);
    const amended = await request(node.server).put(`/declarations/dossiers/${created.body.id}`).set('authorization', `Bearer ${exporter.token}`).send(dossier).expect(200);
    expect(amended.body).toMatchObject({ version: 2, status: 'READY' });
    const versions = await request(node.server).get(`/declarations/dossiers/${created.body.id}/versions`).set('authorization', `Bearer ${exporter.token}`).expect(200);
    expect(versions.body.map((v: { version: number; errorCount: number }) => `${v.version}:${v.errorCount}`)).toEqual(['1:1', '2:0']);
    const first = await request(node.server).get(`/declarations/dossiers/${created.body.id}/versions/1`).set('authorization', `Bearer ${exporter.token}`).expect(200);
    expect(first.body.document.invoice.totalAmount).toBe('1.00');
  });

  it.each<[string, (d: ReturnType<typeof sampleDossier>) => object, string, string]>([
    ['an HS code whose subheading does not exist', (d) => ({ ...d, invoice: { ...d.invoice, lines: [{ ...d.invoice.lines[0], hsCode: '8471990000' }] } }), 'invoice.lines[0].hsCode', '847199 is not an HS subheading'],
    ['a negative amount', (d) => ({ ...d, invoice: { ...d.invoice, totalAmount: '-5.00' } }), 'invoice.totalAmount', 'non-negative decimal'],
    ['an amount given as a float', (d) => ({ ...d, invoice: { ...d.invoice, totalAmount: 215600 } }), 'invoice.totalAmount', 'must be a string'],
    ['an unknown UN/LOCODE', (d) => ({ ...d, transport: { ...d.transport, portOfDischarge: 'THQQQ' } }), 'transport.portOfDischarge', 'THQQQ is not a UN/LOCODE location'],
    ['a container number not written as ISO 6346', (d) => ({ ...d, transport: { ...d.transport, containers: [{ ...d.transport.containers[0], number: 'TGHU 876543-6' }] } }), 'transport.containers[0].number', 'owner code'],
    ['an unknown currency', (d) => ({ ...d, contract: { ...d.contract, currency: 'XXQ' } }), 'contract.currency', 'not an ISO 4217'],
    ['a date that does not exist', (d) => ({ ...d, invoice: { ...d.invoice, date: '2026-02-30' } }), 'invoice.date', 'not a date'],
  ])('refuses %s with the field named, and stores nothing', async (_, change, field, message) => {
    const before = await request(node.server).get('/declarations/dossiers').set('authorization', `Bearer ${exporter.token}`).expect(200);
    const res = await post(change(mine())).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringContaining(message) })]));
    const after = await request(node.server).get('/declarations/dossiers').set('authorization', `Bearer ${exporter.token}`).expect(200);
    expect(after.body).toHaveLength(before.body.length);
  });

  it('refuses amounts more precise than their currency', async () => {
    const dossier = mine();
    const res = await post({ ...dossier, invoice: { ...dossier.invoice, freight: '3200.005' } }).expect(400);
    expect(res.body).toMatchObject({ code: 'AMOUNT_TOO_PRECISE', details: [{ field: 'invoice.freight' }] });
  });

  it('answers a second dossier under the same reference with 409', async () => {
    const dossier = mine();
    await post(dossier).expect(201);
    expect((await post(dossier).expect(409)).body.code).toBe('DOSSIER_REFERENCE_TAKEN');
  });

  it("refuses a dossier in which the caller's organisation is neither exporter, importer nor declarant", async () => {
    const res = await post(sampleDossier({ reference: 'NOT-MINE-1' })).expect(403);
    expect(res.body.code).toBe('DOSSIER_NOT_A_PARTY');
  });

  it('lets a Chinese importer file what it buys abroad, and derives the import declaration from it', async () => {
    const res = await post(sampleImportDossier({ importerUscc: exporter.uscc, reference: `IMPORT-${Date.now()}` })).expect(201);
    expect(res.body).toMatchObject({ status: 'READY', findings: [] });
    expect(res.body.filings.map((f: { kind: string }) => f.kind)).toEqual(['CN_IMPORT_DECLARATION', 'CARGO_MANIFEST', 'CARGO_MANIFEST']);
  });

  it('keeps an organisation under review from filing', async () => {
    const pending = await register(node);
    const { access } = await signIn(node, pending.email);
    const res = await post(sampleDossier({ exporterUscc: pending.uscc }), access).expect(403);
    expect(res.body.code).toBe('ORGANISATION_NOT_APPROVED');
  });

  it("answers 404 for another organisation's dossier", async () => {
    const created = await post(mine()).expect(201);
    const other = await approvedOrganisation(node);
    await request(node.server).get(`/declarations/dossiers/${created.body.id}`).set('authorization', `Bearer ${other.token}`).expect(404);
    const amend = await request(node.server)
      .put(`/declarations/dossiers/${created.body.id}`)
      .set('authorization', `Bearer ${other.token}`)
      .send(sampleDossier({ exporterUscc: other.uscc }))
      .expect(404);
    expect(amend.body.code).toBe('DOSSIER_NOT_FOUND');
  });
});

describe('filings derived on every save, with no re-keying', () => {

  const get = (path: string, token = exporter.token) => request(node.server).get(path).set('authorization', `Bearer ${token}`);

  it('derives the four filings at once and reports the reuse', async () => {
    const created = await request(node.server)
      .post('/declarations/dossiers')
      .set('authorization', `Bearer ${exporter.token}`)
      .send(sampleDossier({ exporterUscc: exporter.uscc, reference: 'FILINGS-1' }))
      .expect(201);
    expect(created.body.filings.map((f: { kind: string; key: string }) => `${f.kind}:${f.key}`)).toEqual([
      'CN_EXPORT_DECLARATION:main',
      'CARGO_MANIFEST:leg-1',
      'CARGO_MANIFEST:leg-2',
      'CERTIFICATE_OF_ORIGIN:FORM_E',
      'TH_IMPORT_DECLARATION:main',
    ]);
    expect(created.body.reuse.reuseRatio).toBeGreaterThan(2);

    const filings = await get(`/declarations/dossiers/${created.body.id}/filings`).expect(200);
    expect(filings.body).toHaveLength(5);
    const declaration = filings.body.find((f: { kind: string }) => f.kind === 'CN_EXPORT_DECLARATION');
    expect(declaration).toMatchObject({ status: 'DRAFT', stale: false, dossierVersion: 1 });
    expect(declaration.content.header.consignorUscc).toBe(exporter.uscc);
    expect(declaration.provenance['/header/consignorUscc']).toEqual({ from: '/parties/exporter/uscc' });
  });

  it('marks the old filings stale on amendment and shows what changed in each', async () => {
    const dossier = sampleDossier({ exporterUscc: exporter.uscc, reference: 'FILINGS-2' });
    const created = await request(node.server).post('/declarations/dossiers').set('authorization', `Bearer ${exporter.token}`).send(dossier).expect(201);
    const first = (await get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string }>;
    const amended = { ...dossier, invoice: { ...dossier.invoice, freight: '3400.00' } };
    await request(node.server).put(`/declarations/dossiers/${created.body.id}`).set('authorization', `Bearer ${exporter.token}`).send(amended).expect(200);

    const old = await get(`/declarations/filings/${first[0].id}`).expect(200);
    expect(old.body).toMatchObject({ stale: true, dossierVersion: 1, changesFromPrevious: null });
    const current = (await get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string; dossierVersion: number }>;
    expect(current.every((f) => f.dossierVersion === 2)).toBe(true);
    const declaration = current.find((f) => f.kind === 'CN_EXPORT_DECLARATION');
    const detail = await get(`/declarations/filings/${declaration?.id}`).expect(200);
    expect(detail.body.changesFromPrevious).toEqual([{ path: '/header/freight', from: '3200.00', to: '3400.00' }]);
  });

  it("shows no one else's filings", async () => {
    const created = await request(node.server)
      .post('/declarations/dossiers')
      .set('authorization', `Bearer ${exporter.token}`)
      .send(sampleDossier({ exporterUscc: exporter.uscc, reference: 'FILINGS-3' }))
      .expect(201);
    const filings = (await get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string }>;
    const other = await approvedOrganisation(node);
    await get(`/declarations/dossiers/${created.body.id}/filings`, other.token).expect(404);
    expect((await get(`/declarations/filings/${filings[0].id}`, other.token).expect(404)).body.code).toBe('FILING_NOT_FOUND');
  });
});
