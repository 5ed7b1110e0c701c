import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import el from '../../i18n/el.json';
import en from '../../i18n/en.json';
import { QUEUE_KINDS } from './moderation-search';
import { DECISIONS } from './use-moderation';

// The desk builds some keys from the API's values (`moderation.actions.${action}`), which the
// catalogue test cannot see in the code: every value the API can send has its words here.

const openapi = JSON.parse(readFileSync(join(__dirname, '../../../../../openapi.json'), 'utf8'));
const audit = openapi.components.schemas.ModerationAuditEntryDto.properties;
const statuses: string[] = openapi.components.schemas.OrganisationResponseDto.properties.status.enum;

function lookup(catalogue: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

const keys = [
  ...QUEUE_KINDS.flatMap((k) => [
    `moderation.kinds.${k}`,
    `moderation.kindsPlural.${k}`,
    `moderation.waitingSince.${k}`,
  ]),
  ...DECISIONS.flatMap((d) => [
    `moderation.decisions.${d}.button`,
    `moderation.decisions.${d}.title`,
    `moderation.decisions.${d}.body`,
    `moderation.decisions.${d}.confirm`,
    `moderation.done.${d}`,
  ]),
  ...(audit.action.enum as string[]).map((a) => `moderation.actions.${a}`),
  ...(audit.actorRole.enum as string[]).map((r) => `moderation.roles.${r}`),
  ...[...statuses, 'deleted'].map((s) => `moderation.status.${s}`),
  ...['submissions', 'revisions', 'reports'].map((k) => `moderation.figures.kinds.${k}`),
];

describe('the desk’s words for the API’s values', () => {
  it('exist in English and Greek', () => {
    const missing = keys.flatMap((key) =>
      [
        ['en', en],
        ['el', el],
      ].flatMap(([lang, catalogue]) =>
        typeof lookup(catalogue as object, key) === 'string' ? [] : [`${lang}: ${key}`],
      ),
    );
    expect(missing).toEqual([]);
  });
});
