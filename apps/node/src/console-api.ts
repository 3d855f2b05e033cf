import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiDocument } from '@landsea/platform';
import { NODE_DEFINITION } from './node.definition.js';

/** Where the console keeps the API description it is typed from, relative to the repository. */
export const CONSOLE_OPENAPI_JSON = 'apps/console/src/api/openapi.json';
export const CONSOLE_OPENAPI_TYPES = 'apps/console/src/api/schema.d.ts';

/**
 * The node's OpenAPI document, as /docs-json serves it. Nest's preview mode reads the controllers
 * without creating a provider, so no database or Redis is needed.
 */
export async function nodeOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(NODE_DEFINITION.module({}), new FastifyAdapter(), { preview: true, logger: false });
  try {
    return openApiDocument(app, 'Landsea node');
  } finally {
    await app.close();
  }
}

/** The node's OpenAPI document and the TypeScript types generated from it. */
export async function consoleApi(): Promise<{ json: string; types: string }> {
  const json = `${JSON.stringify(await nodeOpenApiDocument(), null, 2)}\n`;
  const header = `// Generated from ${CONSOLE_OPENAPI_JSON} by \`npm run console:api\`; do not edit.\n`;
  const types = header + astToString(await openapiTS(JSON.parse(json)));
  return { json, types };
}
