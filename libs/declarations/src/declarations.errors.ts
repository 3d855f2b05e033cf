import { HttpStatus } from '@nestjs/common';
import { DomainError, type ErrorDetail } from '@landsea/errors';

export enum DeclarationsErrorCode {
  DOSSIER_NOT_FOUND = 'DOSSIER_NOT_FOUND',
  FILING_NOT_FOUND = 'FILING_NOT_FOUND',
  FILING_NOT_SUBMITTABLE = 'FILING_NOT_SUBMITTABLE',
  FILING_STATE_CONFLICT = 'FILING_STATE_CONFLICT',
  NOT_A_KEYED_FIELD = 'NOT_A_KEYED_FIELD',
  REJECTION_REASON_REQUIRED = 'REJECTION_REASON_REQUIRED',
  NOT_A_CUSTOMS_OFFICE = 'NOT_A_CUSTOMS_OFFICE',
  DOSSIER_REFERENCE_TAKEN = 'DOSSIER_REFERENCE_TAKEN',
  DOSSIER_NOT_A_PARTY = 'DOSSIER_NOT_A_PARTY',
  AMOUNT_TOO_PRECISE = 'AMOUNT_TOO_PRECISE',
  NO_ORGANISATION = 'NO_ORGANISATION',
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
  rejectionReasonRequired: () =>
    new DomainError(HttpStatus.BAD_REQUEST, DeclarationsErrorCode.REJECTION_REASON_REQUIRED, 'A rejection lists at least one reason', [{ field: 'reasons', message: 'required when the decision is REJECT' }]),
  notACustomsOffice: () =>
    new DomainError(HttpStatus.FORBIDDEN, DeclarationsErrorCode.NOT_A_CUSTOMS_OFFICE, 'Only officers of a customs office registered on this node handle filings'),
  referenceTaken: (reference: string) =>
    new DomainError(HttpStatus.CONFLICT, DeclarationsErrorCode.DOSSIER_REFERENCE_TAKEN, `Your organisation already has a dossier ${reference}; amend it instead`),
  notAParty: () =>
    new DomainError(
      HttpStatus.FORBIDDEN,
      DeclarationsErrorCode.DOSSIER_NOT_A_PARTY,
      'Your organisation must be the exporter or the declarant of a dossier it files',
    ),
  tooPrecise: (details: readonly ErrorDetail[]) =>
    new DomainError(HttpStatus.BAD_REQUEST, DeclarationsErrorCode.AMOUNT_TOO_PRECISE, 'Some amounts have more decimals than their currency allows', details),
  noOrganisation: () =>
    new DomainError(HttpStatus.FORBIDDEN, DeclarationsErrorCode.NO_ORGANISATION, 'Your organisation is not registered on this node'),
};
