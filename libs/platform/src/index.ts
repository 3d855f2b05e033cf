export * from './bootstrap/ensure-services.js';
export * from './bootstrap/run-node.js';
export * from './http/all-exceptions.filter.js';
export * from './http/http-app.factory.js';
export * from './http/multipart-upload.js';
export * from './platform.module.js';
export * from './bootstrap/node-process.js';
