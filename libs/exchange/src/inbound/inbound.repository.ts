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

const COLUMNS = `source_node AS "sourceNode", kind, record_id AS "recordId", version, payload, parties, applied_at AS "appliedAt"`;

/** Records received from partners: one row per source, kind and id, at its newest version. */
@Injectable()
export class InboundRepository implements ReceivedRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Applies a record unless a newer version is there already; true when it was applied. */
  async apply(sourceNode: string, messageId: string, record: ExchangeRecord, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO exchange.inbound_record (source_node, kind, record_id, version, payload, parties, message_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (source_node, kind, record_id) DO UPDATE
         SET version = EXCLUDED.version, payload = EXCLUDED.payload, parties = EXCLUDED.parties, message_id = EXCLUDED.message_id, applied_at = now()
         WHERE exchange.inbound_record.version < EXCLUDED.version
       RETURNING record_id`,
      [sourceNode, record.kind, record.id, record.version, JSON.stringify(record.payload), record.parties, messageId],
    )) as unknown[];
    return rows.length === 1;
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
