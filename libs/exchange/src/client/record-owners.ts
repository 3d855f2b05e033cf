import type { ExchangeKind } from '../exchange-records.js';

/**
 * What the context that owns a kind of shareable record tells the exchange, which may not read
 * its tables: whether a record exists on this node, and which organisation owns it.
 */
export interface RecordOwners {
  /** The organisation owning this record here; undefined when there is no such record. */
  ownerOf(recordId: string): Promise<string | undefined>;
}

/** The provider token of a kind's RecordOwners, which its owning context provides (DOSSIER: declarations). */
export const recordOwners = (kind: ExchangeKind): string => `exchange:record-owners:${kind}`;
