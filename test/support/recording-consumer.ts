import { type DynamicModule, Module } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EventConsumer, type DomainEventJob } from '@landsea/outbox';
import { DeadLetterService, DispatchingProcessor, defineQueue, HandlesJob, QueueModule } from '@landsea/queue';

export const PROBE_EVENTS = defineQueue('probe-events', ['probe.happened', 'probe.exploded', 'probe.lingered']);

/** A consumer of domain events that remembers what it was given, for tests to assert on. */
@EventConsumer(PROBE_EVENTS)
export class RecordingConsumer extends DispatchingProcessor {
  protected readonly definition = PROBE_EVENTS;
  readonly handled: DomainEventJob[] = [];
  readonly started: string[] = [];
  readonly explosions: Array<{ eventId: string; at: number; attempt: number }> = [];

  constructor(deadLetters: DeadLetterService) {
    // One at a time, so the order a test sees is the order the relay enqueued.
    super(deadLetters, 1);
  }

  @HandlesJob('probe.happened')
  async happened(event: DomainEventJob): Promise<void> {
    this.handled.push(event);
  }

  /** Takes its time, so a test can stop the node while the job is in hand. */
  @HandlesJob('probe.lingered')
  async lingered(event: DomainEventJob): Promise<void> {
    this.started.push(event.eventId);
    await new Promise((resolve) => setTimeout(resolve, 400));
    this.handled.push(event);
  }

  @HandlesJob('probe.exploded')
  async exploded(event: DomainEventJob, job: Job): Promise<void> {
    this.explosions.push({ eventId: event.eventId, at: Date.now(), attempt: job.attemptsMade + 1 });
    throw new Error(`consumer of ${event.eventId} failed`);
  }
}

export const PROBE_BATCHES = defineQueue('probe-batches', ['probe.batched', 'probe.misfired'], { takesBatches: true });

/** A consumer whose queue takes relay batches: it counts each event it is handed. */
@EventConsumer(PROBE_BATCHES)
export class BatchRecordingConsumer extends DispatchingProcessor {
  protected readonly definition = PROBE_BATCHES;
  readonly handled = new Map<string, number>();

  constructor(deadLetters: DeadLetterService) {
    super(deadLetters, 1);
  }

  @HandlesJob('probe.batched', 'probe.misfired')
  async batched(event: DomainEventJob): Promise<void> {
    this.handled.set(event.eventId, (this.handled.get(event.eventId) ?? 0) + 1);
    // Fails its first try only: the batch is retried and every event in it handled again.
    if (event.type === 'probe.misfired' && this.handled.get(event.eventId) === 1) throw new Error(`first try of ${event.eventId} failed`);
  }
}

@Module({})
export class RecordingConsumerModule {
  static withNode(node: DynamicModule): DynamicModule {
    return {
      module: RecordingConsumerModule,
      imports: [node, QueueModule.registerQueue(PROBE_EVENTS), QueueModule.registerQueue(PROBE_BATCHES)],
      providers: [RecordingConsumer, BatchRecordingConsumer],
    };
  }
}
