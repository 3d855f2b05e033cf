import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A dossier taken over from another province's node remembers where it came from, once per owner. */
export class AddDossierOrigin1763856000010 implements MigrationInterface {
  name = 'AddDossierOrigin1763856000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE declarations.dossier ADD COLUMN origin_node text, ADD COLUMN origin_dossier_id uuid`);
    await db.query(
      `CREATE UNIQUE INDEX dossier_origin_once ON declarations.dossier (owner_organisation_id, origin_node, origin_dossier_id) WHERE origin_node IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX declarations.dossier_origin_once`);
    await db.query(`ALTER TABLE declarations.dossier DROP COLUMN origin_node, DROP COLUMN origin_dossier_id`);
  }
}
