import type { JWK } from 'jose';

/**
 * Signs records the node vouches for (bill history entries, exchange envelopes) with its ES256
 * key. Unlike access tokens, records must stay verifiable for as long as they are kept, so every
 * key the node ever signed with stays published for them.
 */
export interface RecordSigner {
  /** A compact JWS over the given bytes, with the signing key's kid in the header. */
  sign(payload: Uint8Array, header?: Record<string, unknown>): Promise<string>;
  /** Every public key the node has signed with, current and retired. */
  recordKeys(): Promise<{ keys: JWK[] }>;
}

export const RECORD_SIGNER = Symbol('RECORD_SIGNER');
