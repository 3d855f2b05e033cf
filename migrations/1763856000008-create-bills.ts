import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 一单制 bills of lading: the bill with its current position, its signed hash-chained history,
 * and its attachments by checksum. Parties are kept twice: as the text ids the signed history
 * names (USCC:…, TH:…) and as this node's organisation ids, for authorisation.
 */
export class CreateBills1763856000008 implements MigrationInterface {
  name = 'CreateBills1763856000008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bills.bill (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number                    text NOT NULL,
        carrier_organisation_id   uuid NOT NULL,
        carrier_party             text NOT NULL,
        kind                      text NOT NULL CHECK (kind IN ('STRAIGHT', 'TO_ORDER')),
        state                     text NOT NULL,
        holder_party              text NOT NULL,
        holder_organisation_id    uuid NOT NULL,
        pending_party             text,
        pending_organisation_id   uuid,
        pledgee_party             text,
        pledgee_organisation_id   uuid,
        surrender_purpose         text,
        consignee_party           text,
        dossier_id                uuid,
        dossier_version           integer,
        document                  jsonb NOT NULL,
        document_checksum         text NOT NULL,
        sequence                  integer NOT NULL,
        head_checksum             text NOT NULL,
        replaces_bill_id          uuid REFERENCES bills.bill (id),
        replaced_by_bill_id       uuid REFERENCES bills.bill (id),
        involved_organisation_ids uuid[] NOT NULL,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bill_number_per_carrier UNIQUE (carrier_organisation_id, number)
      )`);
    await db.query(`CREATE INDEX bill_involved_idx ON bills.bill USING gin (involved_organisation_ids)`);
    await db.query(`CREATE INDEX bill_number_idx ON bills.bill (number)`);
    await db.query(`CREATE INDEX bill_dossier_idx ON bills.bill (dossier_id) WHERE dossier_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE bills.bill_entry (
        bill_id            uuid NOT NULL REFERENCES bills.bill (id),
        sequence           integer NOT NULL,
        action             text NOT NULL,
        actor_party        text NOT NULL,
        from_party         text,
        to_party           text,
        at                 timestamptz NOT NULL,
        document_checksum  text NOT NULL,
        previous_checksum  text,
        jws                text NOT NULL,
        checksum           text NOT NULL,
        actor_subject      text NOT NULL,
        correlation_id     text,
        PRIMARY KEY (bill_id, sequence)
      )`);
    await db.query(`
      CREATE TABLE bills.bill_attachment (
        id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bill_id                     uuid NOT NULL REFERENCES bills.bill (id),
        name                        text NOT NULL,
        media_type                  text NOT NULL,
        size_bytes                  integer NOT NULL,
        sha256                      text NOT NULL,
        content                     bytea NOT NULL,
        uploaded_by_organisation_id uuid NOT NULL,
        created_at                  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bill_attachment_once UNIQUE (bill_id, sha256)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bills.bill_attachment`);
    await db.query(`DROP TABLE bills.bill_entry`);
    await db.query(`DROP TABLE bills.bill`);
  }
}
