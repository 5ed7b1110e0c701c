import { isEligibleCountry } from './countries';
import type { OrganisationType } from './organisation-types';

// The Erasmus+ VET partnership rules as data, one row per action: what a consortium must be
// made of, and which kinds of organisation make it cross-sector. A new programme year is an
// edit of these tables; consortia check them and matching scores against them.

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

/** Organisation types on each side of a cross-sector partnership: VET and the world of work. */
export const ORGANISATION_TYPE_GROUPS = {
  vetProviders: ['vet_provider'],
  worldOfWork: ['sme', 'large_enterprise', 'social_partner'],
} as const satisfies Record<string, readonly OrganisationType[]>;

export type OrganisationTypeGroup = keyof typeof ORGANISATION_TYPE_GROUPS;

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

export function inTypeGroup(group: OrganisationTypeGroup, type: string): boolean {
  return (ORGANISATION_TYPE_GROUPS[group] as readonly string[]).includes(type);
}

/** Whether an organisation from this country may take part in the action at all. */
export function mayTakePart(action: Action, country: string): boolean {
  return PROGRAMME_RULES[action].allowsNonAssociatedThirdCountries || isEligibleCountry(country);
}
