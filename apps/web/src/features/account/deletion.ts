import { api, unwrap, type Schemas } from '../../api/client';

// What deleting an account does to the organisations of its owner, by the API's rule
// (README, "delete their account"; OrganisationService.releaseUser): an organisation the user
// alone owns passes to its longest-standing admin, or is deleted when it has none; any other
// membership simply ends.

type Membership = Schemas['MembershipResponseDto'];
type Member = Schemas['MemberResponseDto'];

export type DeletionOutcome =
  | { kind: 'passes'; organisation: Membership['organisation']; heir: Member }
  | { kind: 'deleted'; organisation: Membership['organisation'] }
  | { kind: 'leaves'; organisation: Membership['organisation'] };

/** The outcome for one organisation, given its members (all of them, any order). */
export function deletionOutcome(userId: string, membership: Membership, members: readonly Member[]): DeletionOutcome {
  const { organisation } = membership;
  if (membership.role !== 'owner') return { kind: 'leaves', organisation };
  if (members.some((m) => m.role === 'owner' && m.userId !== userId)) return { kind: 'leaves', organisation };
  const heir = members
    .filter((m) => m.role === 'admin' && m.userId !== userId)
    .sort((a, b) => Date.parse(a.joinedAt) - Date.parse(b.joinedAt))[0];
  return heir ? { kind: 'passes', organisation, heir } : { kind: 'deleted', organisation };
}

const ORDER: Record<DeletionOutcome['kind'], number> = { deleted: 0, passes: 1, leaves: 2 };

/** Outcomes the user should read first come first: deletions, then hand-overs, then the rest. */
export function sortOutcomes(outcomes: DeletionOutcome[]): DeletionOutcome[] {
  return [...outcomes].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
}

const PAGE = 100;

async function allMemberships(): Promise<Membership[]> {
  const items: Membership[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(await api.GET('/v1/organisations/mine', { params: { query: { limit: PAGE, cursor } } }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

async function allMembers(id: string): Promise<Member[]> {
  const items: Member[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(
      await api.GET('/v1/organisations/{id}/members', { params: { path: { id }, query: { limit: PAGE, cursor } } }),
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** Reads the user's organisations, and the members of those they own, to say what will happen. */
export async function loadDeletionOutcomes(userId: string): Promise<DeletionOutcome[]> {
  const memberships = await allMemberships();
  const outcomes = await Promise.all(
    memberships.map(async (m) =>
      deletionOutcome(userId, m, m.role === 'owner' ? await allMembers(m.organisation.id) : []),
    ),
  );
  return sortOutcomes(outcomes);
}
