export const SUPPORTED_LOCALES = ['en', 'el'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The supported locale an Accept-Language header asks for (q-values honoured), or null when it
 * names none: absent, `*`, or only languages the platform does not speak.
 */
export function requestedLocale(header: string | readonly string[] | undefined | null): Locale | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || !value) return null;
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const r of ranked) {
    if ((SUPPORTED_LOCALES as readonly string[]).includes(r.lang)) return r.lang as Locale;
  }
  return null;
}

/**
 * The language of an answer: what the request's Accept-Language asks for, else the caller's
 * preferred language, else English. Every transport decides it with this one function.
 */
export function negotiateLocale(
  header: string | readonly string[] | undefined | null,
  preferred?: Locale | null,
): Locale {
  return requestedLocale(header) ?? preferred ?? DEFAULT_LOCALE;
}

export type Localised = Record<Locale, string>;
