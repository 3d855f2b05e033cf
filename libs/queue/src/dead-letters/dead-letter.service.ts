import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { AuditService } from '@landsea/audit';
import type { Principal } from '@landsea/auth';
import { DeadLetterEntity } from './dead-letter.entity.js';
import { deadLetterNotFound, deadLetterQueueUnknown } from './dead-letter.errors.js';
import { DeadLetterRepository } from './dead-letter.repository.js';
import { withinRedisDeadline } from '../redis-deadline.js';

/** What the queues audit, in the node's one trail (@landsea/audit). */
export enum QueueAuditAction {
  DEAD_LETTER_REPLAYED = 'platform.dead_letter_replayed',
}

@Injectable()
export class DeadLetterService {
  private readonly logger = new Logger(DeadLetterService.name);

  constructor(
    private readonly letters: DeadLetterRepository,
    private readonly moduleRef: ModuleRef,
    private readonly audit: AuditService,
  ) {}

  async record(queue: string, job: Job, error: Error): Promise<void> {
    await this.letters.record({
      queue,
      jobId: job.id ?? `${job.name}:${job.timestamp}`,
      jobName: job.name,
      data: job.data,
      error: error.message,
      attempts: job.attemptsMade,
    });
    this.logger.warn({ queue, jobId: job.id, jobName: job.name, attempts: job.attemptsMade, err: error }, 'Job dead-lettered');
  }

  list(filter: { queue?: string; pending?: boolean; limit: number }): Promise<DeadLetterEntity[]> {
    return this.letters.list(filter);
  }

  /** Puts the failed job back on its queue under a fresh job id, with a full set of attempts. */
  async replay(operator: Principal, id: string): Promise<{ letter: DeadLetterEntity; jobId: string }> {
    const letter = await this.letters.findById(id);
    if (!letter) throw deadLetterNotFound(id);
    const queue = this.queue(letter.queue);
    const jobId = await this.letters.transaction(async (manager) => {
      const fresh = `${letter.jobId}-replay-${await this.letters.countReplay(id, manager)}`;
      const details = { queue: letter.queue, jobName: letter.jobName, jobId: fresh };
      await this.audit.record({ action: QueueAuditAction.DEAD_LETTER_REPLAYED, actor: operator, target: { type: 'dead_letter', id }, details }, manager);
      return fresh;
    });
    await withinRedisDeadline(queue.add(letter.jobName, letter.data, { jobId }));
    this.logger.log({ queue: letter.queue, jobId, deadLetterId: id }, 'Dead letter replayed');
    const replayed = await this.letters.findById(id);
    return { letter: replayed ?? letter, jobId };
  }

  private queue(name: string): Queue {
    try {
      return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
    } catch {
      throw deadLetterQueueUnknown(name);
    }
  }
}
