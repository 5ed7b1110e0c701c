import { formatDateTime, formatNumber, formatRelative } from '../../i18n/format';

// How long something has waited, in the interface language: the queue shows "3 days ago" with
// the exact time beside it for screen readers and as a tooltip; the figures show durations.

const HOUR = 3_600_000;
/** Past a week in the queue an item is marked as waiting long. */
export const LONG_WAIT_HOURS = 7 * 24;

export function hoursSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, (now.getTime() - new Date(iso).getTime()) / HOUR);
}

function unit(value: number, name: 'minute' | 'hour' | 'day', fractionDigits = 0): string {
  return formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: fractionDigits });
}

/** "25 minutes", "6.5 hours", "12 days": minutes under an hour, hours under two days. */
export function formatDuration(hours: number): string {
  if (!Number.isFinite(hours) || hours < 0) hours = 0;
  if (hours < 1) return unit(Math.max(1, Math.round(hours * 60)), 'minute');
  if (hours < 48) return unit(hours, 'hour', hours < 10 ? 1 : 0);
  return unit(Math.round(hours / 24), 'day');
}

export interface Waiting {
  /** "3 days ago", "yesterday". */
  relative: string;
  /** The date and time, to the minute. */
  exact: string;
  /** "3 days". */
  duration: string;
  long: boolean;
}

export function describeWaiting(since: string, now: Date = new Date()): Waiting {
  const hours = hoursSince(since, now);
  // Never "in 2 minutes" when the server's clock runs a little ahead of the browser's.
  const relative = formatRelative(new Date(Math.min(new Date(since).getTime(), now.getTime())), now);
  return { relative, exact: formatDateTime(since), duration: formatDuration(hours), long: hours >= LONG_WAIT_HOURS };
}
