import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '@landsea/observability';

/**
 * API routes a person also reaches by link, from paper: the QR code printed on a bill points at
 * /bills/verify. A browser gets the console's readable page there; every other client the JSON.
 */
export const PAGE_ROUTES: ReadonlySet<string> = new Set(['/bills/verify']);

/** Every Content-Security-Policy directive the console and the Swagger UI at /docs need: no inline script anywhere. */
export function contentSecurityPolicy(production: boolean): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Ant Design and the Swagger UI write their styles at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'script-src-attr': ["'none'"],
    'upgrade-insecure-requests': production ? [] : null,
  };
}

/** A top-level page load by a browser, not a script's or a program's request. */
function isNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const mode = request.headers['sec-fetch-mode'];
  if (mode !== undefined) return mode === 'navigate';
  return (request.headers.accept ?? '').includes('text/html');
}

const firstSegment = (path: string): string => path.split('/')[1] ?? '';

/**
 * Remembers the first path segment of every API route as it is registered, so that the console's
 * fallback can tell a console page (/dossiers/42) from an unknown API route (/bills/nope), which
 * keeps its JSON ROUTE_NOT_FOUND answer.
 */
export function collectApiSegments(fastify: FastifyInstance): ReadonlySet<string> {
  const segments = new Set<string>();
  fastify.addHook('onRoute', (route) => {
    segments.add(firstSegment(route.url));
  });
  return segments;
}

/**
 * Serves the built console (一网服务): hashed assets under /assets/, and index.html for a browser's
 * navigation to any path outside the API, and to the API's PAGE_ROUTES.
 */
export async function serveConsole(
  app: NestFastifyApplication,
  dir: string,
  apiSegments: ReadonlySet<string>,
  logger: Logger,
): Promise<void> {
  const root = resolve(dir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    logger.info({ dir: root }, 'The web console is not built, so this node serves the API alone (npm run console:build builds it)');
    return;
  }
  const index = readFileSync(indexFile);
  await app.register(fastifyStatic as never, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    // Vite names each asset by its content hash: a new build is a new name.
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    const route = request.routeOptions.url;
    // The same URL answers a page or JSON: a shared cache must keep them apart.
    if (route !== undefined && PAGE_ROUTES.has(route)) void reply.header('vary', 'sec-fetch-mode, accept');
    if (!isNavigation(request)) return done();
    const consolePage = route === undefined ? !apiSegments.has(firstSegment(request.url.split('?')[0])) : PAGE_ROUTES.has(route);
    if (!consolePage) return done();
    void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  });
}
