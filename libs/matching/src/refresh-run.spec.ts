import { CallSnapshot } from './open-calls';
import { REMEMBERED_SEARCHES, RefreshRun } from './refresh-run';

describe('the searches a refresh run remembers', () => {
  it('asks each search once while it is among the latest, and forgets the oldest', async () => {
    const run = new RefreshRun(new CallSnapshot([]));
    let asked = 0;
    const search = (key: string) => run.remember(key, async () => (asked++, [key]));
    expect(await search('a')).toEqual(['a']);
    expect(await search('a')).toEqual(['a']);
    expect(asked).toBe(1);
    for (let i = 0; i < REMEMBERED_SEARCHES; i++) await search(`k${i}`);
    expect(asked).toBe(1 + REMEMBERED_SEARCHES);
    await search('a');
    expect(asked).toBe(2 + REMEMBERED_SEARCHES);
  });

  it('does not remember a search that failed', async () => {
    const run = new RefreshRun(new CallSnapshot([]));
    await expect(run.remember('q', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await new Promise((r) => setImmediate(r));
    expect(await run.remember('q', () => Promise.resolve('up'))).toBe('up');
  });
});
