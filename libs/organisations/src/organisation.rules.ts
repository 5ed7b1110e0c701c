import type { FieldProblem } from '@syndesmos/common';
import { sectionOfDivision } from '@syndesmos/taxonomies';
import type { MemberRole, OrganisationStatus } from './organisation.entity';
import { MINOR_FIELDS, type OrganisationProfile } from './organisation-profile';

// Pure rules of the organisation lifecycle: what a complete profile is, who may do what,
// and what a revision changes.

export const DESCRIPTION_MIN_FOR_SUBMISSION = 80;

/** What a profile still lacks before NA staff can review it (422 details). */
export function missingForSubmission(p: OrganisationProfile): FieldProblem[] {
  const missing: FieldProblem[] = [];
  const need = (field: string, ok: boolean, message: string) => {
    if (!ok) missing.push({ field, problem: 'missing', message });
  };
  need('city', p.city.trim().length > 0, 'city is required');
  need('naceSections', p.naceSections.length > 0, 'at least one NACE section is required');
  need('sizeBand', p.sizeBand !== null, 'size band is required');
  need(
    'description',
    p.description.trim().length >= DESCRIPTION_MIN_FOR_SUBMISSION,
    `description needs at least ${DESCRIPTION_MIN_FOR_SUBMISSION} characters`,
  );
  need('topics', p.topics.length > 0, 'at least one expertise topic is required');
  need('languages', p.languages.length > 0, 'at least one working language is required');
  need('contactPerson', p.contactPerson !== null, 'a contact person is required');
  return missing;
}

/** Statuses in which the members' edits apply directly (nobody has approved anything yet). */
export const DIRECTLY_EDITABLE: readonly OrganisationStatus[] = ['draft', 'rejected'];
/** Statuses in which edits wait as a revision for NA staff. */
export const REVISED: readonly OrganisationStatus[] = ['published', 'suspended'];

export type MemberAction = 'edit' | 'submit' | 'invite' | 'manage_members' | 'manage_owners' | 'delete';

const PERMISSIONS: Record<MemberRole, readonly MemberAction[]> = {
  owner: ['edit', 'submit', 'invite', 'manage_members', 'manage_owners', 'delete'],
  admin: ['edit', 'submit', 'invite', 'manage_members'],
  member: ['edit', 'submit'],
};

export function memberMay(role: MemberRole | null, action: MemberAction): boolean {
  return role !== null && PERMISSIONS[role].includes(action);
}

export interface FieldChange {
  field: keyof OrganisationProfile;
  before: unknown;
  after: unknown;
}

/** Field-by-field differences between two profiles, in profile field order. */
export function diffProfiles(before: OrganisationProfile, after: OrganisationProfile): FieldChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof OrganisationProfile>;
  return [...fields]
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** Splits a patch into minor fields (apply at once) and the rest (moderated). */
export function splitMinor(patch: Partial<OrganisationProfile>): {
  minor: Partial<OrganisationProfile>;
  major: Partial<OrganisationProfile>;
} {
  const minor: Partial<OrganisationProfile> = {};
  const major: Partial<OrganisationProfile> = {};
  for (const [k, v] of Object.entries(patch) as [keyof OrganisationProfile, unknown][]) {
    const target = (MINOR_FIELDS as readonly string[]).includes(k) ? minor : major;
    (target as Record<string, unknown>)[k] = v;
  }
  return { minor, major };
}

/** Consistency across fields that a per-field validator cannot see. */
export function profileInconsistencies(p: OrganisationProfile): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const orphans = p.naceDivisions.filter((d) => !p.naceSections.includes(sectionOfDivision(d) ?? ''));
  if (orphans.length > 0) {
    problems.push({
      field: 'naceDivisions',
      problem: 'section_missing',
      message: `divisions ${orphans.join(', ')} belong to sections not listed in naceSections`,
    });
  }
  if (p.experience.level === 'none' && p.experience.pastProjects > 0) {
    problems.push({
      field: 'experience.pastProjects',
      problem: 'inconsistent',
      message: 'no experience means no past projects',
    });
  }
  return problems;
}
