import { randomUUID } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import request from 'supertest';
import { loadConfig } from '@landsea/config';
import { createLogger } from '@landsea/observability';
import { createHttpApp } from '@landsea/platform';
import { redisOptions } from '@landsea/queue';
import { createServer } from 'node:net';
import { baseTestEnv, separateDatabase, type TestSchema, workerServices } from './worker-database.js';

export interface TestNode {
  readonly app: NestFastifyApplication;
  /** Pass to supertest: `request(node.server)`. */
  readonly server: NestFastifyApplication['getHttpServer'] extends () => infer S ? S : never;
  readonly env: Record<string, string>;
  /** An access token of the seeded node operator. */
  operatorToken(): Promise<string>;
  close(): Promise<void>;
}

export interface TestNodeOptions {
  readonly module: (env: Record<string, string>) => DynamicModule;
  readonly schema: TestSchema;
  /** Settings to change for this node: a different province, a failing Redis URL, … */
  readonly env?: Record<string, string>;
  /** Run on a database of its own with this name instead of the worker's (a second node). */
  readonly database?: string;
  /** Listen on a loopback port, for callers outside the process (a partner fetching the JWKS). */
  readonly listen?: boolean;
}

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Removes a node's Redis keys, by its prefix. */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis({ ...redisOptions(redisUrl), lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis may be the thing a test took away; nothing to clean then.
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts a node in this test process on this worker's database, with a Redis key prefix of its
 * own so that its queues never meet another test's. `close` stops it and removes its keys.
 */
export async function startTestNode(options: TestNodeOptions): Promise<TestNode> {
  const services = await workerServices(options.schema);
  const port = options.listen ? await freePort() : 0;
  const env: Record<string, string> = {
    ...baseTestEnv(),
    ...services,
    REDIS_PREFIX: `landsea-test-${randomUUID().slice(0, 8)}`,
    ...(options.listen ? { PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } : {}),
    ...options.env,
  };
  if (options.database) env.DATABASE_URL = await separateDatabase(options.schema, options.database, env);
  const config = loadConfig(env);
  const logger = createLogger({ level: config.LOG_LEVEL, node: config.NODE_PROVINCE });
  const app = await createHttpApp(options.module(env), { title: 'Landsea test node', logger, config });
  if (options.listen) await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    server: app.getHttpServer(),
    env,
    async operatorToken() {
      const res = await request(app.getHttpServer())
        .post('/oauth/token')
        .type('form')
        .send({ grant_type: 'password', username: env.NODE_OPERATOR_EMAIL, password: env.NODE_OPERATOR_PASSWORD });
      if (res.status !== 200) throw new Error(`operator sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.access_token as string;
    },
    async close() {
      await app.close();
      await deleteKeys(services.REDIS_URL, env.REDIS_PREFIX);
    },
  };
}
