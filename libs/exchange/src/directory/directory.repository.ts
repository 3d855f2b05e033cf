import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { HomeDirectory, HomeEntry } from '@landsea/auth';

export interface ReceivedConflict {
  readonly partyId: string;
  /** The partner whose entry was refused here. */
  readonly claimedBy: string;
  readonly version: number;
  readonly reason: string;
  readonly detectedAt: Date;
}

export interface SentConflict {
  readonly partyId: string;
  /** The partner that refused this node's entry. */
  readonly refusedBy: string;
  readonly version: number;
  readonly reason: string;
}

/** Reason a directory entry is refused with when the party already has another home; the sender's log keeps it too. */
export const HOME_CONFLICT = 'HOME_CONFLICT';

/**
 * The shared directory as this node holds it: partners' ORGANISATION records say which partner is
 * an organisation's home. Entries that clash with another home are refused and kept as conflicts.
 */
@Injectable()
export class DirectoryRepository implements HomeDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  homesOf(partyId: string, manager?: EntityManager): Promise<HomeEntry[]> {
    return (manager ?? this.dataSource).query(
      `SELECT source_node AS node, payload->>'status' AS status FROM exchange.inbound_record WHERE kind = 'ORGANISATION' AND record_id = $1 ORDER BY applied_at`,
      [partyId],
    ) as Promise<HomeEntry[]>;
  }

  async recordConflict(partyId: string, claimedBy: string, version: number, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO exchange.directory_conflict (party_id, claimed_by, version, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (party_id, claimed_by) DO UPDATE SET version = EXCLUDED.version, reason = EXCLUDED.reason, detected_at = now()`,
      [partyId, claimedBy, version, reason],
    );
  }

  received(limit: number): Promise<ReceivedConflict[]> {
    return this.dataSource.query(
      `SELECT party_id AS "partyId", claimed_by AS "claimedBy", version, reason, detected_at AS "detectedAt"
         FROM exchange.directory_conflict ORDER BY detected_at DESC LIMIT $1`,
      [limit],
    ) as Promise<ReceivedConflict[]>;
  }

  /** This node's own entries that partners refused because they hold another home for the party. */
  sent(limit: number): Promise<SentConflict[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (partner_node, record_id) record_id AS "partyId", partner_node AS "refusedBy", version, reason
         FROM exchange.outbound_record WHERE kind = 'ORGANISATION' AND outcome = 'REJECTED' AND reason LIKE $1
        ORDER BY partner_node, record_id, id DESC LIMIT $2`,
      [`${HOME_CONFLICT}%`, limit],
    ) as Promise<SentConflict[]>;
  }
}
