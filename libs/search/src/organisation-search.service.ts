import { Inject, Injectable } from '@nestjs/common';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Meilisearch,
  type Task,
} from 'meilisearch';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { SEARCH_CONNECTION, SEARCH_CLIENT } from './search.tokens';
import type { SearchConnection } from './meili-client';
import {
  ORGANISATION_FACETS,
  ORGANISATION_INDEX,
  ORGANISATION_INDEX_SETTINGS,
  type OrganisationDocument,
} from './organisation-index';
import { buildOrganisationSearch, VISIBLE, type OrganisationSearchInput } from './search-query';

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

const WAIT = { timeout: 30_000, interval: 10 };
const REBUILD_IN_FLIGHT = 8;

function unavailable(err: unknown): never {
  if (
    err instanceof MeilisearchRequestError ||
    err instanceof MeilisearchRequestTimeOutError ||
    err instanceof MeilisearchTaskTimeOutError
  ) {
    throw new DomainException(ErrorCode.SearchUnavailable, (err as Error).message);
  }
  throw err;
}

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no detail'}`);
  }
}

/** The organisations index: keeping it in step (worker) and searching it (API). */
@Injectable()
export class OrganisationSearch {
  constructor(
    @Inject(SEARCH_CLIENT) private readonly client: Meilisearch,
    @Inject(SEARCH_CONNECTION) private readonly conn: SearchConnection,
  ) {}

  get indexUid(): string {
    return `${this.conn.indexPrefix}${ORGANISATION_INDEX}`;
  }

  /** Creates the index if needed and applies the settings in code. */
  async ensureIndex(uid = this.indexUid): Promise<void> {
    try {
      await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask(WAIT);
      assertSucceeded(await this.client.index(uid).updateSettings(ORGANISATION_INDEX_SETTINGS).waitTask(WAIT));
    } catch (err) {
      unavailable(err);
    }
  }

  /** Upserts unless the index already holds a newer version of the document. */
  async upsert(doc: OrganisationDocument): Promise<'written' | 'stale'> {
    try {
      const index = this.client.index<OrganisationDocument>(this.indexUid);
      const current = await index.getDocument(doc.id, { fields: ['version'] }).catch((err: unknown) => {
        if (
          err instanceof MeilisearchApiError &&
          (err.cause?.code === 'document_not_found' || err.cause?.code === 'index_not_found')
        ) {
          return null;
        }
        throw err;
      });
      if (current && current.version > doc.version) return 'stale';
      assertSucceeded(await index.addDocuments([doc], { primaryKey: 'id' }).waitTask(WAIT));
      return 'written';
    } catch (err) {
      unavailable(err);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      assertSucceeded(await this.client.index(this.indexUid).deleteDocument(id).waitTask(WAIT));
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') return;
      unavailable(err);
    }
  }

  async search(input: OrganisationSearchInput): Promise<OrganisationSearchResult> {
    const { q, params } = buildOrganisationSearch(input);
    try {
      const res = await this.client.index(this.indexUid).search(q, params);
      // Page-based answers (page/hitsPerPage were sent) carry these fields.
      const paged = res as typeof res & {
        page?: number;
        hitsPerPage?: number;
        totalHits?: number;
        totalPages?: number;
      };
      return {
        hits: res.hits.map((h) => {
          const formatted = (h._formatted ?? {}) as Record<string, string>;
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
            highlight: { name: formatted.name ?? h.name, description: formatted.description ?? '' },
          };
        }),
        facets: Object.fromEntries(ORGANISATION_FACETS.map((f) => [f, res.facetDistribution?.[f] ?? {}])),
        page: paged.page ?? 1,
        pageSize: paged.hitsPerPage ?? params.hitsPerPage ?? 20,
        totalHits: paged.totalHits ?? 0,
        totalPages: paged.totalPages ?? 0,
        processingTimeMs: res.processingTimeMs,
      };
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') {
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
      unavailable(err);
    }
  }

  /** Prefix search over names only: few fields, few hits, fast. */
  async autocomplete(q: string, limit: number): Promise<{ id: string; name: string; country: string }[]> {
    try {
      const res = await this.client.index(this.indexUid).search(q, {
        filter: [VISIBLE],
        limit,
        attributesToSearchOn: ['name', 'legalName'],
        attributesToRetrieve: ['id', 'name', 'country'],
      });
      return res.hits.map((h) => ({ id: h.id, name: h.name, country: h.country }));
    } catch (err) {
      if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') return [];
      unavailable(err);
    }
  }

  /**
   * Rebuilds into a fresh index and swaps it in: search keeps answering from the old one
   * until the swap, which is atomic.
   */
  async rebuild(batches: AsyncIterable<OrganisationDocument[]>, progress: (indexed: number) => void): Promise<number> {
    const live = this.indexUid;
    const fresh = `${live}_rebuild_${Date.now()}`;
    try {
      await this.ensureIndex(fresh);
      // Keep a few batches in flight: Meilisearch merges queued additions into one indexing
      // run, which is far faster than waiting for each batch in turn.
      let indexed = 0;
      const inFlight: Promise<void>[] = [];
      for await (const batch of batches) {
        if (batch.length === 0) continue;
        const task = this.client.index(fresh).addDocuments(batch, { primaryKey: 'id' });
        inFlight.push(
          task.waitTask({ ...WAIT, timeout: 600_000, interval: 100 }).then((done) => {
            assertSucceeded(done);
            indexed += batch.length;
            progress(indexed);
          }),
        );
        if (inFlight.length >= REBUILD_IN_FLIGHT) await inFlight.shift();
      }
      await Promise.all(inFlight);
      // Swapping needs both sides; a first rebuild swaps with an empty live index.
      await this.ensureIndex(live);
      assertSucceeded(await this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(WAIT));
      await this.client.deleteIndex(fresh).waitTask(WAIT);
      return indexed;
    } catch (err) {
      await this.client.deleteIndexIfExists(fresh).catch(() => undefined);
      unavailable(err);
    }
  }
}
