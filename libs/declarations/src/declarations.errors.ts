import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode, DomainError, type ErrorDetail, type LocalisedMessage } from '@landsea/errors';
import type { SpreadsheetRefusal } from './imports/spreadsheet.js';

export enum DeclarationsErrorCode {
  DOSSIER_NOT_FOUND = 'DOSSIER_NOT_FOUND',
  FILING_NOT_FOUND = 'FILING_NOT_FOUND',
  FILING_NOT_SUBMITTABLE = 'FILING_NOT_SUBMITTABLE',
  FILING_STATE_CONFLICT = 'FILING_STATE_CONFLICT',
  NOT_A_KEYED_FIELD = 'NOT_A_KEYED_FIELD',
  TWO_STEP_NOT_AVAILABLE = 'TWO_STEP_NOT_AVAILABLE',
  SUMMARY_FIELD_FROZEN = 'SUMMARY_FIELD_FROZEN',
  REJECTION_REASON_REQUIRED = 'REJECTION_REASON_REQUIRED',
  NOT_A_CUSTOMS_OFFICE = 'NOT_A_CUSTOMS_OFFICE',
  DOSSIER_REFERENCE_TAKEN = 'DOSSIER_REFERENCE_TAKEN',
  DOSSIER_NOT_A_PARTY = 'DOSSIER_NOT_A_PARTY',
  AMOUNT_TOO_PRECISE = 'AMOUNT_TOO_PRECISE',
  NO_ORGANISATION = 'NO_ORGANISATION',
  UPLOAD_MISSING = 'UPLOAD_MISSING',
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  SPREADSHEET_UNSAFE = 'SPREADSHEET_UNSAFE',
  SPREADSHEET_UNREADABLE = 'SPREADSHEET_UNREADABLE',
  NO_HEADERS_RECOGNISED = 'NO_HEADERS_RECOGNISED',
  SPREADSHEET_TOO_LARGE = 'SPREADSHEET_TOO_LARGE',
  SPREADSHEET_TIMEOUT = 'SPREADSHEET_TIMEOUT',
  SPREADSHEET_READERS_BUSY = 'SPREADSHEET_READERS_BUSY',
}

/** What a filing cannot be, as the services word it, in Chinese. */
const WANTED_IN_CHINESE: Readonly<Record<string, string>> = {
  changed: '修改',
  submitted: '提交',
  'declared in two steps': '进行两步申报',
  completed: '完成完整申报',
  accepted: '予以接受',
  rejected: '予以退单',
  released: '予以放行',
};

export const DeclarationsErrors = {
  dossierNotFound: (id: string) =>
    new DomainError(HttpStatus.NOT_FOUND, DeclarationsErrorCode.DOSSIER_NOT_FOUND, { en: `No dossier ${id}`, 'zh-CN': `单证档案 ${id} 不存在` }),
  filingNotFound: (id: string) =>
    new DomainError(HttpStatus.NOT_FOUND, DeclarationsErrorCode.FILING_NOT_FOUND, { en: `No filing ${id}`, 'zh-CN': `申报单 ${id} 不存在` }),
  notSubmittable: (reasons: readonly LocalisedMessage[]) =>
    new DomainError(
      HttpStatus.CONFLICT,
      DeclarationsErrorCode.FILING_NOT_SUBMITTABLE,
      { en: 'This filing cannot be submitted yet', 'zh-CN': '该申报单暂不能提交' },
      reasons.map((message) => ({ message })),
    ),
  stateConflict: (status: string, wanted: string) =>
    new DomainError(
      HttpStatus.CONFLICT,
      DeclarationsErrorCode.FILING_STATE_CONFLICT,
      { en: `The filing is ${status}; it cannot be ${wanted}`, 'zh-CN': `该申报单当前状态为 ${status}，无法${WANTED_IN_CHINESE[wanted] ?? ` ${wanted}`}` },
      [{ status }],
    ),
  notKeyed: (paths: readonly string[]) =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.NOT_A_KEYED_FIELD,
      {
        en: 'Only fields the dossier could not fill are keyed; change the dossier for the rest',
        'zh-CN': '只有单证档案无法填入的字段才需手工录入；其余字段请修改单证档案',
      },
      paths.map((field) => ({ field, message: { en: `${field} is filled from the dossier`, 'zh-CN': `${field} 由单证档案自动填入` } })),
    ),
  twoStepNotAvailable: (kind: string) =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.TWO_STEP_NOT_AVAILABLE,
      {
        en: `A ${kind} is not declared in two steps (两步申报 is for China import declarations); submit it in one`,
        'zh-CN': `${kind} 不适用两步申报（两步申报仅适用于中国进口报关单），请一次性申报`,
      },
      [{ kind }],
    ),
  summaryFieldFrozen: (paths: readonly string[]) =>
    new DomainError(
      HttpStatus.CONFLICT,
      DeclarationsErrorCode.SUMMARY_FIELD_FROZEN,
      {
        en: 'These fields were declared in the summary and stay as declared in the complete declaration',
        'zh-CN': '这些字段已在概要申报中申报，完整申报时须与概要申报保持一致',
      },
      paths.map((field) => ({ field, message: { en: `${field} is part of the submitted summary`, 'zh-CN': `${field} 属于已提交的概要申报内容` } })),
    ),
  rejectionReasonRequired: () =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.REJECTION_REASON_REQUIRED,
      { en: 'A rejection lists at least one reason', 'zh-CN': '退单须至少列明一条理由' },
      [{ field: 'reasons', message: { en: 'required when the decision is REJECT', 'zh-CN': '结论为 REJECT（退单）时必须填写' } }],
    ),
  notACustomsOffice: () =>
    new DomainError(HttpStatus.FORBIDDEN, DeclarationsErrorCode.NOT_A_CUSTOMS_OFFICE, {
      en: 'Only officers of a customs office registered on this node handle filings',
      'zh-CN': '只有在本节点注册的海关关员才能处理申报单',
    }),
  referenceTaken: (reference: string) =>
    new DomainError(HttpStatus.CONFLICT, DeclarationsErrorCode.DOSSIER_REFERENCE_TAKEN, {
      en: `Your organisation already has a dossier ${reference}; amend it instead`,
      'zh-CN': `贵单位已有编号为 ${reference} 的单证档案，请修改该档案`,
    }),
  notAnAdopter: () =>
    new DomainError(
      HttpStatus.FORBIDDEN,
      DeclarationsErrorCode.DOSSIER_NOT_A_PARTY,
      {
        en: "Only a party the dossier names, or a port operator of this node, takes over another node's dossier",
        'zh-CN': '只有单证档案所列的当事方或本节点的港口经营人才能接管其他节点的单证档案',
      },
    ),
  exchangeUnavailable: () =>
    new DomainError(HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.DEPENDENCY_UNAVAILABLE, {
      en: 'This app does not serve the exchange; take dossiers over at the province node',
      'zh-CN': '本应用不提供数据交换服务，请到省级节点接管单证档案',
    }),
  notAParty: () =>
    new DomainError(
      HttpStatus.FORBIDDEN,
      DeclarationsErrorCode.DOSSIER_NOT_A_PARTY,
      {
        en: 'Your organisation must be the exporter, the importer or the declarant of a dossier it files',
        'zh-CN': '贵单位须是所申报单证档案的出口方、进口方或申报单位',
      },
    ),
  tooPrecise: (details: readonly ErrorDetail[]) =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.AMOUNT_TOO_PRECISE,
      { en: 'Some amounts have more decimals than their currency allows', 'zh-CN': '部分金额的小数位数超过了该币制允许的位数' },
      details,
    ),
  uploadMissing: () =>
    new DomainError(HttpStatus.BAD_REQUEST, DeclarationsErrorCode.UPLOAD_MISSING, {
      en: 'Attach the invoice or packing list as the form field "file"',
      'zh-CN': '请以表单字段 "file" 上传发票或装箱单',
    }),
  unsupportedFileType: (name: string) =>
    new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, DeclarationsErrorCode.UNSUPPORTED_FILE_TYPE, {
      en: `${name} is neither a CSV nor an XLSX workbook`,
      'zh-CN': `${name} 既不是 CSV 文件，也不是 XLSX 工作簿`,
    }),
  spreadsheetRefused: (refusal: SpreadsheetRefusal) => {
    const { status, code } = SPREADSHEET_REFUSALS[refusal.reason];
    const message = SPREADSHEET_PROBLEMS[refusal.problem] ?? SPREADSHEET_PROBLEMS.NOT_XLSX;
    const details = Object.keys(refusal.details).length > 0 ? [refusal.details] : undefined;
    return new DomainError(status, code, message(refusal.details), details);
  },
  noHeaders: (document: string) =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.NO_HEADERS_RECOGNISED,
      {
        en: `No row of the first sheet has the column headers of a ${document === 'invoice' ? 'commercial invoice' : 'packing list'} (such as 商品名称, 数量, 单价 or Description, Quantity, Unit price)`,
        'zh-CN': `第一个工作表中没有任何一行是${document === 'invoice' ? '商业发票' : '装箱单'}的表头（如 商品名称、数量、单价 或 Description、Quantity、Unit price）`,
      },
    ),
  noOrganisation: () =>
    new DomainError(HttpStatus.FORBIDDEN, DeclarationsErrorCode.NO_ORGANISATION, {
      en: 'Your organisation is not registered on this node',
      'zh-CN': '贵单位尚未在本节点注册',
    }),
};

const SPREADSHEET_REFUSALS: Record<SpreadsheetRefusal['reason'], { status: HttpStatus; code: DeclarationsErrorCode }> = {
  UNSAFE: { status: HttpStatus.BAD_REQUEST, code: DeclarationsErrorCode.SPREADSHEET_UNSAFE },
  UNREADABLE: { status: HttpStatus.BAD_REQUEST, code: DeclarationsErrorCode.SPREADSHEET_UNREADABLE },
  TOO_LARGE: { status: HttpStatus.PAYLOAD_TOO_LARGE, code: DeclarationsErrorCode.SPREADSHEET_TOO_LARGE },
  TIMEOUT: { status: HttpStatus.UNPROCESSABLE_ENTITY, code: DeclarationsErrorCode.SPREADSHEET_TIMEOUT },
  BUSY: { status: HttpStatus.SERVICE_UNAVAILABLE, code: DeclarationsErrorCode.SPREADSHEET_READERS_BUSY },
};

type Details = SpreadsheetRefusal['details'];
const where = (d: Details) => (d.sheet ? `Sheet ${d.sheet}` : 'The file');
const whereZh = (d: Details) => (d.sheet ? `工作表 ${d.sheet}` : '该文件');

/** What the spreadsheet reader (its worker) found wrong with a file, in words a declarant can act on. */
const SPREADSHEET_PROBLEMS: Record<string, (d: Details) => LocalisedMessage> = {
  NOT_XLSX: () => ({ en: 'The file is not an XLSX workbook', 'zh-CN': '该文件不是 XLSX 工作簿' }),
  DAMAGED: () => ({ en: 'The workbook is damaged', 'zh-CN': '工作簿已损坏' }),
  ZIP_BOMB: () => ({
    en: 'The workbook expands to far more than any invoice or packing list; it is refused as a zip bomb',
    'zh-CN': '该工作簿解压后远大于任何发票或装箱单，按压缩炸弹拒收',
  }),
  EXTERNAL_LINK: () => ({ en: 'The workbook links to other workbooks; save it with values only', 'zh-CN': '该工作簿链接了其他工作簿，请另存为仅含数值的文件' }),
  EXTERNAL_FORMULA: (d) => ({
    en: `Cell ${d.cell} of ${d.sheet} has a formula that reaches outside the workbook; save it with values only`,
    'zh-CN': `工作表 ${d.sheet} 的单元格 ${d.cell} 含有引用工作簿以外内容的公式，请另存为仅含数值的文件`,
  }),
  NOT_TEXT: () => ({ en: 'The file is not a text CSV', 'zh-CN': '该文件不是文本格式的 CSV' }),
  CSV_DAMAGED: (d) => ({
    en: `The CSV cannot be read near line ${d.line ?? 1}: a quote is left open or a row is broken`,
    'zh-CN': `CSV 第 ${d.line ?? 1} 行附近无法读取：引号未闭合或行格式错误`,
  }),
  TOO_MANY_SHEETS: (d) => ({ en: `The workbook has more than ${d.limit} sheets`, 'zh-CN': `工作簿的工作表超过 ${d.limit} 个` }),
  TOO_MANY_ROWS: (d) => ({ en: `${where(d)} has more than ${d.limit} rows, more than any invoice or packing list`, 'zh-CN': `${whereZh(d)} 超过 ${d.limit} 行，超出任何发票或装箱单的规模` }),
  TOO_MANY_COLUMNS: (d) => ({ en: `${where(d)} has more than ${d.limit} columns`, 'zh-CN': `${whereZh(d)} 超过 ${d.limit} 列` }),
  TOO_MANY_CELLS: (d) => ({ en: `The file has more than ${d.limit} cells, more than any invoice or packing list`, 'zh-CN': `文件超过 ${d.limit} 个单元格，超出任何发票或装箱单的规模` }),
  OUT_OF_MEMORY: () => ({ en: 'Reading the file needs far more memory than any invoice or packing list; it was stopped', 'zh-CN': '读取该文件所需内存远超任何发票或装箱单，已停止读取' }),
  TIMEOUT: (d) => ({
    en: `Reading the file took longer than ${d.limitMs} ms, far more than any invoice or packing list needs; it was stopped`,
    'zh-CN': `读取该文件超过 ${d.limitMs} 毫秒，远超任何发票或装箱单所需，已停止读取`,
  }),
  BUSY: () => ({ en: 'Too many spreadsheets are being read right now; try again in a moment', 'zh-CN': '当前正在读取的表格过多，请稍后再试' }),
};
