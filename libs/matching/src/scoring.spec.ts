import { ORGANISATION_TYPE_GROUPS, PROGRAMME_RULES } from '@syndesmos/taxonomies';
import { diversify, exclusion, scoreCall, scoreOrganisation, WEIGHTS, type OrgFacts, type Subject } from './scoring';

const org = (over: Partial<OrgFacts>): OrgFacts => ({
  id: over.id ?? 'x',
  name: 'Org',
  country: 'GR',
  type: 'vet_provider',
  nace: ['P'],
  topics: [],
  languages: ['en'],
  experience: 'participated',
  open: true,
  ...over,
});

const school = org({ id: 'school', topics: ['green_skills', 'apprenticeships'], languages: ['el', 'en'] });
const asOrg: Subject = {
  kind: 'organisation',
  org: school,
  wants: { countries: ['PT'], naceSections: ['C'], organisationTypes: ['sme'] },
};

describe('scoring', () => {
  it('is deterministic and explains itself in both languages', () => {
    const smePt = org({ id: 'sme', country: 'PT', type: 'sme', nace: ['C'], topics: ['green_skills'] });
    const a = scoreOrganisation(asOrg, smePt, 0.5);
    expect(scoreOrganisation(asOrg, smePt, 0.5)).toEqual(a);
    expect(a.components).toMatchObject({
      topic: WEIGHTS.topic,
      soughtSector: WEIGHTS.soughtSector,
      soughtType: WEIGHTS.soughtType,
      soughtCountry: WEIGHTS.soughtCountry,
      typeMix: WEIGHTS.typeMix,
    });
    expect(a.reasons.en).toContain('Shares topics: green skills');
    expect(a.reasons.el.length).toBe(a.reasons.en.length);
  });

  it('prefers cross-sector and abroad to the same sector or the same country', () => {
    const fitAbroad = org({ id: 'a', country: 'PT', type: 'sme', nace: ['C'] });
    const fitAtHome = org({ id: 'b', country: 'GR', type: 'sme', nace: ['C'] });
    const sameSector = org({
      id: 'c',
      country: 'IT',
      type: 'vet_provider',
      nace: ['P'],
      topics: ['green_skills', 'apprenticeships'],
    });
    const abroad = scoreOrganisation(asOrg, fitAbroad).score;
    expect(abroad).toBeGreaterThan(scoreOrganisation(asOrg, fitAtHome).score);
    expect(abroad).toBeGreaterThan(scoreOrganisation(asOrg, sameSector).score);
  });

  it('values a country a consortium needs, and never a non-associated one for KA210-VET', () => {
    const consortium: Subject = {
      kind: 'consortium',
      action: 'KA210-VET',
      coordinator: school,
      members: [{ ...school, role: 'coordinator' }],
      sought: [],
    };
    const pt = scoreOrganisation(consortium, org({ id: 'p', country: 'PT', type: 'sme', nace: ['C'] }));
    expect(pt.components.neededCountry).toBe(WEIGHTS.neededCountry);
    expect(pt.reasons.en.some((r) => r.startsWith('Adds Portugal'))).toBe(true);
    expect(exclusion(consortium, org({ id: 'u', country: 'UA' }))).toMatch(/non-associated/);
    expect(exclusion(consortium, school)).toBe('the subject itself');
    expect(exclusion({ ...consortium, action: 'KA220-VET' }, org({ id: 'u', country: 'UA' }))).toBeNull();
  });

  it('reads the minimums, who may take part and the type groups from the taxonomies programme table', () => {
    const rules = PROGRAMME_RULES['KA210-VET'];
    const saved = { ...rules };
    const worldOfWork = ORGANISATION_TYPE_GROUPS.worldOfWork as unknown as string[];
    const consortium: Subject = {
      kind: 'consortium',
      action: 'KA210-VET',
      coordinator: school,
      members: [
        { ...school, role: 'coordinator' },
        { ...org({ id: 'p', country: 'PT' }), role: 'partner' },
      ],
      sought: [],
    };
    const italian = org({ id: 'i', country: 'IT', type: 'ngo', nace: ['S'] });
    try {
      // Two countries already meet KA210-VET's minimum: a third one is not needed…
      expect(scoreOrganisation(consortium, italian).components.neededCountry).toBeUndefined();
      // …until the table asks for three, and a third-country rule lifted in the table admits Ukraine.
      Object.assign(rules, { minEligibleCountries: 3, allowsNonAssociatedThirdCountries: true });
      expect(scoreOrganisation(consortium, italian).components.neededCountry).toBe(WEIGHTS.neededCountry);
      expect(exclusion(consortium, org({ id: 'u', country: 'UA' }))).toBeNull();
      // An NGO counts as the world of work once the group lists it.
      expect(scoreOrganisation(asOrg, italian).components.typeMix).toBeUndefined();
      worldOfWork.push('ngo');
      expect(scoreOrganisation(asOrg, italian).components.typeMix).toBe(WEIGHTS.typeMix);
    } finally {
      Object.assign(rules, saved);
      worldOfWork.splice(worldOfWork.indexOf('ngo'), 1);
    }
  });

  it('marks organisations not open to partnerships down', () => {
    const open = scoreOrganisation(asOrg, org({ id: 'o', country: 'PT', type: 'sme', nace: ['C'] })).score;
    const closed = scoreOrganisation(
      asOrg,
      org({ id: 'o', country: 'PT', type: 'sme', nace: ['C'], open: false }),
    ).score;
    expect(open - closed).toBeCloseTo(-WEIGHTS.closed);
  });

  it('scores a call by what it seeks of the organisation', () => {
    const sme = org({ id: 's', country: 'PT', type: 'sme', nace: ['C'], topics: ['green_skills'] });
    const fits = scoreCall(sme, {
      id: 'c',
      organisationId: 'school',
      country: 'GR',
      topics: ['green_skills'],
      languages: ['en'],
      soughtCountries: ['PT'],
      soughtNaceSections: ['C'],
      soughtOrganisationTypes: ['sme'],
    });
    expect(fits.reasons.en).toEqual(expect.arrayContaining(['Seeks partners in Portugal']));
    expect(fits.score).toBeGreaterThan(5);
  });
});

describe('diversify', () => {
  const r = (id: string, country: string, score: number) => ({
    item: id,
    country,
    scored: { score, components: {}, reasons: { en: [], el: [] } },
  });

  it('keeps at most three from one country in the top ten', () => {
    const many = [
      ...Array.from({ length: 8 }, (_, i) => r(`pt${i}`, 'PT', 10 - i * 0.1)),
      r('es', 'ES', 9),
      r('it', 'IT', 8.5),
    ];
    const top = diversify(many, 5);
    expect(top.filter((x) => x.country === 'PT')).toHaveLength(3);
    expect(top.map((x) => x.item)).toEqual(expect.arrayContaining(['es', 'it']));
  });

  it('does not drop a clearly best candidate for diversity', () => {
    const top = diversify(
      [r('a', 'PT', 20), r('b', 'PT', 19), r('c', 'PT', 18.5), r('d', 'PT', 18), r('e', 'ES', 3)],
      4,
      3,
      2,
    );
    expect(top.map((x) => x.item)).toContain('d');
  });
});
