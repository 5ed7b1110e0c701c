import { missingForSubmission, profileInconsistencies, type OrganisationProfile } from '@syndesmos/organisations';
import {
  NACE_DIVISIONS,
  isEligibleCountry,
  isLanguageCode,
  isNaceDivision,
  isNaceSection,
  isOrganisationType,
  isSizeBand,
  isTargetGroup,
  isTopic,
} from '@syndesmos/taxonomies';
import { createRandom, generateOrganisation, generateOrganisations } from './organisation-generator';

// The benchmarks are only as good as their data: every generated profile must be one the API
// would accept and a moderator could publish.

const COUNT = 2000;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;

const unique = (items: readonly unknown[]) => new Set(items).size === items.length;
const sentences = (paragraph: string) => paragraph.split(/(?<=[.!?])\s+/).length;

describe('organisation generator', () => {
  const profiles: OrganisationProfile[] = [...generateOrganisations(COUNT)];

  it('draws reproducible numbers in [0, 1)', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(drawn).size).toBeGreaterThan(990);
  });

  it('gives the same profiles for the same seed, whatever the count', () => {
    expect([...generateOrganisations(50)]).toEqual(profiles.slice(0, 50));
    expect([...generateOrganisations(50, 43)]).not.toEqual(profiles.slice(0, 50));
    expect(generateOrganisation(5, createRandom(1))).toEqual(generateOrganisation(5, createRandom(1)));
  });

  it('uses only valid taxonomy codes', () => {
    for (const p of profiles) {
      expect(isEligibleCountry(p.country)).toBe(true);
      expect(isOrganisationType(p.organisationType)).toBe(true);
      expect(p.naceRevision).toBe('NACE_REV2');
      expect(p.naceSections.every(isNaceSection)).toBe(true);
      expect(p.naceDivisions.every(isNaceDivision)).toBe(true);
      expect(p.topics.every(isTopic)).toBe(true);
      expect(p.targetGroups.every(isTargetGroup)).toBe(true);
      expect(p.languages.every(isLanguageCode)).toBe(true);
      expect(p.sizeBand !== null && isSizeBand(p.sizeBand)).toBe(true);
      expect(p.lookingFor.countries.every(isEligibleCountry)).toBe(true);
      expect(p.lookingFor.naceSections.every(isNaceSection)).toBe(true);
      expect(p.lookingFor.organisationTypes.every(isOrganisationType)).toBe(true);
    }
  });

  it('builds complete, consistent profiles that could be submitted', () => {
    for (const p of profiles) {
      expect(profileInconsistencies(p)).toEqual([]);
      expect(missingForSubmission(p)).toEqual([]);
      // Every section listed has at least one of its divisions.
      for (const s of p.naceSections) {
        expect(p.naceDivisions.some((d) => isNaceDivision(d) && NACE_DIVISIONS[d].section === s)).toBe(true);
      }
    }
  });

  it('keeps counts within range and lists free of duplicates', () => {
    for (const p of profiles) {
      const lists = [
        p.naceSections,
        p.naceDivisions,
        p.topics,
        p.targetGroups,
        p.languages,
        p.lookingFor.countries,
        p.lookingFor.naceSections,
        p.lookingFor.organisationTypes,
      ];
      expect(lists.every(unique)).toBe(true);
      expect(p.naceSections.length).toBeGreaterThanOrEqual(1);
      expect(p.naceSections.length).toBeLessThanOrEqual(2);
      expect(p.topics.length).toBeGreaterThanOrEqual(2);
      expect(p.topics.length).toBeLessThanOrEqual(5);
      expect(p.targetGroups.length).toBeGreaterThanOrEqual(1);
      expect(p.targetGroups.length).toBeLessThanOrEqual(3);
      expect(p.languages).toContain('en');
      expect(p.lookingFor.countries.length).toBeGreaterThanOrEqual(1);
      expect(p.lookingFor.countries.length).toBeLessThanOrEqual(3);
      expect(p.lookingFor.countries).not.toContain(p.country);
      expect(p.foundingYear).toBeGreaterThanOrEqual(1950);
      expect(p.foundingYear).toBeLessThanOrEqual(2022);
    }
  });

  it('gives every organisation its own identifiers', () => {
    expect(profiles.every((p) => /^E\d{8}$/.test(p.oid))).toBe(true);
    expect(unique(profiles.map((p) => p.oid))).toBe(true);
    const pics = profiles.flatMap((p) => (p.pic === null ? [] : [p.pic]));
    expect(pics.every((pic) => /^\d{9}$/.test(pic))).toBe(true);
    expect(unique(pics)).toBe(true);
    expect(pics.length / COUNT).toBeGreaterThan(0.4);
    expect(pics.length / COUNT).toBeLessThan(0.6);
    expect(unique(profiles.map((p) => p.website))).toBe(true);
    for (const p of profiles) {
      expect(p.contactPerson?.email).toMatch(/^[a-z]+\.[a-z]+@org-\d+\.example$/);
      expect(p.logoUrl).toBeNull();
    }
  });

  it('writes 3–5 sentences per language, with no unfilled placeholders', () => {
    for (const p of profiles) {
      for (const paragraph of p.description.split('\n\n')) {
        expect(sentences(paragraph)).toBeGreaterThanOrEqual(3);
        expect(sentences(paragraph)).toBeLessThanOrEqual(5);
      }
      const texts = [p.displayName, p.legalName, p.description, p.lookingFor.text ?? ''];
      expect(texts.some((t) => /undefined|null|NaN|\{[cg]\}| {2}/.test(t))).toBe(false);
    }
  });

  it('writes Greek for most Greek and Cypriot organisations, and only for them', () => {
    const greekSpeaking = profiles.filter((p) => p.country === 'GR' || p.country === 'CY');
    expect(greekSpeaking.length).toBeGreaterThan(50);
    const inGreek = greekSpeaking.filter((p) => GREEK.test(p.description)).length;
    expect(inGreek / greekSpeaking.length).toBeGreaterThan(0.6);
    expect(greekSpeaking.some((p) => p.description.includes('\n\n'))).toBe(true);
    expect(greekSpeaking.some((p) => GREEK.test(p.displayName))).toBe(true);
    expect(greekSpeaking.every((p) => p.languages.includes('el'))).toBe(true);
    const others = profiles.filter((p) => p.country !== 'GR' && p.country !== 'CY');
    expect(others.some((p) => GREEK.test(JSON.stringify(p)))).toBe(false);
  });

  it('spreads types, countries and sectors roughly as intended', () => {
    const share = (predicate: (p: OrganisationProfile) => boolean) => profiles.filter(predicate).length / COUNT;
    expect(share((p) => p.organisationType === 'vet_provider')).toBeCloseTo(0.3, 1);
    expect(share((p) => p.organisationType === 'sme')).toBeCloseTo(0.2, 1);
    expect(share((p) => p.openToPartnerships)).toBeCloseTo(0.85, 1);
    expect(share((p) => ['DE', 'ES', 'IT', 'FR'].includes(p.country))).toBeGreaterThan(
      share((p) => p.country === 'LU'),
    );
    const vet = profiles.filter((p) => p.organisationType === 'vet_provider');
    expect(vet.filter((p) => p.naceSections[0] === 'P').length / vet.length).toBeGreaterThan(0.75);
    expect(profiles.filter((p) => p.experience.level === 'none').every((p) => p.experience.pastProjects === 0)).toBe(
      true,
    );
  });
});
