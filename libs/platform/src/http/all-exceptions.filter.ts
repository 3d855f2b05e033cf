import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { classifyError, negotiateLanguage, routeNotFound, type ErrorBody } from '@landsea/errors';

/** Answers every error, from any layer, with the one error body and the request's correlation id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const unmatched =
      exception instanceof HttpException && exception.getStatus() === HttpStatus.NOT_FOUND && !request.routeOptions?.url;
    const language = negotiateLanguage(request.headers['accept-language']);
    const { body, internal } = classifyError(
      unmatched ? routeNotFound(request.method, request.url) : exception,
      request.routeOptions ?? {},
      language,
    );
    if (internal) {
      this.logger.error({ err: exception, correlationId: request.id, method: request.method, url: request.url }, 'Request failed');
    }
    const payload: ErrorBody = { ...body, correlationId: request.id };
    void reply
      .status(payload.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-language', language)
      .send(payload);
  }
}
