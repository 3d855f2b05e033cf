import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An envelope received again is logged as REPLAYED beside its first receipt: the "received once"
 * index leaves replays out, as it leaves out refusals.
 */
export class LogReplayedEnvelopes1763856000090 implements MigrationInterface {
  name = 'LogReplayedEnvelopes1763856000090';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX exchange.message_received_once`);
    await db.query(
      `CREATE UNIQUE INDEX message_received_once ON exchange.message_log (partner_node, message_id) WHERE direction = 'IN' AND outcome NOT IN ('REFUSED', 'REPLAYED')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // Fails while the log holds replays: they are evidence, and the chain would not verify without them.
    await db.query(`DROP INDEX exchange.message_received_once`);
    await db.query(`CREATE UNIQUE INDEX message_received_once ON exchange.message_log (partner_node, message_id) WHERE direction = 'IN' AND outcome <> 'REFUSED'`);
  }
}
