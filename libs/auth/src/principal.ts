import type { Role } from './roles.js';

/** Who is calling, as the node's guard established it from a bearer token. */
export interface Principal {
  /** Person or client id at the issuing node. */
  readonly subject: string;
  readonly subjectKind: 'person' | 'client';
  /** The organisation's id on this node; null when a partner's token names one unknown here. */
  readonly organisationId: string | null;
  readonly uscc: string | null;
  readonly roles: readonly Role[];
  /** Province code of the node that issued the token. */
  readonly issuingNode: string;
  /** True when this node issued the token; partner tokens are recognised, not trusted for more. */
  readonly local: boolean;
  /**
   * Whether the organisation's home node has approved it (this node for its own, the partner's
   * directory entry for a partner's); unapproved ones may only read their own data.
   */
  readonly organisationApproved: boolean;
  /** Its standing at its home node: PENDING, APPROVED, REJECTED or SUSPENDED; null when unknown. */
  readonly organisationStatus: string | null;
  /** For officers of a customs authority on this node: the office (关区代码) whose filings they handle. */
  readonly customsOffice: string | null;
  readonly tokenId: string;
}

/**
 * Turns a bearer token into a Principal or throws a DomainError saying what is wrong with it.
 * For a write, a token whose revocation cannot be checked is refused.
 */
export interface AccessTokenVerifier {
  verify(token: string, options?: { readonly write?: boolean }): Promise<Principal>;
}

export const ACCESS_TOKEN_VERIFIER = Symbol('ACCESS_TOKEN_VERIFIER');
