import { pino, type Logger } from 'pino';
import { RequestContext } from './request-context.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  readonly level: string;
  readonly node: string;
}

/** Structured JSON logs; every line written while serving a request carries its correlation id. */
export function createLogger(options: LoggerOptions): Logger {
  return pino({
    level: options.level,
    base: { node: options.node },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const correlationId = RequestContext.correlationId();
      return correlationId ? { correlationId } : {};
    },
  });
}
