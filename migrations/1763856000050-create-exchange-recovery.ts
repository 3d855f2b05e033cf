import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recovery by pull: how far this node has pulled each partner's feed, so a recovery cut short
 * resumes where it stopped, and each feed request served once, so a captured request replays nothing.
 */
export class CreateExchangeRecovery1763856000050 implements MigrationInterface {
  name = 'CreateExchangeRecovery1763856000050';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exchange.recovery_cursor (
        partner_node text PRIMARY KEY,
        cursor       text,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        updated_by   text NOT NULL
      )`);
    // The served page's log entry is the record of its request: one per request id and partner.
    await db.query(`CREATE UNIQUE INDEX feed_request_served_once ON exchange.message_log (partner_node, message_id) WHERE outcome = 'FEED_SERVED'`);
    // The feed reads a partner's rows in id order, whatever their delivery outcome.
    await db.query(`CREATE INDEX outbound_feed_idx ON exchange.outbound_record (partner_node, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX exchange.outbound_feed_idx`);
    await db.query(`DROP INDEX exchange.feed_request_served_once`);
    await db.query(`DROP TABLE exchange.recovery_cursor`);
  }
}
