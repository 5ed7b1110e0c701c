import { loaded, openCall, org, school, schoolSubject } from './spec-fixtures';
import { barOf, choose, NONE, patchList, RESERVE, storedList } from './patch';
import { wouldEnter } from './pinned';
import { scoreCall, scoreOrganisation, type OrgFacts } from './scoring';

const subject = schoolSubject;
const COUNTRIES = ['AT', 'BE', 'CZ', 'DK', 'EE', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LV', 'NL', 'PL', 'PT'];
/** Thirty candidates from sixteen countries, as a search found them (with some text relevance). */
const found = Array.from({ length: 30 }, (_, i) =>
  org({ id: `o${i}`, country: COUNTRIES[i % COUNTRIES.length], topics: i % 3 === 0 ? ['green_skills'] : [] }),
);
const relevance = (i: number) => Math.round((0.9 - i / 40) * 1000) / 1000;
const rankedPool = (facts: OrgFacts[]) =>
  facts.map((f) => {
    const r = relevance(Number(f.id.slice(1)));
    return { item: { ...f, relevance: r }, scored: scoreOrganisation(subject, f, r), country: f.country };
  });
const call = openCall;
const calls = [call({ id: 'c1' }), call({ id: 'c2', topics: [] })];
const callPool = calls.map((c) => ({ item: c.id, scored: scoreCall(school, c), country: c.country }));
const chosen = choose(rankedPool(found), 10, null)!;
const last = storedList(chosen, choose(callPool, 10, null)!);
const ids = (list: { item: { id: string } }[]) => list.map((o) => o.item.id);
const input = (over: Partial<Parameters<typeof patchList>[0]> = {}) => ({
  subject,
  last,
  organisations: found.map((f) => loaded(f)),
  calls,
  dismissed: new Set<string>(),
  targets: {},
  relevance: new Map<string, number>(),
  ...over,
});

describe('the list a refresh keeps', () => {
  it('holds the ten, the next best behind them, and the best rank of those left out', () => {
    expect(last.organisations).toHaveLength(10);
    expect(last.reserve!.organisations).toHaveLength(RESERVE);
    const kept = new Set([...last.organisations, ...last.reserve!.organisations].map((o) => o.id));
    const floor = last.reserve!.organisationFloor!;
    for (const left of rankedPool(found).filter((r) => !kept.has(r.item.id))) {
      expect(left.scored.score).toBeLessThanOrEqual(floor.score);
    }
    // Fewer candidates than the list and its reserve: nothing is left out.
    expect(last.reserve!.callFloor).toBeNull();
  });
});

describe('patching a stored list', () => {
  it('finds nothing to write when nothing it holds changed', () => {
    const patched = patchList(input(), 10)!;
    expect(patched.changed).toBe(false);
    expect(patched.reserveChanged).toBe(false);
    expect(patched.stored).toEqual(last);
  });

  it('scores a newcomer in: it takes the place of the weakest, which moves to the reserve', () => {
    const sme = org({ id: 'sme', country: 'PT', type: 'sme', nace: ['C'] });
    const patched = patchList(
      input({
        organisations: [...found, sme].map((f) => loaded(f)),
        targets: { organisations: ['sme'] },
        relevance: new Map([['sme', 0.5]]),
      }),
      10,
    )!;
    expect(patched.changed).toBe(true);
    expect(patched.organisations).toHaveLength(10);
    expect(patched.organisations[0].item.id).toBe('sme');
    expect(patched.organisations[0].scored.reasons.en.length).toBeGreaterThan(0);
    expect(patched.organisations[0].item.relevance).toBe(0.5);
    const weakest = last.organisations[last.organisations.length - 1].id;
    expect(ids(patched.organisations)).not.toContain(weakest);
    expect(patched.stored.reserve!.organisations[0].id).toBe(weakest);
  });

  it('rescores a listed organisation that changed, with how well it matches the words now', () => {
    const i = Number(last.organisations[7].id.slice(1));
    const better = { ...found[i], topics: ['green_skills', 'digital_skills'] };
    const orgs = found.map((f) => loaded(f.id === better.id ? better : f));
    const patched = patchList(
      input({ organisations: orgs, targets: { organisations: [better.id] }, relevance: new Map([[better.id, 0.9]]) }),
      10,
    )!;
    const kept = patched.organisations.find((o) => o.item.id === better.id)!;
    expect(kept.scored.score).toBe(scoreOrganisation(subject, better, 0.9).score);
    expect(kept.item.relevance).toBe(0.9);
    // The others keep the relevance they were found with.
    const other = patched.organisations.find((o) => o.item.id === last.organisations[1].id)!;
    expect(other.item.relevance).toBe(last.organisations[1].relevance);
  });

  it('fills a place that fell free from the reserve, as a recompute would', () => {
    const top = last.organisations[0].id;
    const worse = { ...found[Number(top.slice(1))], topics: [], nace: ['P'], type: 'vet_provider', open: false };
    const cases = [
      // It changed and fell below the tenth, it was suspended, it left the index, it was dismissed.
      { organisations: found.map((f) => loaded(f.id === top ? worse : f)), targets: { organisations: [top] } },
      { organisations: found.map((f) => loaded(f, f.id === top ? 'suspended' : 'published')) },
      { organisations: found.filter((f) => f.id !== top).map((f) => loaded(f)) },
      { dismissed: new Set([top]) },
    ];
    const expected = ids(choose(rankedPool(found.filter((f) => f.id !== top)), 10, null)!.top);
    for (const over of cases) {
      const patched = patchList(input(over), 10)!;
      expect(patched).not.toBeNull();
      expect(ids(patched.organisations)).toEqual(expected);
      expect(ids(patched.organisations)).toContain(last.reserve!.organisations[0].id);
    }
  });

  it('equals a recompute whatever is dismissed, and asks for one only when the reserve runs out', () => {
    let patchedCount = 0;
    for (let k = 1; k <= 20; k++) {
      // The k best of the list and reserve dismissed.
      const gone = new Set([...last.organisations, ...last.reserve!.organisations].slice(0, k).map((o) => o.id));
      const patched = patchList(input({ dismissed: gone }), 10);
      const recomputed = choose(rankedPool(found.filter((f) => !gone.has(f.id))), 10, null)!;
      if (patched) {
        patchedCount++;
        expect(ids(patched.organisations)).toEqual(ids(recomputed.top));
      }
    }
    expect(patchedCount).toBeGreaterThan(5);
    // Every candidate it holds is gone: only the searches know who comes next.
    const all = new Set([...last.organisations, ...last.reserve!.organisations].map((o) => o.id));
    expect(patchList(input({ dismissed: all }), 10)).toBeNull();
  });

  it('recomputes a list kept before reserves were', () => {
    const { reserve: _, ...legacy } = last;
    expect(patchList(input({ last: legacy }), 10)).toBeNull();
  });

  it('pins a newly opened call into an organisation’s calls, never its own, and drops a closed one', () => {
    const fresh = call({ id: 'c3', topics: ['green_skills', 'digital_skills'] });
    const own = call({ id: 'c4', organisationId: 'school' });
    const patched = patchList(input({ calls: [...calls, fresh, own], targets: { calls: ['c3', 'c4'] } }), 10)!;
    expect(patched.calls.map((c) => c.item)).toContain('c3');
    expect(patched.calls.map((c) => c.item)).not.toContain('c4');
    const closed = patchList(input({ calls: [call({ id: 'c1', open: false }), calls[1]] }), 10)!;
    expect(closed.calls.map((c) => c.item)).toEqual(['c2']);
  });

  it('chooses nothing from nothing', () => {
    expect(choose([], 10, null)).toEqual(NONE);
  });
});

describe('the bar a newcomer must beat', () => {
  it('is the best score left out of the list and its reserve; anything enters where nothing was left out', () => {
    const bar = barOf(last);
    expect(bar).toMatchObject({ orgCount: 10 + RESERVE, callCount: 2, callTenth: null });
    expect(bar.orgTenth).toBe(last.reserve!.organisationFloor!.score);
    expect(bar.orgTenth!).toBeLessThan(Math.min(...last.reserve!.organisations.map((o) => o.score)) + 1e-9);
    expect(wouldEnter(bar, 'organisations', bar.orgTenth! + 0.1, 10)).toBe(true);
    expect(wouldEnter(bar, 'organisations', bar.orgTenth! - 0.1, 10)).toBe(false);
    expect(wouldEnter(bar, 'calls', -100, 10)).toBe(true);
    expect(wouldEnter(undefined, 'organisations', -100, 10)).toBe(true);
  });
});
