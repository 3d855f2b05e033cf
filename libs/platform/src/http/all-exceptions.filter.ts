import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { classifyError, negotiateLanguage, routeNotFound, type ErrorBody } from '@landsea/errors';

/**
 * Answers an error with the one error body and the request's correlation id, in the client's
 * language; a dependency that is down gets Retry-After.
 */
export function answerError(logger: Logger, request: FastifyRequest, reply: FastifyReply, exception: unknown): void {
  const unmatched = exception instanceof HttpException && exception.getStatus() === HttpStatus.NOT_FOUND && !request.routeOptions?.url;
  const language = negotiateLanguage(request.headers['accept-language']);
  const { body, internal, retryAfterSeconds } = classifyError(
    unmatched ? routeNotFound(request.method, request.url) : exception,
    request.routeOptions ?? {},
    language,
  );
  const context = { err: exception, correlationId: request.id, method: request.method, url: request.url };
  if (internal) logger.error(context, 'Request failed');
  else if (retryAfterSeconds !== undefined) logger.warn(context, body.message);
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
  const payload: ErrorBody = { ...body, correlationId: request.id };
  void reply
    .status(payload.statusCode)
    .header('x-correlation-id', request.id)
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-language', language)
    .send(payload);
}

/** Answers every error, from any layer, with the one error body and the request's correlation id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    answerError(this.logger, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), exception);
  }
}
