import type { Localised } from '@syndesmos/common';

// Staff head-count bands on the EU SME thresholds (micro, small, medium, large), so the band
// alone tells whether an enterprise counts as an SME.
export const SIZE_BANDS = {
  '1-9': { en: '1–9 people', el: '1–9 άτομα' },
  '10-49': { en: '10–49 people', el: '10–49 άτομα' },
  '50-249': { en: '50–249 people', el: '50–249 άτομα' },
  '250+': { en: '250 or more people', el: '250 ή περισσότερα άτομα' },
} as const satisfies Record<string, Localised>;

export type SizeBand = keyof typeof SIZE_BANDS;

export function isSizeBand(value: string): value is SizeBand {
  return Object.prototype.hasOwnProperty.call(SIZE_BANDS, value);
}
