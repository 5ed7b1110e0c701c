import { optionalString } from '../../routes/search-params';

// The desk's state, all of it in the URL: which tab, which filters, which item is open. Parsed
// defensively: anything unexpected is dropped rather than passed on to the API.

export const DESK_TABS = ['queue', 'audit'] as const;
export type DeskTab = (typeof DESK_TABS)[number];

export const QUEUE_KINDS = ['submission', 'revision', 'report'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

/** What the detail panel can show: a queue item, or an organisation opened from the audit log. */
export const ITEM_KINDS = [...QUEUE_KINDS, 'organisation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

export interface ModerationSearch {
  tab?: DeskTab;
  /** Only this kind of queue item. */
  kind?: QueueKind;
  /** Only this country (ISO 3166-1 alpha-2, upper case). */
  country?: string;
  /** The open item, `<kind>:<uuid>`. */
  item?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  const text = optionalString(value);
  return values.find((v) => v === text);
}

export function parseItemRef(value: unknown): ItemRef | undefined {
  const text = optionalString(value);
  if (!text) return undefined;
  const at = text.indexOf(':');
  const kind = oneOf(ITEM_KINDS, text.slice(0, at));
  const id = text.slice(at + 1);
  return kind && UUID.test(id) ? { kind, id: id.toLowerCase() } : undefined;
}

export function itemParam(ref: ItemRef): string {
  return `${ref.kind}:${ref.id}`;
}

export function parseModerationSearch(search: Record<string, unknown>): ModerationSearch {
  const country = optionalString(search.country)?.trim().toLocaleUpperCase('en'); // ISO codes: Latin letters only
  const item = parseItemRef(search.item);
  return {
    tab: oneOf(DESK_TABS, search.tab),
    kind: oneOf(QUEUE_KINDS, search.kind),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    item: item && itemParam(item),
  };
}
