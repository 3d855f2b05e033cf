export * from './declarations.module.js';
export * from './dossiers/checks/consistency-checks.js';
export * from './dossiers/checks/finding.js';
export * from './dossiers/dossier.js';
export * from './filings/filing-builder.js';
export * from './filings/filing-generators.js';
export * from './client/declarations-http-client.module.js';
export * from './client/dossier-source.js';
