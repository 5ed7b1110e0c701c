import { Inject, Injectable } from '@nestjs/common';
import { APP_REDIS, withRedisLock, type Redis } from '@syndesmos/redis';
import { CallSearch, dayToUnix, IndexKeeper, type CallDocument, type IndexStatus } from '@syndesmos/search';
import { TOPICS } from '@syndesmos/taxonomies';
import { CallsRepository } from './calls.repository';
import type { PartnerCallEntity } from './consortia.entity';
import { ConsortiaRepository, type OrganisationFacts } from './consortia.repository';

type Labelled = Record<string, { en: string; el: string }>;

/** What search knows about an open call: what it seeks and who asks, no answers, no contacts. */
export function toCallDocument(call: PartnerCallEntity, org: OrganisationFacts): CallDocument {
  const union = (pick: (s: PartnerCallEntity['sought'][number]) => string[]) => [...new Set(call.sought.flatMap(pick))];
  // An entry that leaves a dimension empty accepts any value in it.
  const anyIn = (pick: (s: PartnerCallEntity['sought'][number]) => string[]) =>
    call.sought.length === 0 || call.sought.some((s) => pick(s).length === 0);
  return {
    id: call.id,
    version: call.version,
    status: 'open',
    title: call.title,
    summary: call.summary,
    action: call.action,
    kind: call.kind,
    urgent: call.urgent,
    topics: call.topics,
    topicLabels: call.topics.flatMap((t) => {
      const l = (TOPICS as unknown as Labelled)[t];
      return l ? [l.en, l.el] : [];
    }),
    languages: call.languages,
    soughtCountries: union((s) => s.countries),
    soughtNaceSections: union((s) => s.naceSections),
    soughtOrganisationTypes: union((s) => s.organisationTypes),
    soughtRoles: union((s) => [s.role]),
    anyCountry: anyIn((s) => s.countries),
    anySector: anyIn((s) => s.naceSections),
    anyType: anyIn((s) => s.organisationTypes),
    excludedCountries: call.excludedCountries,
    soughtText: call.sought.map((s) => s.tasks).join('\n'),
    organisationId: org.id,
    organisationName: org.displayName,
    organisationCountry: org.country,
    organisationType: org.organisationType,
    naDeadline: call.naDeadline ? dayToUnix(call.naDeadline) : null,
    answerBy: dayToUnix(call.answerBy),
    plannedStart: call.plannedStart ? dayToUnix(call.plannedStart) : null,
    openedAt: Math.floor((call.openedAt ?? call.createdAt).getTime() / 1000),
  };
}

/**
 * Brings one call's search document in line with PostgreSQL: open call of a published
 * organisation → upsert; anything else → delete. Like the organisation indexer it reads the
 * current state, so late or repeated runs converge.
 */
@Injectable()
export class CallIndexer {
  constructor(
    private readonly calls: CallsRepository,
    private readonly consortia: ConsortiaRepository,
    private readonly search: CallSearch,
    @Inject(APP_REDIS) private readonly redis: Redis,
  ) {}

  async sync(callId: string): Promise<'written' | 'stale' | 'removed'> {
    return withRedisLock(
      this.redis,
      `lock:index:call:${callId}`,
      30_000,
      async () => {
        const call = await this.calls.find(callId);
        const org = call ? await this.consortia.factsOf(call.organisationId) : null;
        if (call?.status === 'open' && org?.status === 'published') {
          return await this.search.upsert(toCallDocument(call, org));
        }
        await this.search.remove(callId);
        return 'removed' as const;
      },
      2_000,
    );
  }

  /** An organisation's calls follow it: suspended, deleted or renamed, its calls change too. */
  async syncOrganisation(organisationId: string): Promise<number> {
    const ids = await this.calls.idsOfOrganisation(organisationId);
    for (const id of ids) await this.sync(id);
    return ids.length;
  }

  async reindexAll(progress: (indexed: number, total: number) => void): Promise<number> {
    const total = await this.calls.countOpen();
    const { calls, consortia } = this;
    async function* documents() {
      for await (const batch of calls.openBatches(500)) {
        const orgs = new Map(
          (await consortia.facts([...new Set(batch.map((c) => c.organisationId))])).map((o) => [o.id, o]),
        );
        yield batch.flatMap((c) => {
          const org = orgs.get(c.organisationId);
          return org?.status === 'published' ? [toCallDocument(c, org)] : [];
        });
      }
    }
    return this.search.rebuild(documents(), (n) => progress(n, total));
  }

  ensureIndex(): Promise<void> {
    return this.search.ensureIndex();
  }

  /** Checks the index against the open calls of published organisations and repairs it. */
  keeper(onStatus?: (status: IndexStatus) => Promise<void>): IndexKeeper {
    return new IndexKeeper(
      'partner_calls',
      this.search.index,
      {
        count: () => this.calls.countIndexable(),
        newest: () => this.calls.newestIndexable(),
        versions: () => this.calls.indexableVersions(),
        sync: (id) => this.sync(id),
        rebuild: () => this.reindexAll(() => undefined),
      },
      onStatus,
    );
  }
}
