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

function errorResponse(status: number, codes: readonly string[]): ResponseObject {
  const examples = examplesOf(status, codes);
  return {
    description: `Error codes: ${Object.keys(examples).join(', ')}`,
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorBody) }, examples } },
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

/** The codes any route answers with, by what it takes: its input can be invalid, its caller unknown or not allowed. */
function commonErrors(operation: OperationObject): Map<number, string[]> {
  const common = new Map<number, string[]>();
  const add = (status: number, ...codes: string[]): void => void common.set(status, [...(common.get(status) ?? []), ...codes]);
  if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody) add(400, CommonErrorCode.VALIDATION_FAILED);
  if (operation.requestBody) {
    add(400, CommonErrorCode.MALFORMED_REQUEST, CommonErrorCode.JSON_TOO_DEEP, CommonErrorCode.TEXT_NOT_ALLOWED);
    add(413, CommonErrorCode.PAYLOAD_TOO_LARGE);
    add(415, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE);
  }
  if ((operation.security?.length ?? 0) > 0) {
    add(401, CommonErrorCode.UNAUTHENTICATED);
    add(403, CommonErrorCode.FORBIDDEN);
  }
  return common;
}

/**
 * Gives every operation the error answers every route of its kind can give, merged with the ones
 * its @ApiErrors names, and 503 DEPENDENCY_UNAVAILABLE on every route that can fail at all, since
 * each such route reads PostgreSQL or Redis.
 */
export function withCommonErrors(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      if (!operation) continue;
      const byStatus = commonErrors(operation);
      for (const [status, response] of Object.entries(operation.responses)) {
        const codes = /^[45]\d\d$/.test(status) ? codesOf(response as ResponseObject) : [];
        if (codes.length > 0) byStatus.set(Number(status), [...(byStatus.get(Number(status)) ?? []), ...codes]);
      }
      const ownUnavailable = operation.responses['503'] !== undefined && !byStatus.has(503);
      if (byStatus.size > 0 && !ownUnavailable) byStatus.set(503, [...(byStatus.get(503) ?? []), CommonErrorCode.DEPENDENCY_UNAVAILABLE]);
      for (const [status, codes] of byStatus) operation.responses[String(status)] = errorResponse(status, codes);
    }
  }
  return document;
}
