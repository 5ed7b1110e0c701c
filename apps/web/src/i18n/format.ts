import { currentLanguage } from './index';

// Dates and numbers always go through Intl in the interface language.

const locales = { en: 'en-GB', el: 'el-GR' } as const;

function locale(): string {
  return locales[currentLanguage()];
}

export function formatDate(iso: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** "3 hours ago", "in 2 days": the largest unit that fits. */
export function formatRelative(iso: string | Date, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31536000],
    ['month', 2592000],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds), 'second');
}

/** A list joined the way the language joins lists ("A, B and C" / "Α, Β και Γ"). */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** Whole euros, or cents where a share splits unevenly ("€12,500", "12.333,33 €"). */
export function formatEuro(value: number): string {
  return formatNumber(value, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  });
}

/** A calendar month of a plan ("Mar 2027", "Μαρ 2027"), read in UTC as the plan's dates are. */
export function formatMonth(date: Date): string {
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
