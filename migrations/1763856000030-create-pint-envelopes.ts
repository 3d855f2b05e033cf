import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DCSA PINT envelopes this node has received or sent, so a replayed envelope is answered DUPE and
 * a conflicting one DISE; and bills that arrived from another platform, whose carrier may not be
 * registered here, so a bill's carrier organisation becomes optional and such bills are unique
 * per carrier party and number.
 */
export class CreatePintEnvelopes1763856000030 implements MigrationInterface {
  name = 'CreatePintEnvelopes1763856000030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bills.pint_envelope (
        id                            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        direction                     text NOT NULL CHECK (direction IN ('IN', 'OUT')),
        bill_id                       uuid NOT NULL REFERENCES bills.bill (id),
        transport_document_reference  text NOT NULL,
        transport_document_checksum   text NOT NULL,
        last_entry_checksum           text NOT NULL,
        entry_checksums               text[] NOT NULL,
        envelope                      jsonb NOT NULL,
        platform                      text NOT NULL,
        response_code                 text NOT NULL,
        created_at                    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pint_envelope_once UNIQUE (direction, last_entry_checksum)
      )`);
    await db.query(`CREATE INDEX pint_envelope_document_idx ON bills.pint_envelope (transport_document_checksum)`);
    await db.query(`ALTER TABLE bills.bill ALTER COLUMN carrier_organisation_id DROP NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX bill_number_per_foreign_carrier ON bills.bill (carrier_party, number) WHERE carrier_organisation_id IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX bills.bill_number_per_foreign_carrier`);
    await db.query(`DROP TABLE bills.pint_envelope`);
    // Bills that arrived with a carrier unknown here cannot stay once the carrier is required again.
    await db.query(`DELETE FROM bills.bill_attachment WHERE bill_id IN (SELECT id FROM bills.bill WHERE carrier_organisation_id IS NULL)`);
    await db.query(`DELETE FROM bills.bill_entry WHERE bill_id IN (SELECT id FROM bills.bill WHERE carrier_organisation_id IS NULL)`);
    await db.query(`DELETE FROM bills.bill WHERE carrier_organisation_id IS NULL`);
    await db.query(`ALTER TABLE bills.bill ALTER COLUMN carrier_organisation_id SET NOT NULL`);
  }
}
