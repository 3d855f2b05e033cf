import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Filings derived from a dossier version; a newer version makes them stale rather than changing
 * them. A draft's content and provenance are not stored: they are a pure function of the
 * generator and the version, plus what the filer keyed. Submission freezes the content.
 */
export class CreateFilings1763856000005 implements MigrationInterface {
  name = 'CreateFilings1763856000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE declarations.filing (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dossier_id            uuid NOT NULL REFERENCES declarations.dossier (id),
        dossier_version       integer NOT NULL,
        owner_organisation_id uuid NOT NULL,
        kind                  text NOT NULL,
        key                   text NOT NULL,
        status                text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'RELEASED')),
        title                 jsonb NOT NULL,
        content               jsonb,
        keyed_values          jsonb NOT NULL DEFAULT '{}',
        problems              jsonb NOT NULL,
        stale                 boolean NOT NULL DEFAULT false,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        UNIQUE (dossier_id, dossier_version, kind, key),
        FOREIGN KEY (dossier_id, dossier_version) REFERENCES declarations.dossier_version (dossier_id, version)
      )`);
    await db.query(`CREATE INDEX filing_dossier_idx ON declarations.filing (dossier_id, stale)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE declarations.filing`);
  }
}
