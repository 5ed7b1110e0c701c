import { isEligibleCountry, mayTakePart, PROGRAMME_RULES, type Action } from '@syndesmos/taxonomies';

// Checks a consortium against the programme's rules. The rules themselves are data in
// libs/taxonomies (PROGRAMME_RULES): a new programme year is an edit there, not here.

export { ACTIONS, PROGRAMME_RULES, type Action, type ActionRules } from '@syndesmos/taxonomies';

export type ConsortiumRole = 'coordinator' | 'partner' | 'associated_partner';

export interface MemberFacts {
  organisationId: string;
  country: string;
  role: ConsortiumRole;
}

export interface RuleResult {
  rule: 'min_organisations' | 'min_eligible_countries' | 'coordinator_eligible' | 'no_non_associated_third_countries';
  passed: boolean;
  reason: string;
}

export interface EligibilityReport {
  action: Action;
  eligible: boolean;
  rules: RuleResult[];
}

/** Checks a consortium's members against its action's rules; every rule says why. */
export function checkEligibility(action: Action, members: MemberFacts[]): EligibilityReport {
  const rules = PROGRAMME_RULES[action];
  const full = members.filter((m) => m.role !== 'associated_partner');
  const eligibleCountries = [...new Set(full.filter((m) => isEligibleCountry(m.country)).map((m) => m.country))].sort();
  const coordinator = members.find((m) => m.role === 'coordinator');
  const outsiders = members.filter((m) => !mayTakePart(action, m.country));

  const results: RuleResult[] = [
    {
      rule: 'min_organisations',
      passed: full.length >= rules.minOrganisations,
      reason: `${full.length} of at least ${rules.minOrganisations} organisations (associated partners do not count)`,
    },
    {
      rule: 'min_eligible_countries',
      passed: eligibleCountries.length >= rules.minEligibleCountries,
      reason: `${eligibleCountries.length} of at least ${rules.minEligibleCountries} different eligible countries${
        eligibleCountries.length ? ` (${eligibleCountries.join(', ')})` : ''
      }`,
    },
  ];
  if (rules.coordinatorMustBeEligible) {
    results.push({
      rule: 'coordinator_eligible',
      passed: coordinator !== undefined && isEligibleCountry(coordinator.country),
      reason: coordinator
        ? `the coordinator is in ${coordinator.country}, ${isEligibleCountry(coordinator.country) ? 'an eligible' : 'not an eligible'} country`
        : 'there is no coordinator',
    });
  }
  if (!rules.allowsNonAssociatedThirdCountries) {
    results.push({
      rule: 'no_non_associated_third_countries',
      passed: outsiders.length === 0,
      reason: outsiders.length
        ? `organisations from non-associated third countries cannot take part: ${[...new Set(outsiders.map((m) => m.country))].join(', ')}`
        : 'every organisation is from an eligible country',
    });
  }
  return { action, eligible: results.every((r) => r.passed), rules: results };
}
