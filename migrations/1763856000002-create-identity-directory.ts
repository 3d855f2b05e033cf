import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The corridor's provinces, this node, and the organisations and people it knows. */
export class CreateIdentityDirectory1763856000002 implements MigrationInterface {
  name = 'CreateIdentityDirectory1763856000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE identity.province (
        code    varchar(2) PRIMARY KEY,
        name_zh text NOT NULL,
        name_en text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE identity.organisation (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        uscc          char(18) UNIQUE,
        country       char(2) NOT NULL,
        national_id   text,
        name_zh       text,
        name_en       text NOT NULL,
        province_code varchar(2) REFERENCES identity.province (code),
        kinds         text[] NOT NULL,
        status        text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (country, national_id)
      )`);
    await db.query(`
      CREATE TABLE identity.node (
        province_code            varchar(2) PRIMARY KEY REFERENCES identity.province (code),
        base_url                 text NOT NULL,
        is_self                  boolean NOT NULL DEFAULT false,
        operator_organisation_id uuid REFERENCES identity.organisation (id),
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX node_single_self_idx ON identity.node (is_self) WHERE is_self`);
    await db.query(`
      CREATE TABLE identity.person (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES identity.organisation (id),
        email           text NOT NULL,
        display_name    text NOT NULL,
        roles           text[] NOT NULL,
        status          text NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX person_email_idx ON identity.person (lower(email))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE identity.person`);
    await db.query(`DROP TABLE identity.node`);
    await db.query(`DROP TABLE identity.organisation`);
    await db.query(`DROP TABLE identity.province`);
  }
}
