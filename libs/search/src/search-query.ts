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

/** How many words a cropped text keeps. */
export const CROP_WORDS = 40;

/**
 * What to retrieve, and how to mark it. With words to find, Meilisearch highlights the title and
 * crops the text around the matches, `<mark>` marking them. With none there is nothing to mark:
 * the text comes back whole and `displayed` keeps its first words here, because Meilisearch's
 * formatting costs about 1.5 ms per page of 20 even then (test/bench/README.md).
 */
export function forDisplay(q: string, retrieve: string[], title: string, text: string): SearchParams {
  if (!q) return { attributesToRetrieve: [...retrieve, text] };
  return {
    attributesToRetrieve: retrieve,
    attributesToHighlight: [title, text],
    attributesToCrop: [text],
    cropLength: CROP_WORDS,
    highlightPreTag: '<mark>',
    highlightPostTag: '</mark>',
  };
}

/** The first `words` words of a text, and `…` when some were left out (as Meilisearch crops). */
export function cropStart(text: string, words = CROP_WORDS): string {
  // A plain scan: this runs for every hit of a search without words, 20 per page.
  let count = 0;
  let end = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    if (count === words) return `${text.slice(0, end).replace(/[^\p{L}\p{N}]+$/u, '')}…`;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    count++;
    end = i;
  }
  return text.trim();
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029;
}

/**
 * A hit's title (highlighted) and text (highlighted and cropped), however `forDisplay` asked;
 * `rawTitle` is the attribute to show when nothing was highlighted.
 */
export function displayed(
  hit: Record<string, unknown> & { _formatted?: Record<string, unknown> },
  title: string,
  text: string,
  rawTitle = title,
): { title: string; text: string } {
  const formatted = hit._formatted ?? {};
  return {
    title: String(formatted[title] ?? hit[rawTitle] ?? ''),
    text: typeof formatted[text] === 'string' ? formatted[text] : cropStart(String(hit[text] ?? '')),
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
        'nameDisplay',
        'descriptionDisplay',
      ),
    },
  };
}
