import { dependencyUnavailable } from '@landsea/errors';

/** How long a request waits on a queue's Redis before answering that Redis is down. */
export const QUEUE_CALL_DEADLINE_MS = 2_000;

/**
 * A queue call made while serving a request, bounded: BullMQ's connections keep commands while
 * Redis is away (its workers need that), so without a deadline the request would wait for Redis
 * to come back. Past the deadline it fails with 503 DEPENDENCY_UNAVAILABLE.
 */
export async function withinRedisDeadline<T>(call: Promise<T>, ms = QUEUE_CALL_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(dependencyUnavailable('Redis')), ms);
  });
  // The call may still settle after the deadline; nobody is waiting for it then.
  call.catch(() => undefined);
  try {
    return await Promise.race([call, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
