// The scale of the queue figures' bar chart: counts, so the axis runs from 0 to a round number
// (1, 2 or 5 times a power of ten) with whole-number ticks, and every bar above zero stays
// visible however small it is beside the others.

/** The smallest 1, 2 or 5 × 10ⁿ at or above `max`; 1 when there is nothing to show. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** Whole-number ticks from 0 to `top` (a niceMax), at most six of them. */
export function ticks(top: number): number[] {
  const lead = top / 10 ** Math.floor(Math.log10(top));
  const step = Math.max(1, top / (lead === 2 ? 4 : 5));
  const out: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) out.push(Math.round(v));
  return out;
}

export interface Bar<K extends string> {
  key: K;
  value: number;
  /** Length in the chart's units, 0 to `length`. */
  size: number;
}

/** The smallest length a non-zero bar gets, so a 1 beside a 900 still shows. */
export const MIN_BAR = 2;

export function scaleBars<K extends string>(
  values: { key: K; value: number }[],
  length: number,
): { top: number; ticks: number[]; bars: Bar<K>[]; at: (value: number) => number } {
  const top = niceMax(Math.max(0, ...values.map((v) => v.value)));
  // Tenths of a unit: exact enough to draw, short to write into the SVG.
  const at = (value: number) => Math.round((Math.max(0, value) / top) * length * 10) / 10;
  return {
    top,
    ticks: ticks(top),
    at,
    bars: values.map(({ key, value }) => ({
      key,
      value,
      size: value > 0 ? Math.min(length, Math.max(MIN_BAR, at(value))) : 0,
    })),
  };
}
