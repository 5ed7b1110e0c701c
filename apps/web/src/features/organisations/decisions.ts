import type { AuditEntry } from './team-queries';

// How one entry of an organisation's decision history reads: what happened, and who did it.

export type DecisionAction = AuditEntry['action'];

/** Every action the API records, for the catalogue check (a new one fails to compile here). */
export const DECISION_ACTIONS: Record<DecisionAction, 'success' | 'danger' | 'neutral'> = {
  submitted: 'neutral',
  withdrawn: 'neutral',
  revision_proposed: 'neutral',
  approved: 'success',
  rejected: 'danger',
  suspended: 'danger',
  reinstated: 'success',
  oid_verified: 'success',
  revision_approved: 'success',
  revision_rejected: 'danger',
  report_actioned: 'danger',
  report_dismissed: 'neutral',
  deleted: 'danger',
};

/** Actions only National Agency staff (or platform admins) take; the rest are members'. */
const MODERATION: ReadonlySet<DecisionAction> = new Set<DecisionAction>([
  'approved',
  'rejected',
  'suspended',
  'reinstated',
  'oid_verified',
  'revision_approved',
  'revision_rejected',
  'report_actioned',
  'report_dismissed',
]);

export function isModeration(action: DecisionAction): boolean {
  return MODERATION.has(action);
}

// The API may name the actor itself (actorName); until it does, members are named from the
// member list and moderators by their office.
type Entry = Pick<AuditEntry, 'action' | 'actorId' | 'country'> & { actorName?: string | null };

export type Actor =
  | { kind: 'named'; name: string }
  | { kind: 'deleted' }
  | { kind: 'agency'; country: string }
  | { kind: 'formerMember' };

/** Who took the decision, as far as the reader can know. */
export function decisionActor(entry: Entry, memberNames: ReadonlyMap<string, string>): Actor {
  if (entry.actorId === null) return { kind: 'deleted' };
  if (entry.actorName) return { kind: 'named', name: entry.actorName };
  const member = memberNames.get(entry.actorId);
  if (member) return { kind: 'named', name: member };
  return isModeration(entry.action) ? { kind: 'agency', country: entry.country } : { kind: 'formerMember' };
}
