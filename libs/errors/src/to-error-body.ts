import { HttpException, HttpStatus } from '@nestjs/common';
import { CommonErrorCode } from './common-error-code.enum.js';
import { DomainError, type ErrorDetail, type Language, type LocalisedMessage } from './domain.error.js';
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
const FASTIFY_CLIENT_ERRORS: Record<string, { code: CommonErrorCode; message: LocalisedMessage; status?: HttpStatus }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: CommonErrorCode.MALFORMED_REQUEST, message: { en: 'The request body is not valid JSON', 'zh-CN': '请求体不是有效的 JSON' } },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: CommonErrorCode.MALFORMED_REQUEST, message: { en: 'The request body is empty but declared as JSON', 'zh-CN': '请求体为空，但声明为 JSON' } },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: { en: 'The request content type is not supported', 'zh-CN': '不支持该请求内容类型' } },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: CommonErrorCode.MALFORMED_REQUEST, message: { en: 'The Content-Length header does not match the body', 'zh-CN': 'Content-Length 与请求体长度不符' } },
  FST_ERR_BAD_URL: { code: CommonErrorCode.MALFORMED_REQUEST, message: { en: 'The request URL is malformed', 'zh-CN': '请求地址格式错误' } },
  FST_REQ_FILE_TOO_LARGE: { code: CommonErrorCode.PAYLOAD_TOO_LARGE, message: { en: 'The uploaded file is too large', 'zh-CN': '上传的文件过大' } },
  FST_FILES_LIMIT: { code: CommonErrorCode.MALFORMED_REQUEST, message: { en: 'Upload one file at a time', 'zh-CN': '每次只能上传一个文件' } },
  // The multipart plugin answers 406, but the client sent the wrong media type: that is 415.
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, message: { en: 'Upload the file as multipart/form-data', 'zh-CN': '请以 multipart/form-data 方式上传文件' }, status: HttpStatus.UNSUPPORTED_MEDIA_TYPE },
};

/** Nest's own pipes say why in English; those the controllers use (`ParseUUIDPipe`), in Chinese too. */
const NEST_PIPE_MESSAGES: Readonly<Record<string, string>> = {
  'Validation failed (uuid is expected)': '校验失败：路径中的编号应为 UUID',
};

/** Fastify route config (Nest's `@RouteConfig`) by which a route names the code its oversize bodies get. */
export interface BodyTooLargeConfig {
  readonly bodyTooLarge: { readonly code: string; readonly message: LocalisedMessage };
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
  /** When to ask again (the Retry-After header), for a dependency that is down. */
  readonly retryAfterSeconds?: number;
}

/** A service the node cannot answer without; it comes back by itself, so clients retry. */
export type Dependency = 'PostgreSQL' | 'Redis';

/** How long a client waits before retrying during an outage: about one reconnect of the pools. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

// node-postgres and TypeORM: SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is
// shutting down or starting), 53300 (too many connections); the pool's own connection failures.
const POSTGRES_CODES = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
const POSTGRES_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;
// A failed connect thrown as it is (not as the cause of a fetch): the database pool failing to open
// a connection. A reset or aborted socket without it is the client going away, not an outage.
const CONNECT_SYSCALLS = new Set(['connect', 'getaddrinfo']);
// ioredis: the client is closed or reconnecting (its offline queue is off, so commands fail at
// once), or Redis did not answer a command within its commandTimeout.
const REDIS_MESSAGES = /^(Connection is closed\.|Stream isn't writeable and enableOfflineQueue options is false|Reached the max retries per request limit|Command timed out)/;

/** The dependency whose outage this error is, if it is one. */
export function unavailableDependency(error: unknown): Dependency | undefined {
  // TypeORM wraps the driver's error in a QueryFailedError.
  for (const candidate of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    // Duck-typed: errors from Node's own modules may come from another realm than this module's Error.
    if (typeof candidate !== 'object' || candidate === null) continue;
    const { code, name, message, syscall } = candidate as { code?: unknown; name?: unknown; message?: unknown; syscall?: unknown };
    if (typeof message !== 'string') continue;
    if (name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.test(message)) return 'Redis';
    if (typeof code === 'string' && POSTGRES_CODES.test(code)) return 'PostgreSQL';
    if (typeof syscall === 'string' && CONNECT_SYSCALLS.has(syscall)) return 'PostgreSQL';
    if (POSTGRES_MESSAGES.test(message)) return 'PostgreSQL';
  }
  return undefined;
}

/** The answer while a dependency is down: 503, naming it, and the filter adds Retry-After. */
export function dependencyUnavailable(dependency: Dependency): DomainError {
  return new DomainError(HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.DEPENDENCY_UNAVAILABLE, {
    en: `${dependency} is unavailable right now; try again in a few seconds`,
    'zh-CN': `${dependency} 暂时不可用，请稍后几秒再试`,
  });
}

// busboy, under @fastify/multipart, fails on broken framing with plain Errors: these are all of them.
const MULTIPART_FRAMING_MESSAGES =
  /^(Multipart: Boundary not found|Boundary required|Unexpected end of multipart data|\w+ terminated early due to unexpected end of multipart data|The needle cannot (be an empty String\/Buffer|have a length bigger than 256)\.|Unsupported Content-Type\.|Missing Content-Type-header\.)$/;

const MALFORMED_MULTIPART: LocalisedMessage = {
  en: 'The multipart/form-data body is malformed: check its boundary and that it is sent whole',
  'zh-CN': 'multipart/form-data 请求体格式错误：请检查分隔符（boundary）并确认请求体完整',
};
const UNREADABLE_REQUEST: LocalisedMessage = {
  en: 'The request could not be read as sent',
  'zh-CN': '无法按所发送的内容读取该请求',
};

const INTERNAL_ERROR_MESSAGE: LocalisedMessage = {
  en: 'An internal error occurred; quote the correlation id when reporting it',
  'zh-CN': '系统内部错误；报告问题时请提供关联编号（correlationId）',
};

const BODY_TOO_LARGE_MESSAGE: LocalisedMessage = { en: 'The request body is too large', 'zh-CN': '请求体过大' };

const internalError = (language: Language): ClassifiedError => ({
  body: {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: CommonErrorCode.INTERNAL_ERROR,
    message: INTERNAL_ERROR_MESSAGE[language],
  },
  internal: true,
});

/**
 * Maps anything thrown while serving a request to the public error body. Only DomainError,
 * Nest's HttpException and Fastify's client errors are shown to the client; everything else
 * (database errors included) becomes a generic 500 so no internals leak.
 */
export function classifyError(error: unknown, route: RouteLimits = {}, language: Language = 'en'): ClassifiedError {
  if (error instanceof DomainError) {
    const unavailable = error.code === CommonErrorCode.DEPENDENCY_UNAVAILABLE;
    return {
      body: { statusCode: error.statusCode, code: error.code, message: error.messageIn(language), details: error.detailsIn(language) },
      internal: error.statusCode >= 500 && !unavailable,
      retryAfterSeconds: unavailable ? DEPENDENCY_RETRY_AFTER_SECONDS : undefined,
    };
  }
  const dependency = unavailableDependency(error);
  if (dependency) return classifyError(dependencyUnavailable(dependency), route, language);
  if (isBodyTooLarge(error)) {
    // The client can only fix this knowing the limit; the route may have a code of its own.
    const own = (route.config as Partial<BodyTooLargeConfig> | undefined)?.bodyTooLarge;
    const details = route.bodyLimit ? [{ limitBytes: route.bodyLimit }] : undefined;
    return {
      body: {
        statusCode: HttpStatus.PAYLOAD_TOO_LARGE,
        code: own?.code ?? CommonErrorCode.PAYLOAD_TOO_LARGE,
        message: (own?.message ?? BODY_TOO_LARGE_MESSAGE)[language],
        details,
      },
      internal: false,
    };
  }
  // Nest's Fastify adapter wraps Fastify's own client errors in an HttpException, the original as its cause.
  const original = error instanceof HttpException && error.cause ? error.cause : error;
  const fastifyCode = (original as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && fastifyCode in FASTIFY_CLIENT_ERRORS) {
    const known = FASTIFY_CLIENT_ERRORS[fastifyCode];
    const statusCode = known.status ?? (original as { statusCode?: number }).statusCode ?? HttpStatus.BAD_REQUEST;
    return { body: { statusCode, code: known.code, message: known.message[language] }, internal: false };
  }
  // Any other error Fastify or a plugin of it raises for the client's request: its own 4xx status.
  const fastifyStatus = (original as { statusCode?: unknown } | null)?.statusCode;
  if (typeof fastifyCode === 'string' && fastifyCode.startsWith('FST_') && typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return { body: { statusCode: fastifyStatus, code: CODE_BY_STATUS[fastifyStatus] ?? CommonErrorCode.MALFORMED_REQUEST, message: UNREADABLE_REQUEST[language] }, internal: false };
  }
  if (MULTIPART_FRAMING_MESSAGES.test(String((original as { message?: unknown } | null)?.message))) {
    return { body: { statusCode: HttpStatus.BAD_REQUEST, code: CommonErrorCode.MALFORMED_REQUEST, message: MALFORMED_MULTIPART[language] }, internal: false };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status >= 500) return internalError(language);
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response !== null && typeof (response as { message?: unknown }).message === 'string'
        ? (response as { message: string }).message
        : error.message;
    return {
      body: {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? CommonErrorCode.MALFORMED_REQUEST,
        message: language === 'zh-CN' ? (NEST_PIPE_MESSAGES[message] ?? message) : message,
      },
      internal: false,
    };
  }
  return internalError(language);
}

function isBodyTooLarge(error: unknown): boolean {
  // Nest's Fastify adapter wraps Fastify's own 4xx errors in an HttpException, the original as its cause.
  const original = error instanceof HttpException ? error.cause : error;
  return (original as { code?: unknown } | null | undefined)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
}

export function routeNotFound(method: string, url: string): DomainError {
  const path = url.split('?')[0];
  return new DomainError(HttpStatus.NOT_FOUND, CommonErrorCode.ROUTE_NOT_FOUND, {
    en: `No route for ${method} ${path}`,
    'zh-CN': `没有 ${method} ${path} 这个接口`,
  });
}

export function validationFailed(details: readonly ErrorDetail[]): DomainError {
  return new DomainError(
    HttpStatus.BAD_REQUEST,
    CommonErrorCode.VALIDATION_FAILED,
    { en: 'The request is invalid; see details for each field', 'zh-CN': '请求有误，请查看 details 中每个字段的说明' },
    details,
  );
}
