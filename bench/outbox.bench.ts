import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventConsumer, OutboxRelayService, OutboxService, type DomainEventJob } from '@landsea/outbox';
import { DeadLetterService, DispatchingProcessor, defineQueue, HandlesJob, QueueModule } from '@landsea/queue';
import { NodeModule } from '../apps/node/src/node.module.js';
import { benchEnvironment, percentile, plainInsertBaseline, plainQueueBaseline, pool, report } from './bench-kit.js';

const BENCH_EVENTS = defineQueue('bench-events', ['bench.happened']);

/** A no-op consumer that notes when each event arrived. */
@EventConsumer(BENCH_EVENTS)
class LatencyProbe extends DispatchingProcessor {
  protected readonly definition = BENCH_EVENTS;
  readonly latencies: number[] = [];
  onCount?: (n: number) => void;

  constructor(deadLetters: DeadLetterService) {
    super(deadLetters, 16);
  }

  @HandlesJob('bench.happened')
  async happened(event: DomainEventJob): Promise<void> {
    this.latencies.push(Date.now() - Date.parse(event.occurredAt));
    this.onCount?.(this.latencies.length);
  }
}

@Module({})
class OutboxBenchModule {
  static forRoot(env: Record<string, string>): DynamicModule {
    return { module: OutboxBenchModule, imports: [NodeModule.forRoot(env), QueueModule.registerQueue(BENCH_EVENTS)], providers: [LatencyProbe] };
  }
}

async function startBenchNode(env: Record<string, string>, writers: number) {
  const app = await NestFactory.createApplicationContext(
    OutboxBenchModule.forRoot({ ...env, DATABASE_POOL_SIZE: String(writers + 4) }),
    { logger: ['error', 'warn'] },
  );
  const db = app.get<DataSource>(getDataSourceToken());
  const outbox = app.get(OutboxService);
  const probe = app.get(LatencyProbe);
  const processed = (count: number) =>
    new Promise<void>((resolve) => {
      probe.onCount = (n) => n >= count && resolve();
    });
  const commit = (count: number, writers: number) =>
    pool(count, writers, async (i) => {
      await db.transaction((manager) =>
        outbox.record(manager, 'bench', { type: 'bench.happened', aggregateType: 'bench', aggregateId: `a${i % 100}`, payload: { n: i } }),
      );
    });
  return { app, probe, processed, commit, relay: app.get(OutboxRelayService) };
}

/**
 * Two measurements of the outbox, each against the raw limits measured in the same run:
 * - outbox-relay: a committed backlog moved to BullMQ batch by batch (what the relay alone sustains);
 * - outbox-end-to-end: 16 writers, one event per business transaction, until a consumer has each.
 */
export async function outboxBench(args: { events: number; writers: number }): Promise<void> {
  const { config, env } = await benchEnvironment('outbox');
  const rawInsert = await plainInsertBaseline(config.DATABASE_URL, args.events, args.writers);
  const rawQueue = await plainQueueBaseline(config, args.events, args.writers);
  const raw = { raw_pg_insert_per_s: Math.round(rawInsert), raw_bullmq_add_process_per_s: Math.round(rawQueue) };

  const backlog = await startBenchNode({ ...env, OUTBOX_RELAY_ENABLED: 'false' }, args.writers);
  await backlog.commit(args.events, args.writers);
  const batches: number[] = [];
  const relayStarted = performance.now();
  for (;;) {
    const at = performance.now();
    const relayed = await backlog.relay.relayBatch();
    if (relayed === 0) break;
    batches.push(performance.now() - at);
  }
  const relaySeconds = (performance.now() - relayStarted) / 1000;
  await backlog.processed(args.events);
  await backlog.app.close();
  const batchMs = [...batches].sort((a, b) => a - b);
  const relayRate = args.events / relaySeconds;
  report(
    { scenario: 'outbox-relay', throughput_per_s: relayRate, p50_ms: percentile(batchMs, 50), p99_ms: percentile(batchMs, 99), baseline_per_s: rawQueue, ratio: relayRate / rawQueue },
    { events: args.events, batch_size: config.OUTBOX_BATCH_SIZE, latency: 'per batch', ...raw },
  );

  const live = await startBenchNode(env, args.writers);
  const delivered = live.processed(args.events);
  const started = performance.now();
  await live.commit(args.events, args.writers);
  const committedMs = performance.now() - started;
  await delivered;
  const seconds = (performance.now() - started) / 1000;
  await live.app.close();
  const sorted = [...live.probe.latencies].sort((a, b) => a - b);
  const throughput = args.events / seconds;
  const baseline = Math.min(rawInsert, rawQueue);
  report(
    { scenario: 'outbox-end-to-end', throughput_per_s: throughput, p50_ms: percentile(sorted, 50), p99_ms: percentile(sorted, 99), baseline_per_s: baseline, ratio: throughput / baseline },
    { events: args.events, writers: args.writers, commit_rate_per_s: Math.round(args.events / (committedMs / 1000)), latency: 'commit to consumer', ...raw },
  );
}
