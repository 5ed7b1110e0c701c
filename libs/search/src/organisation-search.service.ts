import { Inject, Injectable } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { MeiliSearcher } from './meili-searcher';
import { SEARCH_CONNECTION, SEARCH_CLIENT } from './search.tokens';
import type { SearchConnection } from './meili-client';
import { ORGANISATION_INDEX, ORGANISATION_INDEX_SETTINGS, type OrganisationDocument } from './organisation-index';
import { buildOrganisationSearch, displayed, filterValue, VISIBLE, type OrganisationSearchInput } from './search-query';
import { isIndexMissing, searchUnavailable, VersionedIndex } from './versioned-index';

export interface OrganisationHit {
  id: string;
  name: string;
  legalName: string;
  city: string;
  country: string;
  organisationType: string;
  naceSections: string[];
  topics: string[];
  languages: string[];
  sizeBand: string | null;
  experience: string;
  oidVerified: boolean;
  openToPartnerships: boolean;
  updatedAt: number;
  highlight: { name: string; description: string };
}

export interface OrganisationSearchResult {
  hits: OrganisationHit[];
  facets: Record<string, Record<string, number>>;
  page: number;
  pageSize: number;
  totalHits: number;
  totalPages: number;
  processingTimeMs: number;
}

/** The organisations index: keeping it in step (worker) and searching it (API). */
@Injectable()
export class OrganisationSearch {
  /** The index itself, for the keeper that checks it against PostgreSQL. */
  readonly index: VersionedIndex<OrganisationDocument>;

  constructor(
    @Inject(SEARCH_CLIENT) client: Meilisearch,
    @Inject(SEARCH_CONNECTION) conn: SearchConnection,
    private readonly searcher: MeiliSearcher,
  ) {
    this.index = new VersionedIndex(client, `${conn.indexPrefix}${ORGANISATION_INDEX}`, ORGANISATION_INDEX_SETTINGS);
  }

  get indexUid(): string {
    return this.index.uid;
  }

  /** Creates the index if needed and applies the settings in code. */
  ensureIndex(uid?: string): Promise<void> {
    return this.index.ensure(uid);
  }

  /** Upserts unless the index already holds a newer version of the document. */
  upsert(doc: OrganisationDocument): Promise<'written' | 'stale'> {
    return this.index.upsert(doc);
  }

  remove(id: string): Promise<void> {
    return this.index.remove(id);
  }

  /** Rebuilds into a fresh index and swaps it in; search answers from the old one meanwhile. */
  rebuild(batches: AsyncIterable<OrganisationDocument[]>, progress: (indexed: number) => void): Promise<number> {
    return this.index.rebuild(batches, progress);
  }

  async search(input: OrganisationSearchInput): Promise<OrganisationSearchResult> {
    const { q, params } = buildOrganisationSearch(input);
    try {
      const res = await this.searcher.search<OrganisationDocument>(this.indexUid, q, params);
      // Page-based answers (page/hitsPerPage were sent) carry these fields.
      const paged = res as typeof res & {
        page?: number;
        hitsPerPage?: number;
        totalHits?: number;
        totalPages?: number;
      };
      return {
        hits: res.hits.map((h) => {
          const shown = displayed(h as unknown as Record<string, unknown>, 'nameDisplay', 'descriptionDisplay', 'name');
          return {
            id: h.id,
            name: h.name,
            legalName: h.legalName,
            city: h.city,
            country: h.country,
            organisationType: h.organisationType,
            naceSections: h.naceSections,
            topics: h.topics,
            languages: h.languages,
            sizeBand: h.sizeBand,
            experience: h.experience,
            oidVerified: h.oidVerified,
            openToPartnerships: h.openToPartnerships,
            updatedAt: h.updatedAt,
            highlight: { name: shown.title, description: shown.text },
          };
        }),
        facets: Object.fromEntries((input.facets ?? []).map((f) => [f, res.facetDistribution?.[f] ?? {}])),
        page: paged.page ?? 1,
        pageSize: paged.hitsPerPage ?? params.hitsPerPage ?? 20,
        totalHits: paged.totalHits ?? 0,
        totalPages: paged.totalPages ?? 0,
        processingTimeMs: res.processingTimeMs,
      };
    } catch (err) {
      if (isIndexMissing(err)) {
        return {
          hits: [],
          facets: {},
          page: 1,
          pageSize: params.hitsPerPage ?? 20,
          totalHits: 0,
          totalPages: 0,
          processingTimeMs: 0,
        };
      }
      searchUnavailable(err);
    }
  }

  /**
   * How well each of these organisations matches the words, as `candidates` would score it
   * (Meilisearch's ranking score is the document's own, whatever else matches): for a handful
   * of known ids, without searching everyone. Ids the words do not match are left out.
   */
  async relevance(q: string, ids: string[]): Promise<Map<string, number>> {
    if (!q || !ids.length) return new Map();
    try {
      const res = await this.searcher.search<OrganisationDocument>(this.indexUid, q, {
        filter: [VISIBLE, `id IN [${ids.map(filterValue).join(', ')}]`],
        limit: ids.length,
        matchingStrategy: 'last',
        showRankingScore: true,
        attributesToRetrieve: ['id'],
      });
      return new Map(res.hits.map((h) => [h.id, h._rankingScore ?? 0]));
    } catch (err) {
      if (isIndexMissing(err)) return new Map();
      searchUnavailable(err);
    }
  }

  /**
   * Candidates for matching: published organisations that match the words (any of them) and
   * the filters, with Meilisearch's relevance (0..1). Bounded by `limit`, never all of them.
   */
  async candidates(
    q: string,
    filters: string[],
    limit: number,
  ): Promise<
    (Pick<
      OrganisationDocument,
      | 'id'
      | 'name'
      | 'country'
      | 'organisationType'
      | 'naceSections'
      | 'topics'
      | 'languages'
      | 'experience'
      | 'openToPartnerships'
    > & { relevance: number })[]
  > {
    try {
      const res = await this.searcher.search<OrganisationDocument>(this.indexUid, q, {
        filter: [VISIBLE, ...filters],
        limit,
        matchingStrategy: 'last',
        showRankingScore: true,
        attributesToRetrieve: [
          'id',
          'name',
          'country',
          'organisationType',
          'naceSections',
          'topics',
          'languages',
          'experience',
          'openToPartnerships',
        ],
      });
      return res.hits.map((h) => ({ ...h, relevance: q ? (h._rankingScore ?? 0) : 0 }));
    } catch (err) {
      if (isIndexMissing(err)) return [];
      searchUnavailable(err);
    }
  }

  /** Prefix search over names only: few fields, few hits, fast. */
  async autocomplete(q: string, limit: number): Promise<{ id: string; name: string; country: string }[]> {
    try {
      const res = await this.searcher.search<OrganisationDocument>(this.indexUid, q, {
        filter: [VISIBLE],
        limit,
        attributesToSearchOn: ['name', 'legalName'],
        attributesToRetrieve: ['id', 'name', 'country'],
      });
      return res.hits.map((h) => ({ id: h.id, name: h.name, country: h.country }));
    } catch (err) {
      if (isIndexMissing(err)) return [];
      searchUnavailable(err);
    }
  }
}
