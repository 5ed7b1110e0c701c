import { describe, expect, it } from 'vitest';
import { chooseSubject, type Subject } from './subjects';

const subjects: Subject[] = [
  { kind: 'organisation', id: 'o1', name: 'IEK Athens', mayAct: true },
  { kind: 'call', id: 'c1', name: 'Green welding', mayAct: true },
  { kind: 'consortium', id: 'k1', name: 'Solar skills', mayAct: false },
];

describe('chooseSubject', () => {
  it('takes the subject the address names', () => {
    expect(chooseSubject(subjects, { subject: 'call', id: 'c1' })?.name).toBe('Green welding');
    expect(chooseSubject(subjects, { subject: 'consortium', id: 'k1' })?.name).toBe('Solar skills');
  });

  it('falls back to the first one for a stale, foreign or mistyped address', () => {
    expect(chooseSubject(subjects, {})?.id).toBe('o1');
    expect(chooseSubject(subjects, { subject: 'call', id: 'o1' })?.id).toBe('o1');
    expect(chooseSubject(subjects, { subject: 'planet', id: 'c1' })?.id).toBe('o1');
    expect(chooseSubject([], { subject: 'call', id: 'c1' })).toBeUndefined();
  });
});
