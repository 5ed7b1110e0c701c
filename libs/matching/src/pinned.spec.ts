import { loaded, org, school, schoolSubject } from './spec-fixtures';
import { mayAnswer, pinCalls, pinOrganisations, type PinnableCall } from './pinned';
import { scoreOrganisation, type OrgFacts, type Ranked, type Subject } from './scoring';

const subject = schoolSubject;
const ranked = (facts: OrgFacts, relevance = 0.5): Ranked<OrgFacts & { relevance: number }> => ({
  item: { ...facts, relevance },
  scored: scoreOrganisation(subject, facts, relevance),
  country: facts.country,
});
/** Ten weak candidates from ten countries: a full list. */
const weakTen = ['AT', 'BE', 'CZ', 'DK', 'EE', 'FI', 'FR', 'HR', 'HU', 'IE'].map((c, i) =>
  ranked(org({ id: `weak${i}`, country: c, type: 'vet_provider', topics: [] }), 0),
);

describe('pinning a newcomer into a list', () => {
  const smePt = org({ id: 'sme', country: 'PT', type: 'sme', nace: ['C'] });

  it('scores the newcomer in and keeps ten, best first', () => {
    const list = pinOrganisations(subject, weakTen, [loaded(smePt)], new Set(), 10);
    expect(list).toHaveLength(10);
    expect(list[0].item.id).toBe('sme');
    expect(list.map((r) => r.item.id)).not.toContain('weak9');
    expect(list[0].scored.reasons.en.length).toBeGreaterThan(0);
  });

  it('never pins what the subject may not get: itself, dismissed, unpublished, or already listed', () => {
    const self = loaded(school);
    const out = pinOrganisations(subject, weakTen, [self], new Set(), 10);
    expect(out.map((r) => r.item.id)).not.toContain('school');
    expect(pinOrganisations(subject, weakTen, [loaded(smePt)], new Set(['sme']), 10)).toBe(weakTen);
    expect(pinOrganisations(subject, weakTen, [loaded(smePt, 'suspended')], new Set(), 10)).toBe(weakTen);
    const withSme = pinOrganisations(subject, weakTen, [loaded(smePt)], new Set(), 10);
    expect(pinOrganisations(subject, withSme, [loaded(smePt)], new Set(), 10)).toBe(withSme);
  });

  it('keeps a non-associated country out of a KA210-VET call', () => {
    const call: Subject = {
      kind: 'call',
      owner: school,
      action: 'KA210-VET',
      topics: ['green_skills'],
      languages: ['en'],
      sought: [{ countries: [], naceSections: ['C'], organisationTypes: ['sme'] }],
    };
    const ua = org({ id: 'ua', country: 'UA', type: 'sme', nace: ['C'] });
    expect(pinOrganisations(call, [], [loaded(ua)], new Set(), 10)).toEqual([]);
  });
});

describe('pinning a call for an organisation', () => {
  const sme = org({ id: 'sme', country: 'PT', type: 'sme', nace: ['C'] });
  const call = (over: Partial<PinnableCall>): PinnableCall => ({
    id: 'call',
    organisationId: 'school',
    country: 'GR',
    action: 'KA220-VET',
    topics: ['green_skills'],
    languages: ['en'],
    soughtCountries: ['PT'],
    soughtNaceSections: ['C'],
    soughtOrganisationTypes: ['sme'],
    anyCountry: false,
    anySector: false,
    anyType: false,
    excludedCountries: [],
    open: true,
    ...over,
  });

  it('answers only calls the organisation fits, as the call search does', () => {
    expect(mayAnswer(sme, call({}))).toBe(true);
    expect(mayAnswer(sme, call({ soughtCountries: ['ES'] }))).toBe(false);
    expect(mayAnswer(sme, call({ soughtCountries: ['ES'], anyCountry: true }))).toBe(true);
    expect(mayAnswer(sme, call({ soughtOrganisationTypes: ['ngo'] }))).toBe(false);
    expect(mayAnswer(sme, call({ soughtNaceSections: ['P'] }))).toBe(false);
    expect(mayAnswer(sme, call({ organisationId: 'sme' }))).toBe(false);
    expect(mayAnswer(sme, call({ open: false }))).toBe(false);
    // A call that refuses the organisation's country is never pinned, whatever it seeks.
    expect(mayAnswer(sme, call({ anyCountry: true, excludedCountries: [sme.country] }))).toBe(false);
    const ua = org({ id: 'ua', country: 'UA', type: 'sme', nace: ['C'] });
    expect(mayAnswer(ua, call({ action: 'KA210-VET', anyCountry: true }))).toBe(false);
  });

  it('adds a fitting call to the list, and not a dismissed one', () => {
    expect(pinCalls(sme, [], [call({})], new Set(), 10).map((r) => r.item)).toEqual(['call']);
    expect(pinCalls(sme, [], [call({})], new Set(['call']), 10)).toEqual([]);
  });
});
