import { HttpStatus } from '@nestjs/common';
import { DomainError, type LocalisedMessage } from '@landsea/errors';

export enum ExchangeErrorCode {
  PARTNER_UNKNOWN = 'PARTNER_UNKNOWN',
  ENVELOPE_MALFORMED = 'ENVELOPE_MALFORMED',
  ENVELOPE_SIGNATURE_INVALID = 'ENVELOPE_SIGNATURE_INVALID',
  ENVELOPE_KEY_UNKNOWN = 'ENVELOPE_KEY_UNKNOWN',
  ENVELOPE_NOT_FOR_THIS_NODE = 'ENVELOPE_NOT_FOR_THIS_NODE',
  ENVELOPE_CLOCK_SKEW = 'ENVELOPE_CLOCK_SKEW',
  ENVELOPE_TOO_LARGE = 'ENVELOPE_TOO_LARGE',
  ENVELOPE_TOO_MANY_RECORDS = 'ENVELOPE_TOO_MANY_RECORDS',
  NO_AGREEMENT = 'NO_AGREEMENT',
  CONSENT_NOT_FOUND = 'CONSENT_NOT_FOUND',
  RECORD_NOT_FOUND = 'RECORD_NOT_FOUND',
  DIRECTORY_ENTRY_NOT_FOUND = 'DIRECTORY_ENTRY_NOT_FOUND',
  FEED_REQUEST_REPLAYED = 'FEED_REQUEST_REPLAYED',
  FEED_UNREACHABLE = 'FEED_UNREACHABLE',
  FEED_PAGE_INVALID = 'FEED_PAGE_INVALID',
  RECOVERY_IN_PROGRESS = 'RECOVERY_IN_PROGRESS',
  CONSENT_RECORD_NOT_FOUND = 'CONSENT_RECORD_NOT_FOUND',
}

export const ExchangeErrors = {
  partnerUnknown: (code: string) =>
    new DomainError(HttpStatus.FORBIDDEN, ExchangeErrorCode.PARTNER_UNKNOWN, { en: `${code} is not a partner node of this one`, 'zh-CN': `${code} 不是本节点的伙伴节点` }),
  malformed: (message: LocalisedMessage) => new DomainError(HttpStatus.BAD_REQUEST, ExchangeErrorCode.ENVELOPE_MALFORMED, message),
  signature: (keyUnknown: boolean, message: LocalisedMessage) =>
    new DomainError(HttpStatus.UNAUTHORIZED, keyUnknown ? ExchangeErrorCode.ENVELOPE_KEY_UNKNOWN : ExchangeErrorCode.ENVELOPE_SIGNATURE_INVALID, message),
  notForThisNode: (to: string, self: string) =>
    new DomainError(HttpStatus.BAD_REQUEST, ExchangeErrorCode.ENVELOPE_NOT_FOR_THIS_NODE, {
      en: `The envelope is addressed to ${to}; this node is ${self}`,
      'zh-CN': `该报文的收件节点是 ${to}，而本节点是 ${self}`,
    }),
  clockSkew: (sentAt: string) =>
    new DomainError(HttpStatus.BAD_REQUEST, ExchangeErrorCode.ENVELOPE_CLOCK_SKEW, {
      en: `The envelope says it was sent at ${sentAt}, too far from this node's clock`,
      'zh-CN': `该报文的发送时间为 ${sentAt}，与本节点时钟相差过大`,
    }),
  tooManyRecords: (records: number, max: number) =>
    new DomainError(
      HttpStatus.PAYLOAD_TOO_LARGE,
      ExchangeErrorCode.ENVELOPE_TOO_MANY_RECORDS,
      { en: `The envelope holds ${records} records; this node takes at most ${max} in one`, 'zh-CN': `该报文含 ${records} 条记录，本节点每个报文最多接收 ${max} 条` },
      [{ records, maxRecords: max }],
    ),
  noAgreement: (partner: string, kind: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, ExchangeErrorCode.NO_AGREEMENT, {
      en: `No data-sharing agreement lets ${kind} flow to ${partner}; a node operator makes one first`,
      'zh-CN': `没有允许向 ${partner} 共享 ${kind} 的数据共享协议，须先由节点运营方订立`,
    }),
  consentNotFound: (id: string) =>
    new DomainError(HttpStatus.NOT_FOUND, ExchangeErrorCode.CONSENT_NOT_FOUND, { en: `No consent ${id} of your organisation`, 'zh-CN': `贵单位没有授权同意 ${id}` }),
  directoryEntryNotFound: (partyId: string) =>
    new DomainError(HttpStatus.NOT_FOUND, ExchangeErrorCode.DIRECTORY_ENTRY_NOT_FOUND, {
      en: `No partner node has shared a directory entry for ${partyId}`,
      'zh-CN': `没有伙伴节点共享过 ${partyId} 的名录条目`,
    }),
  feedReplayed: (requestId: string) =>
    new DomainError(HttpStatus.CONFLICT, ExchangeErrorCode.FEED_REQUEST_REPLAYED, {
      en: `Feed request ${requestId} was answered already; a partner asks each page with a new request id`,
      'zh-CN': `数据拉取请求 ${requestId} 已应答过；伙伴节点每拉取一页须使用新的请求编号`,
    }),
  feedUnreachable: (partner: string, why: string) =>
    new DomainError(HttpStatus.BAD_GATEWAY, ExchangeErrorCode.FEED_UNREACHABLE, {
      en: `${partner}'s feed gave no page (${why}); nothing was applied past the last page, try again`,
      'zh-CN': `${partner} 的数据源未返回数据页（${why}）；上一页之后的内容均未写入，请重试`,
    }),
  feedPageInvalid: (partner: string, why: LocalisedMessage) =>
    new DomainError(HttpStatus.BAD_GATEWAY, ExchangeErrorCode.FEED_PAGE_INVALID, {
      en: `${partner}'s feed page does not verify (${why.en}); nothing of it was applied`,
      'zh-CN': `${partner} 的数据页未通过验证（${why['zh-CN']}）；该页内容均未写入`,
    }),
  recoveryInProgress: (partner: string) =>
    new DomainError(HttpStatus.CONFLICT, ExchangeErrorCode.RECOVERY_IN_PROGRESS, {
      en: `Another recovery from ${partner} moved the cursor meanwhile; its pages are applied, ask again to go on`,
      'zh-CN': `另一次从 ${partner} 的补拉已同时推进了游标，其数据页已写入；请再次发起以继续`,
    }),
  consentRecordNotFound: (kind: string, id: string) =>
    new DomainError(
      HttpStatus.NOT_FOUND,
      ExchangeErrorCode.CONSENT_RECORD_NOT_FOUND,
      {
        en: `Your organisation owns no ${kind} ${id} on this node; only a record's owner consents to share it`,
        'zh-CN': `贵机构在本节点没有 ${kind} ${id}；只有数据的所有者才能同意共享它`,
      },
      [{ field: 'recordId', message: { en: `no ${kind} ${id} of your organisation`, 'zh-CN': `贵机构没有 ${kind} ${id}` } }],
    ),
  recordNotFound: () =>
    new DomainError(HttpStatus.NOT_FOUND, ExchangeErrorCode.RECORD_NOT_FOUND, { en: 'No such record shared with your organisation', 'zh-CN': '没有与贵单位共享的该条记录' }),
};
