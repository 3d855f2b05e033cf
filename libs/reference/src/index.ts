export * from './codes.js';
export { readLibraryDataFile } from './data-file.js';
export * from './hs-nomenclature.js';
export * from './iso6346.js';
export * from './unlocode.js';
export * from './uscc.js';
export * from './validators.js';
