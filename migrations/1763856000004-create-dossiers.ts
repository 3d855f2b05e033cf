import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A trade dossier and its versions: an amendment is a new version, nothing is overwritten. */
export class CreateDossiers1763856000004 implements MigrationInterface {
  name = 'CreateDossiers1763856000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE declarations.dossier (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_organisation_id uuid NOT NULL,
        reference             text NOT NULL,
        current_version       integer NOT NULL,
        created_by            text NOT NULL,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        UNIQUE (owner_organisation_id, reference)
      )`);
    await db.query(`
      CREATE TABLE declarations.dossier_version (
        dossier_id  uuid NOT NULL REFERENCES declarations.dossier (id),
        version     integer NOT NULL,
        document    jsonb NOT NULL,
        findings    jsonb NOT NULL,
        error_count integer NOT NULL,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dossier_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE declarations.dossier_version`);
    await db.query(`DROP TABLE declarations.dossier`);
  }
}
