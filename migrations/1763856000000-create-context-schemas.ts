import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One schema per bounded context, plus `platform` for the shared outbox and dead letters. */
export class CreateContextSchemas1763856000000 implements MigrationInterface {
  name = 'CreateContextSchemas1763856000000';

  async up(db: QueryRunner): Promise<void> {
    for (const schema of ['platform', 'identity', 'declarations', 'bills', 'exchange']) {
      await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    // RESTRICT: a schema that still holds tables is not dropped behind a later migration's back.
    for (const schema of ['exchange', 'bills', 'declarations', 'identity', 'platform']) {
      await db.query(`DROP SCHEMA IF EXISTS ${schema} RESTRICT`);
    }
  }
}
