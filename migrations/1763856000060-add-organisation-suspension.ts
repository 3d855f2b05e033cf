import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An approved organisation can be suspended, and each change of its standing counts up a version,
 * so partner nodes holding its directory entry keep the newest.
 */
export class AddOrganisationSuspension1763856000060 implements MigrationInterface {
  name = 'AddOrganisationSuspension1763856000060';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.organisation DROP CONSTRAINT organisation_status_check`);
    await db.query(`ALTER TABLE identity.organisation ADD CONSTRAINT organisation_status_check CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'))`);
    await db.query(`ALTER TABLE identity.organisation ADD COLUMN status_version integer NOT NULL DEFAULT 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE identity.organisation DROP COLUMN status_version`);
    await db.query(`ALTER TABLE identity.organisation DROP CONSTRAINT organisation_status_check`);
    await db.query(`ALTER TABLE identity.organisation ADD CONSTRAINT organisation_status_check CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))`);
  }
}
