import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { approvedOrganisation, customsOfficer } from './support/identity.js';
import { startNode } from './support/node.js';
import { sampleDossier } from '../examples/sample-dossier.js';

describe('filings: submitted by the declarant, answered by the customs office they are addressed to', () => {
  let node: TestNode;
  let exporter: Awaited<ReturnType<typeof approvedOrganisation>>;
  let chongqingCustoms: { token: string };
  let otherCustoms: { token: string };
  beforeAll(async () => {
    node = await startNode();
    exporter = await approvedOrganisation(node);
    chongqingCustoms = await customsOfficer(node, '8001');
    otherCustoms = await customsOfficer(node, '7211');
  });
  afterAll(() => node.close());

  const as = (token: string) => ({
    get: (path: string) => request(node.server).get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => request(node.server).post(path).set('authorization', `Bearer ${token}`).send(body),
  });
  let n = 0;
  const fileDossier = async (change: (d: ReturnType<typeof sampleDossier>) => object = (d) => d) => {
    const created = await as(exporter.token).post('/declarations/dossiers', change(sampleDossier({ exporterUscc: exporter.uscc, reference: `LIFE-${Date.now()}-${n++}` }))).expect(201);
    const filings = (await as(exporter.token).get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string }>;
    return Object.fromEntries(filings.map((f) => [f.kind, f.id]));
  };

  it('saves a container number with a wrong check digit as a bilingual finding on the field, and submits nothing until it is fixed', async () => {
    const wrongDigit = (d: ReturnType<typeof sampleDossier>) => ({ ...d, transport: { ...d.transport, containers: [{ ...d.transport.containers[0], number: 'TGHU8765430' }] } });
    const dossier = wrongDigit(sampleDossier({ exporterUscc: exporter.uscc, reference: `DIGIT-${Date.now()}` }));
    const created = await as(exporter.token).post('/declarations/dossiers', dossier).expect(201);
    expect(created.body).toMatchObject({ status: 'NEEDS_ATTENTION', document: { transport: { containers: [{ number: 'TGHU8765430' }] } } });
    expect(created.body.findings).toEqual([
      {
        rule: 'CONTAINER_CHECK_DIGIT',
        severity: 'ERROR',
        pointers: ['/transport/containers/0/number'],
        message: { 'zh-CN': expect.stringContaining('TGHU8765430 的校验码应为 6'), en: expect.stringContaining('should be 6') },
      },
    ]);
    const filings = (await as(exporter.token).get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string }>;
    for (const kind of ['CN_EXPORT_DECLARATION', 'CARGO_MANIFEST']) {
      const refused = await as(exporter.token).post(`/declarations/filings/${filings.find((f) => f.kind === kind)?.id}/submit`).expect(409);
      expect(refused.body).toMatchObject({ code: 'FILING_NOT_SUBMITTABLE', details: expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining('1 unresolved error') })]) });
    }

    const fixed = await request(node.server).put(`/declarations/dossiers/${created.body.id}`).set('authorization', `Bearer ${exporter.token}`).send(sampleDossier({ exporterUscc: exporter.uscc, reference: dossier.reference })).expect(200);
    expect(fixed.body).toMatchObject({ status: 'READY', findings: [] });
    const current = (await as(exporter.token).get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string }>;
    await as(exporter.token).post(`/declarations/filings/${current.find((f) => f.kind === 'CN_EXPORT_DECLARATION')?.id}/submit`).expect(200);
  });

  it('carries a declaration from submission to release, each answer a receipt the declarant sees', async () => {
    const { CN_EXPORT_DECLARATION: id } = await fileDossier();
    const submitted = await as(exporter.token).post(`/declarations/filings/${id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', addressedTo: '8001', submittedBy: exporter.adminId });

    const inbox = await as(chongqingCustoms.token).get('/declarations/authority/filings').expect(200);
    expect(inbox.body.map((f: { id: string }) => f.id)).toContain(id);
    const elsewhere = await as(otherCustoms.token).get('/declarations/authority/filings').expect(200);
    expect(elsewhere.body.map((f: { id: string }) => f.id)).not.toContain(id);
    await as(otherCustoms.token).post(`/declarations/authority/filings/${id}/receipts`, { decision: 'ACCEPT' }).expect(404);

    await as(chongqingCustoms.token).post(`/declarations/authority/filings/${id}/receipts`, { decision: 'ACCEPT' }).expect(200);
    const released = await as(chongqingCustoms.token).post(`/declarations/authority/filings/${id}/receipts`, { decision: 'RELEASE' }).expect(200);
    expect(released.body.status).toBe('RELEASED');
    const again = await as(chongqingCustoms.token).post(`/declarations/authority/filings/${id}/receipts`, { decision: 'RELEASE' }).expect(409);
    expect(again.body).toMatchObject({ code: 'FILING_STATE_CONFLICT', details: [{ status: 'RELEASED' }] });

    const seen = await as(exporter.token).get(`/declarations/filings/${id}`).expect(200);
    expect(seen.body.receipts.map((r: { decision: string }) => r.decision)).toEqual(['ACCEPT', 'RELEASE']);
  });

  it("sends each leg's manifest to the Chinese office that handles it: the rail leg to Chongqing, the sea leg to the office of exit", async () => {
    const created = await as(exporter.token).post('/declarations/dossiers', sampleDossier({ exporterUscc: exporter.uscc, reference: `MANIFEST-${Date.now()}` })).expect(201);
    const filings = (await as(exporter.token).get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string; key: string }>;
    const manifest = (key: string) => filings.find((f) => f.kind === 'CARGO_MANIFEST' && f.key === key)?.id as string;
    const rail = await as(exporter.token).post(`/declarations/filings/${manifest('leg-1')}/submit`).expect(200);
    const sea = await as(exporter.token).post(`/declarations/filings/${manifest('leg-2')}/submit`).expect(200);
    expect([rail.body.addressedTo, sea.body.addressedTo]).toEqual(['8001', '7211']);
    const qinzhou = await as(otherCustoms.token).get('/declarations/authority/filings').expect(200);
    expect(qinzhou.body.map((f: { id: string }) => f.id)).toContain(manifest('leg-2'));
    expect(qinzhou.body.map((f: { id: string }) => f.id)).not.toContain(manifest('leg-1'));
    await as(otherCustoms.token).post(`/declarations/authority/filings/${manifest('leg-2')}/receipts`, { decision: 'ACCEPT' }).expect(200);
  });

  it('lets the customs broker the dossier names as declarant file on the exporter’s behalf (代理申报), and no other broker', async () => {
    const [broker, otherBroker] = await Promise.all([approvedOrganisation(node, { kinds: ['CUSTOMS_BROKER'] }), approvedOrganisation(node, { kinds: ['CUSTOMS_BROKER'] })]);
    const declarant = { uscc: broker.uscc, country: 'CN', name: 'Liangjiang Customs Brokerage', address: 'Chongqing' };
    const { CN_EXPORT_DECLARATION: id } = await fileDossier((d) => ({ ...d, parties: { ...d.parties, declarant } }));
    await as(otherBroker.token).get(`/declarations/filings/${id}`).expect(404);
    await as(otherBroker.token).post(`/declarations/filings/${id}/submit`).expect(404);
    const read = await as(broker.token).get(`/declarations/filings/${id}`).expect(200);
    const submitted = await as(broker.token).post(`/declarations/filings/${id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', addressedTo: '8001', submittedBy: broker.adminId });
    const timeline = await as(broker.token).get(`/declarations/dossiers/${read.body.dossierId}/timeline`).expect(200);
    expect(timeline.body.map((e: { kind: string }) => e.kind)).toContain('FILING_SUBMITTED');
    // The exporter's data stays the exporter's: the broker files it but does not change it.
    const amend = await request(node.server).put(`/declarations/dossiers/${read.body.dossierId}`).set('authorization', `Bearer ${broker.token}`).send(sampleDossier({ exporterUscc: exporter.uscc }));
    expect(amend.body).toMatchObject({ statusCode: 403, code: 'DOSSIER_NOT_A_PARTY' });
    expect((await as(exporter.token).get(`/declarations/dossiers/${read.body.dossierId}`).expect(200)).body.version).toBe(1);
  });

  it('needs reasons to reject, and the declarant reads them', async () => {
    const { CN_EXPORT_DECLARATION: id } = await fileDossier();
    await as(exporter.token).post(`/declarations/filings/${id}/submit`).expect(200);
    const bare = await as(chongqingCustoms.token).post(`/declarations/authority/filings/${id}/receipts`, { decision: 'REJECT' }).expect(400);
    expect(bare.body.code).toBe('REJECTION_REASON_REQUIRED');
    await as(chongqingCustoms.token)
      .post(`/declarations/authority/filings/${id}/receipts`, { decision: 'REJECT', reasons: [{ code: 'HS_CLASSIFICATION', message: '商品编号与品名不符' }] })
      .expect(200);
    const seen = await as(exporter.token).get(`/declarations/filings/${id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'REJECTED', receipts: [{ decision: 'REJECT', reasons: [{ code: 'HS_CLASSIFICATION' }] }] });
  });

  it('refuses to submit what is not ready, saying why', async () => {
    const broken = await fileDossier((d) => ({ ...d, invoice: { ...d.invoice, totalAmount: '1.00' } }));
    const blocked = await as(exporter.token).post(`/declarations/filings/${broken.CN_EXPORT_DECLARATION}/submit`).expect(409);
    expect(blocked.body).toMatchObject({ code: 'FILING_NOT_SUBMITTABLE', details: [{ message: 'The dossier has 1 unresolved error(s)' }] });

    const { TH_IMPORT_DECLARATION: thai } = await fileDossier();
    const unkeyed = await as(exporter.token).post(`/declarations/filings/${thai}/submit`).expect(409);
    expect(unkeyed.body.details.map((d: { message: string }) => d.message)).toEqual(['/items/0/thaiTariffCode must be keyed first', '/items/1/thaiTariffCode must be keyed first']);
    const wrongField = await as(exporter.token).post(`/declarations/filings/${thai}/keyed`, { values: { '/header/importerName': 'Someone else' } }).expect(400);
    expect(wrongField.body.code).toBe('NOT_A_KEYED_FIELD');
    await as(exporter.token).post(`/declarations/filings/${thai}/keyed`, { values: { '/items/0/thaiTariffCode': '84713020', '/items/1/thaiTariffCode': '85171300' } }).expect(200);
    const submitted = await as(exporter.token).post(`/declarations/filings/${thai}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', addressedTo: null });
  });

  it('tells the whole story of a dossier in one timeline (一键跟踪)', async () => {
    const dossier = sampleDossier({ exporterUscc: exporter.uscc, reference: `TIMELINE-${Date.now()}` });
    const created = await as(exporter.token).post('/declarations/dossiers', { ...dossier, invoice: { ...dossier.invoice, totalAmount: '1.00' } }).expect(201);
    await request(node.server).put(`/declarations/dossiers/${created.body.id}`).set('authorization', `Bearer ${exporter.token}`).send(dossier).expect(200);
    const filings = (await as(exporter.token).get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string }>;
    const declaration = filings.find((f) => f.kind === 'CN_EXPORT_DECLARATION')?.id;
    await as(exporter.token).post(`/declarations/filings/${declaration}/submit`).expect(200);
    await as(chongqingCustoms.token).post(`/declarations/authority/filings/${declaration}/receipts`, { decision: 'ACCEPT' }).expect(200);
    await as(chongqingCustoms.token).post(`/declarations/authority/filings/${declaration}/receipts`, { decision: 'RELEASE' }).expect(200);

    const timeline = await as(exporter.token).get(`/declarations/dossiers/${created.body.id}/timeline`).expect(200);
    expect(timeline.body.map((e: { summary: { en: string } }) => e.summary.en)).toEqual([
      'Dossier entered (1 errors)',
      '5 filings derived',
      'Amended to version 2 (0 errors)',
      '5 filings derived',
      'China export goods declaration submitted',
      'China export goods declaration: accept',
      'China export goods declaration: release',
    ]);
    expect(timeline.body[6].summary['zh-CN']).toBe('中华人民共和国海关出口货物报关单：海关放行');
    const stranger = await approvedOrganisation(node);
    await as(stranger.token).get(`/declarations/dossiers/${created.body.id}/timeline`).expect(404);
  });

  it('keeps the authority view to customs officers', async () => {
    const res = await as(exporter.token).get('/declarations/authority/filings').expect(403);
    expect(res.body.code).toBe('ROLE_REQUIRED');
  });

  it('registers a customs authority only with its office code', async () => {
    const res = await request(node.server)
      .post('/identity/organisations')
      .send({ nameEn: 'Customs', country: 'CN', uscc: '91500000202815306C', kinds: ['CUSTOMS'], admin: { email: 'c@customs.example.cn', displayName: 'C', password: 'Corridor-2026-Chongqing' } })
      .expect(400);
    expect(res.body.code).toBe('CUSTOMS_OFFICE_MISMATCH');
  });
});
