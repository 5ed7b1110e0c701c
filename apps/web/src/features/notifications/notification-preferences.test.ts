import { describe, expect, it } from 'vitest';
import { changedPreferences, kindKey } from './notification-preferences';

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
