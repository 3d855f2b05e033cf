import { fitting, pageEnd, rowAfter } from './paging.js';

describe('paging of envelopes and feed pages', () => {
  const record = (bytes: number) => ({ payload: 'x'.repeat(bytes) });

  it('takes records in order until the next one would pass the body limit', () => {
    const records = [record(100), record(100), record(100), record(100)];
    // Each weighs 114 × 1.34 ≈ 153 bytes against 70% of 500 = 350: two fit.
    expect(fitting(records, (r) => r, 500)).toEqual(records.slice(0, 2));
    expect(fitting(records, (r) => r, 1_000_000)).toEqual(records);
  });

  it('still sends a single record larger than the limit rather than blocking those behind it', () => {
    const big = record(10_000);
    expect(fitting([big, record(1)], (r) => r, 500)).toEqual([big]);
    expect(fitting([], (r) => r, 500)).toEqual([]);
  });

  it('reads a cursor as the row to continue after, and refuses what this node never handed out', () => {
    expect(rowAfter(null)).toBe('0');
    expect(rowAfter('42')).toBe('42');
    for (const wrong of ['0', '-1', '1.5', '042', 'abc', '1234567890123456789', 42, undefined, '']) expect(rowAfter(wrong)).toBeUndefined();
  });

  it('ends a page at its last row, and an empty page at no cursor', () => {
    expect(pageEnd([{ id: '7' }, { id: '9' }])).toBe('9');
    expect(pageEnd([])).toBeNull();
  });
});
