import type { Organisation } from '../organisations/use-organisation';
import type { ItemKind, ItemRef } from './moderation-search';
import type { Decision, QueueItem } from './use-moderation';

// Which decisions an open item offers, and which item the desk moves to once one is taken.

export function decisionsFor(
  kind: ItemKind,
  organisation: Pick<Organisation, 'status' | 'oidVerified'> | undefined,
): Decision[] {
  const oid: Decision[] = organisation && !organisation.oidVerified ? ['verifyOid'] : [];
  switch (kind) {
    case 'revision':
      return ['approveRevision', 'rejectRevision'];
    case 'report':
      return ['dismissReport', 'upholdReport'];
    case 'submission':
      return organisation?.status === 'submitted' ? ['approve', 'reject', ...oid] : oid;
    case 'organisation':
      if (!organisation) return [];
      if (organisation.status === 'submitted') return ['approve', 'reject', ...oid];
      if (organisation.status === 'published') return ['suspend', ...oid];
      if (organisation.status === 'suspended') return ['reinstate', ...oid];
      return oid;
  }
}

/** Whether a decision settles the queue item (it leaves the queue) rather than, say, verifying an OID. */
export function settlesItem(decision: Decision): boolean {
  return decision !== 'verifyOid';
}

export const sameItem = (item: QueueItem, ref: ItemRef | undefined) =>
  !!ref && item.kind === ref.kind && item.id === ref.id;

/** The item to open once `current` is decided: the one after it, else the one before, else none. */
export function nextItem(items: QueueItem[], current: ItemRef): QueueItem | undefined {
  const at = items.findIndex((i) => sameItem(i, current));
  if (at === -1) return items[0];
  return items[at + 1] ?? items[at - 1];
}
