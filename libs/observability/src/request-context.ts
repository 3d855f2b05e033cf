import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContextStore {
  readonly correlationId: string;
  /** The caller's network address, for audit and sign-in throttling. */
  readonly address?: string;
  /** The caller's Authorization header, forwarded when one context calls another over HTTP. */
  readonly authorization?: string;
  /** The caller's Accept-Language, forwarded with it so another context's errors answer in the caller's language. */
  readonly acceptLanguage?: string;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/** Carries the correlation id of the request (or job) being served through every await. */
export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
  address(): string | undefined {
    return storage.getStore()?.address;
  },
  authorization(): string | undefined {
    return storage.getStore()?.authorization;
  },
  acceptLanguage(): string | undefined {
    return storage.getStore()?.acceptLanguage;
  },
};

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's correlation id is kept only when it is safe to echo and to log. */
export function acceptCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && CORRELATION_ID.test(value) ? value : undefined;
}
