import { describe, expect, it } from 'vitest';
import { actionsOn, assignableRoles, invitableRoles, knownOwnerCount, mayInvite } from './member-permissions';

const me = (role: 'owner' | 'admin' | 'member' | null) => ({ userId: 'me', role });
const other = (role: 'owner' | 'admin' | 'member') => ({ userId: 'other', role });

describe('actionsOn', () => {
  it('lets an owner give anyone any role and remove anyone', () => {
    for (const role of ['owner', 'admin', 'member'] as const) {
      const actions = actionsOn(me('owner'), other(role), 2);
      expect(actions.roles).toEqual(['owner', 'admin', 'member']);
      expect(actions.mayChangeRole).toBe(true);
      expect(actions.mayRemove).toBe(true);
      expect(actions.mayLeave).toBe(false);
    }
  });

  it('lets an admin manage admins and members, but never touch an owner or make one', () => {
    for (const role of ['admin', 'member'] as const) {
      const actions = actionsOn(me('admin'), other(role));
      expect(actions.roles).toEqual(['admin', 'member']);
      expect(actions.mayChangeRole).toBe(true);
      expect(actions.mayRemove).toBe(true);
    }
    const onOwner = actionsOn(me('admin'), other('owner'), 3);
    expect(onOwner).toMatchObject({ roles: ['owner'], mayChangeRole: false, mayRemove: false });
  });

  it('gives a member no say over anyone', () => {
    for (const role of ['owner', 'admin', 'member'] as const) {
      expect(actionsOn(me('member'), other(role), 2)).toMatchObject({
        roles: [role],
        mayChangeRole: false,
        mayRemove: false,
      });
    }
  });

  it('lets anyone leave, and admins step down, but not remove themselves as "someone else"', () => {
    expect(actionsOn(me('member'), { userId: 'me', role: 'member' })).toMatchObject({
      mayLeave: true,
      mayRemove: false,
      mayChangeRole: false,
    });
    expect(actionsOn(me('admin'), { userId: 'me', role: 'admin' })).toMatchObject({
      mayLeave: true,
      roles: ['admin', 'member'],
      mayChangeRole: true,
    });
  });

  it('keeps the last owner: no demotion, no removal, no leaving', () => {
    expect(actionsOn(me('owner'), { userId: 'me', role: 'owner' }, 1)).toEqual({
      roles: ['owner'],
      mayChangeRole: false,
      mayRemove: false,
      mayLeave: false,
      lastOwner: true,
    });
    expect(actionsOn(me('owner'), other('owner'), 1)).toMatchObject({ mayRemove: false, lastOwner: true });
    // While the count is unknown the API's 409 decides.
    expect(actionsOn(me('owner'), { userId: 'me', role: 'owner' })).toMatchObject({
      mayLeave: true,
      mayChangeRole: true,
      lastOwner: false,
    });
  });

  it('offers nothing to someone who is not a member (a moderator reading)', () => {
    expect(actionsOn(me(null), other('member'))).toMatchObject({ mayChangeRole: false, mayRemove: false });
  });
});

describe('invitations', () => {
  it('may carry any role from an owner, admin or member from an admin, and none from a member', () => {
    expect(invitableRoles('owner')).toEqual(['owner', 'admin', 'member']);
    expect(invitableRoles('admin')).toEqual(['admin', 'member']);
    expect(invitableRoles('member')).toEqual([]);
    expect(assignableRoles(null)).toEqual([]);
    expect(mayInvite('admin')).toBe(true);
    expect(mayInvite('member')).toBe(false);
    expect(mayInvite(undefined)).toBe(false);
  });
});

describe('knownOwnerCount', () => {
  it('counts owners once a non-owner shows that every owner is loaded', () => {
    expect(knownOwnerCount([{ role: 'owner' }, { role: 'admin' }], false)).toBe(1);
    expect(knownOwnerCount([{ role: 'owner' }, { role: 'owner' }], false)).toBeUndefined();
    expect(knownOwnerCount([{ role: 'owner' }, { role: 'owner' }], true)).toBe(2);
  });
});
