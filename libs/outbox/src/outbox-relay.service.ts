import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource, QueryRunner } from 'typeorm';
import type { AppConfig } from '@landsea/config';
import { JOB_BATCH, type JobBatch } from '@landsea/queue';
import type { DomainEventJob } from './domain-event.js';
import { type EventRoute, EventRouter } from './event-router.js';
import { OutboxRepository, type PendingOutboxRow } from './outbox.repository.js';

// Any fixed 64-bit number; every instance of the node competes for the same one.
const RELAY_LOCK_KEY = '7243250905133414786';
const PRUNE_EVERY_MS = 3_600_000;
const RETENTION_HOURS = 7 * 24;

/**
 * Moves committed outbox events to BullMQ. One instance per database relays at a time (it holds
 * a session advisory lock), which keeps each aggregate's events in order. Events are enqueued
 * before they are marked published and each job's id is its event id, so a relay that dies
 * between the two re-sends the batch and BullMQ recognises every job as already there.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private runner?: QueryRunner;
  private loop?: Promise<void>;
  private stopping = false;
  private wake?: () => void;
  private lastPrune = Date.now();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly router: EventRouter,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.get('OUTBOX_RELAY_ENABLED', { infer: true })) this.start();
  }

  // Before the pools close: the batch in hand must finish with its connection.
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Finishes the batch in hand, then lets another instance take over. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  /** Relays one batch if this instance is the leader; returns how many events it relayed. */
  async relayBatch(): Promise<number> {
    const runner = await this.leaderConnection();
    if (!runner) return 0;
    const events = await this.outbox.pending(runner, this.config.get('OUTBOX_BATCH_SIZE', { infer: true }));
    if (events.length === 0) return 0;
    await this.enqueue(events);
    await this.markPublished(runner, events.map((e) => e.seq));
    return events.length;
  }

  protected async markPublished(runner: QueryRunner, seqs: string[]): Promise<void> {
    await this.outbox.markPublished(runner, seqs);
  }

  private async enqueue(events: readonly PendingOutboxRow[]): Promise<void> {
    const perQueue = new Map<Queue, { route: EventRoute; jobs: DomainEventJob[] }>();
    for (const event of events) {
      for (const route of this.router.routesFor(event.type)) {
        const entry = perQueue.get(route.queue) ?? { route, jobs: [] };
        entry.jobs.push({
          eventId: event.id,
          type: event.type,
          context: event.context,
          aggregateType: event.aggregateType,
          aggregateId: event.aggregateId,
          sequence: event.seq,
          occurredAt: new Date(event.occurredAt).toISOString(),
          correlationId: event.correlationId,
          payload: event.payload,
        });
        perQueue.set(route.queue, entry);
      }
    }
    await Promise.all([...perQueue].map(([queue, { route, jobs }]) => (route.definition.takesBatches ? addBatch(queue, jobs) : addEach(queue, jobs))));
  }

  private async run(): Promise<void> {
    const interval = this.config.get('OUTBOX_POLL_INTERVAL_MS', { infer: true });
    const batchSize = this.config.get('OUTBOX_BATCH_SIZE', { infer: true });
    while (!this.stopping) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
        await this.pruneNowAndThen();
      } catch (error) {
        this.logger.error({ err: error }, 'Outbox relay batch failed; it will be retried');
        await this.releaseLeadership();
      }
      if (relayed < batchSize && !this.stopping) await this.sleep(relayed === 0 ? interval : 0);
    }
    await this.releaseLeadership();
  }

  private async leaderConnection(): Promise<QueryRunner | undefined> {
    if (this.runner) return this.runner;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [RELAY_LOCK_KEY])) as Array<{ locked: boolean }>;
    if (!locked) {
      await runner.release();
      return undefined;
    }
    this.logger.log('This instance now relays the outbox');
    this.runner = runner;
    return runner;
  }

  private async releaseLeadership(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    if (!runner) return;
    await runner.query('SELECT pg_advisory_unlock($1)', [RELAY_LOCK_KEY]).catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    const pruned = await this.outbox.prunePublished(RETENTION_HOURS);
    if (pruned) this.logger.log({ pruned }, 'Pruned published outbox events');
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

function addEach(queue: Queue, jobs: readonly DomainEventJob[]): Promise<unknown> {
  return queue.addBulk(jobs.map((data) => ({ name: data.type, data, opts: { jobId: data.eventId } })));
}

/**
 * The whole relay batch as one job. Its id names the first and last event: a relay that dies
 * before marking re-reads from the same first event, and a re-read that found more events is
 * another job, handled again by consumers that are idempotent by event id.
 */
function addBatch(queue: Queue, jobs: readonly DomainEventJob[]): Promise<unknown> {
  const batch: JobBatch = { jobs: jobs.map((data) => ({ name: data.type, data })) };
  return queue.add(JOB_BATCH, batch, { jobId: `batch-${jobs[0].sequence}-${jobs[jobs.length - 1].sequence}` });
}
