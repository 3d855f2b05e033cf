import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@landsea/errors';

export enum AuditErrorCode {
  AUDIT_NOT_YOURS = 'AUDIT_NOT_YOURS',
  AUDIT_LOCAL_ONLY = 'AUDIT_LOCAL_ONLY',
}

export const AuditErrors = {
  notYours: () =>
    new DomainError(HttpStatus.FORBIDDEN, AuditErrorCode.AUDIT_NOT_YOURS, {
      en: "An organisation's administrators read their own organisation's audit trail only; leave out organisationId or give your own",
      'zh-CN': '机构管理员只能查看本机构的审计记录；请不填 organisationId 或填写本机构的 ID',
    }),
  localOnly: () =>
    new DomainError(HttpStatus.FORBIDDEN, AuditErrorCode.AUDIT_LOCAL_ONLY, {
      en: "This node's audit trail is read with a token this node issued, not a partner node's",
      'zh-CN': '本节点的审计记录只能使用本节点签发的令牌查看，合作节点的令牌不可以',
    }),
};
