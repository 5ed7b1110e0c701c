import type { ConsortiumStatus, SoughtPartner } from './consortia.entity';
import {
  checkEligibility,
  PROGRAMME_RULES,
  type Action,
  type EligibilityReport,
  type MemberFacts,
} from './programme.rules';
import { inTypeGroup, isEligibleCountry } from '@syndesmos/taxonomies';

// A consortium's life, one step at a time. Moving to `ready` or `submitted` needs the
// programme rules met; `closed` is reachable from anywhere (a consortium that gives up).

export const NEXT_STATES: Record<ConsortiumStatus, readonly ConsortiumStatus[]> = {
  forming: ['ready', 'closed'],
  ready: ['forming', 'submitted', 'closed'],
  submitted: ['funded', 'not_funded', 'closed'],
  funded: ['closed'],
  not_funded: ['closed'],
  closed: [],
};

/** States that need the rules met to be entered. */
const GUARDED: readonly ConsortiumStatus[] = ['ready', 'submitted'];

/** Membership can change while the consortium is being formed, not once it has applied. */
export const MEMBERSHIP_OPEN: readonly ConsortiumStatus[] = ['forming', 'ready'];

/**
 * A replacement call looks for an organisation to take a departed partner's place: it is for a
 * consortium that still takes members and that a member has left (or was removed from).
 */
export function takesReplacementCall(status: ConsortiumStatus, hadDeparture: boolean): boolean {
  return MEMBERSHIP_OPEN.includes(status) && hadDeparture;
}

export type TransitionCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'invalid_transition' | 'rules_not_met';
      allowed: readonly ConsortiumStatus[];
      failing: EligibilityReport['rules'];
    };

export function checkTransition(
  from: ConsortiumStatus,
  to: ConsortiumStatus,
  report: EligibilityReport,
): TransitionCheck {
  const allowed = NEXT_STATES[from];
  const failing = report.rules.filter((r) => !r.passed);
  if (!allowed.includes(to)) return { ok: false, code: 'invalid_transition', allowed, failing };
  if (GUARDED.includes(to) && failing.length > 0) return { ok: false, code: 'rules_not_met', allowed, failing };
  return { ok: true };
}

export interface CompositionMember extends MemberFacts {
  organisationType: string;
  naceSections: string[];
}

export interface Composition {
  countries: Record<string, number>;
  naceSections: Record<string, number>;
  organisationTypes: Record<string, number>;
  crossSector: { vetProvider: boolean; enterpriseOrSocialPartner: boolean; met: boolean };
  gaps: {
    organisations: number;
    eligibleCountries: number;
    soughtCountries: string[];
    soughtNaceSections: string[];
    soughtOrganisationTypes: string[];
  };
}

function count(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values.slice().sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/**
 * What the consortium is made of and what it still lacks: missing organisations and
 * countries against the action's minimum, and what its calls sought that no member brings.
 * Associated partners count in the mix but not towards the minimum.
 */
export function composition<S extends Pick<SoughtPartner, 'countries' | 'naceSections' | 'organisationTypes'>>(
  action: Action,
  members: CompositionMember[],
  sought: S[] = [],
): Composition {
  const rules = PROGRAMME_RULES[action];
  const full = members.filter((m) => m.role !== 'associated_partner');
  const eligibleCountries = new Set(full.filter((m) => isEligibleCountry(m.country)).map((m) => m.country));
  const vetProvider = members.some((m) => inTypeGroup('vetProviders', m.organisationType));
  const enterpriseOrSocialPartner = members.some((m) => inTypeGroup('worldOfWork', m.organisationType));
  const has = (pick: (m: CompositionMember) => string[]) => new Set(members.flatMap(pick));
  const countries = has((m) => [m.country]);
  const sections = has((m) => m.naceSections);
  const types = has((m) => [m.organisationType]);
  const missing = (wanted: (s: S) => string[], present: Set<string>) =>
    [...new Set(sought.flatMap(wanted))].filter((v) => !present.has(v)).sort();
  return {
    countries: count(members.map((m) => m.country)),
    naceSections: count(members.flatMap((m) => m.naceSections)),
    organisationTypes: count(members.map((m) => m.organisationType)),
    crossSector: { vetProvider, enterpriseOrSocialPartner, met: vetProvider && enterpriseOrSocialPartner },
    gaps: {
      organisations: Math.max(0, rules.minOrganisations - full.length),
      eligibleCountries: Math.max(0, rules.minEligibleCountries - eligibleCountries.size),
      soughtCountries: missing((s) => s.countries, countries),
      soughtNaceSections: missing((s) => s.naceSections, sections),
      soughtOrganisationTypes: missing((s) => s.organisationTypes, types),
    },
  };
}

export { checkEligibility };
