import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath, type OpenAPIObject, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import { CommonErrorCode } from './common-error-code.enum.js';
import { ErrorBody } from './error-body.js';

/** The error codes a route answers with, by HTTP status: `{ 404: [IdentityErrorCode.PERSON_NOT_FOUND] }`. */
export type ApiErrorsByStatus = Readonly<Partial<Record<number, readonly string[]>>>;

/** One named example per code, so a client reading the document sees every code it must handle. */
function examplesOf(status: number, codes: readonly string[]): Record<string, { summary: string; value: unknown }> {
  return Object.fromEntries(
    [...new Set(codes)].sort().map((code) => [
      code,
      {
        summary: code,
        value: { statusCode: status, code, message: 'A sentence fit to show, in the language Accept-Language asked for', correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
      },
    ]),
  );
}

/** The name an error answer's example has in components.examples: a code can answer with two statuses. */
const exampleName = (status: number, code: string): string => `${code}_${status}`;

/** An error answer whose examples are shared components, so the document says each code once. */
function errorResponse(document: OpenAPIObject, status: number, codes: readonly string[]): ResponseObject {
  const examples = examplesOf(status, codes);
  document.components = { ...document.components, examples: { ...document.components?.examples, ...Object.fromEntries(Object.values(examples).map((e) => [exampleName(status, e.summary), e])) } };
  return {
    description: `Error codes: ${Object.keys(examples).join(', ')}`,
    content: {
      'application/json': {
        schema: { $ref: getSchemaPath(ErrorBody) },
        examples: Object.fromEntries(Object.keys(examples).map((code) => [code, { $ref: `#/components/examples/${exampleName(status, code)}` }])),
      },
    },
  };
}

/**
 * Documents the error codes a route answers with beyond the ones every route of its kind gives,
 * which openApiDocument adds to each operation (withCommonErrors) and merges with these.
 */
export function ApiErrors(errors: ApiErrorsByStatus): MethodDecorator {
  return applyDecorators(
    ...Object.entries(errors).map(([status, codes = []]) =>
      ApiResponse({ status: Number(status), description: `Error codes: ${codes.join(', ')}`, type: ErrorBody, examples: examplesOf(Number(status), codes) }),
    ),
  );
}

/** The codes an error answer names, or none when it is not an ErrorBody answer (health's 503 is its own report). */
function codesOf(response: ResponseObject): string[] {
  return Object.keys(response.content?.['application/json']?.examples ?? {});
}

/** The codes any route answers with, by what it takes: its input can be invalid or too large. */
function inputErrors(operation: OperationObject): Partial<Record<number, readonly string[]>> {
  const parameters = (operation.parameters?.length ?? 0) > 0;
  if (!operation.requestBody) return parameters ? { 400: [CommonErrorCode.VALIDATION_FAILED] } : {};
  return {
    400: [CommonErrorCode.VALIDATION_FAILED, CommonErrorCode.MALFORMED_REQUEST, CommonErrorCode.JSON_TOO_DEEP, CommonErrorCode.TEXT_NOT_ALLOWED],
    413: [CommonErrorCode.PAYLOAD_TOO_LARGE],
    415: [CommonErrorCode.UNSUPPORTED_MEDIA_TYPE],
  };
}

/**
 * Gives every operation the error answers every route of its kind can give (its input's, and the
 * ones `more` adds, such as the guard's), merged with the ones its @ApiErrors names, and 503
 * DEPENDENCY_UNAVAILABLE on every route that can fail at all, since each such route reads
 * PostgreSQL or Redis.
 */
export function withCommonErrors(document: OpenAPIObject, more: (operation: OperationObject, method: string) => ApiErrorsByStatus = () => ({})): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      if (!operation) continue;
      const byStatus = new Map<number, string[]>();
      const add = (status: number, codes: readonly string[] = []): void => {
        if (codes.length > 0) byStatus.set(status, [...(byStatus.get(status) ?? []), ...codes]);
      };
      const own = Object.entries(operation.responses).filter(([status]) => /^[45]\d\d$/.test(status)).map(([status, response]) => [Number(status), codesOf(response as ResponseObject)] as const);
      const input = { ...inputErrors(operation) };
      // A route that names its own 413 answers an over-large body with its own code (RouteConfig bodyTooLarge, readUpload's tooLarge).
      if (own.some(([status, codes]) => status === 413 && codes.length > 0)) delete input[413];
      for (const errors of [input, more(operation, method)]) for (const [status, codes] of Object.entries(errors)) add(Number(status), codes);
      for (const [status, codes] of own) add(status, codes);
      const ownUnavailable = operation.responses['503'] !== undefined && !byStatus.has(503);
      if (byStatus.size > 0 && !ownUnavailable) add(503, [CommonErrorCode.DEPENDENCY_UNAVAILABLE]);
      for (const [status, codes] of byStatus) operation.responses[String(status)] = errorResponse(document, status, codes);
    }
  }
  return document;
}
