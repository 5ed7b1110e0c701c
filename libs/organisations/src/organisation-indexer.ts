import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_REDIS, type Redis } from '@syndesmos/redis';
import { OrganisationSearch } from '@syndesmos/search';
import { OrganisationRepository } from './organisation.repository';
import { toSearchDocument } from './search-document';

export class IndexLockBusy extends Error {}

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
    const key = `lock:index:organisation:${organisationId}`;
    const token = randomUUID();
    if ((await this.redis.set(key, token, 'PX', 30_000, 'NX')) !== 'OK') throw new IndexLockBusy(organisationId);
    try {
      const org = await this.orgs.findAny(organisationId);
      if (org?.status === 'published') return await this.search.upsert(toSearchDocument(org));
      await this.search.remove(organisationId);
      return 'removed';
    } finally {
      await this.redis.eval(
        `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`,
        1,
        key,
        token,
      );
    }
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
}
