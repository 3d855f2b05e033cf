export * from './auth.decorators.js';
export * from './auth.errors.js';
export * from './auth.guard.js';
export * from './auth.module.js';
export * from './principal.js';
export * from './roles.js';
export * from './organisation-directory.js';
export * from './record-signer.js';
