export * from './bills.errors.js';
export * from './bills.module.js';
export * from './bills/bill-document.js';
export * from './bills/bill-state-machine.js';
export * from './bills/bills.service.js';
export * from './chain/bill-entry.js';
export * from './chain/verify-chain.js';
