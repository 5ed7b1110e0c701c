import { Inject, Injectable } from '@nestjs/common';
import { APP_REDIS, withRedisLock, type Redis } from '@syndesmos/redis';
import { IndexKeeper, OrganisationSearch, type IndexStatus } from '@syndesmos/search';
import { OrganisationRepository } from './organisation.repository';
import { toSearchDocument } from './search-document';

/**
 * Brings one organisation's search document in line with PostgreSQL: published → upsert,
 * anything else → delete. It reads the current state rather than trusting the event, so
 * running it twice, late or out of order converges on the same index.
 */
@Injectable()
export class OrganisationIndexer {
  constructor(
    private readonly orgs: OrganisationRepository,
    private readonly search: OrganisationSearch,
    @Inject(APP_REDIS) private readonly redis: Redis,
  ) {}

  async sync(organisationId: string): Promise<'written' | 'stale' | 'removed'> {
    // One writer per organisation at a time: read-then-write must not interleave.
    return withRedisLock(
      this.redis,
      `lock:index:organisation:${organisationId}`,
      30_000,
      async () => {
        const org = await this.orgs.findAny(organisationId);
        if (org?.status === 'published') return await this.search.upsert(toSearchDocument(org));
        await this.search.remove(organisationId);
        return 'removed' as const;
        // A burst's earlier job is usually done within a second: wait for it rather than retry.
      },
      2_000,
    );
  }

  /** Rebuilds the whole index from PostgreSQL into a fresh index, then swaps it in. */
  async reindexAll(progress: (indexed: number, total: number) => void): Promise<number> {
    const total = await this.orgs.countPublished();
    const orgs = this.orgs;
    async function* documents() {
      for await (const batch of orgs.publishedBatches(1000)) yield batch.map(toSearchDocument);
    }
    return this.search.rebuild(documents(), (n) => progress(n, total));
  }

  ensureIndex(): Promise<void> {
    return this.search.ensureIndex();
  }

  /** Checks the index against the published organisations and repairs it (the worker runs it). */
  keeper(onStatus?: (status: IndexStatus) => Promise<void>): IndexKeeper {
    return new IndexKeeper(
      'organisations',
      this.search.index,
      {
        count: () => this.orgs.countPublished(),
        newest: () => this.orgs.newestPublished(),
        versions: () => this.orgs.publishedVersions(),
        sync: (id) => this.sync(id),
        rebuild: () => this.reindexAll(() => undefined),
      },
      onStatus,
    );
  }
}
