import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { TestNode } from '@landsea/testing';
import { approvedOrganisation, customsOfficer } from './support/identity.js';
import { startNode } from './support/node.js';
import { sampleDossier, sampleImportDossier } from '../examples/sample-dossier.js';

/** A day counted from today in China, where customs deadlines run. */
const chinaDay = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const SUMMARY_KEYED = { '/header/billOfLadingNo': 'BGP2645N-0318', '/header/licenceInvolved': 'N', '/header/inspectionInvolved': 'Y' };
const REST_KEYED = { '/items/0/domesticDestination': '50049', '/items/1/domesticDestination': '50049' };
const TITLE = 'China import goods declaration';

describe('两步申报: a China import declared as a summary, the goods picked up, then declared in full', () => {
  let node: TestNode;
  let importer: Awaited<ReturnType<typeof approvedOrganisation>>;
  let chongqingCustoms: { token: string };
  let qinzhouCustoms: { token: string };
  beforeAll(async () => {
    node = await startNode();
    importer = await approvedOrganisation(node);
    chongqingCustoms = await customsOfficer(node, '8001');
    qinzhouCustoms = await customsOfficer(node, '7211');
  });
  afterAll(() => node.close());

  const as = (token: string) => ({
    get: (path: string) => request(node.server).get(path).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => request(node.server).post(path).set('authorization', `Bearer ${token}`).send(body),
  });
  const answer = (id: string, decision: string, reasons?: object[]) => as(chongqingCustoms.token).post(`/declarations/authority/filings/${id}/receipts`, { decision, reasons });
  let n = 0;
  /** The importer's dossier of the northbound shipment, and the id of its import declaration. */
  const fileImport = async (arrivesOn = chinaDay(3)) => {
    const dossier = sampleImportDossier({ importerUscc: importer.uscc, reference: `TWO-STEP-${Date.now()}-${n++}`, arrivesOn });
    const created = await as(importer.token).post('/declarations/dossiers', dossier).expect(201);
    const filings = (await as(importer.token).get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string }>;
    return { dossierId: created.body.id as string, id: filings.find((f) => f.kind === 'CN_IMPORT_DECLARATION')?.id as string, all: filings };
  };
  const events = async (filingId: string) =>
    (
      (await node.app
        .get<DataSource>(getDataSourceToken())
        .query(`SELECT event_type, payload FROM platform.outbox_event WHERE aggregate_id = $1 ORDER BY seq`, [filingId])) as Array<{
        event_type: string;
        payload: Record<string, unknown>;
      }>
    ).map((e) => ({ type: e.event_type, status: e.payload.status, late: e.payload.late }));

  it('freezes the summary alone, lets customs accept it, then takes the complete declaration to release, all on the timeline', async () => {
    const arrival = chinaDay(3);
    const { dossierId, id } = await fileImport(arrival);

    // Only the summary's own keyed fields stand in the way of the summary.
    const unkeyed = await as(importer.token).post(`/declarations/filings/${id}/summary`).expect(409);
    expect(unkeyed.body.details.map((d: { message: string }) => d.message)).toEqual([
      '/header/billOfLadingNo must be keyed first',
      '/header/licenceInvolved must be keyed first',
      '/header/inspectionInvolved must be keyed first',
    ]);
    await as(importer.token).post(`/declarations/filings/${id}/keyed`, { values: SUMMARY_KEYED }).expect(200);
    const summarised = await as(importer.token).post(`/declarations/filings/${id}/summary`).expect(200);
    expect(summarised.body).toMatchObject({
      status: 'SUMMARY_SUBMITTED',
      addressedTo: '8001',
      summarySubmittedBy: importer.adminId,
      submittedAt: null,
      completeDueBy: chinaDay(17),
      completeOverdue: false,
    });
    const summary = summarised.body.summary;
    expect(Object.keys(summary.header).sort()).toEqual(
      ['billOfLadingNo', 'consigneeName', 'consigneeUscc', 'conveyance', 'declareCustoms', 'grossWeightKg', 'importDate', 'inspectionInvolved', 'licenceInvolved', 'tradeMode', 'transportMode'].sort(),
    );
    expect(summary.header).toMatchObject({ consigneeUscc: importer.uscc, billOfLadingNo: 'BGP2645N-0318', importDate: arrival, grossWeightKg: '25620.000' });
    expect(summary.items[0]).toEqual({ itemNo: 1, hsCode: '4001220000', nameZh: '技术分类天然橡胶（TSR20）', quantity: '16800', unit: 'KGM', totalPrice: '28896.00', currency: 'USD', originCountry: 'THA' });
    expect(summary.containers).toEqual([{ number: 'TGHU8765436' }]);

    // Out of order, each step answers 409 with the state the filing is in.
    for (const step of ['complete', 'submit', 'summary']) {
      const early = await as(importer.token).post(`/declarations/filings/${id}/${step}`).expect(409);
      expect(early.body).toMatchObject({ code: 'FILING_STATE_CONFLICT', details: [{ status: 'SUMMARY_SUBMITTED' }] });
    }
    expect((await answer(id, 'RELEASE').expect(409)).body.details).toEqual([{ status: 'SUMMARY_SUBMITTED' }]);
    const rekeyed = await as(importer.token).post(`/declarations/filings/${id}/keyed`, { values: { '/header/billOfLadingNo': 'OTHER' } }).expect(409);
    expect(rekeyed.body).toMatchObject({ code: 'SUMMARY_FIELD_FROZEN', details: [{ field: '/header/billOfLadingNo' }] });

    // The summary reaches the declaring office, and only it.
    const inbox = await as(chongqingCustoms.token).get('/declarations/authority/filings').expect(200);
    expect(inbox.body.find((f: { id: string }) => f.id === id)).toMatchObject({ status: 'SUMMARY_SUBMITTED', summary });
    await as(qinzhouCustoms.token).post(`/declarations/authority/filings/${id}/receipts`, { decision: 'ACCEPT' }).expect(404);
    const pickUp = await answer(id, 'ACCEPT').expect(200);
    expect(pickUp.body).toMatchObject({ status: 'SUMMARY_ACCEPTED', receipts: [{ decision: 'ACCEPT', step: 'SUMMARY' }] });

    // The complete declaration needs the rest keyed, and keeps the summary as it was filed.
    const incomplete = await as(importer.token).post(`/declarations/filings/${id}/complete`).expect(409);
    expect(incomplete.body.details.map((d: { message: string }) => d.message)).toEqual(['/items/0/domesticDestination must be keyed first', '/items/1/domesticDestination must be keyed first']);
    await as(importer.token).post(`/declarations/filings/${id}/keyed`, { values: REST_KEYED }).expect(200);
    const completed = await as(importer.token).post(`/declarations/filings/${id}/complete`).expect(200);
    expect(completed.body).toMatchObject({ status: 'SUBMITTED', submittedBy: importer.adminId, summary, completeOverdue: false });
    expect(completed.body.content.items[1]).toMatchObject({ specification: 'RSS3', unitPrice: '1.95', domesticDestination: '50049' });
    expect(completed.body.content.header).toMatchObject({ netWeightKg: '25200.000', entryCustoms: '7211', billOfLadingNo: 'BGP2645N-0318' });

    await answer(id, 'ACCEPT').expect(200);
    const released = await answer(id, 'RELEASE').expect(200);
    expect(released.body.receipts.map((r: { decision: string; step?: string }) => `${r.decision}${r.step ? `:${r.step}` : ''}`)).toEqual(['ACCEPT:SUMMARY', 'ACCEPT', 'RELEASE']);
    const seen = await as(importer.token).get(`/declarations/filings/${id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'RELEASED', summary });

    expect(await events(id)).toEqual([
      { type: 'declarations.filing-summary-submitted', status: 'SUMMARY_SUBMITTED', late: undefined },
      { type: 'declarations.filing-receipt-posted', status: 'SUMMARY_ACCEPTED', late: undefined },
      { type: 'declarations.filing-complete-submitted', status: 'SUBMITTED', late: false },
      { type: 'declarations.filing-receipt-posted', status: 'ACCEPTED', late: undefined },
      { type: 'declarations.filing-receipt-posted', status: 'RELEASED', late: undefined },
    ]);
    const timeline = await as(importer.token).get(`/declarations/dossiers/${dossierId}/timeline`).expect(200);
    expect(timeline.body.map((e: { summary: { en: string } }) => e.summary.en)).toEqual([
      'Dossier entered (0 errors)',
      '3 filings derived',
      `${TITLE}: summary declaration submitted (complete by ${chinaDay(17)})`,
      `${TITLE} summary: accept`,
      `${TITLE}: complete declaration submitted`,
      `${TITLE}: accept`,
      `${TITLE}: release`,
    ]);
    expect(timeline.body[3]).toMatchObject({ kind: 'RECEIPT', summary: { 'zh-CN': '中华人民共和国海关进口货物报关单概要申报：海关接受，货物可提离' } });
    expect(timeline.body[2].kind).toBe('SUMMARY_SUBMITTED');
  });

  it('ends a rejected summary there, with the reasons for the importer to read', async () => {
    const { dossierId, id } = await fileImport();
    await as(importer.token).post(`/declarations/filings/${id}/keyed`, { values: SUMMARY_KEYED }).expect(200);
    await as(importer.token).post(`/declarations/filings/${id}/summary`).expect(200);
    expect((await answer(id, 'REJECT').expect(400)).body.code).toBe('REJECTION_REASON_REQUIRED');
    await answer(id, 'REJECT', [{ code: 'BILL_OF_LADING', message: '提运单号与舱单不符' }]).expect(200);

    const seen = await as(importer.token).get(`/declarations/filings/${id}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'SUMMARY_REJECTED', completeOverdue: false, receipts: [{ decision: 'REJECT', step: 'SUMMARY', reasons: [{ code: 'BILL_OF_LADING' }] }] });
    const after = await as(importer.token).post(`/declarations/filings/${id}/complete`).expect(409);
    expect(after.body.details).toEqual([{ status: 'SUMMARY_REJECTED' }]);
    await answer(id, 'ACCEPT').expect(409);
    const timeline = await as(importer.token).get(`/declarations/dossiers/${dossierId}/timeline`).expect(200);
    expect(timeline.body.at(-1).summary).toEqual({ 'zh-CN': '中华人民共和国海关进口货物报关单概要申报：海关退单', en: `${TITLE} summary: reject` });
  });

  it('reports a complete declaration past its 14 days as overdue, and takes it as late', async () => {
    const arrival = chinaDay(-20);
    const { dossierId, id } = await fileImport(arrival);
    await as(importer.token).post(`/declarations/filings/${id}/keyed`, { values: { ...SUMMARY_KEYED, ...REST_KEYED } }).expect(200);
    await as(importer.token).post(`/declarations/filings/${id}/summary`).expect(200);
    await answer(id, 'ACCEPT').expect(200);
    const owed = await as(importer.token).get(`/declarations/filings/${id}`).expect(200);
    expect(owed.body).toMatchObject({ status: 'SUMMARY_ACCEPTED', completeDueBy: chinaDay(-6), completeOverdue: true });

    const late = await as(importer.token).post(`/declarations/filings/${id}/complete`).expect(200);
    expect(late.body).toMatchObject({ status: 'SUBMITTED', completeOverdue: true });
    expect((await events(id)).find((e) => e.type === 'declarations.filing-complete-submitted')?.late).toBe(true);
    const timeline = await as(importer.token).get(`/declarations/dossiers/${dossierId}/timeline`).expect(200);
    expect(timeline.body.at(-1).summary).toEqual({ 'zh-CN': '提交中华人民共和国海关进口货物报关单完整申报（逾期）', en: `${TITLE}: complete declaration submitted late` });
  });

  it('still takes an import declaration in one step, after which no summary can follow', async () => {
    const { id } = await fileImport();
    await as(importer.token).post(`/declarations/filings/${id}/keyed`, { values: { ...SUMMARY_KEYED, ...REST_KEYED } }).expect(200);
    const submitted = await as(importer.token).post(`/declarations/filings/${id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', addressedTo: '8001', summary: null, completeDueBy: null, completeOverdue: false });
    expect((await as(importer.token).post(`/declarations/filings/${id}/summary`).expect(409)).body.details).toEqual([{ status: 'SUBMITTED' }]);
    expect(await events(id)).toEqual([{ type: 'declarations.filing-submitted', status: 'SUBMITTED', late: undefined }]);
  });

  it('refuses two steps for what is not a China import declaration', async () => {
    const exporter = await approvedOrganisation(node);
    const created = await as(exporter.token).post('/declarations/dossiers', sampleDossier({ exporterUscc: exporter.uscc, reference: `EXPORT-${Date.now()}` })).expect(201);
    const filings = (await as(exporter.token).get(`/declarations/dossiers/${created.body.id}/filings`).expect(200)).body as Array<{ id: string; kind: string }>;
    const exportDeclaration = filings.find((f) => f.kind === 'CN_EXPORT_DECLARATION')?.id;
    const refused = await as(exporter.token).post(`/declarations/filings/${exportDeclaration}/summary`).expect(400);
    expect(refused.body).toMatchObject({ code: 'TWO_STEP_NOT_AVAILABLE', details: [{ kind: 'CN_EXPORT_DECLARATION' }], correlationId: expect.any(String) });
    expect((await as(exporter.token).get(`/declarations/filings/${exportDeclaration}`).expect(200)).body.status).toBe('DRAFT');

    const { all } = await fileImport();
    const manifest = all.find((f) => f.kind === 'CARGO_MANIFEST')?.id;
    expect((await as(importer.token).post(`/declarations/filings/${manifest}/summary`).expect(400)).body.code).toBe('TWO_STEP_NOT_AVAILABLE');
  });

  it('keeps each step to its actor: the importer declares, the office it is addressed to answers', async () => {
    const { id } = await fileImport();
    await as(importer.token).post(`/declarations/filings/${id}/keyed`, { values: SUMMARY_KEYED }).expect(200);
    const officer = await as(chongqingCustoms.token).post(`/declarations/filings/${id}/summary`).expect(403);
    expect(officer.body.code).toBe('ROLE_REQUIRED');
    const stranger = await approvedOrganisation(node);
    await as(stranger.token).post(`/declarations/filings/${id}/summary`).expect(404);
    await as(importer.token).post(`/declarations/filings/${id}/summary`).expect(200);
    expect((await as(importer.token).post(`/declarations/authority/filings/${id}/receipts`, { decision: 'ACCEPT' }).expect(403)).body.code).toBe('ROLE_REQUIRED');
    await answer(id, 'ACCEPT').expect(200);
    await as(stranger.token).post(`/declarations/filings/${id}/complete`).expect(404);
    await as(chongqingCustoms.token).post(`/declarations/filings/${id}/complete`).expect(403);
  });
});
