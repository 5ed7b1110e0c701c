import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { useSession } from '../../api/session';
import type { CountryCode } from './search-codes';
import { LIST_FILTERS, type ListFilter, type OrganisationSearch } from './search-params';
import { normalisedQuery, withList } from './search-state';

// The search page's server data: results with facet counts, the counts of the filters in use
// (asked without their own filter, so the other values of a filter stay choosable), name
// suggestions, and the viewer's own countries for "not my country". Every request hands its
// AbortSignal to fetch: a stale search is cancelled when the next one starts.

export type SearchQuery = NonNullable<operations['SearchController_organisations']['parameters']['query']>;
export type SearchResponse = Schemas['OrganisationSearchResponseDto'];
export type OrganisationHit = Schemas['OrganisationHitDto'];
export type FacetCounts = Schemas['FacetCountsDto'];
export type FacetName = keyof FacetCounts;
export type NameSuggestion = Schemas['AutocompleteItemDto'];

/** An answer with the words it answers, so the page can say which search it shows. */
export interface SearchAnswer extends SearchResponse {
  q: string;
}

export const PAGE_SIZE = 20;

/** The facet counted for each list filter ("not my country" reads the country counts). */
export const FACET_OF: Record<Exclude<ListFilter, 'excludeCountry'>, FacetName> = {
  country: 'country',
  naceSection: 'naceSections',
  organisationType: 'organisationType',
  topic: 'topics',
  language: 'languages',
  sizeBand: 'sizeBand',
  experience: 'experience',
};
export const FACETED_FILTERS = LIST_FILTERS.filter((k): k is keyof typeof FACET_OF => k !== 'excludeCountry');
const PANEL_FACETS: FacetName[] = [...Object.values(FACET_OF), 'oidVerified', 'openToPartnerships'];

// The API answers organisation search to signed-in users only (401 otherwise): a signed-out
// visitor is asked to sign in instead of being sent into a refusal.
export const SEARCH_NEEDS_SIGN_IN = true;

/** The API request for a search state. */
export function toSearchQuery(s: OrganisationSearch, facets: readonly FacetName[], pageSize = PAGE_SIZE): SearchQuery {
  const q = normalisedQuery(s.q);
  return {
    q: q || undefined,
    page: s.page,
    pageSize,
    sort: s.sort,
    country: s.country,
    excludeCountry: s.excludeCountry,
    naceSection: s.naceSection,
    organisationType: s.organisationType,
    topic: s.topic,
    language: s.language,
    sizeBand: s.sizeBand,
    experience: s.experience,
    oidVerified: s.oidVerified,
    openToPartnerships: s.openToPartnerships,
    facets: facets.length ? facets.join(',') : undefined,
  };
}

export const searchKey = (query: SearchQuery) => ['search', 'organisations', query] as const;

/** An outage is worth one quick retry at most; a refusal or SEARCH_UNAVAILABLE none. */
function retry(count: number, error: unknown): boolean {
  if (error instanceof ApiError && (error.status < 500 || error.code === 'SEARCH_UNAVAILABLE')) return false;
  return count < 1;
}

async function runSearch(query: SearchQuery, signal: AbortSignal): Promise<SearchAnswer> {
  const answer = unwrap(await api.GET('/v1/search/organisations', { params: { query }, signal }));
  return { ...answer, q: query.q ?? '' };
}

export function useCanSearch(): boolean {
  const session = useSession();
  return !SEARCH_NEEDS_SIGN_IN || session.status === 'signedIn';
}

/** The results page, with the facet counts of the panel; the previous page stays while the next loads. */
export function useOrganisationSearch(s: OrganisationSearch) {
  const enabled = useCanSearch();
  const query = toSearchQuery(s, PANEL_FACETS);
  return useQuery({
    queryKey: searchKey(query),
    queryFn: ({ signal }) => runSearch(query, signal),
    enabled,
    placeholderData: keepPreviousData,
    retry,
    staleTime: 30_000,
  });
}

/**
 * For each filter in use, its counts as if it were not set: with "Greece" ticked, the country
 * counts still show how many each other country would add. One small request per such filter.
 */
export function useOwnFacetCounts(s: OrganisationSearch): Partial<FacetCounts> {
  const enabled = useCanSearch();
  const used = FACETED_FILTERS.filter((key) => s[key]?.length);
  const results = useQueries({
    queries: used.map((key) => {
      const query = toSearchQuery({ ...withList(s, key, []), page: undefined }, [FACET_OF[key]], 1);
      return {
        queryKey: searchKey(query),
        queryFn: ({ signal }: { signal: AbortSignal }) => runSearch(query, signal),
        enabled,
        placeholderData: keepPreviousData,
        retry,
        staleTime: 30_000,
      };
    }),
  });
  const counts: Partial<FacetCounts> = {};
  used.forEach((key, i) => {
    const facet = FACET_OF[key];
    const data = results[i]?.data;
    if (data?.facets[facet]) counts[facet] = data.facets[facet];
  });
  return counts;
}

/** Organisation names for the search box, best first; nothing under two characters. */
export function useNameSuggestions(text: string, active: boolean) {
  const enabled = useCanSearch();
  const q = normalisedQuery(text).slice(0, 100);
  return useQuery({
    queryKey: ['search', 'autocomplete', q],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/search/organisations/autocomplete', { params: { query: { q, limit: 8 } }, signal })),
    enabled: enabled && active && q.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

/** The countries of the viewer's organisations (any state): what "not my country" leaves out. */
export function useMyCountries(): CountryCode[] {
  const session = useSession();
  const { data } = useQuery({
    queryKey: ['search', 'my-countries', session.status === 'signedIn' ? session.user.id : null],
    queryFn: async ({ signal }) => {
      const page = unwrap(await api.GET('/v1/organisations/mine', { params: { query: { limit: 100 } }, signal }));
      const countries = new Set<CountryCode>();
      for (const m of page.items) if (m.organisation.profile.country) countries.add(m.organisation.profile.country);
      return [...countries].sort();
    },
    enabled: session.status === 'signedIn',
    staleTime: 5 * 60_000,
  });
  return data ?? [];
}
