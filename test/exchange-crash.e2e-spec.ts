import request from 'supertest';
import { DataSource } from 'typeorm';
import { TcpProxy, type TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { eventually } from './support/eventually.js';
import { startNode } from './support/node.js';
import { type ProcessNode, startProcessNode } from './support/node-process.js';

// The held envelope must still be in flight when the sender dies, so its timeout is long.
const FAST_RETRIES = { QUEUE_BACKOFF_MS: '100', QUEUE_ATTEMPTS: '30', EXCHANGE_BREAKER_OPEN_MS: '200', EXCHANGE_PROBE_MAX_MS: '1000', EXCHANGE_TIMEOUT_MS: '60000' };
const RECORDS = 4;

/** True when these bytes hold a whole HTTP request: its headers and the body they announce. */
function wholeRequest(bytes: Buffer): boolean {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const length = /content-length: *(\d+)/i.exec(bytes.subarray(0, end).toString('latin1'));
  return length !== null && bytes.length - end - 4 >= Number(length[1]);
}

/**
 * Chongqing's node runs as an OS process of its own and is SIGKILLed while its envelope is on
 * the wire: Guangxi takes the envelope, the receipt goes nowhere, and the records are still
 * pending at Chongqing when it starts again on the same database and Redis keys.
 */
describe('a sending node killed mid-batch', () => {
  let guangxi: TestNode;
  let chongqing: ProcessNode;
  let toGuangxi: TcpProxy;
  let cqDatabase: DataSource;
  beforeAll(async () => {
    guangxi = await startNode({ ...FAST_RETRIES, NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.landsea.test' }, { listen: true, database: 'gx_crash' });
    chongqing = await startProcessNode(FAST_RETRIES, 'cq_crash');
    cqDatabase = await new DataSource({ type: 'postgres', url: chongqing.env.DATABASE_URL }).initialize();
    toGuangxi = new TcpProxy('127.0.0.1', Number(new URL(guangxi.env.PUBLIC_BASE_URL).port));
    const gx = guangxi.env.PUBLIC_BASE_URL;
    const proxied = `http://127.0.0.1:${await toGuangxi.start()}`;
    // Guangxi pins Chongqing's keys: Chongqing is dead when Guangxi reads the envelope it sent.
    const jwks = (await request(chongqing.server).get('/.well-known/jwks.json').expect(200)).body as { keys: object[] };
    const cqOperator = `Bearer ${await chongqing.operatorToken()}`;
    const gxOperator = `Bearer ${await guangxi.operatorToken()}`;
    await request(chongqing.server).post('/identity/partners').set('authorization', cqOperator).send({ provinceCode: 'GX', baseUrl: proxied, jwksUrl: `${gx}/.well-known/jwks.json` }).expect(201);
    await request(guangxi.server).post('/identity/partners').set('authorization', gxOperator).send({ provinceCode: 'CQ', baseUrl: chongqing.server, jwks }).expect(201);
    await request(chongqing.server).put('/exchange/agreements/GX').set('authorization', cqOperator).send({ kinds: ['DOSSIER', 'BILL_EVENT'] }).expect(200);
    await request(guangxi.server).put('/exchange/agreements/CQ').set('authorization', gxOperator).send({ kinds: ['DOSSIER', 'BILL_EVENT'] }).expect(200);
  }, 180_000);
  afterAll(async () => {
    await toGuangxi?.cut();
    await chongqing?.close();
    await cqDatabase?.destroy();
    await guangxi?.close();
  });

  it('loses nothing and applies every record exactly once after it starts again', async () => {
    const parties = await corridorParties(chongqing);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER' }).expect(201);
    // Guangxi unreachable while the dossiers are filed, so that all of them go in one envelope.
    await toGuangxi.cut();
    const ids: string[] = [];
    for (let i = 0; i < RECORDS; i += 1) ids.push(await fileShipment(chongqing, parties, `EX-CRASH-${Date.now()}-${i}`));
    const pending = () => cqDatabase.query(`SELECT count(*)::int AS n FROM exchange.outbound_record WHERE partner_node = 'GX' AND outcome IS NULL`) as Promise<[{ n: number }]>;
    await eventually(async () => ((await pending())[0].n === RECORDS ? true : undefined));

    toGuangxi.hold();
    await toGuangxi.start();
    await eventually(() => (toGuangxi.heldBytes().some(wholeRequest) ? true : undefined));
    await chongqing.kill();
    toGuangxi.release();

    const operator = `Bearer ${await guangxi.operatorToken()}`;
    const receivedAtGuangxi = async () =>
      ((await request(guangxi.server).get('/exchange/records?kind=DOSSIER&limit=500').set('authorization', operator).expect(200)).body as Array<{ recordId: string }>)
        .map((r) => r.recordId)
        .filter((id) => ids.includes(id));
    await eventually(async () => ((await receivedAtGuangxi()).length === RECORDS ? true : undefined));
    // Chongqing never saw the receipt: the records it sent are still owed.
    expect((await pending())[0].n).toBe(RECORDS);

    await chongqing.restart();
    await eventually(async () => ((await pending())[0].n === 0 ? true : undefined));

    const settled = (await cqDatabase.query(`SELECT outcome, count(*)::int AS n FROM exchange.outbound_record WHERE partner_node = 'GX' GROUP BY outcome`)) as Array<{ outcome: string; n: number }>;
    expect(settled).toEqual([{ outcome: 'DELIVERED', n: RECORDS }]);
    expect(await cqDatabase.query(`SELECT job_name FROM platform.dead_letter`)).toEqual([]);

    const gxDatabase = guangxi.app.get(DataSource);
    expect((await receivedAtGuangxi()).sort()).toEqual([...ids].sort());
    const events = (await gxDatabase.query(
      `SELECT payload->>'id' AS id, count(*)::int AS n FROM platform.outbox_event WHERE event_type = 'exchange.record-received' AND payload->>'id' = ANY($1) GROUP BY 1`,
      [ids],
    )) as Array<{ id: string; n: number }>;
    expect(events.map((e) => e.n)).toEqual(ids.map(() => 1));
    // Two envelopes reached Guangxi: the one whose sender died (applied) and the one sent again (stale).
    const log = (await request(guangxi.server).get('/exchange/messages?partner=CQ&direction=IN').set('authorization', operator).expect(200)).body as Array<{
      outcome: string;
      records: number;
      detail: { applied: number };
    }>;
    expect(log.map((m) => [m.outcome, m.records, m.detail.applied])).toEqual([
      ['RECEIVED', RECORDS, RECORDS],
      ['RECEIVED', RECORDS, 0],
    ]);
    const chain = await request(guangxi.server).get('/exchange/messages/verify?partner=CQ').set('authorization', operator).expect(200);
    expect(chain.body).toMatchObject({ valid: true, entries: 2 });
  });
});
