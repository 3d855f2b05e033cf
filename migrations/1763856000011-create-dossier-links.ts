import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What other contexts did with a dossier (its bill's steps, its deliveries to other provinces),
 * as declarations learnt it from their events, for the dossier's one timeline (一键跟踪).
 */
export class CreateDossierLinks1763856000011 implements MigrationInterface {
  name = 'CreateDossierLinks1763856000011';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE declarations.dossier_link (
        event_id   uuid NOT NULL,
        dossier_id uuid NOT NULL,
        at         timestamptz NOT NULL,
        kind       text NOT NULL,
        summary    jsonb NOT NULL,
        ref        jsonb NOT NULL,
        PRIMARY KEY (event_id, dossier_id)
      )`);
    await db.query(`CREATE INDEX dossier_link_dossier_idx ON declarations.dossier_link (dossier_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE declarations.dossier_link`);
  }
}
