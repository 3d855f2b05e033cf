import type { JSONWebKeySet } from 'jose';

/** A corridor node this node trusts, with the keys it signs records with. */
export interface TrustedPlatform {
  readonly provinceCode: string;
  readonly baseUrl: string;
  readonly keys: JSONWebKeySet;
}

/**
 * Identity's answer to "whose signature is this?" for records another platform sends (DCSA PINT
 * envelopes): the registered partner nodes with their pinned or published keys.
 */
export interface PartnerKeys {
  /** Every registered partner whose keys could be had; one that cannot be reached is left out. */
  trusted(): Promise<TrustedPlatform[]>;
}

export const PARTNER_KEYS = Symbol('PARTNER_KEYS');
