import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import pg from 'pg';
import { type AppConfig, loadConfig } from '@landsea/config';
import { migrateDatabase, quoteIdentifier, withAdminClient, withDatabase } from '@landsea/database';
import { ensureServices, type NodeProcess, startNodeProcess as startBuiltNode } from '@landsea/platform';
import { redisOptions } from '@landsea/queue';
import { ALL_MIGRATIONS } from '@landsea/migrations';

export interface BenchResult {
  readonly scenario: string;
  readonly throughput_per_s: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly baseline_per_s: number;
  readonly ratio: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Prints the human summary and the one JSON line tools read. */
export function report(result: BenchResult, extra: Record<string, number | string>): void {
  console.log(`\n${result.scenario}`);
  for (const [k, v] of Object.entries({ ...result, ...extra })) console.log(`  ${k.padEnd(24)} ${v}`);
  console.log(JSON.stringify({ ...result, throughput_per_s: round(result.throughput_per_s, 0), p50_ms: round(result.p50_ms), p99_ms: round(result.p99_ms), baseline_per_s: round(result.baseline_per_s, 0), ratio: round(result.ratio, 3) }));
}

/** A freshly migrated database of its own, so a bench never touches a node's data. */
export async function benchEnvironment(name: string): Promise<{ config: AppConfig; env: Record<string, string> }> {
  const base = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const services = await ensureServices(base, (line) => console.log(line));
  const database = `landsea_bench_${name}`;
  await withAdminClient(services.DATABASE_URL, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`));
  const url = withDatabase(services.DATABASE_URL, database);
  await migrateDatabase({ url, migrations: ALL_MIGRATIONS });
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    REDIS_URL: services.REDIS_URL,
    REDIS_PREFIX: `landsea-bench-${Date.now()}`,
    MIGRATE_ON_START: 'false',
  };
  return { config: loadConfig(env), env };
}

/** Runs `count` tasks with `concurrency` of them in flight at once. */
export async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** The raw limit of PostgreSQL here: the same rows, one INSERT per commit, no framework. */
export async function plainInsertBaseline(url: string, rows: number, concurrency: number): Promise<number> {
  const db = new pg.Pool({ connectionString: url, max: concurrency });
  await db.query('CREATE TABLE IF NOT EXISTS platform.bench_raw (LIKE platform.outbox_event INCLUDING DEFAULTS INCLUDING IDENTITY)');
  const started = performance.now();
  await pool(rows, concurrency, async (i) => {
    await db.query(
      `INSERT INTO platform.bench_raw (id, context, event_type, aggregate_type, aggregate_id, payload, correlation_id)
       VALUES (gen_random_uuid(), 'bench', 'bench.happened', 'bench', $1, $2::jsonb, NULL)`,
      [`a${i % 100}`, JSON.stringify({ n: i })],
    );
  });
  const perSecond = rows / ((performance.now() - started) / 1000);
  await db.query('DROP TABLE platform.bench_raw');
  await db.end();
  return perSecond;
}

/** The raw limit of BullMQ here: add each job on its own and process it with a no-op worker. */
export async function plainQueueBaseline(config: AppConfig, jobs: number, concurrency: number): Promise<number> {
  const connection = redisOptions(config.REDIS_URL);
  const prefix = `${config.REDIS_PREFIX}-raw`;
  const queue = new Queue('bench-raw', { connection, prefix });
  let processed = 0;
  let finish: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker(
    'bench-raw',
    async () => {
      processed += 1;
      if (processed === jobs) finish();
    },
    { connection, prefix, concurrency: 16 },
  );
  await worker.waitUntilReady();
  const started = performance.now();
  await pool(jobs, concurrency, async (i) => {
    await queue.add('bench.happened', { n: i }, { jobId: `raw-${i}`, removeOnComplete: true });
  });
  await allDone;
  const perSecond = jobs / ((performance.now() - started) / 1000);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return perSecond;
}

/**
 * Starts the built node in a process of its own, so the load generator does not share its
 * event loop, and waits until it is ready.
 */
export function startNodeProcess(env: Record<string, string>): Promise<NodeProcess> {
  return startBuiltNode(fileURLToPath(new URL('../apps/node/src/main.js', import.meta.url)), env, {
    flags: process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean),
    showLog: Boolean(process.env.BENCH_NODE_LOG),
  });
}
