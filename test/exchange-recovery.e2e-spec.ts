import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { decodeJwt } from 'jose';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FEED_REQUEST_TYPE, type FeedPage, type FeedRequest } from '@landsea/exchange';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { eventually, type PartnerNodePair, receivedAt, signedBy, startPartnerNodes } from './support/exchange-pair.js';
import { approvedOrganisation } from './support/identity.js';
import { sampleDossier } from '../examples/sample-dossier.js';

/** Guangxi pulls back from Chongqing what Chongqing queued for it, as a node restored from backup would. */
describe('exchange recovery by pull: a partner asks for everything since a cursor', () => {
  let pair: PartnerNodePair;
  let chongqing: TestNode;
  let guangxi: TestNode;
  beforeAll(async () => {
    pair = await startPartnerNodes('recovery');
    ({ chongqing, guangxi } = pair);
  });
  afterAll(() => pair.close());

  const operator = async (node: TestNode) => `Bearer ${await node.operatorToken()}`;
  const recover = async (body: Record<string, unknown> = {}, status = 200) =>
    request(guangxi.server).post('/exchange/partners/CQ/recover').set('authorization', await operator(guangxi)).send(body).expect(status);
  const feedRequest = (overrides: Partial<FeedRequest> = {}): FeedRequest => ({ requestId: randomUUID(), from: 'GX', to: 'CQ', sentAt: new Date().toISOString(), after: null, limit: 10_000, ...overrides });
  const askFeed = (jws: string) => request(chongqing.server).post('/exchange/feed').send({ request: jws });
  const messages = async (node: TestNode, partner: string) =>
    (await request(node.server).get(`/exchange/messages?partner=${partner}&limit=5000`).set('authorization', await operator(node)).expect(200)).body as Array<{
      direction: string;
      messageId: string;
      outcome: string;
      records: number;
      detail: Record<string, unknown>;
    }>;

  it('gives back to a node that lost what it was sent each record once, at its newest version, and nothing more the second time', async () => {
    const parties = await corridorParties(chongqing);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER' }).expect(201);
    const amended = await fileShipment(chongqing, parties, `RC-AMENDED-${Date.now()}`);
    const plain = await fileShipment(chongqing, parties, `RC-PLAIN-${Date.now()}`);
    await request(chongqing.server).put(`/declarations/dossiers/${amended}`).set('authorization', `Bearer ${parties.exporter.token}`)
      .send(sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference: 'RC-AMENDED-2' })).expect(200);
    const bill = await request(chongqing.server).post('/bills').set('authorization', `Bearer ${parties.carrier.token}`).send({ dossierId: amended, number: `RCBL${Date.now()}`, kind: 'TO_ORDER' }).expect(201);
    await request(chongqing.server).post(`/bills/${bill.body.id}/pledge`).set('authorization', `Bearer ${parties.exporter.token}`).send({ bank: { uscc: parties.bank.uscc } }).expect(200);
    await eventually(async () => {
      const [dossier] = await receivedAt(guangxi, 'DOSSIER', amended);
      const events = await receivedAt(guangxi, 'BILL_EVENT', bill.body.id);
      return dossier?.version === 2 && events.length === 2 && (await receivedAt(guangxi, 'DOSSIER', plain)).length === 1 ? true : undefined;
    });

    // Guangxi is restored from a backup taken before any of it arrived.
    await guangxi.app.get(DataSource).query(`DELETE FROM exchange.inbound_record WHERE source_node = 'CQ'`);
    expect(await receivedAt(guangxi, 'DOSSIER', amended)).toEqual([]);

    const first = await recover();
    // Two dossiers, the amended one at version 2 only, and the bill's two steps.
    expect(first.body).toMatchObject({ records: 4, applied: 4, stale: 0, rejected: 0, caughtUp: true, cursor: expect.any(String) });
    expect(await receivedAt(guangxi, 'DOSSIER', amended)).toEqual([expect.objectContaining({ version: 2, payload: expect.objectContaining({ document: expect.objectContaining({ reference: 'RC-AMENDED-2' }) }) })]);
    expect(await receivedAt(guangxi, 'DOSSIER', plain)).toHaveLength(1);
    expect((await receivedAt(guangxi, 'BILL_EVENT', bill.body.id)).map((e) => e.recordId).sort()).toEqual([`${bill.body.id}:1`, `${bill.body.id}:2`]);

    const second = await recover();
    expect(second.body).toMatchObject({ pages: 1, records: 0, applied: 0, caughtUp: true, cursor: first.body.cursor });
    const again = await recover({ fromStart: true });
    expect(again.body).toMatchObject({ records: 4, applied: 0, stale: 4, cursor: first.body.cursor });

    // Both ends keep the pulls in their evidence chains.
    const applied = (await messages(guangxi, 'CQ')).filter((m) => m.direction === 'IN' && m.outcome === 'FEED_APPLIED');
    const served = (await messages(chongqing, 'GX')).filter((m) => m.direction === 'OUT' && m.outcome === 'FEED_SERVED');
    expect(served.map((m) => m.messageId)).toEqual(expect.arrayContaining(applied.map((m) => m.messageId)));
    expect(applied.reduce((sum, m) => sum + m.records, 0)).toBe(8);
    // Each page applied is audited, as the operator's, with what it applied.
    const audited = (await request(guangxi.server).get('/audit?action=exchange.recovery_page_applied&targetId=CQ&limit=1000').set('authorization', await operator(guangxi)).expect(200)).body.items;
    expect(audited.map((e: { details: { requestId: string } }) => e.details.requestId).sort()).toEqual(applied.map((m) => m.messageId).sort());
    for (const [node, partner] of [[guangxi, 'CQ'], [chongqing, 'GX']] as const) {
      const chain = await request(node.server).get(`/exchange/messages/verify?partner=${partner}`).set('authorization', await operator(node)).expect(200);
      expect(chain.body.valid).toBe(true);
    }
  });

  it('answers a feed request once and refuses it replayed', async () => {
    const jws = await signedBy(guangxi, feedRequest(), FEED_REQUEST_TYPE);
    const first = await askFeed(jws).expect(200);
    expect(decodeJwt(first.body.page)).toMatchObject({ requestId: decodeJwt(jws).requestId, from: 'CQ', to: 'GX', after: null });
    const replayed = await askFeed(jws).expect(409);
    expect(replayed.body.code).toBe('FEED_REQUEST_REPLAYED');
    expect(replayed.body.page).toBeUndefined();
  });

  it('serves nothing to a forged request, a key the partner does not publish, an unknown node, another addressee or a far-off clock', async () => {
    const forgedRequest = feedRequest();
    const [header, , signature] = (await signedBy(guangxi, feedRequest(), FEED_REQUEST_TYPE)).split('.');
    const forged = await askFeed(`${header}.${Buffer.from(JSON.stringify(forgedRequest)).toString('base64url')}.${signature}`).expect(401);
    expect(forged.body.code).toBe('ENVELOPE_SIGNATURE_INVALID');
    // Chongqing's own key, claiming to be Guangxi: Guangxi publishes no such key.
    const wrongKey = await askFeed(await signedBy(chongqing, feedRequest(), FEED_REQUEST_TYPE)).expect(401);
    expect(wrongKey.body.code).toBe('ENVELOPE_KEY_UNKNOWN');
    const stranger = await askFeed(await signedBy(guangxi, feedRequest({ from: 'GZ' }), FEED_REQUEST_TYPE)).expect(403);
    expect(stranger.body.code).toBe('PARTNER_UNKNOWN');
    const misaddressed = await askFeed(await signedBy(guangxi, feedRequest({ to: 'YN' }), FEED_REQUEST_TYPE)).expect(400);
    expect(misaddressed.body.code).toBe('ENVELOPE_NOT_FOR_THIS_NODE');
    const skewed = await askFeed(await signedBy(guangxi, feedRequest({ sentAt: '2020-01-01T00:00:00Z' }), FEED_REQUEST_TYPE)).expect(400);
    expect(skewed.body.code).toBe('ENVELOPE_CLOCK_SKEW');
    const notOurCursor = await askFeed(await signedBy(guangxi, feedRequest({ after: 'somewhere' }), FEED_REQUEST_TYPE)).expect(400);
    expect(notOurCursor.body.code).toBe('ENVELOPE_MALFORMED');
    const envelopeAsRequest = await askFeed(await signedBy(guangxi, feedRequest(), 'landsea-exchange-envelope+jws')).expect(401);
    expect(envelopeAsRequest.body.code).toBe('ENVELOPE_SIGNATURE_INVALID');

    const log = await messages(chongqing, 'GX');
    expect(log.some((m) => m.messageId === forgedRequest.requestId && m.outcome === 'REFUSED')).toBe(true);
    expect(log.filter((m) => m.outcome === 'FEED_SERVED').map((m) => m.messageId)).not.toContain(forgedRequest.requestId);
  });

  it('stops serving a kind the agreement no longer covers', async () => {
    // The bill steps shared in the first test are what Chongqing owes Guangxi here.
    const page = async () => decodeJwt((await askFeed(await signedBy(guangxi, feedRequest(), FEED_REQUEST_TYPE)).expect(200)).body.page) as unknown as FeedPage;
    expect((await page()).records.map((r) => r.kind)).toContain('BILL_EVENT');
    await request(chongqing.server).put('/exchange/agreements/GX').set('authorization', await operator(chongqing)).send({ kinds: ['DOSSIER'] }).expect(200);
    try {
      const withdrawn = await page();
      expect(withdrawn.records.length).toBeGreaterThan(0);
      expect(withdrawn.records.every((r) => r.kind === 'DOSSIER')).toBe(true);
    } finally {
      await request(chongqing.server).put('/exchange/agreements/GX').set('authorization', await operator(chongqing)).send({ kinds: ['DOSSIER', 'BILL_EVENT'] }).expect(200);
    }
  });

  it('says FEED_UNREACHABLE when the partner does not answer, keeps the failure in the log, and resumes from the same cursor', async () => {
    const before = (await recover()).body.cursor as string;
    await pair.toChongqing.cut();
    try {
      const down = await recover({}, 502);
      expect(down.body.code).toBe('FEED_UNREACHABLE');
      const failed = (await messages(guangxi, 'CQ')).filter((m) => m.direction === 'IN' && m.outcome === 'FAILED');
      expect(failed.at(-1)?.detail).toMatchObject({ after: before, reason: expect.any(String) });
    } finally {
      await pair.toChongqing.start();
    }
    expect((await recover()).body).toMatchObject({ records: 0, cursor: before });
  });

  it('refuses a page that does not answer its own request, such as an old page replayed, and applies nothing of it', async () => {
    const old = (await askFeed(await signedBy(guangxi, feedRequest(), FEED_REQUEST_TYPE)).expect(200)).body.page as string;
    expect((decodeJwt(old) as unknown as FeedPage).records.length).toBeGreaterThan(0);
    const before = (await recover({ fromStart: true })).body.cursor as string;
    // Someone between the nodes answers with Chongqing's old page, genuinely signed, and its real keys.
    await pair.toChongqing.cut();
    const impostor = createServer((req, res) => {
      const answer = req.url === '/.well-known/jwks.json' ? fetch(`${chongqing.env.PUBLIC_BASE_URL}${req.url}`).then((r) => r.text()) : Promise.resolve(JSON.stringify({ page: old }));
      void answer.then((body) => res.setHeader('content-type', 'application/json').end(body));
    });
    await new Promise<void>((resolve) => impostor.listen(pair.toChongqing.port, '127.0.0.1', resolve));
    const inbound = guangxi.app.get(DataSource);
    await inbound.query(`DELETE FROM exchange.inbound_record WHERE source_node = 'CQ'`);
    try {
      const invalid = await recover({ fromStart: true }, 502);
      expect(invalid.body.code).toBe('FEED_PAGE_INVALID');
      expect(await inbound.query(`SELECT 1 FROM exchange.inbound_record WHERE source_node = 'CQ'`)).toEqual([]);
      expect((await messages(guangxi, 'CQ')).at(-1)).toMatchObject({ direction: 'IN', outcome: 'REFUSED' });
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
      await pair.toChongqing.start();
    }
    expect((await recover()).body).toMatchObject({ records: 0, cursor: before });
  });

  it('lets only node operators recover, and only from a registered partner', async () => {
    const firm = await approvedOrganisation(guangxi);
    const refused = await request(guangxi.server).post('/exchange/partners/CQ/recover').set('authorization', `Bearer ${firm.token}`).send({}).expect(403);
    expect(refused.body.code).toBe('ROLE_REQUIRED');
    await request(guangxi.server).post('/exchange/partners/CQ/recover').send({}).expect(401);
    const unknown = await request(guangxi.server).post('/exchange/partners/YN/recover').set('authorization', await operator(guangxi)).send({}).expect(403);
    expect(unknown.body.code).toBe('PARTNER_UNKNOWN');
    await request(guangxi.server).post('/exchange/partners/CQ/recover').set('authorization', await operator(guangxi)).send({ limit: 0 }).expect(400);
  });
});
