import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@landsea/errors';

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
  partnerUnknown: (code: string) => new DomainError(HttpStatus.FORBIDDEN, ExchangeErrorCode.PARTNER_UNKNOWN, `${code} is not a partner node of this one`),
  malformed: (message: string) => new DomainError(HttpStatus.BAD_REQUEST, ExchangeErrorCode.ENVELOPE_MALFORMED, message),
  signature: (keyUnknown: boolean, message: string) =>
    new DomainError(HttpStatus.UNAUTHORIZED, keyUnknown ? ExchangeErrorCode.ENVELOPE_KEY_UNKNOWN : ExchangeErrorCode.ENVELOPE_SIGNATURE_INVALID, message),
  notForThisNode: (to: string, self: string) =>
    new DomainError(HttpStatus.BAD_REQUEST, ExchangeErrorCode.ENVELOPE_NOT_FOR_THIS_NODE, `The envelope is addressed to ${to}; this node is ${self}`),
  clockSkew: (sentAt: string) =>
    new DomainError(HttpStatus.BAD_REQUEST, ExchangeErrorCode.ENVELOPE_CLOCK_SKEW, `The envelope says it was sent at ${sentAt}, too far from this node's clock`),
  tooManyRecords: (records: number, max: number) =>
    new DomainError(HttpStatus.PAYLOAD_TOO_LARGE, ExchangeErrorCode.ENVELOPE_TOO_MANY_RECORDS, `The envelope holds ${records} records; this node takes at most ${max} in one`, [
      { records, maxRecords: max },
    ]),
  noAgreement: (partner: string, kind: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, ExchangeErrorCode.NO_AGREEMENT, `No data-sharing agreement lets ${kind} flow to ${partner}; a node operator makes one first`),
  consentNotFound: (id: string) => new DomainError(HttpStatus.NOT_FOUND, ExchangeErrorCode.CONSENT_NOT_FOUND, `No consent ${id} of your organisation`),
  directoryEntryNotFound: (partyId: string) =>
    new DomainError(HttpStatus.NOT_FOUND, ExchangeErrorCode.DIRECTORY_ENTRY_NOT_FOUND, `No partner node has shared a directory entry for ${partyId}`),
  feedReplayed: (requestId: string) =>
    new DomainError(HttpStatus.CONFLICT, ExchangeErrorCode.FEED_REQUEST_REPLAYED, `Feed request ${requestId} was answered already; a partner asks each page with a new request id`),
  feedUnreachable: (partner: string, why: string) =>
    new DomainError(HttpStatus.BAD_GATEWAY, ExchangeErrorCode.FEED_UNREACHABLE, `${partner}'s feed gave no page (${why}); nothing was applied past the last page, try again`),
  feedPageInvalid: (partner: string, why: string) =>
    new DomainError(HttpStatus.BAD_GATEWAY, ExchangeErrorCode.FEED_PAGE_INVALID, `${partner}'s feed page does not verify (${why}); nothing of it was applied`),
  recoveryInProgress: (partner: string) =>
    new DomainError(HttpStatus.CONFLICT, ExchangeErrorCode.RECOVERY_IN_PROGRESS, `Another recovery from ${partner} moved the cursor meanwhile; its pages are applied, ask again to go on`),
  consentRecordNotFound: (kind: string, id: string) =>
    new DomainError(
      HttpStatus.NOT_FOUND,
      ExchangeErrorCode.CONSENT_RECORD_NOT_FOUND,
      {
        en: `Your organisation owns no ${kind} ${id} on this node; only a record's owner consents to share it`,
        'zh-CN': `贵机构在本节点没有 ${kind} ${id}；只有数据的所有者才能同意共享它`,
      },
      [{ field: 'recordId', message: `no ${kind} ${id} of your organisation` }],
    ),
  recordNotFound: () => new DomainError(HttpStatus.NOT_FOUND, ExchangeErrorCode.RECORD_NOT_FOUND, 'No such record shared with your organisation'),
};
