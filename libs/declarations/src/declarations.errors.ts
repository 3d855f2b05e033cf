import { HttpStatus } from '@nestjs/common';
import { CommonErrorCode, DomainError, type ErrorDetail } from '@landsea/errors';

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
}

export const DeclarationsErrors = {
  dossierNotFound: (id: string) => new DomainError(HttpStatus.NOT_FOUND, DeclarationsErrorCode.DOSSIER_NOT_FOUND, `No dossier ${id}`),
  filingNotFound: (id: string) => new DomainError(HttpStatus.NOT_FOUND, DeclarationsErrorCode.FILING_NOT_FOUND, `No filing ${id}`),
  notSubmittable: (reasons: readonly string[]) =>
    new DomainError(HttpStatus.CONFLICT, DeclarationsErrorCode.FILING_NOT_SUBMITTABLE, 'This filing cannot be submitted yet', reasons.map((message) => ({ message }))),
  stateConflict: (status: string, wanted: string) =>
    new DomainError(HttpStatus.CONFLICT, DeclarationsErrorCode.FILING_STATE_CONFLICT, `The filing is ${status}; it cannot be ${wanted}`, [{ status }]),
  notKeyed: (paths: readonly string[]) =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.NOT_A_KEYED_FIELD,
      'Only fields the dossier could not fill are keyed; change the dossier for the rest',
      paths.map((field) => ({ field, message: `${field} is filled from the dossier` })),
    ),
  twoStepNotAvailable: (kind: string) =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.TWO_STEP_NOT_AVAILABLE,
      `A ${kind} is not declared in two steps (两步申报 is for China import declarations); submit it in one`,
      [{ kind }],
    ),
  summaryFieldFrozen: (paths: readonly string[]) =>
    new DomainError(
      HttpStatus.CONFLICT,
      DeclarationsErrorCode.SUMMARY_FIELD_FROZEN,
      'These fields were declared in the summary and stay as declared in the complete declaration',
      paths.map((field) => ({ field, message: `${field} is part of the submitted summary` })),
    ),
  rejectionReasonRequired: () =>
    new DomainError(HttpStatus.BAD_REQUEST, DeclarationsErrorCode.REJECTION_REASON_REQUIRED, 'A rejection lists at least one reason', [{ field: 'reasons', message: 'required when the decision is REJECT' }]),
  notACustomsOffice: () =>
    new DomainError(HttpStatus.FORBIDDEN, DeclarationsErrorCode.NOT_A_CUSTOMS_OFFICE, 'Only officers of a customs office registered on this node handle filings'),
  referenceTaken: (reference: string) =>
    new DomainError(HttpStatus.CONFLICT, DeclarationsErrorCode.DOSSIER_REFERENCE_TAKEN, `Your organisation already has a dossier ${reference}; amend it instead`),
  notAnAdopter: () =>
    new DomainError(
      HttpStatus.FORBIDDEN,
      DeclarationsErrorCode.DOSSIER_NOT_A_PARTY,
      "Only a party the dossier names, or a port operator of this node, takes over another node's dossier",
    ),
  exchangeUnavailable: () =>
    new DomainError(HttpStatus.SERVICE_UNAVAILABLE, CommonErrorCode.DEPENDENCY_UNAVAILABLE, 'This app does not serve the exchange; take dossiers over at the province node'),
  notAParty: () =>
    new DomainError(
      HttpStatus.FORBIDDEN,
      DeclarationsErrorCode.DOSSIER_NOT_A_PARTY,
      'Your organisation must be the exporter, the importer or the declarant of a dossier it files',
    ),
  tooPrecise: (details: readonly ErrorDetail[]) =>
    new DomainError(HttpStatus.BAD_REQUEST, DeclarationsErrorCode.AMOUNT_TOO_PRECISE, 'Some amounts have more decimals than their currency allows', details),
  uploadMissing: () => new DomainError(HttpStatus.BAD_REQUEST, DeclarationsErrorCode.UPLOAD_MISSING, 'Attach the invoice or packing list as the form field "file"'),
  unsupportedFileType: (name: string) =>
    new DomainError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, DeclarationsErrorCode.UNSUPPORTED_FILE_TYPE, `${name} is neither a CSV nor an XLSX workbook`),
  spreadsheet: (reason: 'UNSAFE' | 'UNREADABLE', message: string) =>
    new DomainError(HttpStatus.BAD_REQUEST, reason === 'UNSAFE' ? DeclarationsErrorCode.SPREADSHEET_UNSAFE : DeclarationsErrorCode.SPREADSHEET_UNREADABLE, message),
  noHeaders: (document: string) =>
    new DomainError(
      HttpStatus.BAD_REQUEST,
      DeclarationsErrorCode.NO_HEADERS_RECOGNISED,
      `No row of the first sheet has the column headers of a ${document === 'invoice' ? 'commercial invoice' : 'packing list'} (such as 商品名称, 数量, 单价 or Description, Quantity, Unit price)`,
    ),
  noOrganisation: () =>
    new DomainError(HttpStatus.FORBIDDEN, DeclarationsErrorCode.NO_ORGANISATION, 'Your organisation is not registered on this node'),
};
