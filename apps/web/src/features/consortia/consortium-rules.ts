import type { Schemas } from '../../api/client';
import type { OrganisationSearch } from '../search/search-params';

// What the consortium page decides on its own: which state changes to offer, and the
// search that would fill each gap of the composition. The API still decides every change.

export type Consortium = Schemas['ConsortiumResponseDto'];
export type ConsortiumStatus = Consortium['status'];
export type ConsortiumAction = Consortium['action'];
export type ConsortiumRole = Schemas['ConsortiumMemberDto']['role'];
export type InvitedRole = Schemas['InviteOrganisationDto']['role'];
export type EligibilityRule = Schemas['EligibilityRuleDto'];

export const ACTIONS: readonly ConsortiumAction[] = ['KA220-VET', 'KA210-VET'];
export const INVITED_ROLES: readonly InvitedRole[] = ['partner', 'associated_partner'];

/** The steps the API allows from each state (libs/consortia consortium.rules.ts). */
export const NEXT_STATES: Record<ConsortiumStatus, readonly ConsortiumStatus[]> = {
  forming: ['ready', 'closed'],
  ready: ['forming', 'submitted', 'closed'],
  submitted: ['funded', 'not_funded', 'closed'],
  funded: ['closed'],
  not_funded: ['closed'],
  closed: [],
};

/** The states that need every programme rule met to be entered (consortium.rules.ts GUARDED). */
export const GUARDED_STATES: readonly ConsortiumStatus[] = ['ready', 'submitted'];

/** The rules that keep a step from being taken: the failing ones, when the step needs them met. */
export function rulesBlocking(to: ConsortiumStatus, c: Pick<Consortium, 'eligibility'>): EligibilityRule[] {
  return GUARDED_STATES.includes(to) ? c.eligibility.rules.filter((r) => !r.passed) : [];
}

/** Members come and go only while the consortium is forming or ready. */
export function membershipOpen(status: ConsortiumStatus): boolean {
  return status === 'forming' || status === 'ready';
}

/** A consortium I coordinate that still takes members: where an invitation can go. */
export function takesInvitations(c: Pick<Consortium, 'canManage' | 'status'>): boolean {
  return c.canManage && membershipOpen(c.status);
}

export type GapKind =
  | 'organisations'
  | 'countries'
  | 'vetProvider'
  | 'enterprise'
  | 'soughtCountries'
  | 'soughtNaceSections'
  | 'soughtOrganisationTypes'
  | 'rule';

export interface GapLink {
  kind: GapKind;
  /** The search that would fill the gap; none when a search cannot (the coordinator's country). */
  search?: OrganisationSearch;
  /** Organisations or countries still needed; the sought codes otherwise. */
  count?: number;
  codes?: string[];
  /** For a failing rule no search fills: the rule, with the API's reason. */
  rule?: EligibilityRule;
}

// The type groups of the cross-sector indicator (libs/taxonomies programme.ts TYPE_GROUPS).
const VET_PROVIDER_TYPES = ['vet_provider'] as OrganisationSearch['organisationType'];
const WORLD_OF_WORK_TYPES = ['sme', 'large_enterprise', 'social_partner'] as OrganisationSearch['organisationType'];
// The rules the organisation and country gaps already stand for.
const COUNTED_RULES: readonly string[] = ['min_organisations', 'min_eligible_countries'];

/**
 * Every gap, each with the search that would fill it when one can: more organisations, new
 * countries (from countries the consortium has not got), the VET provider and the enterprise or
 * social partner of the cross-sector mix, the sought countries, sectors and types no member
 * brings, and any other failing rule. Searches ask for organisations open to partnerships.
 */
export function gapLinks(c: Pick<Consortium, 'composition' | 'members' | 'eligibility'>): GapLink[] {
  const { gaps, crossSector } = c.composition;
  const have = [...new Set(c.members.map((m) => m.country))].sort() as OrganisationSearch['excludeCountry'];
  const open = { openToPartnerships: true } as const;
  const out: GapLink[] = [];
  if (gaps.organisations > 0) {
    out.push({ kind: 'organisations', count: gaps.organisations, search: { ...open } });
  }
  if (gaps.eligibleCountries > 0) {
    out.push({ kind: 'countries', count: gaps.eligibleCountries, search: { ...open, excludeCountry: have } });
  }
  if (!crossSector.vetProvider) {
    out.push({ kind: 'vetProvider', search: { ...open, organisationType: VET_PROVIDER_TYPES } });
  }
  if (!crossSector.enterpriseOrSocialPartner) {
    out.push({ kind: 'enterprise', search: { ...open, organisationType: WORLD_OF_WORK_TYPES } });
  }
  if (gaps.soughtCountries.length > 0) {
    out.push({
      kind: 'soughtCountries',
      codes: gaps.soughtCountries,
      search: { ...open, country: gaps.soughtCountries },
    });
  }
  if (gaps.soughtNaceSections.length > 0) {
    out.push({
      kind: 'soughtNaceSections',
      codes: gaps.soughtNaceSections,
      search: { ...open, naceSection: gaps.soughtNaceSections },
    });
  }
  if (gaps.soughtOrganisationTypes.length > 0) {
    out.push({
      kind: 'soughtOrganisationTypes',
      codes: gaps.soughtOrganisationTypes,
      search: { ...open, organisationType: gaps.soughtOrganisationTypes },
    });
  }
  for (const rule of c.eligibility.rules) {
    if (!rule.passed && !COUNTED_RULES.includes(rule.rule)) out.push({ kind: 'rule', rule });
  }
  return out;
}

/** Counts by code, largest first, then by code: the order of the composition's bars. */
export function ranked(counts: Record<string, number>): { code: string; count: number }[] {
  return Object.entries(counts)
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** The failing rules a refusal (409 RULES_NOT_MET or INVALID_TRANSITION) carries in its details. */
export function failingRules(details: unknown): EligibilityRule[] {
  if (typeof details !== 'object' || details === null) return [];
  const rules = (details as { failingRules?: unknown }).failingRules;
  if (!Array.isArray(rules)) return [];
  return rules.filter(
    (r): r is EligibilityRule =>
      typeof r === 'object' && r !== null && typeof (r as EligibilityRule).reason === 'string',
  );
}
