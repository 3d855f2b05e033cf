import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

export interface OutboxRow {
  readonly id: string;
  readonly context: string;
  readonly type: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly payload: Record<string, unknown>;
  readonly correlationId: string | null;
}

export interface PendingOutboxRow extends OutboxRow {
  readonly seq: string;
  readonly occurredAt: Date;
}

const TABLE = 'platform.outbox_event';

/** The only code that reads or writes the outbox table. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts through the caller's transaction, so the events commit or roll back with its change. */
  async insert(manager: EntityManager, rows: readonly OutboxRow[]): Promise<void> {
    if (rows.length === 0) return;
    // Seven arrays, however many rows: a large batch stays one statement within the parameter limit.
    await manager.query(
      `INSERT INTO ${TABLE} (id, context, event_type, aggregate_type, aggregate_id, payload, correlation_id, occurred_at)
       SELECT id, context, event_type, aggregate_type, aggregate_id, payload, correlation_id, clock_timestamp()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[]) WITH ORDINALITY
           AS r(id, context, event_type, aggregate_type, aggregate_id, payload, correlation_id, n)
        ORDER BY n`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.context),
        rows.map((r) => r.type),
        rows.map((r) => r.aggregateType),
        rows.map((r) => r.aggregateId),
        rows.map((r) => JSON.stringify(r.payload)),
        rows.map((r) => r.correlationId),
      ],
    );
  }

  /** The oldest unpublished events, in commit-sequence order. */
  async pending(runner: QueryRunner, limit: number): Promise<PendingOutboxRow[]> {
    const rows = (await runner.query(
      `SELECT o.seq::text AS seq, id, context, event_type AS type, aggregate_type AS "aggregateType",
              aggregate_id AS "aggregateId", payload, correlation_id AS "correlationId", occurred_at AS "occurredAt"
         FROM ${TABLE} o WHERE published_at IS NULL ORDER BY o.seq LIMIT $1`,
      [limit],
    )) as PendingOutboxRow[];
    return rows;
  }

  async markPublished(runner: QueryRunner, seqs: readonly string[]): Promise<void> {
    await runner.query(`UPDATE ${TABLE} SET published_at = clock_timestamp() WHERE seq = ANY($1::bigint[])`, [seqs]);
  }

  async lag(): Promise<{ pending: number; oldestSeconds: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(occurred_at)), 0)::float AS "oldestSeconds"
         FROM ${TABLE} WHERE published_at IS NULL`,
    )) as Array<{ pending: number; oldestSeconds: number }>;
    return row;
  }

  /** Published events are evidence for a while, then only weight. */
  async prunePublished(olderThanHours: number): Promise<number> {
    const result = (await this.dataSource.query(
      `DELETE FROM ${TABLE} WHERE published_at < clock_timestamp() - make_interval(hours => $1)`,
      [olderThanHours],
    )) as [unknown, number];
    return result[1];
  }
}
