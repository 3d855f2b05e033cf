import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { canonicalJson, sha256Hex } from '@landsea/signing';

export interface MessageLogEntry {
  readonly partnerNode: string;
  readonly direction: 'IN' | 'OUT';
  readonly messageId: string;
  readonly envelopeHash: string;
  readonly sizeBytes: number;
  readonly records: number;
  /**
   * DELIVERED, RECEIVED, DUPLICATE, FAILED (sending or fetching a feed page: the partner away),
   * REFUSED (receiving, or sending: the partner refused it), REPLAYED (an envelope received
   * again, answered with the first receipt's outcomes), FEED_SERVED (a page of the recovery feed,
   * OUT) or FEED_APPLIED (a page pulled and applied, IN).
   */
  readonly outcome: string;
  readonly detail: Record<string, unknown>;
  /** The signed receipt: given (IN) or got back (OUT); for FEED_SERVED, the partner's signed request. */
  readonly receipt: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date;
}

export interface StoredLogEntry extends MessageLogEntry {
  readonly id: string;
  readonly previousHash: string | null;
  readonly entryHash: string;
}

const COLUMNS = `id, partner_node AS "partnerNode", direction, message_id AS "messageId", envelope_hash AS "envelopeHash",
  size_bytes AS "sizeBytes", records, outcome, detail, receipt, started_at AS "startedAt", finished_at AS "finishedAt",
  previous_hash AS "previousHash", entry_hash AS "entryHash"`;

/** The hash each log entry carries: over its content and the hash of the partner's entry before it. */
export function logEntryHash(entry: MessageLogEntry, previousHash: string | null): string {
  return sha256Hex(
    canonicalJson({
      previousHash,
      partnerNode: entry.partnerNode,
      direction: entry.direction,
      messageId: entry.messageId,
      envelopeHash: entry.envelopeHash,
      sizeBytes: entry.sizeBytes,
      records: entry.records,
      outcome: entry.outcome,
      detail: entry.detail,
      receipt: entry.receipt,
      startedAt: new Date(entry.startedAt).toISOString(),
      finishedAt: new Date(entry.finishedAt).toISOString(),
    }),
  );
}

/** The entry of a signed message (an envelope, a feed request or page), finished now: its hash and size are the JWS's. */
export function signedEntry(jws: string, entry: Omit<MessageLogEntry, 'envelopeHash' | 'sizeBytes' | 'finishedAt'>): MessageLogEntry {
  return { ...entry, envelopeHash: sha256Hex(jws), sizeBytes: Buffer.byteLength(jws), finishedAt: new Date() };
}

/** The evidence of every envelope sent and received, one hash chain per partner. */
@Injectable()
export class MessageLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Appends under a per-partner lock, so the chain never forks. False when an IN message was received already. */
  async append(entry: MessageLogEntry, manager: EntityManager): Promise<boolean> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('exchange-log:' || $1))`, [entry.partnerNode]);
    const [last] = (await manager.query(`SELECT entry_hash FROM exchange.message_log WHERE partner_node = $1 ORDER BY id DESC LIMIT 1`, [entry.partnerNode])) as Array<{
      entry_hash: string;
    }>;
    const previous = last?.entry_hash ?? null;
    const rows = (await manager.query(
      `INSERT INTO exchange.message_log (partner_node, direction, message_id, envelope_hash, size_bytes, records, outcome, detail, receipt,
         started_at, finished_at, previous_hash, entry_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING RETURNING id`,
      [
        entry.partnerNode,
        entry.direction,
        entry.messageId,
        entry.envelopeHash,
        entry.sizeBytes,
        entry.records,
        entry.outcome,
        JSON.stringify(entry.detail),
        entry.receipt,
        entry.startedAt,
        entry.finishedAt,
        previous,
        logEntryHash(entry, previous),
      ],
    )) as unknown[];
    return rows.length === 1;
  }

  /** Appends in a transaction of its own: evidence of what failed or was refused, kept whatever happens next. */
  appendAlone(entry: MessageLogEntry): Promise<boolean> {
    return this.transaction((manager) => this.append(entry, manager));
  }

  /** Evidence of a signed message that came to nothing: refused (a forgery attempt is worth keeping) or unanswered. */
  async appendFailure(failure: {
    partnerNode: string;
    direction: 'IN' | 'OUT';
    messageId: string;
    jws: string;
    outcome: 'REFUSED' | 'FAILED';
    detail: Record<string, unknown>;
    startedAt: Date;
  }): Promise<void> {
    const { jws, ...entry } = failure;
    await this.appendAlone(signedEntry(jws, { ...entry, records: 0, receipt: null }));
  }

  async findReceived(partnerNode: string, messageId: string): Promise<StoredLogEntry | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM exchange.message_log WHERE partner_node = $1 AND message_id = $2 AND direction = 'IN' AND outcome NOT IN ('REFUSED', 'REPLAYED')`,
      [partnerNode, messageId],
    )) as StoredLogEntry[];
    return row;
  }

  list(filter: { partnerNode?: string; direction?: string }, afterId: string, limit: number): Promise<StoredLogEntry[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM exchange.message_log
        WHERE ($1::text IS NULL OR partner_node = $1) AND ($2::text IS NULL OR direction = $2) AND id > $3
        ORDER BY id LIMIT $4`,
      [filter.partnerNode ?? null, filter.direction ?? null, afterId, limit],
    ) as Promise<StoredLogEntry[]>;
  }

  chain(partnerNode: string): Promise<StoredLogEntry[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM exchange.message_log WHERE partner_node = $1 ORDER BY id`, [partnerNode]) as Promise<StoredLogEntry[]>;
  }
}
