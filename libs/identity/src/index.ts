export * from './identity-tokens.module.js';
export * from './identity.errors.js';
export * from './identity.module.js';
export * from './seed/identity.seeder.js';
export { AuditAction as IdentityAuditAction } from './identity.audit.js';
export * from './seed/operator-password.js';
