import { optionalString } from '../../routes/search-params';
import type {
  CountryCode,
  ExperienceLevel,
  LanguageCode,
  NaceSectionCode,
  OrganisationTypeCode,
  SizeBandCode,
  TopicCode,
} from './search-codes';

// The search page's state as the URL holds it. This module is in every page's bundle (the router
// validates /search with it), so it checks codes by their shape only; search-state.ts, loaded
// with the page, keeps the codes the API knows (onlyKnown) and holds the ways to change a search.

/** The search page's state, all of it in the URL so a search can be shared and the back
 *  button restores it. Filter names are the API's query parameters. */
export interface OrganisationSearch {
  q?: string;
  /** 2 and up; page 1 is the absence of a page. */
  page?: number;
  /** Relevance (the default) is the absence of a sort. */
  sort?: OrganisationSort;
  country?: CountryCode[];
  /** "Not my country": the countries of the viewer's own organisations, or any others. */
  excludeCountry?: CountryCode[];
  naceSection?: NaceSectionCode[];
  organisationType?: OrganisationTypeCode[];
  topic?: TopicCode[];
  language?: LanguageCode[];
  sizeBand?: SizeBandCode[];
  experience?: ExperienceLevel[];
  /** Only organisations whose OID the National Agency verified (no "unverified only" filter). */
  oidVerified?: true;
  openToPartnerships?: true;
}

export type OrganisationSort = 'updated' | 'name';
const SORTS: readonly OrganisationSort[] = ['updated', 'name'];

/** The filters that take several codes, ORed within a filter and ANDed between them. */
export const LIST_FILTERS = [
  'country',
  'excludeCountry',
  'naceSection',
  'organisationType',
  'topic',
  'language',
  'sizeBand',
  'experience',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
export type ListFilterCode<K extends ListFilter> = NonNullable<OrganisationSearch[K]>[number];

export const FLAG_FILTERS = ['oidVerified', 'openToPartnerships'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

/** Each list's codes by their shape, and the API's maxItems for it. */
const LISTS: Record<ListFilter, { shape: RegExp; max: number }> = {
  country: { shape: /^[A-Z]{2}$/, max: 60 },
  excludeCountry: { shape: /^[A-Z]{2}$/, max: 60 },
  naceSection: { shape: /^[A-U]$/, max: 21 },
  organisationType: { shape: /^[a-z_]{2,40}$/, max: 20 },
  topic: { shape: /^[a-z_]{2,40}$/, max: 30 },
  language: { shape: /^[a-z]{2}$/, max: 30 },
  sizeBand: { shape: /^(1-9|10-49|50-249|250\+)$/, max: 4 },
  experience: { shape: /^(none|participated|coordinated)$/, max: 3 },
};

/** The API's limits: q up to 200 characters, pages 1 to 100. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 100;

// The EU writes Greece and the United Kingdom as EL and UK; links pasted from elsewhere may too.
const COUNTRY_ALIASES: Record<string, string> = { EL: 'GR', UK: 'GB' };

function normalise(key: ListFilter, code: string): string {
  if (key === 'country' || key === 'excludeCountry') {
    const upper = code.toLocaleUpperCase('en');
    return COUNTRY_ALIASES[upper] ?? upper;
  }
  if (key === 'language') return code.toLocaleLowerCase('en');
  return code;
}

/**
 * Codes from an array or a comma-separated string: trimmed, normalised, each once, at most as
 * many as the API takes, and only those that `accept` (by default: that have the right shape).
 */
export function codeList<K extends ListFilter>(
  key: K,
  value: unknown,
  accept: (code: string) => boolean = (code) => LISTS[key].shape.test(code),
): ListFilterCode<K>[] | undefined {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const out: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const code = normalise(key, item.trim());
    if (accept(code) && !out.includes(code)) out.push(code);
    if (out.length === LISTS[key].max) break;
  }
  return out.length ? (out as ListFilterCode<K>[]) : undefined;
}

function flag(value: unknown): true | undefined {
  return value === true || value === 'true' || value === '1' || value === 1 ? true : undefined;
}

/** validateSearch for /search: whatever the URL holds, a search of the right shape. */
export function parseOrganisationSearch(search: Record<string, unknown>): OrganisationSearch {
  const page = Number(search.page);
  const q = optionalString(search.q)?.slice(0, MAX_QUERY_LENGTH);
  const sort = SORTS.find((s) => s === search.sort);
  const out: OrganisationSearch = {
    q,
    page: Number.isInteger(page) && page > 1 ? Math.min(page, MAX_PAGE) : undefined,
    sort,
  };
  for (const key of LIST_FILTERS) setList(out, key, codeList(key, search[key]));
  for (const key of FLAG_FILTERS) out[key] = flag(search[key]);
  // Absent keys rather than undefined ones, so the URL carries only what is set.
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as OrganisationSearch;
}

export function setList<K extends ListFilter>(
  s: OrganisationSearch,
  key: K,
  codes: ListFilterCode<K>[] | undefined,
): void {
  (s as Record<ListFilter, string[] | undefined>)[key] = codes;
}
