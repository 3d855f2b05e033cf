/** The share of the body limit records may take: the JWS header, signature and wrapping take the rest. */
const RECORDS_SHARE = 0.7;
/** base64url makes a signed payload a third larger than its JSON. */
const BASE64URL_GROWTH = 1.34;

/**
 * As many items, from the first, as fit one signed message under a node's HTTP body limit;
 * always at least one, so a single large record still travels rather than blocking the rest.
 */
export function fitting<T>(items: readonly T[], recordOf: (item: T) => unknown, bodyLimitBytes: number): T[] {
  const limit = bodyLimitBytes * RECORDS_SHARE;
  const chosen: T[] = [];
  let size = 0;
  for (const item of items) {
    size += JSON.stringify(recordOf(item)).length * BASE64URL_GROWTH;
    if (chosen.length > 0 && size > limit) break;
    chosen.push(item);
  }
  return chosen;
}

/**
 * The recovery feed's cursor is the id of the last outbound row a page held, as text, so a
 * partner pages on in the order this node queued its records. Null is the very beginning.
 * Returns the row id to read after, or undefined when the text is not a cursor of this node.
 */
export function rowAfter(cursor: unknown): string | undefined {
  if (cursor === null) return '0';
  return typeof cursor === 'string' && /^[1-9]\d{0,17}$/.test(cursor) ? cursor : undefined;
}

/** The cursor a page ends at: its last row, or null when it is empty and the partner is caught up. */
export function pageEnd(rows: ReadonlyArray<{ readonly id: string }>): string | null {
  return rows.length === 0 ? null : rows[rows.length - 1].id;
}
