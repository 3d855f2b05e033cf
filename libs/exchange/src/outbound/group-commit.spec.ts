import { GroupCommit } from './group-commit.js';

describe('GroupCommit', () => {
  it('stores items handed in together with one flush, and each caller waits for it', async () => {
    const flushes: number[][] = [];
    const group = new GroupCommit<number>(async (items) => void flushes.push(items), 3, 60_000);
    await Promise.all([group.add(1), group.add(2), group.add(3)]);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('fails only the item that cannot be stored when its batch fails', async () => {
    const stored: number[] = [];
    const group = new GroupCommit<number>(
      async (items) => {
        if (items.includes(2)) throw new Error('item 2 is poison');
        stored.push(...items);
      },
      3,
      60_000,
    );
    const results = await Promise.allSettled([group.add(1), group.add(2), group.add(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(stored.sort()).toEqual([1, 3]);
  });
});
