export * from './common-error-code.enum.js';
export * from './domain.error.js';
export * from './error-body.js';
export * from './to-error-body.js';
export * from './validation.pipe.js';
export * from './query-transforms.js';
export * from './language.js';
export * from './constraint-messages.js';
