import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** How far this node has pulled each partner's recovery feed. */
@Injectable()
export class RecoveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async cursor(partnerNode: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(`SELECT cursor FROM exchange.recovery_cursor WHERE partner_node = $1`, [partnerNode])) as Array<{ cursor: string | null }>;
    return row?.cursor ?? null;
  }

  /** Moves the cursor from where this recovery found it; false when another recovery moved it meanwhile. */
  async advance(partnerNode: string, from: string | null, to: string | null, by: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO exchange.recovery_cursor (partner_node, cursor, updated_by) VALUES ($1, $3, $4)
       ON CONFLICT (partner_node) DO UPDATE SET cursor = EXCLUDED.cursor, updated_by = EXCLUDED.updated_by, updated_at = now()
         WHERE exchange.recovery_cursor.cursor IS NOT DISTINCT FROM $2
       RETURNING partner_node`,
      [partnerNode, from, to, by],
    )) as unknown[];
    return rows.length === 1;
  }
}
