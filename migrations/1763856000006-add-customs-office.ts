import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A customs authority is a customs office (关区代码): filings addressed to that office reach its officers. */
export class AddCustomsOffice1763856000006 implements MigrationInterface {
  name = 'AddCustomsOffice1763856000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE identity.organisation
        ADD COLUMN customs_office char(4),
        ADD CONSTRAINT organisation_customs_office_chk CHECK (customs_office IS NULL OR 'CUSTOMS' = ANY (kinds))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.organisation DROP CONSTRAINT organisation_customs_office_chk, DROP COLUMN customs_office`);
  }
}
