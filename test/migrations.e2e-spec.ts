import pg from 'pg';
import { loadConfig } from '@landsea/config';
import { migrateDatabase, quoteIdentifier, revertLastMigration, withAdminClient, withDatabase } from '@landsea/database';
import { ALL_MIGRATIONS } from '@landsea/migrations';
import { baseTestEnv, workerServices } from '@landsea/testing';
import { NODE_DEFINITION } from '../apps/node/src/node.definition.js';

describe('migrations and seed data', () => {
  let url: string;
  // The same prefix as the worker databases, so two checkouts never drop each other's.
  const name = `${process.env.LANDSEA_TEST_DB_PREFIX ?? 'landsea_test'}_migrations_w${process.env.JEST_WORKER_ID ?? '1'}`;

  beforeAll(async () => {
    const services = await workerServices(NODE_DEFINITION);
    url = withDatabase(services.DATABASE_URL, name);
    await withAdminClient(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
  });
  afterAll(async () => {
    await withAdminClient(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
  });

  const seeders = () => NODE_DEFINITION.seeders(loadConfig({ ...baseTestEnv(), DATABASE_URL: url }));
  const query = async <T>(sql: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };

  it('creates the database, migrates it once when two instances start together, and seeds idempotently', async () => {
    const options = { url, migrations: NODE_DEFINITION.migrations, seeders: seeders() };
    const [first, second] = await Promise.all([migrateDatabase(options), migrateDatabase(options)]);
    expect([...first, ...second].sort()).toEqual(ALL_MIGRATIONS.map((m) => m.name).sort());
    await migrateDatabase(options);

    const schemas = await query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname IN ('identity', 'declarations', 'bills', 'exchange', 'platform') ORDER BY 1`,
    );
    expect(schemas.map((s) => s.nspname)).toEqual(['bills', 'declarations', 'exchange', 'identity', 'platform']);
    const [counts] = await query<{ provinces: number; nodes: number; operators: number; people: number }>(
      `SELECT (SELECT count(*)::int FROM identity.province) AS provinces,
              (SELECT count(*)::int FROM identity.node WHERE is_self) AS nodes,
              (SELECT count(*)::int FROM identity.organisation WHERE 'NODE_OPERATOR' = ANY(kinds)) AS operators,
              (SELECT count(*)::int FROM identity.person) AS people`,
    );
    expect(counts).toEqual({ provinces: 14, nodes: 1, operators: 1, people: 1 });
  });

  it('refuses to seed another province into a node database', async () => {
    const guangxi = NODE_DEFINITION.seeders(loadConfig({ ...baseTestEnv(), NODE_PROVINCE: 'GX', DATABASE_URL: url }));
    await expect(migrateDatabase({ url, migrations: NODE_DEFINITION.migrations, seeders: guangxi })).rejects.toThrow(
      'This database belongs to the CQ node, but NODE_PROVINCE is GX',
    );
  });

  it('reverts every migration with its down, then applies them again', async () => {
    for (let i = 0; i < ALL_MIGRATIONS.length; i += 1) {
      await revertLastMigration({ url, migrations: NODE_DEFINITION.migrations });
    }
    const left = await query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname IN ('identity', 'declarations', 'bills', 'exchange', 'platform')`,
    );
    expect(left).toEqual([]);
    const applied = await migrateDatabase({ url, migrations: NODE_DEFINITION.migrations, seeders: seeders() });
    expect(applied).toHaveLength(ALL_MIGRATIONS.length);
  });

  it("moves identity's audit entries into the one trail and back, keeping them", async () => {
    await query(`INSERT INTO audit.audit_event (action, outcome, details) VALUES ('identity.sign_in', 'FAILURE', '{"probe": 1}'), ('bills.transferred', 'SUCCESS', '{"probe": 2}')`);
    // Back to before the move, whatever migrations came after it.
    while ((await query<{ found: string | null }>(`SELECT to_regclass('identity.audit_event')::text AS found`))[0].found === null) {
      await revertLastMigration({ url, migrations: NODE_DEFINITION.migrations });
    }
    expect(await query(`SELECT action, outcome FROM identity.audit_event WHERE details ? 'probe'`)).toEqual([{ action: 'SIGN_IN', outcome: 'FAILURE' }]);
    await migrateDatabase({ url, migrations: NODE_DEFINITION.migrations, seeders: seeders() });
    expect(await query(`SELECT action FROM audit.audit_event WHERE details ? 'probe'`)).toEqual([{ action: 'identity.sign_in' }]);
  });
});
