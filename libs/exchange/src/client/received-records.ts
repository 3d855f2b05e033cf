/** A record another province's node shared with this one, at its newest version. */
export interface SharedRecordView {
  readonly sourceNode: string;
  readonly kind: string;
  readonly recordId: string;
  readonly version: number;
  readonly payload: Record<string, unknown>;
  readonly parties: readonly string[];
}

/** How other contexts of the node read what partners shared, without reading exchange's tables. */
export interface ReceivedRecords {
  find(sourceNode: string, kind: string, recordId: string): Promise<SharedRecordView | undefined>;
  /** Records of a kind whose payload has this value in this top-level field (a bill's events by its number). */
  matching(kind: string, field: string, value: string): Promise<SharedRecordView[]>;
}

export const RECEIVED_RECORDS = Symbol('RECEIVED_RECORDS');
