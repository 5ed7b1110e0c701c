import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { deletionOutcome, sortOutcomes } from './deletion';

type Membership = Schemas['MembershipResponseDto'];
type Member = Schemas['MemberResponseDto'];

const ME = 'u-me';

function membership(id: string, role: Membership['role']): Membership {
  return { role, organisation: { id, profile: { displayName: `Org ${id}` } } as Membership['organisation'] };
}

function member(userId: string, role: Member['role'], joinedAt: string): Member {
  return { userId, role, joinedAt, displayName: `Name ${userId}`, email: `${userId}@example.eu` };
}

describe('what deleting an account does to an organisation', () => {
  it('passes one the user alone owns to its longest-standing admin', () => {
    const members = [
      member(ME, 'owner', '2025-01-01T00:00:00Z'),
      member('late-admin', 'admin', '2025-06-01T00:00:00Z'),
      member('early-admin', 'admin', '2025-03-01T00:00:00Z'),
      member('earliest-member', 'member', '2025-01-02T00:00:00Z'),
    ];
    const outcome = deletionOutcome(ME, membership('a', 'owner'), members);
    expect(outcome.kind).toBe('passes');
    expect(outcome.kind === 'passes' && outcome.heir.userId).toBe('early-admin');
  });

  it('deletes one the user alone owns when it has no admin, whatever its members', () => {
    const members = [member(ME, 'owner', '2025-01-01T00:00:00Z'), member('m', 'member', '2025-01-02T00:00:00Z')];
    expect(deletionOutcome(ME, membership('a', 'owner'), members).kind).toBe('deleted');
    expect(deletionOutcome(ME, membership('b', 'owner'), [member(ME, 'owner', '2025-01-01T00:00:00Z')]).kind).toBe(
      'deleted',
    );
  });

  it('leaves one that has another owner as it is, admins or not', () => {
    const members = [
      member(ME, 'owner', '2025-01-01T00:00:00Z'),
      member('other-owner', 'owner', '2025-05-01T00:00:00Z'),
      member('admin', 'admin', '2025-02-01T00:00:00Z'),
    ];
    expect(deletionOutcome(ME, membership('a', 'owner'), members).kind).toBe('leaves');
  });

  it('only ends the membership where the user is an admin or a member', () => {
    expect(deletionOutcome(ME, membership('a', 'admin'), []).kind).toBe('leaves');
    expect(deletionOutcome(ME, membership('b', 'member'), []).kind).toBe('leaves');
  });

  it('lists deletions first, then hand-overs, then the rest', () => {
    const sorted = sortOutcomes([
      { kind: 'leaves', organisation: membership('l', 'member').organisation },
      { kind: 'passes', organisation: membership('p', 'owner').organisation, heir: member('h', 'admin', '2025-01-01') },
      { kind: 'deleted', organisation: membership('d', 'owner').organisation },
    ]);
    expect(sorted.map((o) => o.organisation.id)).toEqual(['d', 'p', 'l']);
  });
});
