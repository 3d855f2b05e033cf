import type { Receipt } from './filings/filing.entity.js';

/** What declarations audits, in the node's one trail (@landsea/audit). */
export enum DeclarationsAuditAction {
  DOSSIER_CREATED = 'declarations.dossier_created',
  DOSSIER_AMENDED = 'declarations.dossier_amended',
  DOSSIER_ADOPTED = 'declarations.dossier_adopted',
  FILING_KEYED = 'declarations.filing_keyed',
  FILING_SUBMITTED = 'declarations.filing_submitted',
  SUMMARY_SUBMITTED = 'declarations.summary_submitted',
  COMPLETE_SUBMITTED = 'declarations.complete_submitted',
  FILING_ACCEPTED = 'declarations.filing_accepted',
  FILING_REJECTED = 'declarations.filing_rejected',
  FILING_RELEASED = 'declarations.filing_released',
}

/** A customs receipt's audit action, by its decision. */
export const RECEIPT_AUDIT_ACTIONS: Record<Receipt['decision'], DeclarationsAuditAction> = {
  ACCEPT: DeclarationsAuditAction.FILING_ACCEPTED,
  REJECT: DeclarationsAuditAction.FILING_REJECTED,
  RELEASE: DeclarationsAuditAction.FILING_RELEASED,
};
