import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './platform';

// The web app as a person sees it, for the browser tests and the web benchmark: the
// interface's words from its own catalogues (apps/web/src/i18n/<lang>.json), so one journey
// runs in English and in Greek, and signing in through the sign-in page.

export type Language = 'en' | 'el';
export const LANGUAGES: readonly Language[] = ['en', 'el'];
/** The browser locale that makes the app start in each language (it reads navigator.languages). */
export const LOCALE: Record<Language, string> = { en: 'en-GB', el: 'el-GR' };

type Catalogue = { [key: string]: string | Catalogue };
const catalogues = new Map<Language, Catalogue>();

/** A string of the catalogue by its key ("signIn.submit"), with {{name}} filled in from `values`. */
export function t(lang: Language, key: string, values: Record<string, string | number> = {}): string {
  let catalogue = catalogues.get(lang);
  if (!catalogue) {
    const file = resolve(ROOT, 'apps', 'web', 'src', 'i18n', `${lang}.json`);
    catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
    catalogues.set(lang, catalogue);
  }
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no string "${key}" in the ${lang} catalogue`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** Matches an accessible name that starts with the text (labels of required fields end in " (required)"). */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * Signs in through the sign-in page with the labels of `lang`, as a person would; resolves
 * once the app has left the sign-in page (it goes on to the page it was asked for).
 */
export async function signIn(page: Page, email: string, password: string, lang: Language = 'en'): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(startingWith(t(lang, 'fields.email'))).fill(email);
  await page.getByLabel(startingWith(t(lang, 'fields.password'))).fill(password);
  await page.getByRole('button', { name: t(lang, 'signIn.submit'), exact: true }).click();
  await page.waitForURL((url) => !/^\/sign-in\/?$/.test(url.pathname));
}
