import { describe, expect, it } from 'vitest';
import { changedPreferences, kindKey, kindReaches } from './notification-preferences';

describe('changedPreferences', () => {
  const saved = [
    { kind: 'call.answered', delivery: 'immediate', default: 'immediate' },
    { kind: 'match.suggested', delivery: 'weekly', default: 'weekly' },
  ] as const;

  it('sends only the kinds whose choice differs from what the API holds', () => {
    expect(changedPreferences([...saved], { 'call.answered': 'immediate', 'match.suggested': 'off' })).toEqual([
      { kind: 'match.suggested', delivery: 'off' },
    ]);
    expect(changedPreferences([...saved], {})).toEqual([]);
  });

  it('names catalogue keys without the dots of a kind', () => {
    expect(kindKey('consortium.invitation_accepted')).toBe('consortium_invitation_accepted');
  });
});

describe('kindReaches', () => {
  it('offers the National Agency queue only to NA staff and admins', () => {
    expect(kindReaches('moderation.queue_item', 'user')).toBe(false);
    expect(kindReaches('moderation.queue_item', undefined)).toBe(false);
    expect(kindReaches('moderation.queue_item', 'na_staff')).toBe(true);
    expect(kindReaches('moderation.queue_item', 'admin')).toBe(true);
  });

  it('offers what concerns organisations to everyone', () => {
    expect(kindReaches('match.suggested', 'user')).toBe(true);
  });
});
