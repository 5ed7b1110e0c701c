import {
  COUNTRY_CODES,
  EXPERIENCE_LEVELS,
  LANGUAGE_CODES,
  NACE_SECTION_CODES,
  ORGANISATION_TYPE_CODES,
  SIZE_BAND_CODES,
  TOPIC_CODES,
} from './search-codes';
import {
  codeList,
  FLAG_FILTERS,
  LIST_FILTERS,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  setList,
  type FlagFilter,
  type ListFilter,
  type ListFilterCode,
  type OrganisationSearch,
  type OrganisationSort,
} from './search-params';

// The search page's own view of its URL state: only codes the API knows, and every way of
// changing a search (each returns a new one, from page 1 unless it is about the page).

const KNOWN: Record<ListFilter, ReadonlySet<string>> = {
  country: COUNTRY_CODES,
  excludeCountry: COUNTRY_CODES,
  naceSection: NACE_SECTION_CODES,
  organisationType: ORGANISATION_TYPE_CODES,
  topic: TOPIC_CODES,
  language: LANGUAGE_CODES,
  sizeBand: SIZE_BAND_CODES,
  experience: EXPERIENCE_LEVELS,
};

const known = (key: ListFilter) => (code: string) => KNOWN[key].has(code);

/** The search with the codes the API does not know dropped (an edited URL, an old link). */
export function onlyKnown(s: OrganisationSearch): OrganisationSearch {
  let next = s;
  for (const key of LIST_FILTERS) {
    const codes: readonly string[] | undefined = s[key];
    if (!codes || codes.every(known(key))) continue;
    if (next === s) next = { ...s };
    setList(next, key, codeList(key, [...codes], known(key)));
    if (!next[key]) delete next[key];
  }
  return next;
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
  setList(next, key, codeList(key, [...codes], known(key)));
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
