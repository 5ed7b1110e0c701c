import type { SearchParams } from 'meilisearch';
import type { OrganisationFacet } from './organisation-index';

// Turns typed, validated search input into a Meilisearch request. Pure: no I/O, unit-tested.

export type OrganisationSort = 'relevance' | 'updated' | 'name';

export interface OrganisationSearchInput {
  q?: string;
  countries?: string[];
  excludeCountries?: string[];
  naceSections?: string[];
  naceDivisions?: string[];
  organisationTypes?: string[];
  topics?: string[];
  languages?: string[];
  sizeBands?: string[];
  experience?: string[];
  oidVerified?: boolean;
  openToPartnerships?: boolean;
  sort?: OrganisationSort;
  /** Facet distributions to count; none by default, since each costs a pass over the matches. */
  facets?: readonly OrganisationFacet[];
  page?: number;
  pageSize?: number;
}

/** Quotes a value for a Meilisearch filter; a quote or backslash inside stays literal. */
export function filterValue(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute IN [...]` with every value quoted, or null when there is nothing to match. */
export function anyOf(attribute: string, values: string[] | undefined): string | null {
  if (!values || values.length === 0) return null;
  return `${attribute} IN [${values.map(filterValue).join(', ')}]`;
}

/** Page-numbered results (exact counts), with the facets asked for and no others. */
export function paged(input: { facets?: readonly string[]; page?: number; pageSize?: number }): SearchParams {
  return {
    facets: input.facets?.length ? [...input.facets] : undefined,
    page: input.page ?? 1,
    hitsPerPage: input.pageSize ?? 20,
  };
}

/** Highlights the title and crops the text around matches, `<mark>` marking them. */
export function highlighted(title: string, text: string): SearchParams {
  return {
    attributesToHighlight: [title, text],
    attributesToCrop: [text],
    cropLength: 40,
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
  };
}

/** The filter every organisation search carries; callers cannot leave it out. */
export const VISIBLE = `status = ${filterValue('published')}`;

export function buildOrganisationSearch(input: OrganisationSearchInput): { q: string; params: SearchParams } {
  // An array of filters is ANDed by Meilisearch: user filters can only narrow VISIBLE.
  const filter = [
    VISIBLE,
    anyOf('country', input.countries),
    input.excludeCountries?.length ? `country NOT IN [${input.excludeCountries.map(filterValue).join(', ')}]` : null,
    anyOf('naceSections', input.naceSections),
    anyOf('naceDivisions', input.naceDivisions),
    anyOf('organisationType', input.organisationTypes),
    anyOf('topics', input.topics),
    anyOf('languages', input.languages),
    anyOf('sizeBand', input.sizeBands),
    anyOf('experience', input.experience),
    input.oidVerified === undefined ? null : `oidVerified = ${filterValue(input.oidVerified)}`,
    input.openToPartnerships === undefined ? null : `openToPartnerships = ${filterValue(input.openToPartnerships)}`,
  ].filter((f): f is string => f !== null);

  const sort = input.sort === 'updated' ? ['updatedAt:desc'] : input.sort === 'name' ? ['nameSort:asc'] : undefined;

  return {
    q: input.q?.trim() ?? '',
    params: {
      filter,
      sort,
      ...paged(input),
      attributesToRetrieve: [
        'id',
        'name',
        'legalName',
        'city',
        'country',
        'organisationType',
        'naceSections',
        'topics',
        'languages',
        'sizeBand',
        'experience',
        'oidVerified',
        'openToPartnerships',
        'updatedAt',
      ],
      ...highlighted('name', 'descriptionDisplay'),
    },
  };
}
