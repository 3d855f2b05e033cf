export * from './tcp-proxy.js';
export * from './test-node.js';
export * from './worker-database.js';
export * from './xlsx-workbook.js';
