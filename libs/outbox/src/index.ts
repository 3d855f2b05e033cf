export * from './domain-event.js';
export * from './event-consumer.decorator.js';
export * from './outbox-relay.service.js';
export * from './outbox.module.js';
export * from './outbox.service.js';
