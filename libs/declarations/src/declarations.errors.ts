import { HttpStatus } from '@nestjs/common';
import { DomainError, type ErrorDetail } from '@landsea/errors';

export enum DeclarationsErrorCode {
  DOSSIER_NOT_FOUND = 'DOSSIER_NOT_FOUND',
  FILING_NOT_FOUND = 'FILING_NOT_FOUND',
  DOSSIER_REFERENCE_TAKEN = 'DOSSIER_REFERENCE_TAKEN',
  DOSSIER_NOT_A_PARTY = 'DOSSIER_NOT_A_PARTY',
  AMOUNT_TOO_PRECISE = 'AMOUNT_TOO_PRECISE',
  NO_ORGANISATION = 'NO_ORGANISATION',
}

export const DeclarationsErrors = {
  dossierNotFound: (id: string) => new DomainError(HttpStatus.NOT_FOUND, DeclarationsErrorCode.DOSSIER_NOT_FOUND, `No dossier ${id}`),
  filingNotFound: (id: string) => new DomainError(HttpStatus.NOT_FOUND, DeclarationsErrorCode.FILING_NOT_FOUND, `No filing ${id}`),
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
