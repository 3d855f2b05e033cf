import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@landsea/errors';
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

const forbidden = (code: BillsErrorCode, message: string) => new DomainError(HttpStatus.FORBIDDEN, code, message);

export const BillsErrors = {
  notFound: (id: string) => new DomainError(HttpStatus.NOT_FOUND, BillsErrorCode.BILL_NOT_FOUND, `No bill ${id} that your organisation is party to`),
  numberTaken: (number: string) =>
    new DomainError(HttpStatus.CONFLICT, BillsErrorCode.BILL_NUMBER_TAKEN, `Your organisation has already issued bill ${number}; bill numbers are unique per carrier`),
  stateConflict: (state: string, action: string) =>
    new DomainError(HttpStatus.CONFLICT, BillsErrorCode.BILL_STATE_CONFLICT, `The bill is ${state}; ${action} is not possible now`, [{ field: 'state', message: state }]),
  pledged: (action: string) =>
    new DomainError(HttpStatus.CONFLICT, BillsErrorCode.BILL_PLEDGED, `The bill is pledged to a bank; ${action} waits until the bank releases it`, [{ field: 'state', message: 'PLEDGED' }]),
  notHolder: () => forbidden(BillsErrorCode.NOT_THE_HOLDER, 'Only the holder of the bill can do this'),
  notEndorsee: () => forbidden(BillsErrorCode.NOT_THE_ENDORSEE, 'Only the organisation the bill is offered to can accept or reject it'),
  notPledgee: () => forbidden(BillsErrorCode.NOT_THE_PLEDGEE, 'Only the bank the bill is pledged to can release or enforce the pledge'),
  notCarrier: () => forbidden(BillsErrorCode.NOT_THE_CARRIER, 'Only the carrier that issued the bill can answer a surrender'),
  notConsignee: () => forbidden(BillsErrorCode.NOT_THE_CONSIGNEE, 'A straight bill is surrendered for delivery by its named consignee only'),
  notNamedCarrier: () =>
    forbidden(BillsErrorCode.NOT_NAMED_CARRIER, 'Only the carrier the dossier names, registered here as a CARRIER, can issue its bill'),
  straightNotNegotiable: () =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.STRAIGHT_BILL_NOT_NEGOTIABLE, 'A straight bill can be transferred to its named consignee only'),
  transferToSelf: () => new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.TRANSFER_TO_SELF, 'The bill is already yours'),
  partyNotRegistered: (party: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.PARTY_NOT_REGISTERED, `${party} is not an organisation registered on this node`),
  partyNotApproved: (party: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.PARTY_NOT_APPROVED, `${party} is registered but not yet approved by the node operator`),
  pledgeeNotABank: (party: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.PLEDGEE_NOT_A_BANK, `${party} is not a BANK; a bill is pledged to a bank only`),
  dossierNotReady: () =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.DOSSIER_NOT_READY, 'The dossier still has consistency errors; the shipper must correct it before the bill is issued'),
  replacementNumberRequired: () =>
    new DomainError(HttpStatus.BAD_REQUEST, BillsErrorCode.REPLACEMENT_NUMBER_REQUIRED, 'Accepting a surrender for amendment issues a replacement; give its number', [
      { field: 'replacementNumber', message: 'required when the surrender is for AMENDMENT' },
    ]),
  attachmentMissing: () => new DomainError(HttpStatus.BAD_REQUEST, BillsErrorCode.ATTACHMENT_MISSING, 'Attach the document as the form field "file"'),
  attachmentNotFound: (id: string) => new DomainError(HttpStatus.NOT_FOUND, BillsErrorCode.ATTACHMENT_NOT_FOUND, `No attachment ${id} on this bill`),
  ambiguousNumber: (number: string) =>
    new DomainError(HttpStatus.CONFLICT, BillsErrorCode.AMBIGUOUS_BILL_NUMBER, `Several carriers issued a bill ${number}; name the carrier`, [
      { field: 'carrier', message: 'the carrier party id, e.g. USCC:91500000MA5U7K8B3E' },
    ]),
  notExpressibleAsDcsa: (message: string, field?: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.NOT_EXPRESSIBLE_AS_DCSA, message, field ? [{ field, message }] : undefined),
  /** What the node built does not meet DCSA's schema: a fault here, told precisely so it can be fixed. */
  dcsaSchemaViolation: (schema: string, problems: readonly SchemaProblem[]) =>
    new DomainError(
      HttpStatus.INTERNAL_SERVER_ERROR,
      BillsErrorCode.DCSA_SCHEMA_VIOLATION,
      `The ${schema} built for this bill does not meet DCSA's schema`,
      problems.map((p) => ({ field: p.path || '/', message: p.message })),
    ),
  notAnEnvelope: () =>
    new DomainError(HttpStatus.BAD_REQUEST, BillsErrorCode.NOT_A_PINT_ENVELOPE, 'The body is not a DCSA PINT envelope: it has no transfer chain to answer for', [
      { field: 'envelopeTransferChain', message: 'required, a list of signed entries' },
    ]),
  platformNotTrusted: (url: string) =>
    new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, BillsErrorCode.PINT_PLATFORM_NOT_TRUSTED, `${url} is not a partner platform this node trusts; the node operator registers it first`, [
      { field: 'platformUrl', message: 'a registered partner node base URL' },
    ]),
  transferRefused: (code: string, reason?: string) =>
    new DomainError(HttpStatus.CONFLICT, BillsErrorCode.PINT_TRANSFER_REFUSED, `The receiving platform refused the bill (${code})${reason ? `: ${reason}` : ''}; it stays yours`, [
      { field: 'responseCode', message: code },
    ]),
  envelopeNotFound: (reference: string) =>
    new DomainError(HttpStatus.NOT_FOUND, BillsErrorCode.PINT_ENVELOPE_NOT_FOUND, `No envelope transfer ${reference} was started on this platform`, [
      { field: 'envelopeReference', message: 'the reference the start of the transfer answered with' },
    ]),
  documentNotBase64: () =>
    new DomainError(HttpStatus.BAD_REQUEST, BillsErrorCode.PINT_DOCUMENT_NOT_BASE64, 'The body is not an additional document: PINT sends it as one JSON string, Base64-encoded', [
      { field: 'body', message: 'a JSON string of Base64' },
    ]),
  attachmentTooLarge: (limitBytes: number) => uploadTooLarge(limitBytes, BillsErrorCode.ATTACHMENT_TOO_LARGE),
  noSignedAnswer: (detail: string) =>
    new DomainError(HttpStatus.BAD_GATEWAY, BillsErrorCode.PINT_NO_SIGNED_ANSWER, `The receiving platform gave no signed answer (${detail}); the bill stays yours, try again`),
};
