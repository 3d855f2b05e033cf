import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import { TcpProxy, type TestNode } from '@landsea/testing';
import { eventually } from './eventually.js';
import { startNode } from './node.js';

export const FAST_RETRIES = { QUEUE_BACKOFF_MS: '100', QUEUE_ATTEMPTS: '30', EXCHANGE_BREAKER_OPEN_MS: '200', EXCHANGE_PROBE_MAX_MS: '1000', EXCHANGE_TIMEOUT_MS: '2000' };

export interface PartnerNodePair {
  readonly chongqing: TestNode;
  readonly guangxi: TestNode;
  /** Each node reaches the other through a proxy the test can cut: the other "down for a while". */
  readonly toGuangxi: TcpProxy;
  readonly toChongqing: TcpProxy;
  close(): Promise<void>;
}

/**
 * Chongqing and Guangxi, each a node of its own with its database (fresh, named after the spec),
 * keys and Redis prefix, registered as each other's partners under an agreement for every kind.
 * `clocks` sets their retry and timeout settings.
 */
export async function startPartnerNodes(spec: string, clocks: Record<string, string> = FAST_RETRIES): Promise<PartnerNodePair> {
  const chongqing = await startNode(clocks, { listen: true, database: `cq_${spec}` });
  const guangxi = await startNode({ ...clocks, NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.landsea.test' }, { listen: true, database: `gx_${spec}` });
  const proxyTo = async (node: TestNode) => {
    const proxy = new TcpProxy('127.0.0.1', Number(new URL(node.env.PUBLIC_BASE_URL).port));
    await proxy.start();
    return proxy;
  };
  const toGuangxi = await proxyTo(guangxi);
  const toChongqing = await proxyTo(chongqing);
  for (const [node, partner, proxy] of [[chongqing, 'GX', toGuangxi], [guangxi, 'CQ', toChongqing]] as const) {
    const operator = `Bearer ${await node.operatorToken()}`;
    const url = `http://127.0.0.1:${proxy.port}`;
    await request(node.server).post('/identity/partners').set('authorization', operator).send({ provinceCode: partner, baseUrl: url, jwksUrl: `${url}/.well-known/jwks.json` }).expect(201);
    await request(node.server).put(`/exchange/agreements/${partner}`).set('authorization', operator).send({ kinds: ['DOSSIER', 'BILL_EVENT'] }).expect(200);
  }
  return {
    chongqing,
    guangxi,
    toGuangxi,
    toChongqing,
    async close() {
      await toGuangxi.cut();
      await toChongqing.cut();
      await guangxi.close();
      await chongqing.close();
    },
  };
}

/** Records a partner shared, as this node's operator sees them, whose id starts with this one. */
export async function receivedAt(node: TestNode, kind: string, id: string) {
  const res = await request(node.server).get(`/exchange/records?kind=${kind}&limit=500`).set('authorization', `Bearer ${await node.operatorToken()}`).expect(200);
  return (res.body as Array<{ recordId: string; version: number; payload: Record<string, unknown> }>).filter((r) => r.recordId.startsWith(id));
}

/** A message signed with a node's own record key, as that node would send it. */
export function signedBy(node: TestNode, message: object, typ: string): Promise<string> {
  return node.app.get<RecordSigner>(RECORD_SIGNER).sign(new TextEncoder().encode(JSON.stringify(message)), { typ });
}

/**
 * Waits until the node's exchange has matched these outbox events: relayed, and nothing left in
 * its queue. The relay hands them over in batches, so no job bears an event's own id.
 */
export async function exchangeHandled(node: TestNode, eventIds: readonly string[]): Promise<void> {
  const queue = node.app.get<Queue>(getQueueToken('exchange-events'), { strict: false });
  await eventually(async () => {
    const [{ unrelayed }] = (await node.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS unrelayed FROM platform.outbox_event WHERE id = ANY($1::uuid[]) AND published_at IS NULL`, [eventIds])) as Array<{ unrelayed: number }>;
    if (unrelayed > 0) return undefined;
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).every((n) => n === 0) ? true : undefined;
  });
}

export { eventually } from './eventually.js';
