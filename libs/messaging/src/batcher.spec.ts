import { Batcher } from './batcher';

const later = () => new Promise((r) => setImmediate(r));

describe('a batcher', () => {
  it('sends what arrives in one turn together, and what arrives meanwhile in the next batch, each answered', async () => {
    const batches: number[][] = [];
    const gates: (() => void)[] = [];
    const batcher = new Batcher<number, string>(async (items) => {
      batches.push(items);
      await new Promise<void>((open) => gates.push(open));
      return items.map((i) => `done ${i}`);
    }, 1);
    const answers = [1, 2].map((i) => batcher.add(i));
    expect(batches).toEqual([]); // not before the turn ends
    await later();
    expect(batches).toEqual([[1, 2]]);
    answers.push(...[3, 4].map((i) => batcher.add(i)));
    await later();
    expect(batches).toEqual([[1, 2]]); // waiting for the batch in flight
    gates[0]();
    await later();
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    gates[1]();
    expect(await Promise.all(answers)).toEqual(['done 1', 'done 2', 'done 3', 'done 4']);
  });

  it('runs at most so many batches at once and so many items in each', async () => {
    const batches: number[][] = [];
    let open = 0;
    let most = 0;
    const batcher = new Batcher<number, number>(
      async (items) => {
        batches.push(items);
        most = Math.max(most, ++open);
        await later();
        open--;
        return items;
      },
      2,
      3,
    );
    expect(await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.add(i)))).toEqual([...Array(10).keys()]);
    expect(most).toBe(2);
    expect(Math.max(...batches.map((b) => b.length))).toBe(3);
    expect(batches.flat()).toEqual([...Array(10).keys()]);
  });

  it('fails every item of a batch that failed, and goes on with the next', async () => {
    let calls = 0;
    const batcher = new Batcher<number, number>(async (items) => {
      if (calls++ === 0) throw new Error('down');
      return items;
    }, 1);
    const first = batcher.add(1);
    await later();
    const second = batcher.add(2);
    await expect(first).rejects.toThrow('down');
    await expect(second).resolves.toBe(2);
  });
});
