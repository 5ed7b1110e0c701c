import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// Each catalogue (src/i18n/en.json, el.json) stays one file, grouped by feature; the build
// serves it in two parts: `virtual:catalogue/<lng>/core` holds the groups the shell, the landing
// page and the sign-in page need, and `virtual:catalogue/<lng>/rest` everything else, loaded by
// the other pages. That keeps the first pages' JavaScript inside its budget as screens grow.

export const CORE_GROUPS = [
  'app',
  'common',
  'layout',
  'errors',
  'validation',
  'fields',
  'notFound',
  'landing',
  'signIn',
];

const PREFIX = 'virtual:catalogue/';
const RESOLVED = '\0' + PREFIX;

export function cataloguePlugin(i18nDir: string): Plugin {
  return {
    name: 'syndesmos-catalogue',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const [lng, part] = id.slice(RESOLVED.length).split('/');
      if (!lng || !/^[a-z]{2}$/.test(lng) || (part !== 'core' && part !== 'rest')) {
        this.error(`unknown catalogue module ${id.slice(1)}`);
      }
      const file = join(i18nDir, `${lng}.json`);
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const picked = Object.fromEntries(
        Object.entries(all).filter(([group]) => CORE_GROUPS.includes(group) === (part === 'core')),
      );
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
