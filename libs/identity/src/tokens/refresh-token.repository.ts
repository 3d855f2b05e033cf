import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity.js';

@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(token: Pick<RefreshTokenEntity, 'familyId' | 'personId' | 'tokenHash' | 'expiresAt'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).insert(token);
  }

  lockByHash(tokenHash: string, manager: EntityManager): Promise<RefreshTokenEntity | null> {
    return manager.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash });
  }

  async markUsed(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ id }, { usedAt: () => 'now()' });
  }

  /** Revokes every token of a sign-in; returns how many were still live. */
  async revokeFamily(familyId: string, manager?: EntityManager): Promise<number> {
    const [, count] = (await (manager ?? this.dataSource).query(
      `UPDATE identity.refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    )) as [unknown, number];
    return count;
  }
}
