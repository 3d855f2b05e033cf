export * from './create-logger.js';
export * from './metrics.service.js';
export * from './observability.module.js';
export * from './pino-nest.logger.js';
export * from './request-context.js';
