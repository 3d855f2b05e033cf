import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bill keeps the head its node signed with its last step (number, sequence, last checksum,
 * state), so a history cut short shows. Bills issued before have none until their next step,
 * and verification says so.
 */
export class AddBillSignedHead1763856000091 implements MigrationInterface {
  name = 'AddBillSignedHead1763856000091';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE bills.bill ADD COLUMN head_jws text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE bills.bill DROP COLUMN head_jws`);
  }
}
