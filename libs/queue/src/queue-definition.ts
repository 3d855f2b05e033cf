import { SetMetadata } from '@nestjs/common';

/** A queue and every job name that may be put on it; each name must have exactly one handler. */
export interface QueueDefinition {
  readonly name: string;
  readonly jobNames: readonly string[];
}

const QUEUE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const JOB_NAME = /^[a-z][a-z0-9]*\.[a-z][a-z0-9-]*$/;

export function defineQueue(name: string, jobNames: readonly string[]): QueueDefinition {
  if (!QUEUE_NAME.test(name)) throw new Error(`Queue name "${name}" must be kebab-case`);
  for (const job of jobNames) {
    if (!JOB_NAME.test(job)) throw new Error(`Job name "${job}" on queue ${name} must read context.verb`);
  }
  if (new Set(jobNames).size !== jobNames.length) throw new Error(`Queue ${name} lists a job name twice`);
  return { name, jobNames: [...jobNames] };
}

export const HANDLES_JOB = 'landsea:handles-job';

/** Marks a processor method as the handler of these job names of its queue (one each). */
export const HandlesJob = (...jobNames: [string, ...string[]]): MethodDecorator => SetMetadata(HANDLES_JOB, jobNames);
