import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What 统一用户 needs: registration review, credentials, systems' keys, tokens, signing keys, audit. */
export class CreateIdentityAccountsAndTokens1763856000003 implements MigrationInterface {
  name = 'CreateIdentityAccountsAndTokens1763856000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE identity.organisation
        ADD COLUMN customs_code  char(10),
        ADD COLUMN address       text,
        ADD COLUMN contact_name  text,
        ADD COLUMN contact_email text,
        ADD COLUMN contact_phone text,
        ADD COLUMN review_reason text,
        ADD COLUMN reviewed_at   timestamptz,
        ADD COLUMN reviewed_by   uuid,
        ADD CONSTRAINT organisation_corridor_key_chk CHECK (
          uscc IS NOT NULL OR national_id IS NOT NULL OR 'NODE_OPERATOR' = ANY (kinds))`);
    await db.query(`
      ALTER TABLE identity.person
        ADD COLUMN password_hash         text,
        ADD COLUMN invitation_hash       text UNIQUE,
        ADD COLUMN invitation_expires_at timestamptz`);
    await db.query(`
      ALTER TABLE identity.node
        ADD COLUMN jwks_url    text,
        ADD COLUMN pinned_jwks jsonb`);
    await db.query(`
      CREATE TABLE identity.client (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES identity.organisation (id),
        name            text NOT NULL,
        public_jwk      jsonb NOT NULL,
        roles           text[] NOT NULL,
        status          text NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE identity.refresh_token (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id   uuid NOT NULL,
        person_id   uuid NOT NULL REFERENCES identity.person (id),
        token_hash  text NOT NULL UNIQUE,
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        revoked_at  timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_token_family_idx ON identity.refresh_token (family_id)`);
    await db.query(`
      CREATE TABLE identity.signing_key (
        kid           text PRIMARY KEY,
        private_jwk   jsonb NOT NULL,
        public_jwk    jsonb NOT NULL,
        status        text NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
        created_at    timestamptz NOT NULL DEFAULT now(),
        retired_at    timestamptz,
        publish_until timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX signing_key_single_active_idx ON identity.signing_key (status) WHERE status = 'ACTIVE'`);
    await db.query(`
      CREATE TABLE identity.audit_event (
        id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at                    timestamptz NOT NULL DEFAULT clock_timestamp(),
        action                text NOT NULL,
        outcome               text NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
        actor_subject         text,
        actor_organisation_id uuid,
        organisation_id       uuid,
        target_type           text,
        target_id             text,
        address               text,
        correlation_id        text,
        details               jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_event_at_idx ON identity.audit_event (at DESC)`);
    await db.query(`CREATE INDEX audit_event_organisation_idx ON identity.audit_event (organisation_id, at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE identity.audit_event`);
    await db.query(`DROP TABLE identity.signing_key`);
    await db.query(`DROP TABLE identity.refresh_token`);
    await db.query(`DROP TABLE identity.client`);
    await db.query(`ALTER TABLE identity.node DROP COLUMN jwks_url, DROP COLUMN pinned_jwks`);
    await db.query(`ALTER TABLE identity.person DROP COLUMN password_hash, DROP COLUMN invitation_hash, DROP COLUMN invitation_expires_at`);
    await db.query(`
      ALTER TABLE identity.organisation
        DROP CONSTRAINT organisation_corridor_key_chk,
        DROP COLUMN customs_code, DROP COLUMN address, DROP COLUMN contact_name, DROP COLUMN contact_email,
        DROP COLUMN contact_phone, DROP COLUMN review_reason, DROP COLUMN reviewed_at, DROP COLUMN reviewed_by`);
  }
}
