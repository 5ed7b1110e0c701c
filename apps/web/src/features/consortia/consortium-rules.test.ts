import { describe, expect, it } from 'vitest';
import { failingRules, gapLinks, NEXT_STATES, ranked, takesInvitations, type Consortium } from './consortium-rules';

const gaps = (over: Partial<Consortium['composition']['gaps']> = {}) => ({
  organisations: 0,
  eligibleCountries: 0,
  soughtCountries: [],
  soughtNaceSections: [],
  soughtOrganisationTypes: [],
  ...over,
});
type Rule = Consortium['eligibility']['rules'][number];
const mixed = { vetProvider: true, enterpriseOrSocialPartner: true, met: true };
const consortium = (
  g: Consortium['composition']['gaps'],
  countries: string[],
  crossSector = mixed,
  rules: Partial<Rule>[] = [],
) =>
  ({
    composition: { gaps: g, crossSector },
    members: countries.map((country) => ({ country })),
    eligibility: { rules },
  }) as unknown as Pick<Consortium, 'composition' | 'members' | 'eligibility'>;

describe('gapLinks', () => {
  it('says how many organisations and countries are missing, the countries from those it lacks', () => {
    const links = gapLinks(consortium(gaps({ organisations: 1, eligibleCountries: 1 }), ['GR', 'PT', 'GR']));
    expect(links).toEqual([
      { kind: 'organisations', count: 1, search: { openToPartnerships: true } },
      { kind: 'countries', count: 1, search: { openToPartnerships: true, excludeCountry: ['GR', 'PT'] } },
    ]);
  });

  it('asks for the missing side of the cross-sector mix, and lists other failing rules without a search', () => {
    const coordinator: Rule = { rule: 'coordinator_eligible', passed: false, reason: 'The coordinator is in Ukraine' };
    const links = gapLinks(
      consortium(gaps(), ['UA', 'PT', 'DE'], { vetProvider: true, enterpriseOrSocialPartner: false, met: false }, [
        { rule: 'min_organisations', passed: false, reason: 'counted already' },
        coordinator,
        { rule: 'no_non_associated_third_countries', passed: true, reason: 'fine' },
      ]),
    );
    expect(links).toEqual([
      {
        kind: 'enterprise',
        search: { openToPartnerships: true, organisationType: ['sme', 'large_enterprise', 'social_partner'] },
      },
      { kind: 'rule', rule: coordinator },
    ]);
  });

  it('asks for any organisation when only the count is short, and for each sought code', () => {
    const links = gapLinks(
      consortium(gaps({ organisations: 2, soughtNaceSections: ['C'], soughtOrganisationTypes: ['sme'] }), ['GR']),
    );
    expect(links.map((l) => l.kind)).toEqual(['organisations', 'soughtNaceSections', 'soughtOrganisationTypes']);
    expect(links[1].search).toEqual({ openToPartnerships: true, naceSection: ['C'] });
    expect(links[2].search).toEqual({ openToPartnerships: true, organisationType: ['sme'] });
  });

  it('has nothing to ask of a complete consortium', () => {
    expect(gapLinks(consortium(gaps(), ['GR', 'PT', 'DE']))).toEqual([]);
  });
});

describe('the rest of the page logic', () => {
  it('offers only the steps the API allows, none from closed', () => {
    expect(NEXT_STATES.forming).toEqual(['ready', 'closed']);
    expect(NEXT_STATES.closed).toEqual([]);
  });

  it('invites only into consortia I manage that are still open', () => {
    expect(takesInvitations({ canManage: true, status: 'ready' })).toBe(true);
    expect(takesInvitations({ canManage: true, status: 'submitted' })).toBe(false);
    expect(takesInvitations({ canManage: false, status: 'forming' })).toBe(false);
  });

  it('ranks counts largest first', () => {
    expect(ranked({ PT: 1, GR: 2, DE: 1 })).toEqual([
      { code: 'GR', count: 2 },
      { code: 'DE', count: 1 },
      { code: 'PT', count: 1 },
    ]);
  });

  it('reads the failing rules of a refusal, and nothing from anything else', () => {
    const rule = { rule: 'min_organisations', passed: false, reason: 'needs 3' };
    expect(failingRules({ failingRules: [rule, { nope: 1 }] })).toEqual([rule]);
    expect(failingRules(undefined)).toEqual([]);
    expect(failingRules({ failingRules: 'x' })).toEqual([]);
  });
});
