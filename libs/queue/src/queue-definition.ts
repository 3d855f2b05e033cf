import { SetMetadata } from '@nestjs/common';

/** A queue and every job name that may be put on it; each name must have exactly one handler. */
export interface QueueDefinition {
  readonly name: string;
  readonly jobNames: readonly string[];
  /**
   * Producers may put many of its jobs in one `queue.batch` job: for a consumer whose handlers
   * are idempotent and do not depend on order, where one Redis round trip per job is the cost.
   */
  readonly takesBatches: boolean;
}

/** A job carrying several of a queue's jobs, each dispatched to its own handler. */
export const JOB_BATCH = 'queue.batch';

export interface JobBatch {
  readonly jobs: ReadonlyArray<{ readonly name: string; readonly data: unknown }>;
}

const QUEUE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const JOB_NAME = /^[a-z][a-z0-9]*\.[a-z][a-z0-9-]*$/;

export function defineQueue(name: string, jobNames: readonly string[], options: { takesBatches?: boolean } = {}): QueueDefinition {
  if (!QUEUE_NAME.test(name)) throw new Error(`Queue name "${name}" must be kebab-case`);
  for (const job of jobNames) {
    if (!JOB_NAME.test(job)) throw new Error(`Job name "${job}" on queue ${name} must read context.verb`);
  }
  if (new Set(jobNames).size !== jobNames.length) throw new Error(`Queue ${name} lists a job name twice`);
  return { name, jobNames: [...jobNames], takesBatches: options.takesBatches ?? false };
}

export const HANDLES_JOB = 'landsea:handles-job';

/** Marks a processor method as the handler of these job names of its queue (one each). */
export const HandlesJob = (...jobNames: [string, ...string[]]): MethodDecorator => SetMetadata(HANDLES_JOB, jobNames);
