import type { MixedList } from 'typeorm';
import { type AppConfig, loadConfig } from '@landsea/config';
import { migrateDatabase, quoteIdentifier, type Seeder, withAdminClient, withDatabase } from '@landsea/database';
import { ensureServices } from '@landsea/platform';

// A prefix lets two checkouts run their suites on one server at once without sharing databases.
const PREFIX = process.env.LANDSEA_TEST_DB_PREFIX ?? 'landsea_test';
const TEMPLATE = `${PREFIX}_template`;
// Serialises template builds and worker clones across the Jest workers of a run.
const LOCK_KEY = '7243250905133414787';

export interface TestSchema {
  readonly migrations: MixedList<Function>;
  readonly seeders: (config: AppConfig) => readonly Seeder[];
}

export interface WorkerServices {
  readonly DATABASE_URL: string;
  readonly REDIS_URL: string;
}

let prepared: Promise<WorkerServices> | undefined;

/** The settings every test node starts from; tests override what they exercise. */
export function baseTestEnv(): Record<string, string> {
  return {
    NODE_ENV: 'test',
    NODE_PROVINCE: 'CQ',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SERVICES_AUTOSTART: 'true',
    MIGRATE_ON_START: 'false',
    PORT: '0',
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/landsea_test',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    OUTBOX_POLL_INTERVAL_MS: '10',
    NODE_OPERATOR_EMAIL: 'operator@cq.landsea.test',
    NODE_OPERATOR_PASSWORD: 'Operator-Test-Password-2026',
  };
}

async function databaseComment(url: string, name: string): Promise<string | undefined> {
  return withAdminClient(url, async (client) => {
    const result = await client.query<{ comment: string | null }>(
      'SELECT shobj_description(oid, $2) AS comment FROM pg_database WHERE datname = $1',
      [name, 'pg_database'],
    );
    return result.rows[0]?.comment ?? undefined;
  });
}

async function recreate(url: string, name: string, run: string, template?: string): Promise<void> {
  await withAdminClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ''}`);
    await client.query(`COMMENT ON DATABASE ${quoteIdentifier(name)} IS ${`'run:${run}'`}`);
  });
}

async function prepare(schema: TestSchema): Promise<WorkerServices> {
  const config = loadConfig(baseTestEnv());
  const services = await ensureServices(config, (line) => process.stderr.write(`${line}\n`));
  const run = process.env.LANDSEA_TEST_RUN ?? 'adhoc';
  const worker = process.env.JEST_WORKER_ID ?? '1';
  const workerDb = `${PREFIX}_w${worker}`;
  const server = services.DATABASE_URL;
  await withAdminClient(server, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      // Migrate once per run into the template; every worker clones it.
      if ((await databaseComment(server, TEMPLATE)) !== `run:${run}`) {
        await recreate(server, TEMPLATE, `building-${run}`);
        await migrateDatabase({ url: withDatabase(server, TEMPLATE), migrations: schema.migrations });
        await admin.query(`COMMENT ON DATABASE ${quoteIdentifier(TEMPLATE)} IS 'run:${run}'`);
      }
      if ((await databaseComment(server, workerDb)) !== `run:${run}`) {
        await recreate(server, workerDb, run, TEMPLATE);
        await seed(schema, withDatabase(server, workerDb), {});
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
  return { DATABASE_URL: withDatabase(server, workerDb), REDIS_URL: services.REDIS_URL };
}

async function seed(schema: TestSchema, url: string, env: Record<string, string>): Promise<void> {
  const config = loadConfig({ ...baseTestEnv(), ...env, DATABASE_URL: url });
  await migrateDatabase({ url, migrations: schema.migrations, seeders: schema.seeders(config) });
}

/**
 * A database of its own for a second node in one test (another province), cloned from this
 * run's template and seeded with that node's settings. Returns its URL.
 */
export async function separateDatabase(schema: TestSchema, name: string, env: Record<string, string>): Promise<string> {
  const services = await workerServices(schema);
  const database = `${PREFIX}_w${process.env.JEST_WORKER_ID ?? '1'}_${name}`;
  await recreate(services.DATABASE_URL, database, process.env.LANDSEA_TEST_RUN ?? 'adhoc', TEMPLATE);
  const url = withDatabase(services.DATABASE_URL, database);
  await seed(schema, url, env);
  return url;
}

/**
 * This Jest worker's own database, cloned from a template migrated once per run, and the Redis
 * to use. The first call in a worker does the work; later calls reuse it.
 */
export function workerServices(schema: TestSchema): Promise<WorkerServices> {
  prepared ??= prepare(schema);
  return prepared;
}
