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

/** The language chosen with the switch in this browser, if any. */
export function storedLanguage(): Language | undefined {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : undefined;
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

type Catalogue = Record<string, unknown>;
type Part = 'core' | 'rest';

// Literal imports, so the bundler makes one chunk of each part (see catalogue-plugin.mts).
const PARTS: Record<Language, Record<Part, () => Promise<{ default: Catalogue }>>> = {
  en: { core: () => import('virtual:catalogue/en/core'), rest: () => import('virtual:catalogue/en/rest') },
  el: { core: () => import('virtual:catalogue/el/core'), rest: () => import('virtual:catalogue/el/rest') },
};
const wanted = new Set<Part>(['core']);
const loaded = new Set<string>();
const pending: Catalogue[] = [];

async function load(lng: Language, parts: Iterable<Part> = wanted): Promise<void> {
  for (const part of parts) {
    const key = `${lng}:${part}`;
    if (loaded.has(key)) continue;
    const { default: catalogue } = await PARTS[lng][part]();
    if (i18next.isInitialized) i18next.addResourceBundle(lng, 'translation', catalogue, true, true);
    else pending.push(catalogue);
    loaded.add(key);
  }
}

/** Every page but the landing and sign-in pages: loads the rest of the catalogue first
 *  (a route loader, so the page never renders a bare key). */
export async function loadFullCatalogue(): Promise<void> {
  wanted.add('rest');
  await load(currentLanguage());
}

function apply(lng: Language): void {
  document.documentElement.lang = lng;
  setRequestLanguage(lng);
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  await load(lng);
  const resources = Object.assign({}, ...pending.splice(0)) as Catalogue;
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
  await load(lng);
  await i18next.changeLanguage(lng);
  safeStorage()?.setItem(STORAGE_KEY, lng);
  apply(lng);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}
