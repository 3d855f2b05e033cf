import type { LocalisedMessage } from '@landsea/errors';

/** Identity's answer to "which corridor nodes do we trust, and is this signed by one of them?" */
export interface PartnerNodes {
  /** Where a partner node is reached; undefined when it is not a registered partner. */
  baseUrl(provinceCode: string): Promise<string | undefined>;
  /**
   * Verifies a compact JWS as signed by the partner's published keys and returns its payload.
   * Throws PartnerSignatureError saying why it does not verify.
   */
  verify(provinceCode: string, jws: string, type: string): Promise<Uint8Array>;
}

export class PartnerSignatureError extends Error {
  constructor(
    readonly reason: 'UNKNOWN_PARTNER' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE',
    readonly messages: LocalisedMessage,
  ) {
    super(messages.en);
  }
}

export const PARTNER_NODES = Symbol('PARTNER_NODES');
