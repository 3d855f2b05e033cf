export * from './corridor-journey.js';
export * from './node-client.js';
