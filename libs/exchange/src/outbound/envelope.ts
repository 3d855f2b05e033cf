import type { ExchangeRecord } from '../exchange-records.js';

/** JWS header types, so an envelope is never taken for a receipt or any other signed record. */
export const ENVELOPE_TYPE = 'landsea-exchange-envelope+jws';
export const RECEIPT_TYPE = 'landsea-exchange-receipt+jws';

/** What a node signs and sends: many records at once, for one partner. */
export interface Envelope {
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly sentAt: string;
  readonly records: readonly ExchangeRecord[];
}

export interface RecordOutcome {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  /** APPLIED, or STALE when a newer version was already there: both are accepted. */
  readonly outcome: 'APPLIED' | 'STALE' | 'REJECTED';
  readonly reason?: string;
}

/** What the receiving node signs back: what it took and what it refused, record by record. */
export interface Receipt {
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly receivedAt: string;
  readonly duplicate: boolean;
  readonly records: readonly RecordOutcome[];
}
