export * from './data-source-options.js';
export * from './database.module.js';
export * from './local-postgres.js';
export * from './migrator.js';
export * from './postgres-url.js';
