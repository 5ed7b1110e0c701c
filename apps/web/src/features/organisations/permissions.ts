import type { Schemas } from '../../api/client';

// Who may do what in an organisation (README, "Organisation members"; the API decides in
// libs/organisations memberMay): the screens hide what a role cannot do.

export type MemberRole = Schemas['MembershipResponseDto']['role'];
export type MemberAction = 'edit' | 'submit' | 'invite' | 'manage_members' | 'manage_owners' | 'delete';

const PERMISSIONS: Record<MemberRole, readonly MemberAction[]> = {
  owner: ['edit', 'submit', 'invite', 'manage_members', 'manage_owners', 'delete'],
  admin: ['edit', 'submit', 'invite', 'manage_members'],
  member: ['edit', 'submit'],
};

/** Whether someone with this role (null: not a member, e.g. NA staff reading) may do it. */
export function memberMay(role: MemberRole | null | undefined, action: MemberAction): boolean {
  return role !== null && role !== undefined && PERMISSIONS[role].includes(action);
}

export type OrganisationStatus = Schemas['OrganisationResponseDto']['status'];

/** Statuses in which edits other than the immediate fields are taken (submitted takes only those). */
export function takesProfileEdits(status: OrganisationStatus): boolean {
  return status !== 'submitted';
}

/** Statuses in which edits wait as a revision for the National Agency. */
export function editsBecomeRevision(status: OrganisationStatus): boolean {
  return status === 'published' || status === 'suspended';
}

export function maySubmit(status: OrganisationStatus): boolean {
  return status === 'draft' || status === 'rejected';
}
