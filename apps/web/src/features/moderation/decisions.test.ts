import { describe, expect, it } from 'vitest';
import { decisionsFor, nextItem } from './decisions';
import type { QueueItem } from './use-moderation';

const item = (kind: QueueItem['kind'], id: string): QueueItem => ({
  kind,
  id,
  organisationId: id,
  country: 'GR',
  displayName: id,
  waitingSince: '2026-03-01T10:00:00Z',
});

describe('the decisions an item offers', () => {
  it('approve or reject a submission still waiting, and verify an unverified OID', () => {
    expect(decisionsFor('submission', { status: 'submitted', oidVerified: false })).toEqual([
      'approve',
      'reject',
      'verifyOid',
    ]);
    expect(decisionsFor('submission', { status: 'published', oidVerified: true })).toEqual([]);
  });

  it('decide revisions and reports on their own', () => {
    expect(decisionsFor('revision', undefined)).toEqual(['approveRevision', 'rejectRevision']);
    expect(decisionsFor('report', { status: 'published', oidVerified: true })).toEqual([
      'dismissReport',
      'upholdReport',
    ]);
  });

  it('suspend a published organisation and reinstate a suspended one', () => {
    expect(decisionsFor('organisation', { status: 'published', oidVerified: true })).toEqual(['suspend']);
    expect(decisionsFor('organisation', { status: 'suspended', oidVerified: false })).toEqual([
      'reinstate',
      'verifyOid',
    ]);
    expect(decisionsFor('organisation', { status: 'draft', oidVerified: true })).toEqual([]);
    expect(decisionsFor('organisation', undefined)).toEqual([]);
  });
});

describe('the item the desk moves to', () => {
  const items = [item('submission', 'a'), item('revision', 'b'), item('report', 'c')];

  it('is the next one, or the one before at the end, or none', () => {
    expect(nextItem(items, { kind: 'submission', id: 'a' })?.id).toBe('b');
    expect(nextItem(items, { kind: 'report', id: 'c' })?.id).toBe('b');
    expect(nextItem([items[0]], { kind: 'submission', id: 'a' })).toBeUndefined();
  });

  it('is the first one when the decided item was not in the list', () => {
    expect(nextItem(items, { kind: 'organisation', id: 'z' })?.id).toBe('a');
    expect(nextItem([], { kind: 'organisation', id: 'z' })).toBeUndefined();
  });
});
