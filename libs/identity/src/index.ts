export * from './identity.module.js';
export * from './seed/identity.seeder.js';
