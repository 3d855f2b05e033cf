import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';

/** Port of the node's private Redis, away from the standard one it stands in for. */
export const PRIVATE_REDIS_PORT = 63799;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface RedisEndpoint {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db: number;
  readonly tls?: Record<string, never>;
}

/** Where a redis:// or rediss:// URL points, in the form both ioredis and BullMQ take. */
export function redisOptions(url: string): RedisEndpoint {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

export async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis({
    ...redisOptions(url),
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function findRedisServer(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server || ls /usr/bin/redis-server /usr/sbin/redis-server 2>/dev/null'], {
    encoding: 'utf8',
  }).stdout.trim();
  return found.split('\n')[0] || undefined;
}

async function waitUntilAnswers(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await redisAnswers(url)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Makes sure Redis answers for `redisUrl`. When nothing answers at a local address, it starts
 * (or reuses) a private, persistent Redis under `dataDir` and returns the URL to use instead.
 */
export async function ensureRedis(
  redisUrl: string,
  options: { autostart: boolean; dataDir: string; say: (line: string) => void },
): Promise<string> {
  if (await redisAnswers(redisUrl)) return redisUrl;
  const parsed = new URL(redisUrl);
  const where = `${parsed.hostname}:${parsed.port || 6379}`;
  if (!options.autostart || !LOCAL_HOSTS.has(parsed.hostname)) {
    throw new Error(`Redis is not answering at ${where}: start it or point REDIS_URL at a running server.`);
  }
  parsed.port = String(PRIVATE_REDIS_PORT);
  const privateUrl = parsed.toString();
  if (await redisAnswers(privateUrl)) return privateUrl;

  const binary = findRedisServer();
  if (!binary) {
    throw new Error(
      `Redis is not answering at ${where} and no redis-server was found: install Redis (sudo apt-get install redis-server) or set REDIS_URL to a running server.`,
    );
  }
  const dir = resolve(options.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  // Append-only persistence: jobs waiting in a queue must survive a restart of the machine.
  execFileSync(binary, [
    '--port', String(PRIVATE_REDIS_PORT), '--bind', '127.0.0.1', '--daemonize', 'yes',
    '--dir', dir, '--appendonly', 'yes', '--save', '', '--logfile', resolve(dir, 'redis.log'),
    '--pidfile', resolve(dir, 'redis.pid'), '--maxmemory-policy', 'noeviction',
  ]);
  if (!(await waitUntilAnswers(privateUrl, 10_000))) {
    throw new Error(`A private Redis was started at 127.0.0.1:${PRIVATE_REDIS_PORT} but did not answer; see ${dir}/redis.log.`);
  }
  options.say(`Redis was not answering at ${where}, so a private one was started at 127.0.0.1:${PRIVATE_REDIS_PORT} (data in ${dir}).`);
  return privateUrl;
}
