import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';

// The package is CommonJS whose types claim an ES default export; at run time the default import
// is the function itself.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;

/** RFC 8785 (JCS) canonical JSON: one byte sequence per value, whoever serialises it. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value has no JSON form');
  return text;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The checksum of a document: SHA-256 over its canonical JSON. */
export function documentChecksum(document: unknown): string {
  return sha256Hex(canonicalJson(document));
}
