import type { SearchParams, Settings } from 'meilisearch';
import { ORGANISATION_INDEX_SETTINGS } from './organisation-index';
import { anyOf, filterValue, forDisplay, paged } from './search-query';

// The partner calls index: only open calls of published organisations are in it. Sought
// countries, sectors and types are the union over what the call seeks; a call that leaves a
// dimension open ("any country") says so with an `any*` flag, so "calls my organisation fits"
// is one filter.

export interface CallDocument {
  id: string;
  version: number;
  status: 'open';
  title: string;
  summary: string;
  action: string;
  kind: string;
  urgent: boolean;
  topics: string[];
  topicLabels: string[];
  languages: string[];
  soughtCountries: string[];
  soughtNaceSections: string[];
  soughtOrganisationTypes: string[];
  soughtRoles: string[];
  anyCountry: boolean;
  anySector: boolean;
  anyType: boolean;
  /** Countries the call takes no partner from: organisations there never "fit" it. */
  excludedCountries: string[];
  soughtText: string;
  organisationId: string;
  organisationName: string;
  organisationCountry: string;
  organisationType: string;
  /** Unix seconds at 00:00 UTC of each date; null when not given. */
  naDeadline: number | null;
  answerBy: number;
  plannedStart: number | null;
  openedAt: number;
}

export const CALL_INDEX = 'partner_calls';

export const CALL_FACETS = [
  'action',
  'kind',
  'topics',
  'soughtCountries',
  'soughtNaceSections',
  'soughtOrganisationTypes',
  'organisationCountry',
  'languages',
] as const;
export type CallFacet = (typeof CALL_FACETS)[number];

export const CALL_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'topicLabels', 'summary', 'soughtText', 'organisationName'],
  filterableAttributes: [
    {
      attributePatterns: [
        ...CALL_FACETS,
        'status',
        'urgent',
        'anyCountry',
        'anySector',
        'anyType',
        'excludedCountries',
        'organisationId',
      ],
      features: { facetSearch: false, filter: { equality: true, comparison: false } },
    },
    {
      attributePatterns: ['naDeadline', 'answerBy'],
      features: { facetSearch: false, filter: { equality: true, comparison: true } },
    },
  ],
  sortableAttributes: ['answerBy', 'naDeadline', 'openedAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  synonyms: ORGANISATION_INDEX_SETTINGS.synonyms,
  typoTolerance: ORGANISATION_INDEX_SETTINGS.typoTolerance,
  pagination: { maxTotalHits: 2000 },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  localizedAttributes: [
    {
      attributePatterns: ['title', 'summary', 'soughtText', 'organisationName', 'topicLabels'],
      locales: ['ell', 'eng'],
    },
  ],
};

export type CallSort = 'relevance' | 'answer_by' | 'deadline' | 'newest';

export interface CallSearchInput {
  q?: string;
  actions?: string[];
  kinds?: string[];
  urgent?: boolean;
  topics?: string[];
  soughtCountries?: string[];
  soughtNaceSections?: string[];
  soughtOrganisationTypes?: string[];
  organisationCountries?: string[];
  languages?: string[];
  /** NA deadline on or after / on or before (YYYY-MM-DD). */
  deadlineFrom?: string;
  deadlineTo?: string;
  /** Calls this organisation could answer: it fits what they seek, and is not theirs. */
  fits?: { organisationId: string; country: string; naceSections: string[]; organisationType: string };
  facets?: readonly CallFacet[];
  sort?: CallSort;
  page?: number;
  pageSize?: number;
  /** Today, YYYY-MM-DD (UTC): calls whose answer-by day is over are hidden even before the job runs. */
  today: string;
}

export const dayToUnix = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000);

/** The filter every call search carries. */
export const OPEN_CALLS = `status = ${filterValue('open')}`;

export function buildCallSearch(input: CallSearchInput): { q: string; params: SearchParams } {
  const fits = input.fits;
  const filter = [
    OPEN_CALLS,
    `answerBy >= ${dayToUnix(input.today)}`,
    anyOf('action', input.actions),
    anyOf('kind', input.kinds),
    input.urgent === undefined ? null : `urgent = ${filterValue(input.urgent)}`,
    anyOf('topics', input.topics),
    anyOf('soughtCountries', input.soughtCountries),
    anyOf('soughtNaceSections', input.soughtNaceSections),
    anyOf('soughtOrganisationTypes', input.soughtOrganisationTypes),
    anyOf('organisationCountry', input.organisationCountries),
    anyOf('languages', input.languages),
    input.deadlineFrom ? `naDeadline >= ${dayToUnix(input.deadlineFrom)}` : null,
    input.deadlineTo ? `naDeadline <= ${dayToUnix(input.deadlineTo)}` : null,
    fits ? `organisationId != ${filterValue(fits.organisationId)}` : null,
    fits ? `(anyCountry = true OR soughtCountries = ${filterValue(fits.country)})` : null,
    // NOT also keeps documents indexed before the field existed (they exclude nothing).
    fits ? `NOT excludedCountries = ${filterValue(fits.country)}` : null,
    fits ? `(anyType = true OR soughtOrganisationTypes = ${filterValue(fits.organisationType)})` : null,
    fits
      ? `(anySector = true${fits.naceSections.length ? ` OR ${anyOf('soughtNaceSections', fits.naceSections)}` : ''})`
      : null,
  ].filter((f): f is string => f !== null);
  const sort =
    input.sort === 'answer_by'
      ? ['answerBy:asc']
      : input.sort === 'deadline'
        ? ['naDeadline:asc']
        : input.sort === 'newest'
          ? ['openedAt:desc']
          : undefined;
  const q = input.q?.trim() ?? '';
  return {
    q,
    params: {
      filter,
      sort,
      ...paged(input),
      ...forDisplay(
        q,
        [
          'id',
          'title',
          'action',
          'kind',
          'urgent',
          'topics',
          'languages',
          'soughtCountries',
          'soughtNaceSections',
          'soughtOrganisationTypes',
          'soughtRoles',
          'organisationId',
          'organisationName',
          'organisationCountry',
          'naDeadline',
          'answerBy',
          'plannedStart',
        ],
        'title',
        'summary',
      ),
    },
  };
}
