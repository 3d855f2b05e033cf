import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@landsea/errors';

export enum AuthErrorCode {
  TOKEN_MISSING = 'TOKEN_MISSING',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
  ORGANISATION_NOT_APPROVED = 'ORGANISATION_NOT_APPROVED',
  ORGANISATION_SUSPENDED = 'ORGANISATION_SUSPENDED',
}

export const tokenMissing = (): DomainError =>
  new DomainError(HttpStatus.UNAUTHORIZED, AuthErrorCode.TOKEN_MISSING, {
    en: 'A bearer access token is required',
    'zh-CN': '需要提供 Bearer 访问令牌',
  });

export const roleRequired = (roles: readonly string[]): DomainError =>
  new DomainError(HttpStatus.FORBIDDEN, AuthErrorCode.ROLE_REQUIRED, {
    en: `This needs one of the roles ${roles.join(', ')}`,
    'zh-CN': `此操作需要以下角色之一：${roles.join('、')}`,
  });

export const organisationNotApproved = (): DomainError =>
  new DomainError(
    HttpStatus.FORBIDDEN,
    AuthErrorCode.ORGANISATION_NOT_APPROVED,
    {
      en: 'Your organisation is not approved on this node yet; it can read its own data but not change anything',
      'zh-CN': '贵单位尚未通过本节点的审核，目前只能查看本单位数据，不能进行任何修改',
    },
  );

export const organisationSuspended = (): DomainError =>
  new DomainError(HttpStatus.FORBIDDEN, AuthErrorCode.ORGANISATION_SUSPENDED, {
    en: 'Your organisation is suspended by its node operator; it can read its own data but not change anything',
    'zh-CN': '贵机构已被节点运营方暂停，只能查看本机构的数据，不能进行任何修改',
  });
