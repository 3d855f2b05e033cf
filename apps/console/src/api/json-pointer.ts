/** Every leaf of a JSON value with its RFC 6901 pointer, in document order. */
export function leaves(value: unknown, pointer = ''): Array<{ pointer: string; value: unknown }> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
    return entries.flatMap(([key, item]) => leaves(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return [{ pointer, value }];
}

/** The value at a pointer, or undefined. */
export function valueAt(document: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, token) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined), document);
}

/** A pointer as a person reads it, each key named by `label`: Invoice › Lines › 1 › Amount (lines counted from 1). */
export function readablePointer(pointer: string, label: (key: string) => string = (key) => key): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^\d+$/.test(token) ? String(Number(token) + 1) : label(token)))
    .join(' › ');
}
