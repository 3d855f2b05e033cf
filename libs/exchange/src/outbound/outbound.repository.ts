import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExchangeRecord } from '../exchange-records.js';

export interface PendingRecord {
  readonly id: string;
  readonly record: ExchangeRecord;
}

/** A record to queue for one partner, for the event that made it. */
export interface OutboundRow {
  readonly partner: string;
  readonly eventId: string;
  readonly record: ExchangeRecord;
}

/** Records waiting to go to each partner, in the order their events happened. */
@Injectable()
export class OutboundRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Queues records for partners in one statement, in the order given; an event handled twice queues nothing more. */
  async enqueue(rows: readonly OutboundRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO exchange.outbound_record (partner_node, event_id, kind, record_id, version, payload)
       SELECT partner, event_id, kind, record_id, version, payload
         FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::integer[], $6::jsonb[]) WITH ORDINALITY AS r(partner, event_id, kind, record_id, version, payload, n)
        ORDER BY n
       ON CONFLICT (partner_node, event_id) DO NOTHING`,
      [
        rows.map((r) => r.partner),
        rows.map((r) => r.eventId),
        rows.map((r) => r.record.kind),
        rows.map((r) => r.record.id),
        rows.map((r) => r.record.version),
        rows.map((r) => JSON.stringify({ parties: r.record.parties, payload: r.record.payload })),
      ],
    );
  }

  /** For each of these records, the partners among these that were already sent it: a dossier's bill events follow it. */
  async partnersSharing(kind: string, recordIds: readonly string[], partners: readonly string[]): Promise<Map<string, string[]>> {
    const sent = new Map<string, string[]>();
    if (recordIds.length === 0 || partners.length === 0) return sent;
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT record_id, partner_node FROM exchange.outbound_record WHERE partner_node = ANY($1) AND kind = $2 AND record_id = ANY($3)`,
      [partners, kind, [...new Set(recordIds)]],
    )) as Array<{ record_id: string; partner_node: string }>;
    for (const row of rows) sent.set(row.record_id, [...(sent.get(row.record_id) ?? []), row.partner_node]);
    return sent;
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
    )) as StoredRow[];
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
    )) as StoredRow[];
    return rows.map(pendingOf);
  }

  /** Records each sent record's outcome in one statement. */
  async settle(messageId: string, outcomes: ReadonlyArray<{ id: string; outcome: string; reason: string | null }>, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE exchange.outbound_record o SET message_id = $1, outcome = s.outcome, reason = s.reason
         FROM unnest($2::bigint[], $3::text[], $4::text[]) AS s(id, outcome, reason) WHERE o.id = s.id`,
      [messageId, outcomes.map((o) => o.id), outcomes.map((o) => o.outcome), outcomes.map((o) => o.reason)],
    );
  }

  async pendingPartners(): Promise<string[]> {
    return [...(await this.pendingCounts()).keys()];
  }

  /** Records still owed, per partner that is owed any. */
  async pendingCounts(): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT partner_node, count(*)::int AS n FROM exchange.outbound_record WHERE outcome IS NULL GROUP BY partner_node`,
    )) as Array<{ partner_node: string; n: number }>;
    return new Map(rows.map((r) => [r.partner_node, r.n]));
  }

  /** Makes the records of an envelope the partner refused owed again: an operator replays its dead letter. */
  async reopen(partnerNode: string, messageId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE exchange.outbound_record SET outcome = NULL, reason = NULL, message_id = NULL WHERE partner_node = $1 AND message_id = $2 AND outcome = 'REFUSED'`,
      [partnerNode, messageId],
    );
  }
}

interface StoredRow {
  readonly id: string;
  readonly kind: ExchangeRecord['kind'];
  readonly record_id: string;
  readonly version: number;
  readonly payload: { parties: string[]; payload: Record<string, unknown> };
}

function pendingOf(r: StoredRow): PendingRecord {
  return { id: r.id, record: { kind: r.kind, id: r.record_id, version: r.version, parties: r.payload.parties, payload: r.payload.payload } };
}
