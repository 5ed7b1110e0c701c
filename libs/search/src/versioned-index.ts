import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Meilisearch,
  type Settings,
  type Task,
} from 'meilisearch';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { SearchApiError, SearchConnectionError } from './meili-searcher';

// One Meilisearch index kept in step with PostgreSQL: documents carry their row's version, an
// older version never overwrites a newer one, and rebuilds go into a fresh index that is then
// swapped in. Organisations and partner calls each have one.

export interface VersionedDocument {
  id: string;
  version: number;
}

/** What a cheap look at an index finds: whether it exists and how many documents it holds. */
export interface IndexInspection {
  exists: boolean;
  documents: number;
}

const WAIT = { timeout: 30_000, interval: 10 };
const REBUILD_IN_FLIGHT = 8;
const VERSION_PAGE = 1000;

/** A Meilisearch that cannot be reached becomes SEARCH_UNAVAILABLE (503); anything else is a bug. */
export function searchUnavailable(err: unknown): never {
  if (
    err instanceof MeilisearchRequestError ||
    err instanceof MeilisearchRequestTimeOutError ||
    err instanceof MeilisearchTaskTimeOutError ||
    err instanceof SearchConnectionError ||
    // Overloaded or failing: as unavailable to the caller as no answer at all.
    (err instanceof SearchApiError && err.status >= 500)
  ) {
    throw new DomainException(ErrorCode.SearchUnavailable, (err as Error).message);
  }
  throw err;
}

export function isIndexMissing(err: unknown): boolean {
  return (
    (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') ||
    (err instanceof SearchApiError && err.code === 'index_not_found')
  );
}

const taskFailedOnMissingIndex = (task: Task): boolean =>
  task.status === 'failed' && task.error?.code === 'index_not_found';

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no detail'}`);
  }
}

export class VersionedIndex<D extends VersionedDocument> {
  constructor(
    private readonly client: Meilisearch,
    readonly uid: string,
    private readonly settings: Settings,
  ) {}

  /** Creates the index if needed and applies the settings in code. */
  async ensure(uid = this.uid): Promise<void> {
    try {
      if (await this.exists(uid)) {
        assertSucceeded(await this.client.index(uid).updateSettings(this.settings).waitTask(WAIT));
        return;
      }
      // An index appears with its settings or not at all: created and set up under another
      // name, then renamed. Searches in between would fail on filters it does not know yet.
      const staged = `${uid}_new_${Date.now()}`;
      await this.create(staged);
      const renamed = await this.client.swapIndexes([{ indexes: [staged, uid], rename: true }]).waitTask(WAIT);
      if (renamed.status !== 'succeeded') {
        // Someone else created it meanwhile: keep theirs, with our settings.
        await this.client.deleteIndexIfExists(staged);
        assertSucceeded(await this.client.index(uid).updateSettings(this.settings).waitTask(WAIT));
      }
    } catch (err) {
      searchUnavailable(err);
    }
  }

  private async create(uid: string): Promise<void> {
    assertSucceeded(await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask(WAIT));
    assertSucceeded(await this.client.index(uid).updateSettings(this.settings).waitTask(WAIT));
  }

  private async exists(uid: string): Promise<boolean> {
    try {
      await this.client.getIndex(uid);
      return true;
    } catch (err) {
      if (isIndexMissing(err)) return false;
      throw err;
    }
  }

  /** Upserts unless the index already holds a newer version of the document. */
  async upsert(doc: D): Promise<'written' | 'stale'> {
    try {
      const index = this.client.index<VersionedDocument>(this.uid);
      const current = await index.getDocument(doc.id, { fields: ['version'] }).catch(async (err: unknown) => {
        if (err instanceof MeilisearchApiError && err.cause?.code === 'document_not_found') return null;
        // Adding to a missing index would create one without our settings (no filters, so
        // every search would fail): create it properly first.
        if (isIndexMissing(err)) {
          await this.ensure();
          return null;
        }
        throw err;
      });
      if (current && current.version > doc.version) return 'stale';
      assertSucceeded(await index.addDocuments([doc], { primaryKey: 'id' }).waitTask(WAIT));
      return 'written';
    } catch (err) {
      searchUnavailable(err);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      const task = await this.client.index(this.uid).deleteDocument(id).waitTask(WAIT);
      // Nothing to delete from an index that is not there.
      if (!taskFailedOnMissingIndex(task)) assertSucceeded(task);
    } catch (err) {
      if (isIndexMissing(err)) return;
      searchUnavailable(err);
    }
  }

  /** Whether the index exists and how many documents it holds: one cheap request. */
  async inspect(): Promise<IndexInspection> {
    try {
      const stats = await this.client.index(this.uid).getStats();
      return { exists: true, documents: stats.numberOfDocuments };
    } catch (err) {
      if (isIndexMissing(err)) return { exists: false, documents: 0 };
      searchUnavailable(err);
    }
  }

  /** The version of each of these documents the index holds; ids it lacks are left out. */
  async versionsOf(ids: string[]): Promise<Map<string, number>> {
    try {
      const found = new Map<string, number>();
      for (let i = 0; i < ids.length; i += VERSION_PAGE) {
        const slice = ids.slice(i, i + VERSION_PAGE);
        const page = await this.client
          .index<VersionedDocument>(this.uid)
          .getDocuments({ ids: slice, fields: ['id', 'version'], limit: slice.length });
        for (const d of page.results) found.set(d.id, d.version);
      }
      return found;
    } catch (err) {
      if (isIndexMissing(err)) return new Map();
      searchUnavailable(err);
    }
  }

  /** Every document's id and version, a page at a time: what a full comparison reads. */
  async allVersions(): Promise<Map<string, number>> {
    try {
      const all = new Map<string, number>();
      for (let offset = 0; ; offset += VERSION_PAGE) {
        const page = await this.client
          .index<VersionedDocument>(this.uid)
          .getDocuments({ fields: ['id', 'version'], limit: VERSION_PAGE, offset });
        for (const d of page.results) all.set(d.id, d.version);
        if (page.results.length < VERSION_PAGE) return all;
      }
    } catch (err) {
      if (isIndexMissing(err)) return new Map();
      searchUnavailable(err);
    }
  }

  /**
   * Rebuilds into a fresh index and swaps it in: search keeps answering from the old one
   * until the swap, which is atomic.
   */
  async rebuild(batches: AsyncIterable<D[]>, progress: (indexed: number) => void): Promise<number> {
    const live = this.uid;
    const fresh = `${live}_rebuild_${Date.now()}`;
    try {
      await this.create(fresh);
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
      // No live index (a first build, or Meilisearch lost it): the fresh one takes its name.
      if (!(await this.exists(live))) {
        const renamed = await this.client.swapIndexes([{ indexes: [fresh, live], rename: true }]).waitTask(WAIT);
        if (renamed.status === 'succeeded') return indexed;
      }
      assertSucceeded(await this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(WAIT));
      await this.client.deleteIndex(fresh).waitTask(WAIT);
      return indexed;
    } catch (err) {
      await this.client.deleteIndexIfExists(fresh).catch(() => undefined);
      searchUnavailable(err);
    }
  }
}
