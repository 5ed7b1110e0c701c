import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/session';

// English and Greek. Only the chosen catalogue is loaded (each is its own chunk); the choice
// is kept in localStorage and, once signed in, in the account's preferred language.

export const LANGUAGES = ['en', 'el'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'syndesmos.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.languages?.find((l) => isLanguage(l.slice(0, 2)));
  return browser && browser.slice(0, 2) === 'el' ? 'el' : 'en';
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function load(lng: Language): Promise<Record<string, unknown>> {
  const mod = lng === 'el' ? await import('./el.json') : await import('./en.json');
  return mod.default as Record<string, unknown>;
}

function apply(lng: Language): void {
  document.documentElement.lang = lng;
  setRequestLanguage(lng);
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  const resources = await load(lng);
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources: { [lng]: { translation: resources } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  apply(lng);
  return i18next;
}

/** Switches the interface language (loading its catalogue first) and remembers the choice. */
export async function changeLanguage(lng: Language): Promise<void> {
  if (!i18next.hasResourceBundle(lng, 'translation')) {
    i18next.addResourceBundle(lng, 'translation', await load(lng));
  }
  await i18next.changeLanguage(lng);
  safeStorage()?.setItem(STORAGE_KEY, lng);
  apply(lng);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}
