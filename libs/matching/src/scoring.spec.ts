import { ELIGIBLE_COUNTRY_CODES, ORGANISATION_TYPE_GROUPS, PROGRAMME_RULES } from '@syndesmos/taxonomies';
import { gapFilters } from './matching.service';
import {
  diversify,
  exclusion,
  scoreCall,
  scoreOrganisation,
  tier,
  WEIGHTS,
  type Member,
  type OrgFacts,
  type Subject,
  type Wanted,
} from './scoring';

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
    expect(a.reasons.en).toContain('Shares topics: Green skills');
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

describe('hard rules', () => {
  const owner = org({ id: 'owner', country: 'GR', topics: ['green_skills'] });
  const call = (over: Partial<Extract<Subject, { kind: 'call' }>> = {}): Subject => ({
    kind: 'call',
    owner,
    action: 'KA220-VET',
    topics: ['green_skills'],
    languages: ['en'],
    sought: [{ countries: [], naceSections: ['C'], organisationTypes: ['sme'] }],
    ...over,
  });
  const smeDe = org({ id: 'de', country: 'DE', type: 'sme', nace: ['C'], topics: ['green_skills'] });
  const smeCz = org({ id: 'cz', country: 'CZ', type: 'sme', nace: ['C'], topics: ['green_skills'] });
  const smePt = org({ id: 'pt', country: 'PT', type: 'sme', nace: ['C'], topics: ['green_skills'] });

  it('never suggests a candidate from a country the call excludes, nor for the consortium opened from it', () => {
    const excluding = call({ excludedCountries: ['DE', 'CZ'] });
    expect(exclusion(excluding, smeDe)).toMatch(/excludes/);
    expect(exclusion(excluding, smeCz)).toMatch(/excludes/);
    expect(exclusion(excluding, smePt)).toBeNull();
    expect(exclusion(call(), smeDe)).toBeNull();
    const consortium: Subject = {
      kind: 'consortium',
      action: 'KA220-VET',
      coordinator: owner,
      members: [{ ...owner, role: 'coordinator' }],
      sought: [],
      excludedCountries: ['DE'],
    };
    expect(exclusion(consortium, smeDe)).toMatch(/excludes/);
  });

  it('never suggests a member of the consortium a call is for', () => {
    const members: Member[] = [
      { ...owner, role: 'coordinator' },
      { ...smePt, role: 'partner' },
    ];
    const replacement = call({ consortium: { members } });
    expect(exclusion(replacement, smePt)).toMatch(/member of the consortium/);
    expect(exclusion(call(), smePt)).toBeNull();
    expect(exclusion(replacement, smeCz)).toBeNull();
  });

  it('never suggests the partner who left to the replacement call for it, nor back to the consortium', () => {
    const replacement = call({ consortium: { members: [{ ...owner, role: 'coordinator' }], departed: ['de'] } });
    expect(exclusion(replacement, smeDe)).toMatch(/left the consortium/);
    expect(exclusion(replacement, smeCz)).toBeNull();
    const consortium: Subject = {
      kind: 'consortium',
      action: 'KA220-VET',
      coordinator: owner,
      members: [{ ...owner, role: 'coordinator' }],
      departed: ['de'],
      sought: [],
    };
    expect(exclusion(consortium, smeDe)).toMatch(/left the consortium/);
    expect(exclusion({ ...consortium, departed: [] }, smeDe)).toBeNull();
  });

  it('ranks a strong fit from a country already present below any candidate from a country still needed', () => {
    const consortium: Subject = {
      kind: 'consortium',
      action: 'KA220-VET',
      coordinator: owner,
      members: [
        { ...owner, role: 'coordinator' },
        { ...org({ id: 'it', country: 'IT' }), role: 'partner' },
      ],
      sought: [{ countries: [], naceSections: ['C'], organisationTypes: ['sme'] }],
    };
    // Three shared topics, the sector and type sought, every language: and Greek, as the coordinator.
    const strongGr = org({
      id: 'gr',
      country: 'GR',
      type: 'sme',
      nace: ['C'],
      topics: ['green_skills', 'apprenticeships', 'digital_skills'],
    });
    const weakEs = org({ id: 'es', country: 'ES', type: 'ngo', nace: ['S'], languages: [] });
    const strongUa = org({ ...strongGr, id: 'ua', country: 'UA' });
    const s = (c: OrgFacts) => scoreOrganisation(consortium, c, 1);
    expect(s(strongGr).score).toBeGreaterThan(s(weakEs).score);
    expect([tier(consortium, strongGr), tier(consortium, weakEs), tier(consortium, strongUa)]).toEqual([1, 0, 1]);
    const top = diversify(
      [strongGr, strongUa, weakEs].map((c) => ({ item: c.id, country: c.country, scored: s(c) })),
      10,
    );
    expect(top.map((r) => r.item)).toEqual(['es', 'gr', 'ua']);
    expect(s(strongGr).reasons.en).toContain(
      'Based in Greece, already in the consortium, which still needs one more country',
    );
    // Once the minimum is met, the country is one consideration among others again.
    const met: Subject = {
      ...consortium,
      members: [...consortium.members, { ...org({ id: 'fr', country: 'FR' }), role: 'partner' }],
    };
    expect(tier(met, strongGr)).toBe(0);
    // A call for that consortium carries the same need.
    const forIt = call({ consortium: { members: consortium.members } });
    expect([tier(forIt, strongGr), tier(forIt, weakEs), tier(call(), strongGr)]).toEqual([1, 0, 0]);
  });

  it('does not penalise the sector or type a subject explicitly seeks as its own', () => {
    const vetSchool = org({ id: 'v', country: 'IT', type: 'vet_provider', nace: ['P'] });
    const seeksSchools: Subject = {
      ...asOrg,
      wants: { countries: [], naceSections: [], organisationTypes: ['vet_provider'] },
    };
    const seeksEducation: Subject = { ...asOrg, wants: { countries: [], naceSections: ['P'], organisationTypes: [] } };
    const seeksCompanies: Subject = {
      ...asOrg,
      wants: { countries: [], naceSections: ['C'], organisationTypes: ['sme'] },
    };
    expect(scoreOrganisation(seeksSchools, vetSchool).components.sameSector).toBeUndefined();
    expect(scoreOrganisation(seeksEducation, vetSchool).components.sameSector).toBeUndefined();
    expect(scoreOrganisation(seeksCompanies, vetSchool).components.sameSector).toBe(WEIGHTS.sameSector);
    const call: Subject = {
      kind: 'call',
      owner: school,
      action: 'KA220-VET',
      topics: [],
      languages: [],
      sought: [{ countries: [], naceSections: [], organisationTypes: ['vet_provider'] }],
    };
    expect(scoreOrganisation(call, vetSchool).components.sameSector).toBeUndefined();
  });
});

describe('reasons', () => {
  const consortium: Subject = {
    kind: 'consortium',
    action: 'KA220-VET',
    coordinator: { ...school, experience: 'none' },
    members: [{ ...school, experience: 'none', role: 'coordinator' }],
    sought: [{ countries: ['PT'], naceSections: ['C'], organisationTypes: ['sme'] }],
  };
  const candidates = [
    org({
      id: 'a',
      country: 'PT',
      type: 'sme',
      nace: ['C', 'J'],
      topics: ['ict', 'green_skills'],
      languages: ['el', 'en'],
      experience: 'coordinated',
    }),
    org({ id: 'b', country: 'UA', type: 'ngo', nace: ['S'], topics: ['green_skills'], languages: ['uk', 'en'] }),
    org({ id: 'c', country: 'GR', type: 'vet_provider', nace: ['P'] }),
  ];
  const subjects: Subject[] = [
    asOrg,
    consortium,
    { ...consortium, kind: 'call', owner: school, topics: ['green_skills'], languages: ['en'] } as Subject,
  ];
  const all = subjects.flatMap((s) => candidates.map((c) => scoreOrganisation(s, c, 0.5)));

  it('name languages, keep acronyms and need no article', () => {
    const text = all.flatMap((r) => [...r.reasons.en, ...r.reasons.el]).join('\n');
    expect(text).toContain('Shared working languages: Greek, English');
    expect(text).toContain('Κοινές γλώσσες εργασίας: Ελληνικά, Αγγλικά');
    expect(text).toContain('(SME)');
    expect(text).not.toMatch(/\b(en|el|uk|pt)\b(,|$)/m);
    expect(text).not.toMatch(/\((sme|ict|vet)\)|\bsme\b|μμε/);
    expect(text).not.toMatch(/\ba (organisation|SME|[AEIOU])/);
    expect(text).not.toContain('undefined');
  });

  it('say one thing per component, the same things in both languages', () => {
    for (const r of all) {
      expect(r.reasons.el).toHaveLength(r.reasons.en.length);
      expect(new Set(r.reasons.en).size).toBe(r.reasons.en.length);
      expect(r.reasons.en.length).toBeLessThanOrEqual(Object.keys(r.components).length);
    }
    const call = scoreCall(org({ id: 's', country: 'PT', type: 'sme', nace: ['C'], languages: ['pt', 'en'] }), {
      id: 'c',
      organisationId: 'school',
      country: 'GR',
      topics: [],
      languages: ['en', 'pt'],
      soughtCountries: [],
      soughtNaceSections: ['C'],
      soughtOrganisationTypes: ['sme'],
    });
    expect(call.reasons.en).toEqual([
      'Seeks your sector: Manufacturing',
      'Seeks your kind of organisation: Small or medium-sized enterprise (SME)',
      'Shared working languages: English, Portuguese',
    ]);
    expect(call.reasons.el).toEqual([
      'Ζητά τον τομέα σας: Μεταποίηση',
      'Ζητά το είδος του οργανισμού σας: Μικρομεσαία επιχείρηση (ΜμΕ)',
      'Κοινές γλώσσες εργασίας: Αγγλικά, Πορτογαλικά',
    ]);
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

  it('keeps every candidate of a better tier, held back for diversity or not, before the next tier', () => {
    const worse = (id: string, country: string, score: number) => ({
      ...r(id, country, score),
      scored: { ...r(id, country, score).scored, tier: 1 },
    });
    const top = diversify(
      [
        ...Array.from({ length: 5 }, (_, i) => r(`pt${i}`, 'PT', 5 - i * 0.1)),
        ...Array.from({ length: 6 }, (_, i) => worse(`gr${i}`, 'GR', 20 - i)),
      ],
      7,
    );
    expect(top.map((x) => x.item)).toEqual(['pt0', 'pt1', 'pt2', 'pt3', 'pt4', 'gr0', 'gr1']);
  });
});

const coordinator: Member = { ...org({ id: 'gr' }), role: 'coordinator' };
const consortium = (members: Member[], sought: Wanted[] = []): Subject => ({
  kind: 'consortium',
  action: 'KA220-VET',
  coordinator,
  members,
  sought,
});
const quoted = (codes: readonly string[]) => codes.map((c) => `"${c}"`).join(', ');

describe('candidates from a consortium’s gaps', () => {
  it('asks for the countries its minimum needs, the sectors and types sought, and the missing side of VET and work', () => {
    const filters = gapFilters(
      consortium(
        [coordinator, { ...org({ id: 'it', country: 'IT' }), role: 'partner' }],
        [{ countries: [], naceSections: ['C'], organisationTypes: ['sme'] }],
      ),
    );
    const missing = ELIGIBLE_COUNTRY_CODES.filter((c) => c !== 'GR' && c !== 'IT');
    expect(filters).toEqual([
      `country IN [${quoted(missing)}]`,
      'naceSections IN ["C"]',
      'organisationType IN ["sme", "large_enterprise", "social_partner"]',
    ]);
  });

  it('asks for nothing a consortium already has, and only the sought countries once the minimum is met', () => {
    const members: Member[] = [
      coordinator,
      { ...org({ id: 'pt', country: 'PT', type: 'sme', nace: ['C'] }), role: 'partner' },
      { ...org({ id: 'es', country: 'ES', type: 'sme', nace: ['C'] }), role: 'partner' },
    ];
    expect(gapFilters(consortium(members))).toEqual([]);
    expect(
      gapFilters(consortium(members, [{ countries: ['PT', 'FI'], naceSections: ['C'], organisationTypes: [] }])),
    ).toEqual(['country IN ["FI"]']);
    // An associated partner brings its type but not its country.
    const withAssociated = [...members.slice(0, 2), { ...members[2], role: 'associated_partner' as const }];
    expect(gapFilters(consortium(withAssociated))[0]).toMatch(/^country IN \[.*"ES"/);
  });

  it('asks the same for a call tied to a consortium, and nothing for other subjects', () => {
    const call: Subject = {
      kind: 'call',
      owner: coordinator,
      action: 'KA220-VET',
      topics: [],
      languages: [],
      sought: [],
      consortium: { members: [coordinator] },
    };
    expect(gapFilters(call)[0]).toMatch(/^country IN \[/);
    expect(gapFilters({ ...call, consortium: undefined })).toEqual([]);
    expect(
      gapFilters({
        kind: 'organisation',
        org: coordinator,
        wants: { countries: [], naceSections: [], organisationTypes: [] },
      }),
    ).toEqual([]);
  });
});
