export * from './bills.module.js';
