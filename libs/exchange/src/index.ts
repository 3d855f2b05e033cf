export * from './exchange.module.js';
