export * from './declarations.module.js';
