import type { Localised } from '@syndesmos/common';
import {
  COUNTRIES,
  COUNTRY_ALIASES,
  normaliseCountryCode,
  ELIGIBLE_COUNTRY_CODES,
  LANGUAGES,
  NACE_DIVISIONS,
  NACE_REVISION,
  NACE_SECTIONS,
  ORGANISATION_TYPES,
  REPORT_CATEGORIES,
  SIZE_BANDS,
  TARGET_GROUPS,
  TOPIC_GROUPS,
  TOPICS,
  isCountryCode,
  isEligibleCountry,
  isLanguageCode,
  isNaceDivision,
  isNaceSection,
  isOrganisationType,
  isReportCategory,
  isSizeBand,
  isTargetGroup,
  isTopic,
  localisedTaxonomies,
  sectionOfDivision,
} from './index';

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;

const tables: [string, Record<string, Localised>][] = [
  ['COUNTRIES', COUNTRIES],
  ['LANGUAGES', LANGUAGES],
  ['NACE_SECTIONS', NACE_SECTIONS],
  ['NACE_DIVISIONS', NACE_DIVISIONS],
  ['ORGANISATION_TYPES', ORGANISATION_TYPES],
  ['TOPICS', TOPICS],
  ['TARGET_GROUPS', TARGET_GROUPS],
  ['SIZE_BANDS', SIZE_BANDS],
  ['REPORT_CATEGORIES', REPORT_CATEGORIES],
];

describe('taxonomy tables', () => {
  it.each(tables)('%s gives every entry a non-empty English and Greek label', (_name, table) => {
    for (const entry of Object.values(table)) {
      expect(entry.en.trim()).not.toBe('');
      expect(entry.el.trim()).not.toBe('');
    }
  });

  it.each([
    ['NACE_SECTIONS', NACE_SECTIONS],
    ['NACE_DIVISIONS', NACE_DIVISIONS],
    ['ORGANISATION_TYPES', ORGANISATION_TYPES],
    ['TOPICS', TOPICS],
    ['TARGET_GROUPS', TARGET_GROUPS],
    ['REPORT_CATEGORIES', REPORT_CATEGORIES],
  ] as [string, Record<string, Localised>][])('%s has Greek labels written in Greek', (_name, table) => {
    for (const entry of Object.values(table)) expect(entry.el).toMatch(GREEK);
  });

  it('uses snake_case codes for the platform-defined taxonomies', () => {
    for (const table of [ORGANISATION_TYPES, TOPICS, TARGET_GROUPS, REPORT_CATEGORIES]) {
      for (const code of Object.keys(table)) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });
});

describe('countries', () => {
  it('lists the 27 member states and 6 associated third countries as eligible, all known countries', () => {
    expect(ELIGIBLE_COUNTRY_CODES).toHaveLength(33);
    expect(new Set(ELIGIBLE_COUNTRY_CODES).size).toBe(33);
    for (const code of ELIGIBLE_COUNTRY_CODES) expect(isCountryCode(code)).toBe(true);
  });

  it('names North Macedonia and Türkiye as EU documents do', () => {
    expect(COUNTRIES.MK.en).toBe('North Macedonia');
    expect(COUNTRIES.TR.en).toBe('Türkiye');
  });

  it.each(['GR', 'DE', 'MK', 'RS', 'IS', 'LI', 'NO', 'TR'])('treats %s as eligible', (code) => {
    expect(isEligibleCountry(code)).toBe(true);
  });

  it.each(['CH', 'GB', 'UA', 'XK', 'EL', 'gr', ''])('does not treat %s as eligible', (code) => {
    expect(isEligibleCountry(code)).toBe(false);
  });
});

describe('NACE', () => {
  it('has the 21 sections A to U', () => {
    expect(Object.keys(NACE_SECTIONS)).toEqual('ABCDEFGHIJKLMNOPQRSTU'.split(''));
  });

  it('has the 88 two-digit divisions, each in an existing section', () => {
    const codes = Object.keys(NACE_DIVISIONS);
    expect(codes).toHaveLength(88);
    for (const code of codes) {
      expect(code).toMatch(/^\d{2}$/);
      expect(isNaceSection(NACE_DIVISIONS[code as keyof typeof NACE_DIVISIONS].section)).toBe(true);
    }
  });

  it('leaves no section without a division', () => {
    const used = new Set(Object.values(NACE_DIVISIONS).map((d) => d.section));
    expect([...used].sort()).toEqual(Object.keys(NACE_SECTIONS));
  });

  it('carries the official titles', () => {
    expect(NACE_SECTIONS.C).toEqual({ en: 'Manufacturing', el: 'Μεταποίηση' });
    expect(NACE_SECTIONS.P).toEqual({ en: 'Education', el: 'Εκπαίδευση' });
    expect(NACE_DIVISIONS['85']).toEqual({ section: 'P', en: 'Education', el: 'Εκπαίδευση' });
  });

  it.each([
    ['01', 'A'],
    ['09', 'B'],
    ['33', 'C'],
    ['35', 'D'],
    ['56', 'I'],
    ['85', 'P'],
    ['99', 'U'],
  ])('puts division %s in section %s', (division, section) => {
    expect(sectionOfDivision(division)).toBe(section);
  });

  it.each(['04', '34', '40', '00', '1', '100', 'C', ''])('refuses %s as a division', (code) => {
    expect(isNaceDivision(code)).toBe(false);
    expect(sectionOfDivision(code)).toBeUndefined();
  });

  it.each(['V', 'a', 'AB', '01', ''])('refuses %s as a section', (code) => {
    expect(isNaceSection(code)).toBe(false);
  });
});

describe('languages', () => {
  it('has the 183 ISO 639-1 codes and none of the deprecated ones', () => {
    expect(Object.keys(LANGUAGES)).toHaveLength(183);
    for (const code of ['iw', 'in', 'ji', 'mo', 'sh', 'jw']) expect(isLanguageCode(code)).toBe(false);
  });

  it('names Greek in English and in Greek', () => {
    expect(LANGUAGES.el).toEqual({ en: 'Greek', el: 'Ελληνικά' });
  });
});

describe('type guards', () => {
  it.each([
    ['isOrganisationType', 'vet_provider', 'university', isOrganisationType],
    ['isTopic', 'green_skills', 'greenSkills', isTopic],
    ['isTargetGroup', 'apprentices', 'apprentice', isTargetGroup],
    ['isSizeBand', '250+', '250', isSizeBand],
    ['isReportCategory', 'spam', 'abuse', isReportCategory],
    ['isLanguageCode', 'el', 'gr', isLanguageCode],
    ['isCountryCode', 'GR', 'EL', isCountryCode],
  ] as [string, string, string, (value: string) => boolean][])(
    '%s accepts %s and refuses %s',
    (_name, ok, bad, guard) => {
      expect(guard(ok)).toBe(true);
      expect(guard(bad)).toBe(false);
    },
  );

  it('refuses inherited object properties', () => {
    for (const guard of [isOrganisationType, isTopic, isTargetGroup, isSizeBand, isReportCategory, isNaceDivision]) {
      expect(guard('toString')).toBe(false);
      expect(guard('__proto__')).toBe(false);
    }
  });

  it('groups every topic in a known group', () => {
    for (const topic of Object.values(TOPICS)) expect(TOPIC_GROUPS).toContain(topic.group);
  });
});

describe('localisedTaxonomies', () => {
  it('returns Greek labels for el', () => {
    const el = localisedTaxonomies('el');
    expect(el.countries.find((c) => c.code === 'GR')).toEqual({ code: 'GR', label: 'Ελλάδα', eligible: true });
    expect(el.naceSections.find((s) => s.code === 'C')?.label).toBe('Μεταποίηση');
    expect(el.organisationTypes.find((o) => o.code === 'other')?.label).toBe('Άλλο');
    expect(el.sizeBands.map((b) => b.label)).toEqual([
      '1–9 άτομα',
      '10–49 άτομα',
      '50–249 άτομα',
      '250 ή περισσότερα άτομα',
    ]);
    for (const option of el.naceDivisions) expect(option.label).toMatch(GREEK);
    for (const option of el.topics) expect(option.label).toMatch(GREEK);
  });

  it('returns English labels for en', () => {
    const en = localisedTaxonomies('en');
    expect(en.countries.find((c) => c.code === 'CH')).toEqual({ code: 'CH', label: 'Switzerland', eligible: false });
    expect(en.languages.find((l) => l.code === 'el')?.label).toBe('Greek');
  });

  it('includes every entry of every table', () => {
    const el = localisedTaxonomies('el');
    expect(el.naceRevision).toBe(NACE_REVISION);
    expect(el.countries).toHaveLength(Object.keys(COUNTRIES).length);
    expect(el.countries.filter((c) => c.eligible)).toHaveLength(33);
    expect(el.naceSections).toHaveLength(21);
    expect(el.naceDivisions).toHaveLength(88);
    expect(el.organisationTypes).toHaveLength(Object.keys(ORGANISATION_TYPES).length);
    expect(el.topics).toHaveLength(Object.keys(TOPICS).length);
    expect(el.targetGroups).toHaveLength(Object.keys(TARGET_GROUPS).length);
    expect(el.languages).toHaveLength(183);
    expect(el.sizeBands).toHaveLength(4);
    expect(el.reportCategories).toHaveLength(Object.keys(REPORT_CATEGORIES).length);
  });

  it('orders NACE by code and countries and languages by label in the locale', () => {
    const el = localisedTaxonomies('el');
    const divisions = el.naceDivisions.map((d) => d.code);
    expect(divisions).toEqual([...divisions].sort());
    expect(divisions[0]).toBe('01');
    expect(el.naceSections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');

    const collator = new Intl.Collator('el');
    const countries = el.countries.map((c) => c.label);
    expect(countries).toEqual([...countries].sort(collator.compare));
    const languages = el.languages.map((l) => l.label);
    expect(languages).toEqual([...languages].sort(collator.compare));
    expect(localisedTaxonomies('en').countries[0].code).toBe('AF');
  });

  it('is plain JSON and built once per locale', () => {
    const el = localisedTaxonomies('el');
    expect(JSON.parse(JSON.stringify(el))).toEqual(el);
    expect(localisedTaxonomies('el')).toBe(el);
    expect(localisedTaxonomies('en')).not.toBe(el);
    expect(Object.isFrozen(el.countries[0])).toBe(true);
  });
});

describe('country codes as people write them', () => {
  it.each([
    ['GR', 'GR'],
    ['gr', 'GR'],
    ['El', 'GR'],
    ['el', 'GR'],
    ['UK', 'GB'],
    [' uk ', 'GB'],
    ['pt', 'PT'],
  ])('%p is stored as %p', (written, iso) => {
    expect(normaliseCountryCode(written)).toBe(iso);
  });

  it('leaves what is not a country code as it came, for the validator to name', () => {
    expect(normaliseCountryCode('xx')).toBe('xx');
    expect(normaliseCountryCode('GRC')).toBe('GRC');
    expect(normaliseCountryCode(42)).toBe(42);
  });

  it('aliases only codes that ISO 3166-1 does not assign', () => {
    for (const alias of Object.keys(COUNTRY_ALIASES)) expect(Object.keys(COUNTRIES)).not.toContain(alias);
  });
});
