import { HttpStatus } from '@nestjs/common';
import { DomainError, type ErrorDetail } from '@landsea/errors';

export enum IdentityErrorCode {
  USCC_INVALID = 'USCC_INVALID',
  ORGANISATION_ID_REQUIRED = 'ORGANISATION_ID_REQUIRED',
  ORGANISATION_ALREADY_REGISTERED = 'ORGANISATION_ALREADY_REGISTERED',
  KIND_NOT_REGISTERABLE = 'KIND_NOT_REGISTERABLE',
  CUSTOMS_OFFICE_MISMATCH = 'CUSTOMS_OFFICE_MISMATCH',
  REVIEW_REASON_REQUIRED = 'REVIEW_REASON_REQUIRED',
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  ORGANISATION_ALREADY_REVIEWED = 'ORGANISATION_ALREADY_REVIEWED',
  ORGANISATION_NOT_APPROVED = 'ORGANISATION_NOT_APPROVED',
  EMAIL_ALREADY_REGISTERED = 'EMAIL_ALREADY_REGISTERED',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  UNKNOWN_ROLE = 'UNKNOWN_ROLE',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  INVITATION_INVALID = 'INVITATION_INVALID',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  SIGN_IN_THROTTLED = 'SIGN_IN_THROTTLED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ADDRESS_LOCKED = 'ADDRESS_LOCKED',
  UNSUPPORTED_GRANT_TYPE = 'UNSUPPORTED_GRANT_TYPE',
  REFRESH_TOKEN_INVALID = 'REFRESH_TOKEN_INVALID',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  TOKEN_ALGORITHM_NOT_ALLOWED = 'TOKEN_ALGORITHM_NOT_ALLOWED',
  TOKEN_KEY_UNKNOWN = 'TOKEN_KEY_UNKNOWN',
  TOKEN_AUDIENCE_INVALID = 'TOKEN_AUDIENCE_INVALID',
  TOKEN_ISSUER_UNKNOWN = 'TOKEN_ISSUER_UNKNOWN',
  CANNOT_CHANGE_OWN_ACCOUNT = 'CANNOT_CHANGE_OWN_ACCOUNT',
  PARTNER_IS_THIS_NODE = 'PARTNER_IS_THIS_NODE',
  CLIENT_KEY_INVALID = 'CLIENT_KEY_INVALID',
  CLIENT_ASSERTION_INVALID = 'CLIENT_ASSERTION_INVALID',
  CLIENT_ASSERTION_REPLAYED = 'CLIENT_ASSERTION_REPLAYED',
  BROWSER_REQUEST_REFUSED = 'BROWSER_REQUEST_REFUSED',
  SESSION_COOKIE_MISSING = 'SESSION_COOKIE_MISSING',
}

const error = (status: HttpStatus, code: IdentityErrorCode, message: string, details?: readonly ErrorDetail[]): DomainError =>
  new DomainError(status, code, message, details);

export const IdentityErrors = {
  usccInvalid: (field: string, message: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.USCC_INVALID, message, [{ field, message }]),
  organisationIdRequired: () =>
    error(
      HttpStatus.BAD_REQUEST,
      IdentityErrorCode.ORGANISATION_ID_REQUIRED,
      'A Chinese organisation registers with its unified social credit code (uscc); a foreign one with its nationalId',
    ),
  alreadyRegistered: (key: string) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.ORGANISATION_ALREADY_REGISTERED, `An organisation with ${key} is already registered`),
  kindNotRegisterable: (kind: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.KIND_NOT_REGISTERABLE, `An organisation cannot register itself as ${kind}; the node sets it up`),
  customsOfficeMismatch: () =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.CUSTOMS_OFFICE_MISMATCH, 'A customs authority registers with its customsOffice (关区代码), and only a customs authority does', [
      { field: 'customsOffice', message: 'customsOffice goes with the kind CUSTOMS, and only with it' },
    ]),
  reasonRequired: () =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.REVIEW_REASON_REQUIRED, 'A rejection needs a reason the applicant can act on', [
      { field: 'reason', message: 'reason is required when the decision is REJECT' },
    ]),
  organisationNotFound: (id: string) =>
    error(HttpStatus.NOT_FOUND, IdentityErrorCode.ORGANISATION_NOT_FOUND, `No organisation ${id}`),
  notApproved: (status: string) => error(HttpStatus.CONFLICT, IdentityErrorCode.ORGANISATION_NOT_APPROVED, `Only an approved organisation can be suspended: it is ${status}`),
  alreadyReviewed: (status: string) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.ORGANISATION_ALREADY_REVIEWED, `The registration was already reviewed: it is ${status}`),
  emailTaken: (email: string) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.EMAIL_ALREADY_REGISTERED, `${email} already has an account`),
  weakPassword: (problems: readonly string[]) =>
    error(
      HttpStatus.BAD_REQUEST,
      IdentityErrorCode.WEAK_PASSWORD,
      'The password does not meet the policy',
      problems.map((message) => ({ field: 'password', message })),
    ),
  unknownRole: (roles: readonly string[]) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.UNKNOWN_ROLE, `Unknown role ${roles.join(', ')}`, roles.map((role) => ({ field: 'roles', message: `${role} is not a role` }))),
  roleNotAllowed: (role: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.ROLE_NOT_ALLOWED, `${role} is only for organisations of the matching kind`),
  personNotFound: (id: string) => error(HttpStatus.NOT_FOUND, IdentityErrorCode.PERSON_NOT_FOUND, `No person ${id}`),
  invitationInvalid: () =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.INVITATION_INVALID, 'The invitation is unknown, used or expired'),
  invalidCredentials: () =>
    error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.INVALID_CREDENTIALS, 'The e-mail address or password is wrong'),
  accountDisabled: () => error(HttpStatus.FORBIDDEN, IdentityErrorCode.ACCOUNT_DISABLED, 'This account is disabled'),
  throttled: (seconds: number) =>
    error(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.SIGN_IN_THROTTLED, `Too many failed sign-ins; try again in ${seconds} s`, [{ retryAfterSeconds: seconds }]),
  accountLocked: (seconds: number) =>
    error(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.ACCOUNT_LOCKED, `This account is locked after repeated failed sign-ins; try again in ${seconds} s`, [{ retryAfterSeconds: seconds }]),
  addressLocked: (seconds: number) =>
    error(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.ADDRESS_LOCKED, `Too many failed sign-ins from this address; try again in ${seconds} s`, [{ retryAfterSeconds: seconds }]),
  unsupportedGrant: (grant: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.UNSUPPORTED_GRANT_TYPE, `Unsupported grant_type ${grant}`),
  refreshInvalid: () =>
    error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.REFRESH_TOKEN_INVALID, 'The refresh token is unknown, expired or revoked'),
  refreshReused: () =>
    error(
      HttpStatus.UNAUTHORIZED,
      IdentityErrorCode.REFRESH_TOKEN_REUSED,
      'This refresh token was already used; every token of its sign-in is now revoked',
    ),
  token: (code: IdentityErrorCode, message: string) => error(HttpStatus.UNAUTHORIZED, code, message),
  partnerIsSelf: (province: string) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.PARTNER_IS_THIS_NODE, `${province} is this node itself, not a partner`),
  clientKeyInvalid: (message: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.CLIENT_KEY_INVALID, message, [{ field: 'publicJwk', message }]),
  clientAssertionInvalid: (message: string) => error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.CLIENT_ASSERTION_INVALID, message),
  clientAssertionReplayed: () =>
    error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.CLIENT_ASSERTION_REPLAYED, 'This client assertion (its jti) was already used'),
  cannotChangeSelf: () =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.CANNOT_CHANGE_OWN_ACCOUNT, 'An administrator cannot disable or demote their own account'),
  browserRequestRefused: () =>
    new DomainError(HttpStatus.FORBIDDEN, IdentityErrorCode.BROWSER_REQUEST_REFUSED, {
      en: 'A browser sign-in request must come from this node\'s own pages (same origin, with the X-Landsea-Console header)',
      'zh-CN': '浏览器登录请求必须来自本节点自己的页面（同源，并带 X-Landsea-Console 请求头）',
    }),
  sessionCookieMissing: () =>
    new DomainError(HttpStatus.UNAUTHORIZED, IdentityErrorCode.SESSION_COOKIE_MISSING, {
      en: 'There is no sign-in to continue; please sign in',
      'zh-CN': '没有可延续的登录，请重新登录',
    }),
};
