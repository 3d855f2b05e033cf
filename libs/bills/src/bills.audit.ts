import type { BillAction } from './bills/bill-state-machine.js';

/** What bills audits, in the node's one trail (@landsea/audit). */
export enum BillsAuditAction {
  ISSUED = 'bills.issued',
  TRANSFERRED = 'bills.transferred',
  TRANSFER_ACCEPTED = 'bills.transfer_accepted',
  TRANSFER_REJECTED = 'bills.transfer_rejected',
  PLEDGED = 'bills.pledged',
  PLEDGE_RELEASED = 'bills.pledge_released',
  PLEDGE_ENFORCED = 'bills.pledge_enforced',
  SURRENDERED_FOR_DELIVERY = 'bills.surrendered_for_delivery',
  SURRENDERED_FOR_AMENDMENT = 'bills.surrendered_for_amendment',
  SURRENDER_ACCEPTED = 'bills.surrender_accepted',
  SURRENDER_REJECTED = 'bills.surrender_rejected',
  /** Received from another eBL platform by DCSA PINT. */
  IMPORTED = 'bills.imported',
  /** Sent to another eBL platform by DCSA PINT. */
  EXPORTED = 'bills.exported',
  ATTACHMENT_ADDED = 'bills.attachment_added',
}

/** Each signed step of a bill's history, as the audit trail names it. */
export const BILL_STEP_AUDIT_ACTIONS: Record<BillAction, BillsAuditAction> = {
  ISSUE: BillsAuditAction.ISSUED,
  TRANSFER: BillsAuditAction.TRANSFERRED,
  ACCEPT_TRANSFER: BillsAuditAction.TRANSFER_ACCEPTED,
  REJECT_TRANSFER: BillsAuditAction.TRANSFER_REJECTED,
  PLEDGE: BillsAuditAction.PLEDGED,
  RELEASE_PLEDGE: BillsAuditAction.PLEDGE_RELEASED,
  ENFORCE_PLEDGE: BillsAuditAction.PLEDGE_ENFORCED,
  SURRENDER_FOR_DELIVERY: BillsAuditAction.SURRENDERED_FOR_DELIVERY,
  SURRENDER_FOR_AMENDMENT: BillsAuditAction.SURRENDERED_FOR_AMENDMENT,
  ACCEPT_SURRENDER: BillsAuditAction.SURRENDER_ACCEPTED,
  REJECT_SURRENDER: BillsAuditAction.SURRENDER_REJECTED,
  IMPORT: BillsAuditAction.IMPORTED,
  EXPORT: BillsAuditAction.EXPORTED,
};
