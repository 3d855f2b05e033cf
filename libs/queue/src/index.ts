export * from './dead-letters/dead-letter.entity.js';
export * from './dead-letters/dead-letter.errors.js';
export * from './dead-letters/dead-letter.service.js';
export * from './dispatching.processor.js';
export * from './queue-definition.js';
export * from './queue.module.js';
export * from './redis-connection.js';
export * from './redis.provider.js';
