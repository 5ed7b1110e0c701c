import { describe, expect, it } from 'vitest';
import { MIN_BAR, niceMax, scaleBars, ticks } from './chart-scale';

describe('the queue chart’s scale', () => {
  it('rounds the top of the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 2, 3, 5, 6, 10, 11, 19, 21, 99, 101, 4800].map(niceMax)).toEqual([
      1, 1, 2, 5, 5, 10, 10, 20, 20, 50, 100, 200, 5000,
    ]);
    expect(niceMax(Number.NaN)).toBe(1);
  });

  it('puts whole-number ticks on the axis', () => {
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(2)).toEqual([0, 1, 2]);
    expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(500)).toEqual([0, 100, 200, 300, 400, 500]);
  });

  it('scales bars to the length, keeping small ones visible and empty ones empty', () => {
    const { top, bars } = scaleBars(
      [
        { key: 'submissions', value: 4 },
        { key: 'revisions', value: 0 },
        { key: 'reports', value: 1 },
      ],
      200,
    );
    expect(top).toBe(5);
    expect(bars.map((b) => b.size)).toEqual([160, 0, 40]);
    const tiny = scaleBars(
      [
        { key: 'a', value: 900 },
        { key: 'b', value: 1 },
      ],
      100,
    );
    expect(tiny.bars[1].size).toBe(MIN_BAR);
    expect(tiny.bars[0].size).toBe(90);
  });

  it('draws nothing when nothing waits', () => {
    const { top, bars, ticks: axis } = scaleBars([{ key: 'submissions', value: 0 }], 200);
    expect(top).toBe(1);
    expect(bars[0].size).toBe(0);
    expect(axis).toEqual([0, 1]);
  });
});
