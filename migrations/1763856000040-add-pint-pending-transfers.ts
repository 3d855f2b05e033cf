import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PINT transfers that are under way: an outgoing envelope is kept, signed, before it is posted, so
 * a retry after a lost answer sends the very same envelope (answered DUPE, not DISE); an incoming
 * envelope that lists supporting documents waits, without a bill, until each has arrived with its
 * declared checksum and size. A pending envelope has no response code yet.
 */
export class AddPintPendingTransfers1763856000040 implements MigrationInterface {
  name = 'AddPintPendingTransfers1763856000040';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE bills.pint_envelope ALTER COLUMN bill_id DROP NOT NULL`);
    await db.query(`ALTER TABLE bills.pint_envelope ALTER COLUMN response_code DROP NOT NULL`);
    await db.query(`
      ALTER TABLE bills.pint_envelope
        ADD COLUMN recipient            text,
        ADD COLUMN bill_head_checksum   text,
        ADD COLUMN supporting_documents jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT pint_envelope_bill_known CHECK (bill_id IS NOT NULL OR (direction = 'IN' AND response_code IS NULL))`);
    await db.query(`
      CREATE TABLE bills.pint_document (
        envelope_id  uuid NOT NULL REFERENCES bills.pint_envelope (id) ON DELETE CASCADE,
        checksum     text NOT NULL,
        size_bytes   integer NOT NULL,
        content      bytea NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (envelope_id, checksum)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bills.pint_document`);
    // Transfers still under way have no outcome to keep once an outcome is required again.
    await db.query(`DELETE FROM bills.pint_envelope WHERE response_code IS NULL OR bill_id IS NULL`);
    await db.query(`
      ALTER TABLE bills.pint_envelope
        DROP CONSTRAINT pint_envelope_bill_known,
        DROP COLUMN supporting_documents,
        DROP COLUMN bill_head_checksum,
        DROP COLUMN recipient`);
    await db.query(`ALTER TABLE bills.pint_envelope ALTER COLUMN response_code SET NOT NULL`);
    await db.query(`ALTER TABLE bills.pint_envelope ALTER COLUMN bill_id SET NOT NULL`);
  }
}
