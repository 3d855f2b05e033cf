import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode, DomainError, type ErrorDetail, type LocalisedMessage } from '@landsea/errors';

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
  ORGANISATION_HOMED_ELSEWHERE = 'ORGANISATION_HOMED_ELSEWHERE',
  TOKEN_NOT_FROM_HOME_NODE = 'TOKEN_NOT_FROM_HOME_NODE',
  TOKEN_REVOKED = 'TOKEN_REVOKED',
}

const error = (status: HttpStatus, code: IdentityErrorCode, message: LocalisedMessage, details?: readonly ErrorDetail[]): DomainError =>
  new DomainError(status, code, message, details);

export const IdentityErrors = {
  usccInvalid: (field: string, message: LocalisedMessage) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.USCC_INVALID, message, [{ field, message }]),
  organisationIdRequired: () =>
    error(
      HttpStatus.BAD_REQUEST,
      IdentityErrorCode.ORGANISATION_ID_REQUIRED,
      {
        en: 'A Chinese organisation registers with its unified social credit code (uscc); a foreign one with its nationalId',
        'zh-CN': '境内单位以统一社会信用代码（uscc）注册，境外单位以其本国登记号码（nationalId）注册',
      },
    ),
  alreadyRegistered: (key: LocalisedMessage) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.ORGANISATION_ALREADY_REGISTERED, {
      en: `An organisation with ${key.en} is already registered`,
      'zh-CN': `${key['zh-CN']} 对应的单位已经注册`,
    }),
  kindNotRegisterable: (kind: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.KIND_NOT_REGISTERABLE, {
      en: `An organisation cannot register itself as ${kind}; the node sets it up`,
      'zh-CN': `单位不能自行注册为 ${kind}，此类单位由节点开设`,
    }),
  customsOfficeMismatch: () =>
    error(
      HttpStatus.BAD_REQUEST,
      IdentityErrorCode.CUSTOMS_OFFICE_MISMATCH,
      {
        en: 'A customs authority registers with its customsOffice (关区代码), and only a customs authority does',
        'zh-CN': '海关注册时须填写关区代码（customsOffice），且只有海关才填写',
      },
      [{ field: 'customsOffice', message: { en: 'customsOffice goes with the kind CUSTOMS, and only with it', 'zh-CN': 'customsOffice 仅适用于类型为 CUSTOMS（海关）的单位' } }],
    ),
  reasonRequired: () =>
    error(
      HttpStatus.BAD_REQUEST,
      IdentityErrorCode.REVIEW_REASON_REQUIRED,
      { en: 'A rejection needs a reason the applicant can act on', 'zh-CN': '驳回注册须说明申请人可据以整改的理由' },
      [{ field: 'reason', message: { en: 'reason is required when the decision is REJECT', 'zh-CN': '审核结论为 REJECT（驳回）时必须填写 reason' } }],
    ),
  organisationNotFound: (id: string) =>
    error(HttpStatus.NOT_FOUND, IdentityErrorCode.ORGANISATION_NOT_FOUND, { en: `No organisation ${id}`, 'zh-CN': `单位 ${id} 不存在` }),
  notApproved: (status: string) => error(HttpStatus.CONFLICT, IdentityErrorCode.ORGANISATION_NOT_APPROVED, {
      en: `Only an approved organisation can be suspended: it is ${status}`,
      'zh-CN': `只有已审核通过的单位才能被暂停，该单位当前状态为 ${status}`,
    }),
  alreadyReviewed: (status: string) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.ORGANISATION_ALREADY_REVIEWED, {
      en: `The registration was already reviewed: it is ${status}`,
      'zh-CN': `该注册申请已审核，当前状态为 ${status}`,
    }),
  emailTaken: (email: string) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.EMAIL_ALREADY_REGISTERED, { en: `${email} already has an account`, 'zh-CN': `${email} 已有账号` }),
  weakPassword: (problems: readonly LocalisedMessage[]) =>
    error(
      HttpStatus.BAD_REQUEST,
      IdentityErrorCode.WEAK_PASSWORD,
      { en: 'The password does not meet the policy', 'zh-CN': '密码不符合密码策略' },
      problems.map((message) => ({ field: 'password', message })),
    ),
  unknownRole: (roles: readonly string[]) =>
    error(
      HttpStatus.BAD_REQUEST,
      IdentityErrorCode.UNKNOWN_ROLE,
      { en: `Unknown role ${roles.join(', ')}`, 'zh-CN': `未知角色：${roles.join('、')}` },
      roles.map((role) => ({ field: 'roles', message: { en: `${role} is not a role`, 'zh-CN': `${role} 不是有效的角色` } })),
    ),
  roleNotAllowed: (role: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.ROLE_NOT_ALLOWED, {
      en: `${role} is only for organisations of the matching kind`,
      'zh-CN': `角色 ${role} 只能授予相应类型单位的人员`,
    }),
  personNotFound: (id: string) => error(HttpStatus.NOT_FOUND, IdentityErrorCode.PERSON_NOT_FOUND, { en: `No person ${id}`, 'zh-CN': `用户 ${id} 不存在` }),
  invitationInvalid: () =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.INVITATION_INVALID, {
      en: 'The invitation is unknown, used or expired',
      'zh-CN': '邀请无效、已被使用或已过期',
    }),
  invalidCredentials: () =>
    error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.INVALID_CREDENTIALS, {
      en: 'The e-mail address or password is wrong',
      'zh-CN': '电子邮件地址或密码错误',
    }),
  accountDisabled: () => error(HttpStatus.FORBIDDEN, IdentityErrorCode.ACCOUNT_DISABLED, { en: 'This account is disabled', 'zh-CN': '该账号已停用' }),
  throttled: (seconds: number) =>
    error(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.SIGN_IN_THROTTLED, {
        en: `Too many failed sign-ins; try again in ${seconds} s`,
        'zh-CN': `登录失败次数过多，请 ${seconds} 秒后再试`,
      }, [{ retryAfterSeconds: seconds }]),
  accountLocked: (seconds: number) =>
    error(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.ACCOUNT_LOCKED, {
        en: `This account is locked after repeated failed sign-ins; try again in ${seconds} s`,
        'zh-CN': `多次登录失败，该账号已被锁定，请 ${seconds} 秒后再试`,
      }, [{ retryAfterSeconds: seconds }]),
  addressLocked: (seconds: number) =>
    error(HttpStatus.TOO_MANY_REQUESTS, IdentityErrorCode.ADDRESS_LOCKED, {
        en: `Too many failed sign-ins from this address; try again in ${seconds} s`,
        'zh-CN': `该地址登录失败次数过多，请 ${seconds} 秒后再试`,
      }, [{ retryAfterSeconds: seconds }]),
  unsupportedGrant: (grant: string) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.UNSUPPORTED_GRANT_TYPE, { en: `Unsupported grant_type ${grant}`, 'zh-CN': `不支持的授权类型（grant_type）${grant}` }),
  refreshInvalid: () =>
    error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.REFRESH_TOKEN_INVALID, {
      en: 'The refresh token is unknown, expired or revoked',
      'zh-CN': '刷新令牌无效、已过期或已被撤销',
    }),
  refreshReused: () =>
    error(
      HttpStatus.UNAUTHORIZED,
      IdentityErrorCode.REFRESH_TOKEN_REUSED,
      {
        en: 'This refresh token was already used; every token of its sign-in is now revoked',
        'zh-CN': '该刷新令牌已被使用过，本次登录签发的所有令牌现已全部撤销',
      },
    ),
  token: (code: IdentityErrorCode, message: LocalisedMessage) => error(HttpStatus.UNAUTHORIZED, code, message),
  partnerIsSelf: (province: string) =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.PARTNER_IS_THIS_NODE, {
      en: `${province} is this node itself, not a partner`,
      'zh-CN': `${province} 就是本节点，不是伙伴节点`,
    }),
  clientKeyInvalid: (message: LocalisedMessage) =>
    error(HttpStatus.BAD_REQUEST, IdentityErrorCode.CLIENT_KEY_INVALID, message, [{ field: 'publicJwk', message }]),
  clientAssertionInvalid: (message: LocalisedMessage) => error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.CLIENT_ASSERTION_INVALID, message),
  clientAssertionReplayed: () =>
    error(HttpStatus.UNAUTHORIZED, IdentityErrorCode.CLIENT_ASSERTION_REPLAYED, {
      en: 'This client assertion (its jti) was already used',
      'zh-CN': '该客户端断言（jti）已被使用过',
    }),
  cannotChangeSelf: () =>
    error(HttpStatus.CONFLICT, IdentityErrorCode.CANNOT_CHANGE_OWN_ACCOUNT, {
      en: 'An administrator cannot disable or demote their own account',
      'zh-CN': '管理员不能停用自己的账号，也不能降低自己的权限',
    }),
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
  // Redis is a dependency like any other: the one code a client retries on, with its Retry-After.
  revocationUnavailable: () =>
    new DomainError(HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.DEPENDENCY_UNAVAILABLE, {
      en: 'Whether this token was revoked cannot be checked right now (Redis is unreachable), so no change is accepted; reads go on, try the change again shortly',
      'zh-CN': '暂时无法确认此令牌是否已被撤销（Redis 不可达），因此不接受任何修改；读取不受影响，请稍后重试',
    }),
};
