import { compareVersions, repairFor, RESYNC_LIMIT } from './index-keeper';

const versions = (entries: [string, number][]) => new Map(entries);

describe('compareVersions', () => {
  it('names what is missing, stale, extra and ahead of PostgreSQL', () => {
    const drift = compareVersions(
      versions([
        ['a', 1],
        ['b', 3],
        ['c', 2],
        ['d', 1],
      ]),
      versions([
        ['a', 1],
        ['b', 2],
        ['c', 5],
        ['x', 1],
      ]),
    );
    expect(drift).toEqual({ missing: ['d'], stale: ['b'], extra: ['x'], ahead: ['c'] });
  });

  it('finds nothing when both hold the same ids and versions', () => {
    const same = versions([
      ['a', 1],
      ['b', 2],
    ]);
    expect(repairFor(compareVersions(same, new Map(same)), 2)).toBe('none');
  });
});

describe('repairFor', () => {
  const drift = (missing: number, ahead = 0) => ({
    missing: Array.from({ length: missing }, (_, i) => `m${i}`),
    stale: [],
    extra: [],
    ahead: Array.from({ length: ahead }, (_, i) => `a${i}`),
  });

  it('resyncs a few documents', () => {
    expect(repairFor(drift(3), 50)).toBe('resync');
  });

  it('rebuilds when the drift is large', () => {
    expect(repairFor(drift(RESYNC_LIMIT.documents + 1), 100)).toBe('rebuild');
    expect(repairFor(drift(30_000), 100_000)).toBe('rebuild');
    expect(repairFor(drift(20_000), 100_000)).toBe('resync');
  });

  it('rebuilds when the index holds versions PostgreSQL never had (another database)', () => {
    expect(repairFor(drift(0, 1), 50)).toBe('rebuild');
  });
});
