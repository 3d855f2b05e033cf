import type { OperationObject } from '@nestjs/swagger';
import type { ApiErrorsByStatus } from '@landsea/errors';
import { AuthErrorCode } from './auth.errors.js';
import { REQUIRED_ROLES_EXTENSION } from './auth.decorators.js';

/** The codes an AccessTokenVerifier refuses a token with (identity's IdentityErrorCode spells them). */
const TOKEN_REFUSALS = ['TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_REVOKED', 'TOKEN_ALGORITHM_NOT_ALLOWED', 'TOKEN_KEY_UNKNOWN', 'TOKEN_AUDIENCE_INVALID', 'TOKEN_ISSUER_UNKNOWN'];

/** The error answers AuthGuard gives on a route, as the API document lists them: what it checks is what it refuses. */
export function authGuardErrors(operation: OperationObject & { readonly [REQUIRED_ROLES_EXTENSION]?: readonly string[] }, method: string): ApiErrorsByStatus {
  if ((operation.security?.length ?? 0) === 0) return {};
  const forbidden: string[] = [];
  if ((operation[REQUIRED_ROLES_EXTENSION]?.length ?? 0) > 0) forbidden.push(AuthErrorCode.ROLE_REQUIRED);
  if (method !== 'get') forbidden.push(AuthErrorCode.ORGANISATION_NOT_APPROVED, AuthErrorCode.ORGANISATION_SUSPENDED);
  return { 401: [AuthErrorCode.TOKEN_MISSING, ...TOKEN_REFUSALS], ...(forbidden.length > 0 ? { 403: forbidden } : {}) };
}
