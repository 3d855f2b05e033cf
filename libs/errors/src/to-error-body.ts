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
}

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
    return {
      body: { statusCode: error.statusCode, code: error.code, message: error.messageIn(language), details: error.detailsIn(language) },
      internal: error.statusCode >= 500,
    };
  }
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
