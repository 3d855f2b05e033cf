/** What the exchange audits, in the node's one trail (@landsea/audit). */
export enum ExchangeAuditAction {
  AGREEMENT_PUT = 'exchange.agreement_put',
  CONSENT_GIVEN = 'exchange.consent_given',
  CONSENT_REVOKED = 'exchange.consent_revoked',
  /** A partner node's envelope applied here. */
  ENVELOPE_RECEIVED = 'exchange.envelope_received',
  /** A page of a partner's recovery feed applied here. */
  RECOVERY_PAGE_APPLIED = 'exchange.recovery_page_applied',
}
