import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every organisation has one home node. A partner's directory entry for a party that is homed
 * here, or that another partner already lists, is refused and kept here for the operator to see.
 */
export class CreateDirectoryConflicts1763856000097 implements MigrationInterface {
  name = 'CreateDirectoryConflicts1763856000097';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE exchange.directory_conflict (
        party_id    text NOT NULL,
        claimed_by  text NOT NULL,
        version     integer NOT NULL,
        reason      text NOT NULL,
        detected_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (party_id, claimed_by)
      )`);
    await db.query(`CREATE INDEX inbound_directory_idx ON exchange.inbound_record (record_id) WHERE kind = 'ORGANISATION'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX exchange.inbound_directory_idx`);
    await db.query(`DROP TABLE exchange.directory_conflict`);
  }
}
