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

const WAIT = { timeout: 30_000, interval: 10 };
const REBUILD_IN_FLIGHT = 8;

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
      await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask(WAIT);
      assertSucceeded(await this.client.index(uid).updateSettings(this.settings).waitTask(WAIT));
    } catch (err) {
      searchUnavailable(err);
    }
  }

  /** Upserts unless the index already holds a newer version of the document. */
  async upsert(doc: D): Promise<'written' | 'stale'> {
    try {
      const index = this.client.index<VersionedDocument>(this.uid);
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
      searchUnavailable(err);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      assertSucceeded(await this.client.index(this.uid).deleteDocument(id).waitTask(WAIT));
    } catch (err) {
      if (isIndexMissing(err)) return;
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
      await this.ensure(fresh);
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
      await this.ensure(live);
      assertSucceeded(await this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(WAIT));
      await this.client.deleteIndex(fresh).waitTask(WAIT);
      return indexed;
    } catch (err) {
      await this.client.deleteIndexIfExists(fresh).catch(() => undefined);
      searchUnavailable(err);
    }
  }
}
