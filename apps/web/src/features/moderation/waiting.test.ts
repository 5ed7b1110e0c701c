import i18next from 'i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeWaiting, formatDuration, hoursSince } from './waiting';

const NOW = new Date('2026-03-10T12:00:00Z');
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

describe('waiting times', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'en', resources: {} });
  });
  beforeEach(async () => {
    await i18next.changeLanguage('en');
  });
  afterAll(async () => {
    await i18next.changeLanguage('en');
  });

  it('counts hours and never goes below zero', () => {
    expect(hoursSince(ago(5), NOW)).toBe(5);
    expect(hoursSince(new Date(NOW.getTime() + 60_000).toISOString(), NOW)).toBe(0);
  });

  it('picks minutes, hours or days by size', () => {
    expect(formatDuration(0)).toBe('1 minute');
    expect(formatDuration(0.4)).toBe('24 minutes');
    expect(formatDuration(6.54)).toBe('6.5 hours');
    expect(formatDuration(12.4)).toBe('12 hours');
    expect(formatDuration(47)).toBe('47 hours');
    expect(formatDuration(49)).toBe('2 days');
    expect(formatDuration(24 * 12)).toBe('12 days');
    expect(formatDuration(Number.NaN)).toBe('1 minute');
  });

  it('says how long ago, with the exact time beside it, and marks a week as long', () => {
    const w = describeWaiting(ago(72), NOW);
    expect(w.relative).toBe('3 days ago');
    expect(w.duration).toBe('3 days');
    expect(w.exact).toMatch(/7 Mar 2026/);
    expect(w.long).toBe(false);
    expect(describeWaiting(ago(24), NOW).relative).toBe('yesterday');
    expect(describeWaiting(ago(24 * 8), NOW).long).toBe(true);
  });

  it('reads a server clock slightly ahead as now, not as the future', () => {
    expect(describeWaiting(new Date(NOW.getTime() + 30_000).toISOString(), NOW).relative).toBe('now');
  });

  it('speaks Greek', async () => {
    await i18next.changeLanguage('el');
    expect(formatDuration(72)).toBe('3 ημέρες');
    expect(formatDuration(5)).toBe('5 ώρες');
    expect(describeWaiting(ago(72), NOW).relative).toBe('πριν από 3 ημέρες');
  });
});
