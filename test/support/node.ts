import request from 'supertest';
import { startTestNode, TcpProxy, type TestNode, type TestNodeOptions } from '@landsea/testing';
import { eventually } from './eventually.js';
import { NODE_DEFINITION } from '../../apps/node/src/node.definition.js';

/** A whole province node (all four contexts), by default on this Jest worker's database. */
export function startNode(env?: Record<string, string>, options: Pick<TestNodeOptions, 'database' | 'listen'> = {}): Promise<TestNode> {
  return startTestNode({ module: NODE_DEFINITION.module, schema: NODE_DEFINITION, env, ...options });
}

/** A node that reaches PostgreSQL and Redis only through proxies the test can cut. */
export interface ProxiedNode {
  readonly node: TestNode;
  readonly postgres: TcpProxy;
  readonly redis: TcpProxy;
  /** Reconnects both, waits until the node is ready again, and stops it. */
  close(): Promise<void>;
}

export async function startProxiedNode(env: Record<string, string> = {}): Promise<ProxiedNode> {
  const base = await startNode();
  const db = new URL(base.env.DATABASE_URL);
  const cache = new URL(base.env.REDIS_URL);
  await base.close();
  const postgres = new TcpProxy(db.hostname, Number(db.port || 5432));
  const redis = new TcpProxy(cache.hostname, Number(cache.port || 6379));
  db.port = String(await postgres.start());
  cache.port = String(await redis.start());
  const node = await startNode({ DATABASE_URL: db.toString(), REDIS_URL: cache.toString(), OUTBOX_RELAY_ENABLED: 'false', ...env });
  return {
    node,
    postgres,
    redis,
    async close() {
      // Reconnect both so the node can close its pools cleanly.
      await postgres.start();
      await redis.start();
      // Every queue worker's Redis client must be back before closing (ioredis retries at most
      // every 2 s), or closing waits on a client that is still reconnecting.
      await eventually(async () => ((await request(node.server).get('/health/ready')).status === 200 ? true : undefined));
      await new Promise((r) => setTimeout(r, 2_500));
      await node.close();
      await postgres.cut();
      await redis.cut();
    },
  };
}
