import { optionalString } from '../../routes/search-params';
import {
  COUNTRY_CODES,
  EXPERIENCE_LEVELS,
  LANGUAGE_CODES,
  NACE_SECTION_CODES,
  ORGANISATION_TYPE_CODES,
  SIZE_BAND_CODES,
  TOPIC_CODES,
  type CountryCode,
  type ExperienceLevel,
  type LanguageCode,
  type NaceSectionCode,
  type OrganisationTypeCode,
  type SizeBandCode,
  type TopicCode,
} from './search-codes';

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

/** Each list's accepted codes and the API's maxItems for it. */
const LISTS: { [K in ListFilter]: { codes: ReadonlySet<ListFilterCode<K>>; max: number } } = {
  country: { codes: COUNTRY_CODES, max: 60 },
  excludeCountry: { codes: COUNTRY_CODES, max: 60 },
  naceSection: { codes: NACE_SECTION_CODES, max: 21 },
  organisationType: { codes: ORGANISATION_TYPE_CODES, max: 20 },
  topic: { codes: TOPIC_CODES, max: 30 },
  language: { codes: LANGUAGE_CODES, max: 30 },
  sizeBand: { codes: SIZE_BAND_CODES, max: 4 },
  experience: { codes: EXPERIENCE_LEVELS, max: 3 },
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

/** Codes from an array or a comma-separated string: trimmed, known ones only, each once. */
export function codeList<K extends ListFilter>(key: K, value: unknown): ListFilterCode<K>[] | undefined {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const { codes, max } = LISTS[key] as { codes: ReadonlySet<string>; max: number };
  const out: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const code = normalise(key, item.trim());
    if (codes.has(code) && !out.includes(code)) out.push(code);
    if (out.length === max) break;
  }
  return out.length ? (out as ListFilterCode<K>[]) : undefined;
}

function flag(value: unknown): true | undefined {
  return value === true || value === 'true' || value === '1' || value === 1 ? true : undefined;
}

/** validateSearch for /search: whatever the URL holds, a state the API accepts. */
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

function setList<K extends ListFilter>(s: OrganisationSearch, key: K, codes: ListFilterCode<K>[] | undefined): void {
  (s as Record<ListFilter, string[] | undefined>)[key] = codes;
}

/** One filter value that is set, as the search page lists it (chips, "remove this filter"). */
export type ActiveFilter = { key: ListFilter; code: string } | { key: FlagFilter };

/** Every filter that is set, list codes in the order they were added, flags last. */
export function activeFilters(s: OrganisationSearch): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const key of LIST_FILTERS) for (const code of s[key] ?? []) out.push({ key, code });
  for (const key of FLAG_FILTERS) if (s[key]) out.push({ key });
  return out;
}

/** The same search with one filter value added or removed, from page 1. */
export function toggleCode<K extends ListFilter>(
  s: OrganisationSearch,
  key: K,
  code: ListFilterCode<K>,
): OrganisationSearch {
  const current: readonly string[] = s[key] ?? [];
  const next = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
  return withList(s, key, next);
}

/** A copy of the search without the named keys (and so, always, from page 1). */
function without(s: OrganisationSearch, ...keys: (keyof OrganisationSearch)[]): OrganisationSearch {
  const next = { ...s };
  delete next.page;
  for (const key of keys) delete next[key];
  return next;
}

/** The same search with a list filter replaced (empty removes it), from page 1. */
export function withList(s: OrganisationSearch, key: ListFilter, codes: readonly string[]): OrganisationSearch {
  const next = without(s, key);
  setList(next, key, codeList(key, [...codes]));
  return next[key] ? next : without(next, key);
}

/** The same search with a flag set or cleared, from page 1. */
export function withFlag(s: OrganisationSearch, key: FlagFilter, on: boolean): OrganisationSearch {
  const next = without(s, key);
  if (on) next[key] = true;
  return next;
}

/** The same search without one active filter, from page 1. */
export function withoutFilter(s: OrganisationSearch, filter: ActiveFilter): OrganisationSearch {
  if ('code' in filter) {
    const codes: readonly string[] = s[filter.key] ?? [];
    return withList(
      s,
      filter.key,
      codes.filter((c) => c !== filter.code),
    );
  }
  return withFlag(s, filter.key, false);
}

/** The words and the sort, no filters, page 1. */
export function withoutFilters(s: OrganisationSearch): OrganisationSearch {
  return { ...(s.q ? { q: s.q } : {}), ...(s.sort ? { sort: s.sort } : {}) };
}

/** The same search with other words, from page 1. */
export function withQuery(s: OrganisationSearch, q: string): OrganisationSearch {
  const next = without(s, 'q');
  const text = q.slice(0, MAX_QUERY_LENGTH);
  if (text) next.q = text;
  return next;
}

export function withPage(s: OrganisationSearch, page: number): OrganisationSearch {
  const next = without(s);
  if (page > 1) next.page = Math.min(page, MAX_PAGE);
  return next;
}

export function withSort(s: OrganisationSearch, sort: OrganisationSort | undefined): OrganisationSearch {
  const next = without(s, 'sort');
  if (sort) next.sort = sort;
  return next;
}

/** The words as the API sees them: trimmed, inner runs of space as one. */
export function normalisedQuery(q: string | undefined): string {
  return (q ?? '').trim().replace(/\s+/g, ' ');
}
