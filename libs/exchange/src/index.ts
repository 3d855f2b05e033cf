export * from './exchange.errors.js';
export * from './exchange.module.js';
export * from './exchange-records.js';
export * from './inbound/inbound.service.js';
export * from './outbound/envelope.js';
export * from './feed/feed-messages.js';
export * from './client/received-records.js';
export * from './client/record-owners.js';
