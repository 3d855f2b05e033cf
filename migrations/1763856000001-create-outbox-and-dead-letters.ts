import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutboxAndDeadLetters1763856000001 implements MigrationInterface {
  name = 'CreateOutboxAndDeadLetters1763856000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE platform.outbox_event (
        seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id             uuid NOT NULL UNIQUE,
        context        text NOT NULL,
        event_type     text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id   text NOT NULL,
        payload        jsonb NOT NULL,
        correlation_id text,
        occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        published_at   timestamptz
      )`);
    // The relay reads only what is unpublished, in sequence order.
    await db.query(`CREATE INDEX outbox_event_pending_idx ON platform.outbox_event (seq) WHERE published_at IS NULL`);
    await db.query(`CREATE INDEX outbox_event_published_at_idx ON platform.outbox_event (published_at) WHERE published_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE platform.dead_letter (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue        text NOT NULL,
        job_id       text NOT NULL,
        job_name     text NOT NULL,
        data         jsonb NOT NULL,
        error        text NOT NULL,
        attempts     integer NOT NULL,
        failed_at    timestamptz NOT NULL DEFAULT now(),
        replay_count integer NOT NULL DEFAULT 0,
        replayed_at  timestamptz,
        UNIQUE (queue, job_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE platform.dead_letter`);
    await db.query(`DROP TABLE platform.outbox_event`);
  }
}
