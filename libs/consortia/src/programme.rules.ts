import type { Locale } from '@syndesmos/common';
import {
  COUNTRIES,
  isCountryCode,
  isEligibleCountry,
  mayTakePart,
  PROGRAMME_RULES,
  type Action,
} from '@syndesmos/taxonomies';

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

// Why each rule passes or fails, in every supported language: sentences that start with a
// capital, countries by their name in that language (the codes are for machines).
const REASONS = {
  en: {
    organisations: (n: number, min: number) =>
      `${n} of at least ${min} organisations (associated partners do not count)`,
    countries: (n: number, min: number, names: string) =>
      `${n} of at least ${min} different eligible countries${names ? ` (${names})` : ''}`,
    coordinator: (country: string | null, eligible: boolean) =>
      country === null
        ? 'There is no coordinator'
        : `The coordinator is in ${country}, ${eligible ? 'an eligible' : 'not an eligible'} country`,
    outsiders: (names: string) =>
      names
        ? `Organisations from non-associated third countries cannot take part: ${names}`
        : 'Every organisation is from an eligible country',
  },
  el: {
    organisations: (n: number, min: number) =>
      `${n} από τουλάχιστον ${min} οργανισμούς (οι συνδεδεμένοι εταίροι δεν μετρούν)`,
    countries: (n: number, min: number, names: string) =>
      `${n} από τουλάχιστον ${min} διαφορετικές επιλέξιμες χώρες${names ? ` (${names})` : ''}`,
    coordinator: (country: string | null, eligible: boolean) =>
      country === null
        ? 'Δεν υπάρχει συντονιστής'
        : `Η χώρα του συντονιστή (${country}) ${eligible ? 'είναι' : 'δεν είναι'} επιλέξιμη`,
    outsiders: (names: string) =>
      names
        ? `Οργανισμοί από μη συνδεδεμένες τρίτες χώρες δεν μπορούν να συμμετάσχουν: ${names}`
        : 'Όλοι οι οργανισμοί είναι από επιλέξιμες χώρες',
  },
} satisfies Record<Locale, unknown>;

const countryName = (code: string, locale: Locale): string => (isCountryCode(code) ? COUNTRIES[code][locale] : code);
const countryNames = (codes: string[], locale: Locale): string => codes.map((c) => countryName(c, locale)).join(', ');

/** Checks a consortium's members against its action's rules; every rule says why, in `locale`. */
export function checkEligibility(action: Action, members: MemberFacts[], locale: Locale = 'en'): EligibilityReport {
  const rules = PROGRAMME_RULES[action];
  const say = REASONS[locale];
  const full = members.filter((m) => m.role !== 'associated_partner');
  const eligibleCountries = [...new Set(full.filter((m) => isEligibleCountry(m.country)).map((m) => m.country))].sort();
  const coordinator = members.find((m) => m.role === 'coordinator');
  const outsiders = [...new Set(members.filter((m) => !mayTakePart(action, m.country)).map((m) => m.country))];

  const results: RuleResult[] = [
    {
      rule: 'min_organisations',
      passed: full.length >= rules.minOrganisations,
      reason: say.organisations(full.length, rules.minOrganisations),
    },
    {
      rule: 'min_eligible_countries',
      passed: eligibleCountries.length >= rules.minEligibleCountries,
      reason: say.countries(
        eligibleCountries.length,
        rules.minEligibleCountries,
        countryNames(eligibleCountries, locale),
      ),
    },
  ];
  if (rules.coordinatorMustBeEligible) {
    const eligible = coordinator !== undefined && isEligibleCountry(coordinator.country);
    results.push({
      rule: 'coordinator_eligible',
      passed: eligible,
      reason: say.coordinator(coordinator ? countryName(coordinator.country, locale) : null, eligible),
    });
  }
  if (!rules.allowsNonAssociatedThirdCountries) {
    results.push({
      rule: 'no_non_associated_third_countries',
      passed: outsiders.length === 0,
      reason: say.outsiders(countryNames(outsiders, locale)),
    });
  }
  return { action, eligible: results.every((r) => r.passed), rules: results };
}
