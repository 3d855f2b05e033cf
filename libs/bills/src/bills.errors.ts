import { HttpStatus } from '@nestjs/common';
import { DomainError, type LocalisedMessage } from '@landsea/errors';
import { uploadTooLarge } from '@landsea/platform';
import type { SchemaProblem } from './dcsa/dcsa-schemas.js';

export enum BillsErrorCode {
  BILL_NOT_FOUND = 'BILL_NOT_FOUND',
  BILL_NUMBER_TAKEN = 'BILL_NUMBER_TAKEN',
  BILL_STATE_CONFLICT = 'BILL_STATE_CONFLICT',
  BILL_PLEDGED = 'BILL_PLEDGED',
  NOT_THE_HOLDER = 'NOT_THE_HOLDER',
  NOT_THE_ENDORSEE = 'NOT_THE_ENDORSEE',
  NOT_THE_PLEDGEE = 'NOT_THE_PLEDGEE',
  NOT_THE_CARRIER = 'NOT_THE_CARRIER',
  NOT_THE_CONSIGNEE = 'NOT_THE_CONSIGNEE',
  NOT_NAMED_CARRIER = 'NOT_NAMED_CARRIER',
  STRAIGHT_BILL_NOT_NEGOTIABLE = 'STRAIGHT_BILL_NOT_NEGOTIABLE',
  TRANSFER_TO_SELF = 'TRANSFER_TO_SELF',
  PARTY_NOT_REGISTERED = 'PARTY_NOT_REGISTERED',
  PARTY_NOT_APPROVED = 'PARTY_NOT_APPROVED',
  PLEDGEE_NOT_A_BANK = 'PLEDGEE_NOT_A_BANK',
  DOSSIER_NOT_READY = 'DOSSIER_NOT_READY',
  REPLACEMENT_NUMBER_REQUIRED = 'REPLACEMENT_NUMBER_REQUIRED',
  ATTACHMENT_MISSING = 'ATTACHMENT_MISSING',
  ATTACHMENT_NOT_FOUND = 'ATTACHMENT_NOT_FOUND',
  AMBIGUOUS_BILL_NUMBER = 'AMBIGUOUS_BILL_NUMBER',
  NOT_EXPRESSIBLE_AS_DCSA = 'NOT_EXPRESSIBLE_AS_DCSA',
  DCSA_SCHEMA_VIOLATION = 'DCSA_SCHEMA_VIOLATION',
  NOT_A_PINT_ENVELOPE = 'NOT_A_PINT_ENVELOPE',
  PINT_PLATFORM_NOT_TRUSTED = 'PINT_PLATFORM_NOT_TRUSTED',
  PINT_TRANSFER_REFUSED = 'PINT_TRANSFER_REFUSED',
  PINT_NO_SIGNED_ANSWER = 'PINT_NO_SIGNED_ANSWER',
  PINT_ENVELOPE_NOT_FOUND = 'PINT_ENVELOPE_NOT_FOUND',
  PINT_DOCUMENT_NOT_BASE64 = 'PINT_DOCUMENT_NOT_BASE64',
  ATTACHMENT_TOO_LARGE = 'ATTACHMENT_TOO_LARGE',
}

const forbidden = (code: BillsErrorCode, message: LocalisedMessage) => new DomainError(HttpStatus.FORBIDDEN, code, message);

export const BillsErrors = {
  notFound: (id: string) =>
    new DomainError(HttpStatus.NOT_FOUND, BillsErrorCode.BILL_NOT_FOUND, {
      en: `No bill ${id} that your organisation is party to`,
      'zh-CN': `没有贵单位作为当事方的提单 ${id}`,
    }),
  numberTaken: (number: string) =>
    new DomainError(HttpStatus.CONFLICT, BillsErrorCode.BILL_NUMBER_TAKEN, {
      en: `Your organisation has already issued bill ${number}; bill numbers are unique per carrier`,
      'zh-CN': `贵单位已签发过提单 ${number}；同一承运人的提单号不得重复`,
    }),
  stateConflict: (state: string, action: string) =>
    new DomainError(
      HttpStatus.CONFLICT,
      BillsErrorCode.BILL_STATE_CONFLICT,
      { en: `The bill is ${state}; ${action} is not possible now`, 'zh-CN': `该提单当前状态为 ${state}，现在不能执行 ${action}` },
      [{ field: 'state', message: state }],
    ),
  pledged: (action: string) =>
    new DomainError(
      HttpStatus.CONFLICT,
      BillsErrorCode.BILL_PLEDGED,
      { en: `The bill is pledged to a bank; ${action} waits until the bank releases it`, 'zh-CN': `该提单已质押给银行，须待银行解除质押后才能执行 ${action}` },
      [{ field: 'state', message: 'PLEDGED' }],
    ),
  notHolder: () => forbidden(BillsErrorCode.NOT_THE_HOLDER, { en: 'Only the holder of the bill can do this', 'zh-CN': '只有提单持单人才能执行此操作' }),
  notEndorsee: () =>
    forbidden(BillsErrorCode.NOT_THE_ENDORSEE, {
      en: 'Only the organisation the bill is offered to can accept or reject it',
      'zh-CN': '只有提单转让的受让方才能接受或拒绝该转让',
    }),
  notPledgee: () =>
    forbidden(BillsErrorCode.NOT_THE_PLEDGEE, {
      en: 'Only the bank the bill is pledged to can release or enforce the pledge',
      'zh-CN': '只有质权银行才能解除质押或实现质权',
    }),
  notCarrier: () =>
    forbidden(BillsErrorCode.NOT_THE_CARRIER, { en: 'Only the carrier that issued the bill can answer a surrender', 'zh-CN': '只有签发该提单的承运人才能处理交还申请' }),
  notConsignee: () =>
    forbidden(BillsErrorCode.NOT_THE_CONSIGNEE, {
      en: 'A straight bill is surrendered for delivery by its named consignee only',
      'zh-CN': '记名提单只能由其记名收货人交还提货',
    }),
  notNamedCarrier: () =>
    forbidden(BillsErrorCode.NOT_NAMED_CARRIER, {
      en: 'Only the carrier the dossier names, registered here as a CARRIER, can issue its bill',
      'zh-CN': '只有单证档案中指定、且在本节点注册为承运人（CARRIER）的单位才能签发该提单',
    }),
  straightNotNegotiable: () =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.STRAIGHT_BILL_NOT_NEGOTIABLE, {
      en: 'A straight bill can be transferred to its named consignee only',
      'zh-CN': '记名提单只能转让给其记名收货人',
    }),
  transferToSelf: () =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.TRANSFER_TO_SELF, { en: 'The bill is already yours', 'zh-CN': '贵单位已是该提单的持单人' }),
  partyNotRegistered: (party: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.PARTY_NOT_REGISTERED, {
      en: `${party} is not an organisation registered on this node`,
      'zh-CN': `${party} 不是在本节点注册的单位`,
    }),
  partyNotApproved: (party: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.PARTY_NOT_APPROVED, {
      en: `${party} is registered but not yet approved by the node operator`,
      'zh-CN': `${party} 已注册，但尚未通过节点运营方审核`,
    }),
  pledgeeNotABank: (party: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.PLEDGEE_NOT_A_BANK, {
      en: `${party} is not a BANK; a bill is pledged to a bank only`,
      'zh-CN': `${party} 不是银行（BANK）；提单只能质押给银行`,
    }),
  dossierNotReady: () =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.DOSSIER_NOT_READY, {
      en: 'The dossier still has consistency errors; the shipper must correct it before the bill is issued',
      'zh-CN': '单证档案仍有一致性错误，托运人须先更正后才能签发提单',
    }),
  replacementNumberRequired: () =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      BillsErrorCode.REPLACEMENT_NUMBER_REQUIRED,
      {
        en: 'Accepting a surrender for amendment issues a replacement; give its number',
        'zh-CN': '接受为更正而交还的提单将签发替换提单，请提供其提单号',
      },
      [{ field: 'replacementNumber', message: { en: 'required when the surrender is for AMENDMENT', 'zh-CN': '交还用途为 AMENDMENT（更正）时必须填写' } }],
    ),
  attachmentMissing: () =>
    new DomainError(HttpStatus.BAD_REQUEST, BillsErrorCode.ATTACHMENT_MISSING, {
      en: 'Attach the document as the form field "file"',
      'zh-CN': '请以表单字段 "file" 上传单据',
    }),
  attachmentNotFound: (id: string) =>
    new DomainError(HttpStatus.NOT_FOUND, BillsErrorCode.ATTACHMENT_NOT_FOUND, { en: `No attachment ${id} on this bill`, 'zh-CN': `该提单没有附件 ${id}` }),
  ambiguousNumber: (number: string) =>
    new DomainError(
      HttpStatus.CONFLICT,
      BillsErrorCode.AMBIGUOUS_BILL_NUMBER,
      { en: `Several carriers issued a bill ${number}; name the carrier`, 'zh-CN': `有多个承运人签发了提单号为 ${number} 的提单，请指明承运人` },
      [{ field: 'carrier', message: { en: 'the carrier party id, e.g. USCC:91500000MA5U7K8B3E', 'zh-CN': '承运人的当事方编号，例如 USCC:91500000MA5U7K8B3E' } }],
    ),
  notExpressibleAsDcsa: (message: LocalisedMessage, field?: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.NOT_EXPRESSIBLE_AS_DCSA, message, field ? [{ field, message }] : undefined),
  /** What the node built does not meet DCSA's schema: a fault here, told precisely so it can be fixed. */
  dcsaSchemaViolation: (schema: string, problems: readonly SchemaProblem[]) =>
    new DomainError(
      HttpStatus.INTERNAL_SERVER_ERROR,
      BillsErrorCode.DCSA_SCHEMA_VIOLATION,
      { en: `The ${schema} built for this bill does not meet DCSA's schema`, 'zh-CN': `为该提单生成的 ${schema} 不符合 DCSA 的数据模式` },
      problems.map((p) => ({ field: p.path || '/', message: p.message })),
    ),
  notAnEnvelope: () =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      BillsErrorCode.NOT_A_PINT_ENVELOPE,
      {
        en: 'The body is not a DCSA PINT envelope: it has no transfer chain to answer for',
        'zh-CN': '请求体不是 DCSA PINT 信封：其中没有可供应答的转让链',
      },
      [{ field: 'envelopeTransferChain', message: { en: 'required, a list of signed entries', 'zh-CN': '必填，为已签名条目的列表' } }],
    ),
  platformNotTrusted: (url: string) =>
    new DomainError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      BillsErrorCode.PINT_PLATFORM_NOT_TRUSTED,
      {
        en: `${url} is not a partner platform this node trusts; the node operator registers it first`,
        'zh-CN': `${url} 不是本节点信任的伙伴平台，须先由节点运营方登记`,
      },
      [{ field: 'platformUrl', message: { en: 'a registered partner node base URL', 'zh-CN': '已登记伙伴节点的基础网址' } }],
    ),
  /** `reason` is the receiving platform's own words (shown as it sent them) or this node's. */
  transferRefused: (code: string, reason?: string | LocalisedMessage) => {
    const why = typeof reason === 'string' ? { en: reason, 'zh-CN': reason } : reason;
    return new DomainError(
      HttpStatus.CONFLICT,
      BillsErrorCode.PINT_TRANSFER_REFUSED,
      {
        en: `The receiving platform refused the bill (${code})${why ? `: ${why.en}` : ''}; it stays yours`,
        'zh-CN': `接收方平台拒收该提单（${code}）${why ? `：${why['zh-CN']}` : ''}；提单仍归贵单位持有`,
      },
      [{ field: 'responseCode', message: code }],
    );
  },
  envelopeNotFound: (reference: string) =>
    new DomainError(
      HttpStatus.NOT_FOUND,
      BillsErrorCode.PINT_ENVELOPE_NOT_FOUND,
      { en: `No envelope transfer ${reference} was started on this platform`, 'zh-CN': `本平台未发起过信封转让 ${reference}` },
      [
        {
          field: 'envelopeReference',
          message: { en: 'the reference the start of the transfer answered with', 'zh-CN': '发起转让时应答中返回的编号' },
        },
      ],
    ),
  documentNotBase64: () =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      BillsErrorCode.PINT_DOCUMENT_NOT_BASE64,
      {
        en: 'The body is not an additional document: PINT sends it as one JSON string, Base64-encoded',
        'zh-CN': '请求体不是附加单据：PINT 以一个 Base64 编码的 JSON 字符串发送附加单据',
      },
      [{ field: 'body', message: { en: 'a JSON string of Base64', 'zh-CN': 'Base64 编码的 JSON 字符串' } }],
    ),
  attachmentTooLarge: (limitBytes: number) => uploadTooLarge(limitBytes, BillsErrorCode.ATTACHMENT_TOO_LARGE),
  noSignedAnswer: (detail: LocalisedMessage) =>
    new DomainError(HttpStatus.BAD_GATEWAY, BillsErrorCode.PINT_NO_SIGNED_ANSWER, {
      en: `The receiving platform gave no signed answer (${detail.en}); the bill stays yours, try again`,
      'zh-CN': `接收方平台未给出已签名的应答（${detail['zh-CN']}）；提单仍归贵单位持有，请重试`,
    }),
};
