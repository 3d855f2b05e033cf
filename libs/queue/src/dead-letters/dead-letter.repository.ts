import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { DeadLetterEntity } from './dead-letter.entity.js';

export interface NewDeadLetter {
  readonly queue: string;
  readonly jobId: string;
  readonly jobName: string;
  readonly data: unknown;
  readonly error: string;
  readonly attempts: number;
}

@Injectable()
export class DeadLetterRepository {
  constructor(@InjectRepository(DeadLetterEntity) private readonly rows: Repository<DeadLetterEntity>) {}

  /** Records the failure once per queue and job, however often the failed event is reported. */
  async record(letter: NewDeadLetter): Promise<void> {
    await this.rows
      .createQueryBuilder()
      .insert()
      .values({ ...letter, data: () => `CAST(:data AS jsonb)` })
      .setParameter('data', JSON.stringify(letter.data ?? null))
      .orIgnore()
      .execute();
  }

  list(filter: { queue?: string; pending?: boolean; limit: number }): Promise<DeadLetterEntity[]> {
    const query = this.rows.createQueryBuilder('d').orderBy('d.failed_at', 'DESC').limit(filter.limit);
    if (filter.queue) query.andWhere('d.queue = :queue', { queue: filter.queue });
    if (filter.pending) query.andWhere('d.replayed_at IS NULL');
    return query.getMany();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.rows.manager.transaction(work);
  }

  findById(id: string): Promise<DeadLetterEntity | null> {
    return this.rows.findOneBy({ id });
  }

  /** Counts one more replay and returns the new count, atomically, so concurrent replays get distinct job ids. */
  async countReplay(id: string, manager: EntityManager): Promise<number> {
    const [rows] = (await manager.query(
      'UPDATE platform.dead_letter SET replay_count = replay_count + 1, replayed_at = now() WHERE id = $1 RETURNING replay_count',
      [id],
    )) as [Array<{ replay_count: number }>, number];
    return rows[0].replay_count;
  }
}
