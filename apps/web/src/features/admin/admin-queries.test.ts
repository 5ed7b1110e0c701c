import { describe, expect, it } from 'vitest';
import { progressFraction } from './admin-queries';

describe('progressFraction', () => {
  it('reads { done, total } as a fraction, capped to 0..1', () => {
    expect(progressFraction({ done: 50, total: 200 })).toEqual({ fraction: 0.25, done: 50, total: 200 });
    expect(progressFraction({ done: 300, total: 200 })?.fraction).toBe(1);
  });

  it('has none before a job reports, or for another shape', () => {
    expect(progressFraction(null)).toBeUndefined();
    expect(progressFraction({ percent: 40 })).toBeUndefined();
    expect(progressFraction({ done: 1, total: 0 })).toBeUndefined();
  });
});
