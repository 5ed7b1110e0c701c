import type { Schemas } from '../../api/client';

// Who may do what to whom among an organisation's members, as the API decides it (README:
// owners manage everyone, admins manage admins and members, members edit and submit; anyone
// may leave; an organisation always keeps one owner). The page offers only what will work.

export type MemberRole = Schemas['MemberResponseDto']['role'];
export const MEMBER_ROLES: readonly MemberRole[] = ['owner', 'admin', 'member'];

export interface MemberActions {
  /** The roles the signed-in user may give this member (the current one included). */
  roles: MemberRole[];
  /** Whether a role change is offered at all (more than the current role to choose from). */
  mayChangeRole: boolean;
  /** Removing someone else. */
  mayRemove: boolean;
  /** Leaving: this member is the signed-in user. */
  mayLeave: boolean;
  /** The only owner: demoting, removing or letting them leave would answer LAST_OWNER. */
  lastOwner: boolean;
}

const NONE: MemberActions = { roles: [], mayChangeRole: false, mayRemove: false, mayLeave: false, lastOwner: false };

/** Whether this role may manage a member who holds `target` (and give them `role`). */
function manages(mine: MemberRole, target: MemberRole): boolean {
  if (mine === 'owner') return true;
  if (mine === 'admin') return target !== 'owner';
  return false;
}

/** The roles `mine` may hand out: owners any, admins admin and member, members none. */
export function assignableRoles(mine: MemberRole | null | undefined): MemberRole[] {
  if (!mine) return [];
  return MEMBER_ROLES.filter((role) => manages(mine, role));
}

/** The roles an invitation from `mine` may carry (the same as those it may assign). */
export const invitableRoles = assignableRoles;

/** Owners and admins invite and see the open invitations; members do not. */
export function mayInvite(mine: MemberRole | null | undefined): boolean {
  return assignableRoles(mine).length > 0;
}

/**
 * What the signed-in user (`me`, holding `mine`) may do to `target`. `ownerCount` is the number
 * of owners when known (undefined while not every owner is loaded): with one owner, that owner
 * can be neither demoted, removed nor leave.
 */
export function actionsOn(
  me: { userId: string; role: MemberRole | null | undefined },
  target: { userId: string; role: MemberRole },
  ownerCount?: number,
): MemberActions {
  const mine = me.role;
  if (!mine) return NONE;
  const self = me.userId === target.userId;
  const lastOwner = target.role === 'owner' && ownerCount === 1;
  const mayManage = manages(mine, target.role);
  const roles = mayManage && !lastOwner ? assignableRoles(mine) : [];
  return {
    roles: roles.length ? roles : [target.role],
    mayChangeRole: roles.length > 1,
    mayRemove: !self && mayManage && !lastOwner,
    mayLeave: self && !lastOwner,
    lastOwner,
  };
}

/**
 * How many owners there are, when the loaded members tell: the API lists owners first, so the
 * count is complete once every member is loaded or a non-owner has appeared.
 */
export function knownOwnerCount(members: { role: MemberRole }[], complete: boolean): number | undefined {
  const owners = members.filter((m) => m.role === 'owner').length;
  return complete || members.some((m) => m.role !== 'owner') ? owners : undefined;
}
