import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExchangeRecord } from '../exchange-records.js';

export interface PendingRecord {
  readonly id: string;
  readonly record: ExchangeRecord;
}

/** Records waiting to go to each partner, in the order their events happened. */
@Injectable()
export class OutboundRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Queues a record for partners; an event handled twice queues nothing more. */
  async enqueue(partners: readonly string[], eventId: string, record: ExchangeRecord): Promise<void> {
    if (partners.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO exchange.outbound_record (partner_node, event_id, kind, record_id, version, payload)
       SELECT partner, $2, $3, $4, $5, $6 FROM unnest($1::text[]) AS partner ON CONFLICT (partner_node, event_id) DO NOTHING`,
      [partners, eventId, record.kind, record.id, record.version, JSON.stringify({ parties: record.parties, payload: record.payload })],
    );
  }

  /** The partners among these that were already sent this dossier: its bill events follow it. */
  async partnersSharing(kind: string, recordId: string, partners: readonly string[]): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT partner_node FROM exchange.outbound_record WHERE kind = $1 AND record_id = $2 AND partner_node = ANY($3)`,
      [kind, recordId, partners],
    )) as Array<{ partner_node: string }>;
    return rows.map((r) => r.partner_node);
  }

  /** Takes the partner's delivery lock for this transaction; false when another worker holds it. */
  async lockPartner(partnerNode: string, manager: EntityManager): Promise<boolean> {
    const [row] = (await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('exchange-out:' || $1)) AS locked`, [partnerNode])) as Array<{ locked: boolean }>;
    return row.locked;
  }

  async pending(partnerNode: string, limit: number, manager: EntityManager): Promise<PendingRecord[]> {
    const rows = (await manager.query(
      `SELECT id, kind, record_id, version, payload FROM exchange.outbound_record WHERE partner_node = $1 AND outcome IS NULL ORDER BY id LIMIT $2`,
      [partnerNode, limit],
    )) as OutboundRow[];
    return rows.map(pendingOf);
  }

  /**
   * What this node owes a partner after a row id, whatever became of its delivery, for the
   * partner's recovery feed: only kinds the agreement covers now, and of each record its newest
   * version alone. A row committing behind the cursor is still pushed, since its outcome is null.
   */
  async owed(partnerNode: string, afterId: string, limit: number): Promise<PendingRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.kind, o.record_id, o.version, o.payload FROM exchange.outbound_record o
         JOIN exchange.agreement a ON a.partner_node = o.partner_node AND o.kind = ANY(a.kinds)
        WHERE o.partner_node = $1 AND o.id > $2
          AND NOT EXISTS (SELECT 1 FROM exchange.outbound_record n
                           WHERE n.partner_node = o.partner_node AND n.kind = o.kind AND n.record_id = o.record_id AND n.version > o.version)
        ORDER BY o.id LIMIT $3`,
      [partnerNode, afterId, limit],
    )) as OutboundRow[];
    return rows.map(pendingOf);
  }

  async settle(ids: readonly string[], messageId: string, outcome: string, reason: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE exchange.outbound_record SET message_id = $2, outcome = $3, reason = $4 WHERE id = ANY($1)`, [ids, messageId, outcome, reason]);
  }

  async pendingPartners(): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT DISTINCT partner_node FROM exchange.outbound_record WHERE outcome IS NULL`)) as Array<{ partner_node: string }>;
    return rows.map((r) => r.partner_node);
  }
}

interface OutboundRow {
  readonly id: string;
  readonly kind: ExchangeRecord['kind'];
  readonly record_id: string;
  readonly version: number;
  readonly payload: { parties: string[]; payload: Record<string, unknown> };
}

function pendingOf(r: OutboundRow): PendingRecord {
  return { id: r.id, record: { kind: r.kind, id: r.record_id, version: r.version, parties: r.payload.parties, payload: r.payload.payload } };
}
