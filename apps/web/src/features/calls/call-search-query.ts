import { CALL_LIST_FILTERS, parseCallSearch, type CallSearch } from './call-search-params';

// What the calls page does with a parsed search (kept apart from the parser, which the router
// puts in every page's bundle).

/** GET /v1/search/calls's query for a search: lists comma-separated, answer-by day by default. */
export function toCallSearchQuery(s: CallSearch, pageSize = 20) {
  return {
    q: s.q,
    page: s.page ?? 1,
    pageSize,
    sort: s.sort ?? ('answer_by' as const),
    action: s.action,
    soughtCountry: s.soughtCountry?.join(','),
    soughtNaceSection: s.soughtNaceSection?.join(','),
    soughtOrganisationType: s.soughtOrganisationType?.join(','),
    deadlineFrom: s.deadlineFrom,
    deadlineTo: s.deadlineTo,
    fitsOrganisation: s.fits,
    urgent: s.urgent,
  };
}

/** A change of filters starts again at page 1. */
export function withFilters(s: CallSearch, patch: Partial<CallSearch>): CallSearch {
  return parseCallSearch({ ...s, ...patch, page: undefined });
}

export function activeCallFilterCount(s: CallSearch): number {
  return (
    (s.action ? 1 : 0) +
    CALL_LIST_FILTERS.reduce((n, k) => n + (s[k]?.length ?? 0), 0) +
    (s.deadlineFrom ? 1 : 0) +
    (s.deadlineTo ? 1 : 0) +
    (s.fits ? 1 : 0) +
    (s.urgent ? 1 : 0)
  );
}
