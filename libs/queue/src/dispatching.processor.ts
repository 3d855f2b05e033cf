import { Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { RequestContext } from '@landsea/observability';
import { DeadLetterService } from './dead-letters/dead-letter.service.js';
import { HANDLES_JOB, JOB_BATCH, type JobBatch, type QueueDefinition } from './queue-definition.js';

type JobHandler = (data: unknown, job: Job) => Promise<unknown>;

/**
 * The one processor of a queue: it routes each job by name to the method marked
 * `@HandlesJob(name)`, checks at start-up that every job name of the queue has exactly one
 * handler, and turns a job's final failure into a dead letter.
 */
export abstract class DispatchingProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  protected abstract readonly definition: QueueDefinition;
  protected readonly logger = new Logger(this.constructor.name);
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly deadLetters: DeadLetterService,
    private readonly concurrency = 1,
  ) {
    super();
  }

  onModuleInit(): void {
    const prototype = Object.getPrototypeOf(this) as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[key];
      if (typeof method !== 'function') continue;
      const jobNames = (Reflect.getMetadata(HANDLES_JOB, method) as string[] | undefined) ?? [];
      for (const jobName of jobNames) {
        if (this.handlers.has(jobName)) {
          throw new Error(`${this.constructor.name} has two handlers for job ${jobName}`);
        }
        this.handlers.set(jobName, (method as JobHandler).bind(this));
      }
    }
    const missing = this.definition.jobNames.filter((name) => !this.handlers.has(name));
    const undeclared = [...this.handlers.keys()].filter((name) => !this.definition.jobNames.includes(name));
    if (missing.length || undeclared.length) {
      throw new Error(
        `Queue ${this.definition.name}: ${missing.length ? `no handler for ${missing.join(', ')}` : ''}${missing.length && undeclared.length ? '; ' : ''}${undeclared.length ? `handlers for undeclared jobs ${undeclared.join(', ')}` : ''}`,
      );
    }
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency;
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const finalAttempt = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
      if (finalAttempt) {
        this.deadLetters.record(this.definition.name, job, error).catch((recordError: unknown) => {
          this.logger.error({ err: recordError, jobId: job.id }, 'Could not record a dead letter');
        });
      }
    });
    // A dropped Redis connection is reported here; the worker reconnects by itself.
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'Worker error'));
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== JOB_BATCH) return this.dispatch(job.name, job.data, job);
    if (!this.definition.takesBatches) throw new UnrecoverableError(`Queue ${this.definition.name} takes no batches`);
    // Every job of the batch runs, so a retry repeats only what failed in effect (handlers of a
    // batching queue are idempotent); the batch fails with the first failure.
    const results = await Promise.allSettled((job.data as JobBatch).jobs.map((inner) => this.dispatch(inner.name, inner.data, job)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return undefined;
  }

  private dispatch(name: string, data: unknown, job: Job): Promise<unknown> {
    const handler = this.handlers.get(name);
    if (!handler) throw new UnrecoverableError(`No handler for job ${name} on queue ${this.definition.name}`);
    const correlationId = (data as { correlationId?: string } | null)?.correlationId ?? `job:${job.id}`;
    return RequestContext.run({ correlationId }, () => handler(data, job));
  }
}
