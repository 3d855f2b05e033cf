import { HttpException, HttpStatus } from '@nestjs/common';
import { CommonErrorCode } from './common-error-code.enum.js';
import { DomainError, type ErrorDetail } from './domain.error.js';
import type { ErrorBody } from './error-body.js';

const CODE_BY_STATUS: Record<number, CommonErrorCode> = {
  [HttpStatus.BAD_REQUEST]: CommonErrorCode.MALFORMED_REQUEST,
  [HttpStatus.UNAUTHORIZED]: CommonErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: CommonErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: CommonErrorCode.NOT_FOUND,
  [HttpStatus.METHOD_NOT_ALLOWED]: CommonErrorCode.METHOD_NOT_ALLOWED,
  [HttpStatus.CONFLICT]: CommonErrorCode.CONFLICT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: CommonErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
  [HttpStatus.TOO_MANY_REQUESTS]: CommonErrorCode.TOO_MANY_REQUESTS,
  [HttpStatus.SERVICE_UNAVAILABLE]: CommonErrorCode.DEPENDENCY_UNAVAILABLE,
};

/** Fastify's own request errors (body parsing, limits) that a client caused. */
const FASTIFY_CLIENT_ERRORS: Record<string, { code: CommonErrorCode; message: string; status?: HttpStatus }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: CommonErrorCode.MALFORMED_REQUEST, message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: CommonErrorCode.MALFORMED_REQUEST, message: 'The request body is empty but declared as JSON' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'The request content type is not supported' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: CommonErrorCode.MALFORMED_REQUEST, message: 'The Content-Length header does not match the body' },
  FST_ERR_BAD_URL: { code: CommonErrorCode.MALFORMED_REQUEST, message: 'The request URL is malformed' },
  FST_REQ_FILE_TOO_LARGE: { code: CommonErrorCode.PAYLOAD_TOO_LARGE, message: 'The uploaded file is too large' },
  FST_FILES_LIMIT: { code: CommonErrorCode.MALFORMED_REQUEST, message: 'Upload one file at a time' },
  // The multipart plugin answers 406, but the client sent the wrong media type: that is 415.
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Upload the file as multipart/form-data', status: HttpStatus.UNSUPPORTED_MEDIA_TYPE },
};

/** Fastify route config (Nest's `@RouteConfig`) by which a route names the code its oversize bodies get. */
export interface BodyTooLargeConfig {
  readonly bodyTooLarge: { readonly code: string; readonly message: string };
}

/** What the route being served says about its limits (Fastify's `request.routeOptions`). */
export interface RouteLimits {
  readonly bodyLimit?: number;
  readonly config?: object;
}

export interface ClassifiedError {
  readonly body: Omit<ErrorBody, 'correlationId'>;
  /** True when the failure is ours, not the client's: it must be logged with its stack. */
  readonly internal: boolean;
}

const internalError = (): ClassifiedError => ({
  body: {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: CommonErrorCode.INTERNAL_ERROR,
    message: 'An internal error occurred; quote the correlation id when reporting it',
  },
  internal: true,
});

/**
 * Maps anything thrown while serving a request to the public error body. Only DomainError,
 * Nest's HttpException and Fastify's client errors are shown to the client; everything else
 * (database errors included) becomes a generic 500 so no internals leak.
 */
export function classifyError(error: unknown, route: RouteLimits = {}): ClassifiedError {
  if (error instanceof DomainError) {
    return {
      body: { statusCode: error.statusCode, code: error.code, message: error.message, details: error.details },
      internal: error.statusCode >= 500,
    };
  }
  if (isBodyTooLarge(error)) {
    // The client can only fix this knowing the limit; the route may have a code of its own.
    const own = (route.config as Partial<BodyTooLargeConfig> | undefined)?.bodyTooLarge;
    const details = route.bodyLimit ? [{ limitBytes: route.bodyLimit }] : undefined;
    return {
      body: { statusCode: HttpStatus.PAYLOAD_TOO_LARGE, code: own?.code ?? CommonErrorCode.PAYLOAD_TOO_LARGE, message: own?.message ?? 'The request body is too large', details },
      internal: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status >= 500) return internalError();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response !== null && typeof (response as { message?: unknown }).message === 'string'
        ? (response as { message: string }).message
        : error.message;
    return {
      body: { statusCode: status, code: CODE_BY_STATUS[status] ?? CommonErrorCode.MALFORMED_REQUEST, message },
      internal: false,
    };
  }
  const fastifyCode = (error as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && fastifyCode in FASTIFY_CLIENT_ERRORS) {
    const known = FASTIFY_CLIENT_ERRORS[fastifyCode];
    const statusCode = known.status ?? (error as { statusCode?: number }).statusCode ?? HttpStatus.BAD_REQUEST;
    return { body: { statusCode, code: known.code, message: known.message }, internal: false };
  }
  return internalError();
}

function isBodyTooLarge(error: unknown): boolean {
  // Nest's Fastify adapter wraps Fastify's own 4xx errors in an HttpException, the original as its cause.
  const original = error instanceof HttpException ? error.cause : error;
  return (original as { code?: unknown } | null | undefined)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
}

export function routeNotFound(method: string, url: string): DomainError {
  const path = url.split('?')[0];
  return new DomainError(HttpStatus.NOT_FOUND, CommonErrorCode.ROUTE_NOT_FOUND, `No route for ${method} ${path}`);
}

export function validationFailed(details: readonly ErrorDetail[]): DomainError {
  return new DomainError(
    HttpStatus.BAD_REQUEST,
    CommonErrorCode.VALIDATION_FAILED,
    'The request is invalid; see details for each field',
    details,
  );
}
