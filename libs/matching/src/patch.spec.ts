import { loaded, org, school, schoolSubject } from './spec-fixtures';
import { patchList, storedList } from './patch';
import type { PinnableCall } from './pinned';
import { diversify, scoreCall, scoreOrganisation } from './scoring';

const subject = schoolSubject;
const COUNTRIES = ['AT', 'BE', 'CZ', 'DK', 'EE', 'FI', 'FR', 'HR', 'HU', 'IE'];
/** Ten candidates from ten countries, as a search found them (with some text relevance). */
const ten = COUNTRIES.map((c, i) => org({ id: `o${i}`, country: c, topics: i < 5 ? ['green_skills'] : [] }));
const relevance = (i: number) => 0.2 + i / 50;
const rankedTen = diversify(
  ten.map((f, i) => ({
    item: { ...f, relevance: relevance(i) },
    scored: scoreOrganisation(subject, f, relevance(i)),
    country: f.country,
  })),
  10,
);
const call = (over: Partial<PinnableCall>): PinnableCall => ({
  id: 'c1',
  organisationId: 'owner',
  country: 'IT',
  topics: ['green_skills'],
  languages: ['en'],
  soughtCountries: [],
  soughtNaceSections: [],
  soughtOrganisationTypes: [],
  action: 'KA220-VET',
  anyCountry: true,
  anySector: true,
  anyType: true,
  excludedCountries: [],
  open: true,
  ...over,
});
const calls = [call({ id: 'c1' }), call({ id: 'c2', topics: [] })];
const rankedCalls = diversify(
  calls.map((c) => ({ item: c.id, scored: scoreCall(school, c), country: c.country })),
  10,
);
const last = storedList(rankedTen, rankedCalls);
const input = (over: Partial<Parameters<typeof patchList>[0]> = {}) => ({
  subject,
  last,
  organisations: ten.map((f) => loaded(f)),
  calls,
  dismissed: new Set<string>(),
  targets: {},
  relevance: new Map<string, number>(),
  ...over,
});

describe('patching a stored list', () => {
  it('finds nothing to write when nothing it holds changed', () => {
    const patched = patchList(input(), 10)!;
    expect(patched.changed).toBe(false);
    expect(storedList(patched.organisations, patched.calls)).toEqual(last);
  });

  it('scores a newcomer in: it takes the place of the weakest, with its reasons', () => {
    const sme = org({ id: 'sme', country: 'PT', type: 'sme', nace: ['C'] });
    const patched = patchList(
      input({
        organisations: [...ten, sme].map((f) => loaded(f)),
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
    const weakest = rankedTen[rankedTen.length - 1].item.id;
    expect(patched.organisations.map((o) => o.item.id)).not.toContain(weakest);
  });

  it('rescores a listed organisation that changed and keeps the list when it still clears the tenth', () => {
    const better = { ...ten[7], topics: ['green_skills', 'digital_skills'] };
    const orgs = ten.map((f) => loaded(f.id === better.id ? better : f));
    const words = new Map([[better.id, 0.9]]);
    const patched = patchList(
      input({ organisations: orgs, targets: { organisations: [better.id] }, relevance: words }),
      10,
    )!;
    expect(patched.changed).toBe(true);
    const kept = patched.organisations.find((o) => o.item.id === better.id)!;
    // Its new topics, and how well it matches the subject's words now.
    expect(kept.scored.score).toBe(scoreOrganisation(subject, better, 0.9).score);
    expect(kept.item.relevance).toBe(0.9);
    // The others keep the relevance they were found with.
    const other = patched.organisations.find((o) => o.item.id === ten[1].id)!;
    expect(other.item.relevance).toBe(relevance(1));
  });

  it('asks for a recompute when a place could go to someone only the searches know', () => {
    const tenth = rankedTen[rankedTen.length - 1];
    const top = rankedTen[0].item.id;
    // A listed organisation that changed and fell below the old tenth.
    const worse = { ...ten.find((f) => f.id === top)!, topics: [], nace: ['P'], type: 'vet_provider' };
    expect(scoreOrganisation(subject, worse, rankedTen[0].item.relevance).score).toBeLessThan(tenth.scored.score);
    const fell = ten.map((f) => loaded(f.id === top ? worse : f));
    expect(patchList(input({ organisations: fell, targets: { organisations: [top] } }), 10)).toBeNull();
    // Listed ones that are gone, suspended or dismissed.
    expect(patchList(input({ organisations: ten.slice(1).map((f) => loaded(f)) }), 10)).toBeNull();
    const suspended = ten.map((f, i) => loaded(f, i === 3 ? 'suspended' : 'published'));
    expect(patchList(input({ organisations: suspended }), 10)).toBeNull();
    expect(patchList(input({ dismissed: new Set(['o2']) }), 10)).toBeNull();
    // A listed call the organisation may no longer answer.
    expect(patchList(input({ calls: [call({ id: 'c1', open: false }), calls[1]] }), 10)).toBeNull();
  });

  it('pins a newly opened call into an organisation’s calls, never its own', () => {
    const fresh = call({ id: 'c3', topics: ['green_skills', 'digital_skills'] });
    const own = call({ id: 'c4', organisationId: 'school' });
    const patched = patchList(input({ calls: [...calls, fresh, own], targets: { calls: ['c3', 'c4'] } }), 10)!;
    expect(patched.calls.map((c) => c.item)).toContain('c3');
    expect(patched.calls.map((c) => c.item)).not.toContain('c4');
  });
});
