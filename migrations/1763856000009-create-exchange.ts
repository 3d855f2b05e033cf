import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cross-province exchange: what may flow to whom (agreements, consents), what waits to be sent,
 * what arrived (applied once, newest version wins), and the hash-chained log of every envelope.
 */
export class CreateExchange1763856000009 implements MigrationInterface {
  name = 'CreateExchange1763856000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exchange.agreement (
        partner_node text PRIMARY KEY,
        kinds        text[] NOT NULL,
        updated_by   text NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE exchange.consent (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        partner_node    text NOT NULL,
        kind            text NOT NULL,
        record_id       text,
        created_by      text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        revoked_at      timestamptz
      )`);
    await db.query(`CREATE INDEX consent_lookup_idx ON exchange.consent (organisation_id, partner_node, kind) WHERE revoked_at IS NULL`);
    await db.query(`
      CREATE TABLE exchange.outbound_record (
        id           bigserial PRIMARY KEY,
        partner_node text NOT NULL,
        event_id     uuid NOT NULL,
        kind         text NOT NULL,
        record_id    text NOT NULL,
        version      integer NOT NULL,
        payload      jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        message_id   uuid,
        outcome      text,
        reason       text,
        CONSTRAINT outbound_once UNIQUE (partner_node, event_id)
      )`);
    await db.query(`CREATE INDEX outbound_pending_idx ON exchange.outbound_record (partner_node, id) WHERE outcome IS NULL`);
    await db.query(`CREATE INDEX outbound_shared_idx ON exchange.outbound_record (partner_node, kind, record_id)`);
    await db.query(`
      CREATE TABLE exchange.inbound_record (
        source_node  text NOT NULL,
        kind         text NOT NULL,
        record_id    text NOT NULL,
        version      integer NOT NULL,
        payload      jsonb NOT NULL,
        parties      text[] NOT NULL,
        message_id   uuid NOT NULL,
        applied_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source_node, kind, record_id)
      )`);
    await db.query(`CREATE INDEX inbound_parties_idx ON exchange.inbound_record USING gin (parties)`);
    await db.query(`
      CREATE TABLE exchange.message_log (
        id             bigserial PRIMARY KEY,
        partner_node   text NOT NULL,
        direction      text NOT NULL CHECK (direction IN ('IN', 'OUT')),
        message_id     uuid NOT NULL,
        envelope_hash  text NOT NULL,
        size_bytes     integer NOT NULL,
        records        integer NOT NULL,
        outcome        text NOT NULL,
        detail         jsonb NOT NULL,
        receipt        text,
        started_at     timestamptz NOT NULL,
        finished_at    timestamptz NOT NULL,
        previous_hash  text,
        entry_hash     text NOT NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX message_received_once ON exchange.message_log (partner_node, message_id) WHERE direction = 'IN' AND outcome <> 'REFUSED'`);
    await db.query(`CREATE INDEX message_log_partner_idx ON exchange.message_log (partner_node, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE exchange.message_log`);
    await db.query(`DROP TABLE exchange.inbound_record`);
    await db.query(`DROP TABLE exchange.outbound_record`);
    await db.query(`DROP TABLE exchange.consent`);
    await db.query(`DROP TABLE exchange.agreement`);
  }
}
