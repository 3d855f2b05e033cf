/** What identity audits (in the node's one trail, @landsea/audit); every context's actions start with its name. */
export enum AuditAction {
  ORGANISATION_REGISTERED = 'identity.organisation_registered',
  ORGANISATION_APPROVED = 'identity.organisation_approved',
  ORGANISATION_REJECTED = 'identity.organisation_rejected',
  ORGANISATION_SUSPENDED = 'identity.organisation_suspended',
  PERSON_INVITED = 'identity.person_invited',
  INVITATION_ACCEPTED = 'identity.invitation_accepted',
  ROLES_CHANGED = 'identity.roles_changed',
  PERSON_DISABLED = 'identity.person_disabled',
  SIGN_IN = 'identity.sign_in',
  TOKEN_REFRESHED = 'identity.token_refreshed',
  REFRESH_TOKEN_REUSED = 'identity.refresh_token_reused',
  TOKENS_REVOKED = 'identity.tokens_revoked',
  SIGNING_KEY_CREATED = 'identity.signing_key_created',
  SIGNING_KEY_ROTATED = 'identity.signing_key_rotated',
  PARTNER_REGISTERED = 'identity.partner_registered',
  CLIENT_REGISTERED = 'identity.client_registered',
}
