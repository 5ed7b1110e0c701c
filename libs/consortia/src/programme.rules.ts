import type { Locale } from '@syndesmos/common';
import { isEligibleCountry } from '@syndesmos/taxonomies';

// The Erasmus+ rules a consortium must meet before it can apply, one row per action. A new
// programme year is an edit of this table, not of the checking code.

export const ACTIONS = ['KA220-VET', 'KA210-VET'] as const;
export type Action = (typeof ACTIONS)[number];

export interface ActionRules {
  label: string;
  /** Full partners (coordinator included); associated partners do not count. */
  minOrganisations: number;
  /** Distinct eligible countries (EU member states and associated third countries) among full partners. */
  minEligibleCountries: number;
  coordinatorMustBeEligible: boolean;
  /** Whether organisations from non-associated third countries may take part at all. */
  allowsNonAssociatedThirdCountries: boolean;
}

export const PROGRAMME_RULES: Record<Action, ActionRules> = {
  'KA220-VET': {
    label: 'Cooperation partnership in VET',
    minOrganisations: 3,
    minEligibleCountries: 3,
    coordinatorMustBeEligible: true,
    allowsNonAssociatedThirdCountries: true,
  },
  'KA210-VET': {
    label: 'Small-scale partnership in VET',
    minOrganisations: 2,
    minEligibleCountries: 2,
    coordinatorMustBeEligible: true,
    allowsNonAssociatedThirdCountries: false,
  },
};

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

// Why each rule passes or fails, in every supported language.
const REASONS = {
  en: {
    organisations: (n: number, min: number) =>
      `${n} of at least ${min} organisations (associated partners do not count)`,
    countries: (n: number, min: number, codes: string[]) =>
      `${n} of at least ${min} different eligible countries${codes.length ? ` (${codes.join(', ')})` : ''}`,
    coordinator: (country: string | null, eligible: boolean) =>
      country === null
        ? 'there is no coordinator'
        : `the coordinator is in ${country}, ${eligible ? 'an eligible' : 'not an eligible'} country`,
    outsiders: (codes: string[]) =>
      codes.length
        ? `organisations from non-associated third countries cannot take part: ${codes.join(', ')}`
        : 'every organisation is from an eligible country',
  },
  el: {
    organisations: (n: number, min: number) =>
      `${n} από τουλάχιστον ${min} οργανισμούς (οι συνδεδεμένοι εταίροι δεν μετρούν)`,
    countries: (n: number, min: number, codes: string[]) =>
      `${n} από τουλάχιστον ${min} διαφορετικές επιλέξιμες χώρες${codes.length ? ` (${codes.join(', ')})` : ''}`,
    coordinator: (country: string | null, eligible: boolean) =>
      country === null
        ? 'δεν υπάρχει συντονιστής'
        : `ο συντονιστής είναι από ${country}, ${eligible ? 'επιλέξιμη' : 'μη επιλέξιμη'} χώρα`,
    outsiders: (codes: string[]) =>
      codes.length
        ? `οργανισμοί από μη συνδεδεμένες τρίτες χώρες δεν μπορούν να συμμετάσχουν: ${codes.join(', ')}`
        : 'όλοι οι οργανισμοί είναι από επιλέξιμες χώρες',
  },
} satisfies Record<Locale, unknown>;

/** Checks a consortium's members against its action's rules; every rule says why, in `locale`. */
export function checkEligibility(action: Action, members: MemberFacts[], locale: Locale = 'en'): EligibilityReport {
  const rules = PROGRAMME_RULES[action];
  const say = REASONS[locale];
  const full = members.filter((m) => m.role !== 'associated_partner');
  const eligibleCountries = [...new Set(full.filter((m) => isEligibleCountry(m.country)).map((m) => m.country))].sort();
  const coordinator = members.find((m) => m.role === 'coordinator');
  const outsiders = [...new Set(members.filter((m) => !isEligibleCountry(m.country)).map((m) => m.country))];

  const results: RuleResult[] = [
    {
      rule: 'min_organisations',
      passed: full.length >= rules.minOrganisations,
      reason: say.organisations(full.length, rules.minOrganisations),
    },
    {
      rule: 'min_eligible_countries',
      passed: eligibleCountries.length >= rules.minEligibleCountries,
      reason: say.countries(eligibleCountries.length, rules.minEligibleCountries, eligibleCountries),
    },
  ];
  if (rules.coordinatorMustBeEligible) {
    const eligible = coordinator !== undefined && isEligibleCountry(coordinator.country);
    results.push({
      rule: 'coordinator_eligible',
      passed: eligible,
      reason: say.coordinator(coordinator?.country ?? null, eligible),
    });
  }
  if (!rules.allowsNonAssociatedThirdCountries) {
    results.push({
      rule: 'no_non_associated_third_countries',
      passed: outsiders.length === 0,
      reason: say.outsiders(outsiders),
    });
  }
  return { action, eligible: results.every((r) => r.passed), rules: results };
}
