import { DataSource, type EntityManager, type MixedList } from 'typeorm';
import { postgresOptions } from './data-source-options.js';
import { createDatabaseIfMissing } from './postgres-url.js';

/** Writes a context's reference data; must be safe to run on every start. */
export type Seeder = (manager: EntityManager, say: (line: string) => void) => Promise<void>;

// Any fixed 64-bit number works; every instance of the node uses the same one.
const MIGRATION_LOCK_KEY = '7243250905133414785';

export interface MigrateOptions {
  readonly url: string;
  readonly migrations: MixedList<Function>;
  readonly seeders?: readonly Seeder[];
  readonly say?: (line: string) => void;
}

async function withMigrationLock<T>(options: MigrateOptions, work: (source: DataSource) => Promise<T>): Promise<T> {
  await createDatabaseIfMissing(options.url);
  const source = new DataSource(
    postgresOptions({ url: options.url, poolSize: 2, applicationName: 'landsea-migrate', migrations: options.migrations }),
  );
  await source.initialize();
  const lock = source.createQueryRunner();
  try {
    await lock.connect();
    // A session lock, held on its own connection, so two instances never migrate at once.
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await work(source);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await source.destroy();
  }
}

/** Applies pending migrations then the seeders, under one advisory lock. Returns the names applied. */
export async function migrateDatabase(options: MigrateOptions): Promise<string[]> {
  return withMigrationLock(options, async (source) => {
    const applied = await source.runMigrations({ transaction: 'each' });
    for (const migration of applied) options.say?.(`Applied migration ${migration.name}`);
    if (options.seeders?.length) {
      await source.transaction(async (manager) => {
        for (const seed of options.seeders ?? []) await seed(manager, options.say ?? (() => undefined));
      });
    }
    return applied.map((m) => m.name);
  });
}

/**
 * One transaction under the migration lock, for an administrative command (such as resetting the
 * operator's password) that must not interleave with a node migrating and seeding the same rows.
 */
export async function underMigrationLock<T>(url: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return withMigrationLock({ url, migrations: [] }, (source) => source.transaction(work));
}

/** Reverts the most recent migration (its `down`). */
export async function revertLastMigration(options: MigrateOptions): Promise<void> {
  await withMigrationLock(options, async (source) => {
    await source.undoLastMigration({ transaction: 'each' });
  });
}
