import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { LogController } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { createValidationPipe, ErrorBody } from '@landsea/errors';
import { acceptCorrelationId, MetricsService, PinoNestLogger, RequestContext, type Logger } from '@landsea/observability';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { collectApiSegments, contentSecurityPolicy, serveConsole } from './console-site.js';

export interface HttpAppOptions {
  readonly title: string;
  readonly logger: Logger;
  readonly config: AppConfig;
}

/** The OpenAPI document of an app's controllers and DTOs: what /docs-json serves and the console is typed from. */
export function openApiDocument(app: INestApplication, title: string): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(title)
      .setDescription('Landsea single window for the New Western Land-Sea Corridor. Every error answers with ErrorBody.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorBody] },
  );
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
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const apiSegments = collectApiSegments(fastify);
  // Uploads (智能单证: invoices and packing lists) are small documents, one at a time.
  await app.register(multipart as never, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10 } });
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
    RequestContext.run({ correlationId: request.id, address: request.ip, authorization: request.headers.authorization }, done);
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
  app.useGlobalFilters(new AllExceptionsFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  const document = openApiDocument(app, options.title);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  await serveConsole(app, config.CONSOLE_DIR, apiSegments, logger);
  await app.init();
  await fastify.ready();
  return app;
}
