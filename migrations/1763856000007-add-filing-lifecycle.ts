import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a filing is addressed and what the authority answered. */
export class AddFilingLifecycle1763856000007 implements MigrationInterface {
  name = 'AddFilingLifecycle1763856000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE declarations.filing
        ADD COLUMN addressed_to  char(4),
        ADD COLUMN submitted_at  timestamptz,
        ADD COLUMN submitted_by  text,
        ADD COLUMN receipts      jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`CREATE INDEX filing_addressed_idx ON declarations.filing (addressed_to, status) WHERE addressed_to IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX declarations.filing_addressed_idx`);
    await db.query(`ALTER TABLE declarations.filing DROP COLUMN addressed_to, DROP COLUMN submitted_at, DROP COLUMN submitted_by, DROP COLUMN receipts`);
  }
}
