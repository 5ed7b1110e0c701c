import { Inject, Injectable } from '@nestjs/common';
import type { Meilisearch, SearchParams } from 'meilisearch';
import {
  buildCallSearch,
  CALL_INDEX,
  CALL_INDEX_SETTINGS,
  type CallDocument,
  type CallSearchInput,
} from './call-index';
import { displayed } from './search-query';
import type { SearchConnection } from './meili-client';
import { MeiliSearcher } from './meili-searcher';
import { SEARCH_CLIENT, SEARCH_CONNECTION } from './search.tokens';
import { isIndexMissing, searchUnavailable, VersionedIndex } from './versioned-index';

export interface CallHit {
  id: string;
  title: string;
  action: string;
  kind: string;
  urgent: boolean;
  topics: string[];
  languages: string[];
  soughtCountries: string[];
  soughtNaceSections: string[];
  soughtOrganisationTypes: string[];
  soughtRoles: string[];
  organisation: { id: string; name: string; country: string };
  /** YYYY-MM-DD */
  naDeadline: string | null;
  answerBy: string;
  plannedStart: string | null;
  highlight: { title: string; summary: string };
}

export interface CallSearchResult {
  hits: CallHit[];
  facets: Record<string, Record<string, number>>;
  page: number;
  pageSize: number;
  totalHits: number;
  totalPages: number;
}

const unixToDay = (s: number | null): string | null =>
  s === null ? null : new Date(s * 1000).toISOString().slice(0, 10);

/** The partner calls index: kept in step by the worker, searched by the API. */
@Injectable()
export class CallSearch {
  /** The index itself, for the keeper that checks it against PostgreSQL. */
  readonly index: VersionedIndex<CallDocument>;

  constructor(
    @Inject(SEARCH_CLIENT) client: Meilisearch,
    @Inject(SEARCH_CONNECTION) conn: SearchConnection,
    private readonly searcher: MeiliSearcher,
  ) {
    this.index = new VersionedIndex(client, `${conn.indexPrefix}${CALL_INDEX}`, CALL_INDEX_SETTINGS);
  }

  get indexUid(): string {
    return this.index.uid;
  }

  ensureIndex(): Promise<void> {
    return this.index.ensure();
  }

  upsert(doc: CallDocument): Promise<'written' | 'stale'> {
    return this.index.upsert(doc);
  }

  remove(id: string): Promise<void> {
    return this.index.remove(id);
  }

  rebuild(batches: AsyncIterable<CallDocument[]>, progress: (indexed: number) => void): Promise<number> {
    return this.index.rebuild(batches, progress);
  }

  /** The same search for matching: no highlights or crops to compute, no exact count. */
  candidates(input: CallSearchInput, limit: number): Promise<CallSearchResult> {
    return this.search(input, {
      attributesToHighlight: [],
      attributesToCrop: [],
      page: undefined,
      hitsPerPage: undefined,
      limit,
    });
  }

  async search(input: CallSearchInput, overrides: Partial<SearchParams> = {}): Promise<CallSearchResult> {
    const built = buildCallSearch(input);
    const q = built.q;
    const params = { ...built.params, ...overrides };
    const pageSize = params.hitsPerPage ?? 20;
    try {
      const res = await this.searcher.search<CallDocument>(this.indexUid, q, params);
      const paged = res as typeof res & { page?: number; totalHits?: number; totalPages?: number };
      return {
        hits: res.hits.map((h) => {
          const shown = displayed(h as unknown as Record<string, unknown>, 'title', 'summary');
          return {
            id: h.id,
            title: h.title,
            action: h.action,
            kind: h.kind,
            urgent: h.urgent,
            topics: h.topics,
            languages: h.languages,
            soughtCountries: h.soughtCountries,
            soughtNaceSections: h.soughtNaceSections,
            soughtOrganisationTypes: h.soughtOrganisationTypes,
            soughtRoles: h.soughtRoles,
            organisation: { id: h.organisationId, name: h.organisationName, country: h.organisationCountry },
            naDeadline: unixToDay(h.naDeadline),
            answerBy: unixToDay(h.answerBy)!,
            plannedStart: unixToDay(h.plannedStart),
            highlight: { title: shown.title, summary: shown.text },
          };
        }),
        facets: Object.fromEntries((input.facets ?? []).map((f) => [f, res.facetDistribution?.[f] ?? {}])),
        page: paged.page ?? 1,
        pageSize,
        totalHits: paged.totalHits ?? 0,
        totalPages: paged.totalPages ?? 0,
      };
    } catch (err) {
      if (isIndexMissing(err)) return { hits: [], facets: {}, page: 1, pageSize, totalHits: 0, totalPages: 0 };
      searchUnavailable(err);
    }
  }
}
