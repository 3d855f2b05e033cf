import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { sampleDossier } from '../examples/sample-dossier.js';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { eventually, type PartnerNodePair, receivedAt, signedBy, startPartnerNodes } from './support/exchange-pair.js';
import { startNode } from './support/node.js';

// Short clocks: a job's whole retry budget (3 attempts, 50 ms backoff) is spent in well under a
// second, and the outage below lasts several times longer. Probes are capped at 500 ms.
const CLOCKS = {
  QUEUE_ATTEMPTS: '3',
  QUEUE_BACKOFF_MS: '50',
  EXCHANGE_BREAKER_THRESHOLD: '3',
  EXCHANGE_BREAKER_OPEN_MS: '100',
  EXCHANGE_PROBE_MAX_MS: '500',
  EXCHANGE_TIMEOUT_MS: '1000',
};

interface PartnerView {
  partner: string;
  state: 'UP' | 'DOWN' | 'PROBING';
  since: string | null;
  failures: number;
  lastError: string | null;
  pendingRecords: number;
  nextProbeAt: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a partner node away for longer than any retry budget', () => {
  let pair: PartnerNodePair;
  let chongqing: TestNode;
  let guangxi: TestNode;
  /** A second process of Chongqing's node: the same database and Redis prefix. */
  let chongqingToo: TestNode;
  let parties: Awaited<ReturnType<typeof corridorParties>>;
  const operator = async (node: TestNode) => `Bearer ${await node.operatorToken()}`;
  const partners = async (node: TestNode) =>
    (await request(node.server).get('/exchange/partners').set('authorization', await operator(node)).expect(200)).body as PartnerView[];
  const partner = async (node: TestNode, code: string) => (await partners(node)).find((p) => p.partner === code);
  const deadLetters = async (node: TestNode) =>
    (await request(node.server).get('/ops/dead-letters?queue=exchange-delivery').set('authorization', await operator(node)).expect(200)).body as Array<{
      id: string;
      data: { partner: string };
      attempts: number;
    }>;
  const outLog = async (node: TestNode, code: string) =>
    (await request(node.server).get(`/exchange/messages?partner=${code}&direction=OUT&limit=5000`).set('authorization', await operator(node)).expect(200)).body as Array<{
      outcome: string;
      detail: Record<string, unknown>;
    }>;

  beforeAll(async () => {
    pair = await startPartnerNodes('outage', CLOCKS);
    ({ chongqing, guangxi } = pair);
    chongqingToo = await startNode(chongqing.env);
    parties = await corridorParties(chongqing);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER' }).expect(201);
  }, 180_000);
  afterAll(async () => {
    await chongqingToo?.close();
    await pair?.close();
  });

  it('keeps what it owes, shows the partner DOWN, and delivers it all once the partner answers, without new traffic', async () => {
    await pair.toGuangxi.cut();
    const reference = `EX-OUTAGE-${Date.now()}`;
    const first = await fileShipment(chongqing, parties, `${reference}-0`);
    const ids = [first];
    // Chongqing keeps working for many times the retry budget while Guangxi is away.
    for (let i = 1; i <= 3; i += 1) {
      await sleep(700);
      ids.push(await fileShipment(chongqing, parties, `${reference}-${i}`));
    }
    const amended = sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference: `${reference}-0-amended` });
    const v2 = await request(chongqing.server).put(`/declarations/dossiers/${first}`).set('authorization', `Bearer ${parties.exporter.token}`).send(amended).expect(200);
    const newest = new Map(ids.map((id) => [id, id === first ? (v2.body.version as number) : 1]));
    await sleep(1000);

    expect(await deadLetters(chongqing)).toEqual([]);
    // Partner states are for the node's operators only.
    await request(chongqing.server).get('/exchange/partners').set('authorization', `Bearer ${parties.exporter.token}`).expect(403);
    await request(chongqing.server).get('/exchange/partners').expect(401);
    const down = await eventually(async () => {
      const gx = await partner(chongqing, 'GX');
      return gx?.state === 'DOWN' && gx.pendingRecords === ids.length + 1 ? gx : undefined;
    });
    expect(down.failures).toBeGreaterThanOrEqual(3);
    expect(down.lastError).toEqual(expect.any(String));
    expect(Date.parse(down.since as string)).toBeLessThan(Date.now() - 1000);
    expect(Date.parse(down.nextProbeAt as string)).toBeGreaterThan(Date.parse(down.since as string));
    // The other process of the node sees the same partner state: the breaker is the node's, not a process's.
    expect(await partner(chongqingToo, 'GX')).toMatchObject({ state: expect.stringMatching(/^(DOWN|PROBING)$/), since: down.since });
    const metrics = (await request(chongqing.server).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^landsea_exchange_partner_up\{partner="GX"\} 0$/m);
    expect(metrics).toMatch(new RegExp(`^landsea_exchange_partner_pending_records\\{partner="GX"\\} ${ids.length + 1}$`, 'm'));

    // Guangxi comes back. Nothing new is created at Chongqing: its probe finds Guangxi answering.
    await pair.toGuangxi.start();
    const cqDatabase = chongqing.app.get(DataSource);
    await eventually(async () => {
      const [{ n }] = (await cqDatabase.query(`SELECT count(*)::int AS n FROM exchange.outbound_record WHERE partner_node = 'GX' AND outcome IS NULL`)) as [{ n: number }];
      return n === 0 ? true : undefined;
    }, 20_000);
    const settled = (await cqDatabase.query(`SELECT outcome, count(*)::int AS n FROM exchange.outbound_record WHERE partner_node = 'GX' GROUP BY outcome`)) as Array<{ outcome: string; n: number }>;
    expect(settled).toEqual([{ outcome: 'DELIVERED', n: ids.length + 1 }]);
    for (const id of ids) {
      const got = await receivedAt(guangxi, 'DOSSIER', id);
      expect(got.map((r) => r.version)).toEqual([newest.get(id)]);
    }
    // Exactly once: no version of any record was applied twice (an envelope may hold an older version too).
    const applied = (await guangxi.app
      .get(DataSource)
      .query(
        `SELECT payload->>'id' AS id, (payload->>'version')::int AS version, count(*)::int AS n FROM platform.outbox_event
          WHERE event_type = 'exchange.record-received' AND payload->>'id' = ANY($1) GROUP BY 1, 2`,
        [ids],
      )) as Array<{ id: string; version: number; n: number }>;
    expect(applied.filter((a) => a.n !== 1)).toEqual([]);
    expect(new Set(applied.map((a) => a.id))).toEqual(new Set(ids));
    await eventually(async () => ((await partner(chongqing, 'GX'))?.state === 'UP' ? true : undefined));
    expect(await partner(chongqing, 'GX')).toMatchObject({ state: 'UP', failures: 0, pendingRecords: 0 });
    expect((await request(chongqing.server).get('/metrics').expect(200)).text).toMatch(/^landsea_exchange_partner_up\{partner="GX"\} 1$/m);
    expect(await deadLetters(chongqing)).toEqual([]);
    const chain = await request(chongqing.server).get('/exchange/messages/verify?partner=GX').set('authorization', await operator(chongqing)).expect(200);
    expect(chain.body.valid).toBe(true);
  });

  it('dead-letters at once what a partner refuses, without retrying it', async () => {
    // Chongqing's operator sets Yunnan up at Guangxi's address: Guangxi refuses envelopes addressed to YN.
    const cq = await operator(chongqing);
    const gx = guangxi.env.PUBLIC_BASE_URL;
    await request(chongqing.server).post('/identity/partners').set('authorization', cq).send({ provinceCode: 'YN', baseUrl: gx, jwksUrl: `${gx}/.well-known/jwks.json` }).expect(201);
    await request(chongqing.server).put('/exchange/agreements/YN').set('authorization', cq).send({ kinds: ['DOSSIER'] }).expect(200);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'YN', kind: 'DOSSIER' }).expect(201);
    const id = await fileShipment(chongqing, parties, `EX-REFUSED-${Date.now()}`);

    const letter = await eventually(async () => (await deadLetters(chongqing)).find((l) => l.data.partner === 'YN'));
    expect(letter.attempts).toBe(1);
    await sleep(1500);
    const log = await outLog(chongqing, 'YN');
    expect(log.map((m) => m.outcome)).toEqual(['REFUSED']);
    expect(log[0].detail).toMatchObject({ status: 400, code: 'ENVELOPE_NOT_FOR_THIS_NODE' });
    const rows = (await chongqing.app
      .get(DataSource)
      .query(`SELECT outcome FROM exchange.outbound_record WHERE partner_node = 'YN' AND record_id = $1`, [id])) as Array<{ outcome: string }>;
    expect(rows).toEqual([{ outcome: 'REFUSED' }]);
    // A refusal is the message's failure, not the partner's absence.
    expect((await partner(chongqing, 'YN'))?.state).toBe('UP');
    expect((await deadLetters(chongqing)).filter((l) => l.data.partner === 'YN')).toHaveLength(1);

    // Replaying the dead letter sends the refused records again (here to be refused again).
    await request(chongqing.server).post(`/ops/dead-letters/${letter.id}/replay`).set('authorization', cq).expect(202);
    await eventually(async () => ((await outLog(chongqing, 'YN')).length === 2 ? true : undefined));
    expect((await outLog(chongqing, 'YN')).map((m) => m.outcome)).toEqual(['REFUSED', 'REFUSED']);
  });

  it("logs a replayed envelope in the receiver's log and answers it with the same outcomes", async () => {
    const envelope = {
      messageId: randomUUID(),
      from: 'CQ',
      to: 'GX',
      sentAt: new Date().toISOString(),
      records: [{ kind: 'DOSSIER', id: randomUUID(), version: 1, parties: [], payload: { reference: 'EX-REPLAY' } }],
    };
    const jws = await signedBy(chongqing, envelope, 'landsea-exchange-envelope+jws');
    const decode = (receipt: string) => JSON.parse(Buffer.from(receipt.split('.')[1], 'base64url').toString()) as { duplicate: boolean; records: unknown[] };
    const original = decode((await request(guangxi.server).post('/exchange/envelopes').send({ envelope: jws }).expect(200)).body.receipt as string);
    const replayed = decode((await request(guangxi.server).post('/exchange/envelopes').send({ envelope: jws }).expect(200)).body.receipt as string);
    expect(original.duplicate).toBe(false);
    expect(replayed).toMatchObject({ duplicate: true, records: original.records });

    const gx = await operator(guangxi);
    const log = (await request(guangxi.server).get('/exchange/messages?partner=CQ&direction=IN&limit=5000').set('authorization', gx).expect(200)).body as Array<{
      messageId: string;
      outcome: string;
      receipt: string;
    }>;
    expect(log.filter((m) => m.messageId === envelope.messageId).map((m) => m.outcome)).toEqual(['RECEIVED', 'REPLAYED']);
    expect((await request(guangxi.server).get('/exchange/messages/verify?partner=CQ').set('authorization', gx).expect(200)).body.valid).toBe(true);
  });
});
