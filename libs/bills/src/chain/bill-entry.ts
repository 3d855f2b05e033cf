import type { BillAction, BillKind, BillState } from '../bills/bill-state-machine.js';

/** The JWS header type of a bill history entry, so an entry is never mistaken for another record. */
export const BILL_ENTRY_TYPE = 'landsea-bill-entry+jws';

/**
 * What each entry of a bill's history signs: the step, who took it, the document it concerns
 * and the checksum of the entry before, so the entries form a hash chain rooted in the issue.
 */
export interface BillEntryPayload {
  readonly bill: string;
  readonly carrier: string;
  readonly sequence: number;
  readonly action: BillAction;
  readonly actor: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly time: string;
  readonly documentChecksum: string;
  readonly previousChecksum: string | null;
  /** The province node that recorded the step. */
  readonly node: string;
  /** Why a transfer or surrender was rejected, as the rejecting party gave it. */
  readonly reason?: string;
  /** On the issue entry only: the terms every later step is checked against. */
  readonly kind?: BillKind;
  readonly consignee?: string | null;
  /** On the issue entry of a replacement: the bill number it replaces. */
  readonly replaces?: string;
  /**
   * On an IMPORT or EXPORT entry: the checksum of the last DCSA PINT envelope transfer chain entry,
   * which ties this history to the chain the bill moved with between platforms.
   */
  readonly envelope?: string;
}

/** An entry as it is kept and exported: the signed form, and what it says, for reading. */
export interface SignedBillEntry {
  readonly sequence: number;
  readonly jws: string;
}

/** The JWS header type of a bill's signed head. */
export const BILL_HEAD_TYPE = 'landsea-bill-head+jws';

/**
 * What the node signs with every step, beside the entry: where the history ends. Entries alone
 * cannot show that none were cut off the end; the head can. The key id is in the JWS's
 * protected header, which the signature covers.
 */
export interface BillHeadPayload {
  readonly bill: string;
  readonly carrier: string;
  /** The sequence of the last entry, and that entry's checksum. */
  readonly sequence: number;
  readonly checksum: string;
  readonly state: BillState;
  readonly signedAt: string;
  readonly node: string;
}
