import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import el from './el.json';
import en from './en.json';

// Both catalogues hold every key, every key the code names exists, and none is left empty.

function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// i18next plural forms: a key used as `t('x', { count })` lives as x_one / x_other.
const PLURAL = /_(zero|one|two|few|many|other)$/;

const english = flatten(en);
const greek = flatten(el);

describe('the catalogues', () => {
  it('hold the same keys in English and Greek', () => {
    const onlyEnglish = [...english.keys()].filter((k) => !greek.has(k));
    const onlyGreek = [...greek.keys()].filter((k) => !english.has(k));
    expect({ onlyEnglish, onlyGreek }).toEqual({ onlyEnglish: [], onlyGreek: [] });
  });

  it('leave no text empty', () => {
    const empty = [...english, ...greek].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('hold every key the code asks for, in both languages', () => {
    const root = join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      // t('a.b'), i18nKey="a.b", and zod / form messages written as 'validation.x'.
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/i18nKey="([a-zA-Z0-9_.]+)"/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'(validation\.[a-zA-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    const has = (cat: Map<string, unknown>, key: string) =>
      cat.has(key) || [...cat.keys()].some((k) => PLURAL.test(k) && k.replace(PLURAL, '') === key);
    const missing = [...used].filter((k) => !has(english, k) || !has(greek, k));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });
});
