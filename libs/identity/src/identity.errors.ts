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
  ORGANISATION_HOMED_ELSEWHERE = 'ORGANISATION_HOMED_ELSEWHERE',
  TOKEN_NOT_FROM_HOME_NODE = 'TOKEN_NOT_FROM_HOME_NODE',
  TOKEN_REVOKED = 'TOKEN_REVOKED',
  REVOCATION_UNAVAILABLE = 'REVOCATION_UNAVAILABLE',
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
  homedElsewhere: (party: string, home: string) =>
    new DomainError(
      HttpStatus.CONFLICT,
      IdentityErrorCode.ORGANISATION_HOMED_ELSEWHERE,
      {
        en: `${party} is registered at the ${home} node, which alone speaks for it; its people sign in there, and their tokens are accepted here`,
        'zh-CN': `${party} 已在 ${home} 节点注册，只能由该节点代表它；其人员在该节点登录，其令牌在本节点同样有效`,
      },
      [{ party, homeNode: home }],
    ),
  notFromHomeNode: (party: string, issuer: string, home: string | undefined) =>
    new DomainError(HttpStatus.UNAUTHORIZED, IdentityErrorCode.TOKEN_NOT_FROM_HOME_NODE, {
      en: home
        ? `${issuer} does not speak for ${party}: its home is ${home}, and only a token of that node is accepted for it`
        : `${issuer} does not speak for ${party}: no directory entry of ${issuer} lists it, so this node does not know it as homed there`,
      'zh-CN': home
        ? `${issuer} 不能代表 ${party}：其注册节点为 ${home}，只接受该节点签发的令牌`
        : `${issuer} 不能代表 ${party}：${issuer} 共享的机构目录中没有该机构，本节点不认可其注册节点为 ${issuer}`,
    }),
  tokenRevoked: () =>
    new DomainError(HttpStatus.UNAUTHORIZED, IdentityErrorCode.TOKEN_REVOKED, {
      en: 'This access token was revoked (its sign-in was ended or its account disabled); sign in again',
      'zh-CN': '此访问令牌已被撤销（登录已注销或账户已停用），请重新登录',
    }),
  revocationUnavailable: () =>
    new DomainError(HttpStatus.SERVICE_UNAVAILABLE, IdentityErrorCode.REVOCATION_UNAVAILABLE, {
      en: 'Whether this token was revoked cannot be checked right now (Redis is unreachable), so no change is accepted; reads go on, try the change again shortly',
      'zh-CN': '暂时无法确认此令牌是否已被撤销（Redis 不可达），因此不接受任何修改；读取不受影响，请稍后重试',
    }),
};
