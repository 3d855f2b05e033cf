import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReceivedRecords } from '../client/received-records.js';
import type { ExchangeRecord } from '../exchange-records.js';

export interface ReceivedRecord {
  readonly sourceNode: string;
  readonly kind: string;
  readonly recordId: string;
  readonly version: number;
  readonly payload: Record<string, unknown>;
  readonly parties: string[];
  readonly appliedAt: Date;
}

export interface AppliedRow {
  /** The version that was here before this envelope; null when the record is new here. */
  readonly prior: number | null;
  readonly applied: boolean;
}

/** How a record is known at a node: one row per source, kind and id. */
export function recordKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

const COLUMNS = `source_node AS "sourceNode", kind, record_id AS "recordId", version, payload, parties, applied_at AS "appliedAt"`;

/** Records received from partners: one row per source, kind and id, at its newest version. */
@Injectable()
export class InboundRepository implements ReceivedRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Applies records (one per kind and id) in one statement, each unless a newer version is here
   * already. Per record: the version that was here before, and whether this one was written.
   */
  async applyNewest(sourceNode: string, messageId: string, records: readonly ExchangeRecord[], manager: EntityManager): Promise<Map<string, AppliedRow>> {
    if (records.length === 0) return new Map();
    // Every sub-statement sees the same snapshot, so `prior` reads the rows as they were before the upsert.
    // Rows are written in key order, so two transactions applying overlapping records cannot deadlock.
    const rows = (await manager.query(
      `WITH input AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(kind text, id text, version integer, parties text[], payload jsonb)),
       prior AS (
         SELECT t.kind, t.record_id, t.version FROM exchange.inbound_record t JOIN input i ON t.source_node = $1 AND t.kind = i.kind AND t.record_id = i.id),
       written AS (
         INSERT INTO exchange.inbound_record (source_node, kind, record_id, version, payload, parties, message_id)
         SELECT $1, kind, id, version, payload, parties, $3 FROM input ORDER BY kind, id
         ON CONFLICT (source_node, kind, record_id) DO UPDATE
           SET version = EXCLUDED.version, payload = EXCLUDED.payload, parties = EXCLUDED.parties, message_id = EXCLUDED.message_id, applied_at = now()
           WHERE exchange.inbound_record.version < EXCLUDED.version
         RETURNING kind, record_id)
       SELECT i.kind, i.id, p.version AS prior, w.record_id IS NOT NULL AS applied
         FROM input i LEFT JOIN prior p ON p.kind = i.kind AND p.record_id = i.id LEFT JOIN written w ON w.kind = i.kind AND w.record_id = i.id`,
      [sourceNode, JSON.stringify(records.map((r) => ({ kind: r.kind, id: r.id, version: r.version, parties: r.parties, payload: r.payload }))), messageId],
    )) as Array<{ kind: string; id: string; prior: number | null; applied: boolean }>;
    return new Map(rows.map((r) => [recordKey(r.kind, r.id), { prior: r.prior, applied: r.applied }]));
  }

  async find(sourceNode: string, kind: string, recordId: string): Promise<ReceivedRecord | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM exchange.inbound_record WHERE source_node = $1 AND kind = $2 AND record_id = $3`, [
      sourceNode,
      kind,
      recordId,
    ])) as ReceivedRecord[];
    return row;
  }

  matching(kind: string, field: string, value: string): Promise<ReceivedRecord[]> {
    // The field is spelt into the SQL so the planner can use an expression index on it.
    if (!/^[A-Za-z]+$/.test(field)) throw new Error(`Not a payload field name: ${field}`);
    return this.dataSource.query(`SELECT ${COLUMNS} FROM exchange.inbound_record WHERE kind = $1 AND payload->>'${field}' = $2 ORDER BY record_id`, [
      kind,
      value,
    ]) as Promise<ReceivedRecord[]>;
  }

  /** A party's directory entry as its home node last shared it (the newest, should two nodes list it). */
  async directoryEntry(partyId: string): Promise<ReceivedRecord | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM exchange.inbound_record WHERE kind = 'ORGANISATION' AND record_id = $1 ORDER BY applied_at DESC LIMIT 1`,
      [partyId],
    )) as ReceivedRecord[];
    return row;
  }

  /** Received records naming one of these parties (all of them for a node operator). */
  list(parties: readonly string[] | 'all', kind: string | undefined, limit: number): Promise<ReceivedRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM exchange.inbound_record
        WHERE ($1::text[] IS NULL OR parties && $1) AND ($2::text IS NULL OR kind = $2) ORDER BY applied_at DESC LIMIT $3`,
      [parties === 'all' ? null : parties, kind ?? null, limit],
    ) as Promise<ReceivedRecord[]>;
  }
}
