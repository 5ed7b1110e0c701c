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

// ---- The workplan: what a plan is framed by, and the rules it is checked against ----

/** Where the workplan values below come from; next year's guide changes these rows, not code. */
export const WORKPLAN_SOURCE =
  'Erasmus+ Programme Guide 2025, Part B: Cooperation partnerships (KA220) and Small-scale partnerships (KA210)';

export interface WorkplanFrame {
  /** The lump sums the applicant chooses from, in euro. */
  lumpSums: readonly number[];
  durationMonths: { min: number; max: number };
  /** Whether the plan is made of work packages (project management first) or of activities directly. */
  workPackages: boolean;
  /** Project management's share of the lump sum, at most, in percent (work-package actions). */
  maxProjectManagementPercent: number | null;
  /** How many work packages, project management included, the guide recommends at most. */
  recommendedMaxWorkPackages: number | null;
  source: string;
}

export const WORKPLAN_FRAMES: Record<Action, WorkplanFrame> = {
  'KA220-VET': {
    lumpSums: [120_000, 250_000, 400_000],
    durationMonths: { min: 12, max: 36 },
    workPackages: true,
    maxProjectManagementPercent: 20,
    recommendedMaxWorkPackages: 5,
    source: WORKPLAN_SOURCE,
  },
  'KA210-VET': {
    lumpSums: [30_000, 60_000],
    durationMonths: { min: 6, max: 24 },
    workPackages: false,
    maxProjectManagementPercent: null,
    recommendedMaxWorkPackages: null,
    source: WORKPLAN_SOURCE,
  },
};

/** The longest duration any action allows: the bound on every month a plan names. */
export const MAX_PROJECT_MONTHS = Math.max(...Object.values(WORKPLAN_FRAMES).map((f) => f.durationMonths.max));

/** The two aims of the older KA202 Strategic Partnerships, which a plan may still express. */
export const WORKPLAN_AIMS = ['innovation', 'exchange_of_good_practices'] as const;
export type WorkplanAim = (typeof WORKPLAN_AIMS)[number];

export const ACTIVITY_KINDS = [
  'result_development',
  'transnational_meeting',
  'learning_teaching_training',
  'multiplier_event',
  'dissemination',
  'quality_assurance',
  'project_management',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const RESULT_TYPES = [
  'curriculum',
  'training_material',
  'open_educational_resource',
  'tool_or_platform',
  'study',
  'guidelines',
  'other',
] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export const WORKPLAN_RULE_IDS = [
  'budget_matches_lump_sum',
  'project_management_share',
  'activities_within_duration',
  'results_have_lead_and_activity',
  'events_present_results_due',
  'every_member_has_a_role',
  'recommended_work_packages',
] as const;
export type WorkplanRuleId = (typeof WORKPLAN_RULE_IDS)[number];

export interface WorkplanRule {
  severity: 'error' | 'warning';
  /** Actions the rule applies to. */
  actions: readonly Action[];
  /** Why the rule exists, in every language: what a failing report says, with `{placeholders}` filled in. */
  failure: { en: string; el: string };
  passed: { en: string; el: string };
  source: string;
}

/**
 * Every workplan rule, as data. Placeholders: {allocated}, {lumpSum}, {amount}, {percent},
 * {max}, {duration}, {items}, {count}.
 */
export const WORKPLAN_RULES: Record<WorkplanRuleId, WorkplanRule> = {
  budget_matches_lump_sum: {
    severity: 'error',
    actions: ACTIONS,
    failure: {
      en: 'The amounts add up to {allocated} EUR, not the lump sum of {lumpSum} EUR: the lump sum is spent in full, no more, no less',
      el: 'Τα ποσά αθροίζουν {allocated} EUR και όχι το κατ’ αποκοπή ποσό των {lumpSum} EUR: το ποσό κατανέμεται ολόκληρο, ούτε περισσότερο ούτε λιγότερο',
    },
    passed: {
      en: 'The amounts add up exactly to the lump sum of {lumpSum} EUR',
      el: 'Τα ποσά αθροίζουν ακριβώς το κατ’ αποκοπή ποσό των {lumpSum} EUR',
    },
    source: WORKPLAN_SOURCE,
  },
  project_management_share: {
    severity: 'error',
    actions: ['KA220-VET'],
    failure: {
      en: 'Project management takes {amount} EUR, {percent} % of the lump sum; the Programme Guide allows at most {max} %',
      el: 'Η διαχείριση του έργου λαμβάνει {amount} EUR, {percent} % του κατ’ αποκοπή ποσού· ο Οδηγός του Προγράμματος επιτρέπει έως {max} %',
    },
    passed: {
      en: 'Project management takes {percent} % of the lump sum, within the {max} % allowed',
      el: 'Η διαχείριση του έργου λαμβάνει {percent} % του κατ’ αποκοπή ποσού, εντός του επιτρεπόμενου {max} %',
    },
    source: WORKPLAN_SOURCE,
  },
  activities_within_duration: {
    severity: 'error',
    actions: ACTIONS,
    failure: {
      en: 'Activities must lie within the project’s {duration} months: {items}',
      el: 'Οι δραστηριότητες πρέπει να βρίσκονται εντός των {duration} μηνών του έργου: {items}',
    },
    passed: {
      en: 'Every activity lies within the project’s {duration} months',
      el: 'Κάθε δραστηριότητα βρίσκεται εντός των {duration} μηνών του έργου',
    },
    source: WORKPLAN_SOURCE,
  },
  results_have_lead_and_activity: {
    severity: 'error',
    actions: ACTIONS,
    failure: {
      en: 'Every result needs a lead organisation and at least one activity that produces it: {items}',
      el: 'Κάθε παραδοτέο χρειάζεται οργανισμό επικεφαλής και τουλάχιστον μία δραστηριότητα που το παράγει: {items}',
    },
    passed: {
      en: 'Every result has a lead organisation and an activity that produces it',
      el: 'Κάθε παραδοτέο έχει οργανισμό επικεφαλής και δραστηριότητα που το παράγει',
    },
    source: WORKPLAN_SOURCE,
  },
  events_present_results_due: {
    severity: 'error',
    actions: ACTIONS,
    failure: {
      en: 'An event can present only results due by its month: {items}',
      el: 'Μια εκδήλωση μπορεί να παρουσιάσει μόνο παραδοτέα που έχουν ολοκληρωθεί έως τον μήνα της: {items}',
    },
    passed: {
      en: 'Every event presents results due by its month',
      el: 'Κάθε εκδήλωση παρουσιάζει παραδοτέα που έχουν ολοκληρωθεί έως τον μήνα της',
    },
    source: WORKPLAN_SOURCE,
  },
  every_member_has_a_role: {
    severity: 'error',
    actions: ACTIONS,
    failure: {
      en: 'Every member takes part in the work; these have nothing to do yet: {items}',
      el: 'Κάθε μέλος συμμετέχει στις εργασίες· αυτά δεν έχουν ακόμη καμία εργασία: {items}',
    },
    passed: {
      en: 'Every member has at least one role in the plan',
      el: 'Κάθε μέλος έχει τουλάχιστον έναν ρόλο στο σχέδιο',
    },
    source: WORKPLAN_SOURCE,
  },
  recommended_work_packages: {
    severity: 'warning',
    actions: ['KA220-VET'],
    failure: {
      en: '{count} work packages: the Programme Guide recommends at most {max}, project management included',
      el: '{count} πακέτα εργασίας: ο Οδηγός του Προγράμματος συνιστά έως {max}, μαζί με τη διαχείριση του έργου',
    },
    passed: {
      en: '{count} work packages, within the {max} recommended',
      el: '{count} πακέτα εργασίας, εντός των {max} που συνιστώνται',
    },
    source: WORKPLAN_SOURCE,
  },
};
