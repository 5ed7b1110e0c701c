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

/** Members come and go only while the consortium is forming or ready. */
export function membershipOpen(status: ConsortiumStatus): boolean {
  return status === 'forming' || status === 'ready';
}

/** A consortium I coordinate that still takes members: where an invitation can go. */
export function takesInvitations(c: Pick<Consortium, 'canManage' | 'status'>): boolean {
  return c.canManage && membershipOpen(c.status);
}

export interface GapLink {
  kind: 'organisations' | 'countries' | 'soughtCountries' | 'soughtNaceSections' | 'soughtOrganisationTypes';
  search: OrganisationSearch;
  /** Organisations or countries still needed; the sought codes otherwise. */
  count?: number;
  codes?: string[];
}

/**
 * Each gap with the search that would fill it: more organisations (from countries the
 * consortium has not got, so they count twice), new countries, and the sought countries,
 * sectors and types no member brings. Searches ask for organisations open to partnerships.
 */
export function gapLinks(c: Pick<Consortium, 'composition' | 'members'>): GapLink[] {
  const gaps = c.composition.gaps;
  const have = [...new Set(c.members.map((m) => m.country))].sort() as OrganisationSearch['excludeCountry'];
  const open = { openToPartnerships: true } as const;
  const out: GapLink[] = [];
  if (gaps.eligibleCountries > 0) {
    out.push({ kind: 'countries', count: gaps.eligibleCountries, search: { ...open, excludeCountry: have } });
  } else if (gaps.organisations > 0) {
    out.push({ kind: 'organisations', count: gaps.organisations, search: { ...open } });
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
