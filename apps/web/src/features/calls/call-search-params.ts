import { optionalString } from '../../routes/search-params';

// /calls: the find-calls filters, all in the URL so a search can be shared and the back button
// restores it. Names are GET /v1/search/calls's parameters; `fits` is its fitsOrganisation. This
// module is in every page's bundle (the router validates /calls with it): shapes only.

export type CallSort = 'answer_by' | 'relevance' | 'deadline' | 'newest';
/** The answer-by day (soonest first) is the absence of a sort. */
export const CALL_SORTS: readonly CallSort[] = ['answer_by', 'relevance', 'deadline', 'newest'];
export const CALL_SEARCH_ACTIONS = ['KA220-VET', 'KA210-VET'] as const;

export interface CallSearch {
  q?: string;
  page?: number;
  sort?: Exclude<CallSort, 'answer_by'>;
  action?: (typeof CALL_SEARCH_ACTIONS)[number];
  soughtCountry?: string[];
  soughtNaceSection?: string[];
  soughtOrganisationType?: string[];
  deadlineFrom?: string;
  deadlineTo?: string;
  /** One of my organisations: only calls it fits. */
  fits?: string;
  urgent?: true;
}

export const CALL_LIST_FILTERS = ['soughtCountry', 'soughtNaceSection', 'soughtOrganisationType'] as const;
export type CallListFilter = (typeof CALL_LIST_FILTERS)[number];

const LISTS: Record<CallListFilter, { shape: RegExp; max: number }> = {
  soughtCountry: { shape: /^[A-Z]{2}$/, max: 60 },
  soughtNaceSection: { shape: /^[A-U]$/, max: 21 },
  soughtOrganisationType: { shape: /^[a-z_]{2,40}$/, max: 20 },
};

export const MAX_CALL_QUERY = 200;
export const MAX_CALL_PAGE = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function list(key: CallListFilter, value: unknown): string[] | undefined {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const out: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const code = key === 'soughtCountry' ? item.trim().toLocaleUpperCase('en') : item.trim();
    if (LISTS[key].shape.test(code) && !out.includes(code)) out.push(code);
    if (out.length === LISTS[key].max) break;
  }
  return out.length ? out : undefined;
}

const date = (v: unknown) => {
  const s = optionalString(v);
  return s && DATE.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined;
};

/** validateSearch for /calls: whatever the URL holds, a search of the right shape. */
export function parseCallSearch(search: Record<string, unknown>): CallSearch {
  const page = Number(search.page);
  const fits = optionalString(search.fits);
  const out: CallSearch = {
    q: optionalString(search.q)?.slice(0, MAX_CALL_QUERY),
    page: Number.isInteger(page) && page > 1 ? Math.min(page, MAX_CALL_PAGE) : undefined,
    sort: CALL_SORTS.filter((s) => s !== 'answer_by').find((s) => s === search.sort) as CallSearch['sort'],
    action: CALL_SEARCH_ACTIONS.find((a) => a === search.action),
    deadlineFrom: date(search.deadlineFrom),
    deadlineTo: date(search.deadlineTo),
    fits: fits && UUID.test(fits) ? fits : undefined,
    urgent: search.urgent === true || search.urgent === 'true' ? true : undefined,
  };
  for (const key of CALL_LIST_FILTERS) out[key] = list(key, search[key]);
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CallSearch;
}
