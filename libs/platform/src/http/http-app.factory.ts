import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, type OperationObject, SwaggerModule } from '@nestjs/swagger';
import { authGuardErrors, PUBLIC_ROUTE_EXTENSION } from '@landsea/auth';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { assertAcceptableInput, createValidationPipe, ErrorBody, withCommonErrors } from '@landsea/errors';
import { acceptCorrelationId, MetricsService, PinoNestLogger, RequestContext, type Logger } from '@landsea/observability';
import { AllExceptionsFilter, answerError } from './all-exceptions.filter.js';

/**
 * Fastify route config (Nest's `@RouteConfig`) by which a route takes bodies larger, or smaller,
 * than HTTP_BODY_LIMIT_BYTES, worked out from the node's settings when the route is registered.
 */
export interface RouteBodyLimitConfig {
  readonly bodyLimit: (config: AppConfig) => number;
}
import { collectApiSegments, contentSecurityPolicy, serveConsole } from './console-site.js';

export interface HttpAppOptions {
  readonly title: string;
  readonly logger: Logger;
  readonly config: AppConfig;
}

/**
 * The OpenAPI document of an app's controllers and DTOs: what /docs-json serves and the console is
 * typed from. Operation ids are `Controller_method`, stable while the code's names are; every tag an
 * operation uses is declared; every operation lists the error answers of its kind (withCommonErrors).
 */
export function openApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(title)
      .setDescription('Landsea single window for the New Western Land-Sea Corridor. Every error answers with ErrorBody; each operation lists its error codes by status.')
      .setVersion('0.1.0')
      .addServer('/', 'This node')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorBody], operationIdFactory: (controllerKey, methodKey) => `${controllerKey}_${methodKey}` },
  );
  const operations = Object.values(document.paths).flatMap((path) => Object.values(path) as (OperationObject & Record<string, unknown>)[]);
  for (const operation of operations.filter((o) => o[PUBLIC_ROUTE_EXTENSION])) {
    // @Public() wins over a controller's @ApiBearerAuth, as it does in AuthGuard.
    operation.security = [];
    delete operation[PUBLIC_ROUTE_EXTENSION];
  }
  document.tags = [...new Set(operations.flatMap((o) => o.tags ?? []))].sort().map((name) => ({ name }));
  return withCommonErrors(document, authGuardErrors);
}

/** Builds the node's HTTP application on Fastify with every cross-cutting concern in place. */
export async function createHttpApp(module: DynamicModule, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const { logger, config } = options;
  const adapter = new FastifyAdapter({
    loggerInstance: logger.child({ component: 'fastify' }),
    // Requests are logged once, on completion, by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'correlationId' }),
    bodyLimit: config.HTTP_BODY_LIMIT_BYTES,
    genReqId: (request: IncomingMessage) => acceptCorrelationId(request.headers['x-correlation-id']) ?? randomUUID(),
    // A URL the router cannot even read (bad percent-encoding, an over-long parameter) never reaches Nest.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => answerError(logger, request, reply, error),
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const apiSegments = collectApiSegments(fastify);
  // Uploads are one document at a time; each route reads it with readUpload and its own size limit.
  await app.register(multipart as never, { limits: { files: 1, fields: 10 } });
  // Before app.init(), which registers the routes.
  fastify.addHook('onRoute', (route) => {
    const own = (route.config as Partial<RouteBodyLimitConfig> | undefined)?.bodyLimit;
    if (typeof own === 'function') route.bodyLimit = own(config);
  });
  // The console's refresh token travels in a cookie (identity's BrowserSessionController).
  await app.register(cookie as never);
  const production = config.NODE_ENV === 'production';
  await app.register(helmet as never, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(production) },
    // HSTS pins a name to https; a loopback developer node has neither.
    strictTransportSecurity: production,
  });
  const metrics = app.get(MetricsService);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-correlation-id', request.id);
    RequestContext.run(
      { correlationId: request.id, address: request.ip, authorization: request.headers.authorization, acceptLanguage: request.headers['accept-language'] },
      done,
    );
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeHttp(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    logger.info(
      { correlationId: request.id, method: request.method, route, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 },
      'request completed',
    );
    done();
  });
  // Parsed but not yet transformed: too-deep input and text no field may hold stop here, for every route.
  fastify.addHook('preValidation', (request, _reply, done) => {
    try {
      assertAcceptableInput(request.query);
      assertAcceptableInput(request.body);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });
  app.useGlobalFilters(new AllExceptionsFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  const document = openApiDocument(app, options.title);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  await serveConsole(app, config.CONSOLE_DIR, apiSegments, logger);
  await app.init();
  await fastify.ready();
  return app;
}
