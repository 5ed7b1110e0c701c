import type { CallIndexer } from '@syndesmos/consortia';
import type { OrganisationIndexer } from '@syndesmos/organisations';
import { handler, matchingJob, reverseJob, type AnyHandlerRegistration, type JobProducer } from '@syndesmos/jobs';

export function searchHandlers(
  indexer: OrganisationIndexer,
  calls: CallIndexer,
  producer: JobProducer,
): AnyHandlerRegistration[] {
  return [
    // An organisation's open calls carry its name and follow its visibility: sync them with it.
    // Then its suggestions are looked at again (debounced: a burst of edits makes one job), and
    // so are the lists it would now enter or that show it (the reverse pass, once it is indexed).
    handler('search.sync-organisation', async (data) => {
      const result = await indexer.sync(data.organisationId);
      const synced = await calls.syncOrganisation(data.organisationId);
      await enqueueMatching(producer, 'organisation', data.organisationId, result);
      return { result, calls: synced };
    }),
    handler('search.sync-call', async (data) => {
      const result = await calls.sync(data.callId);
      await enqueueMatching(producer, 'call', data.callId, result);
      return { result };
    }),
  ];
}

/** Its own refresh, and the reverse pass unless a newer version was indexed first ('stale': its job does it). */
async function enqueueMatching(
  producer: JobProducer,
  kind: 'organisation' | 'call',
  id: string,
  result: 'written' | 'stale' | 'removed',
): Promise<void> {
  const own = matchingJob(kind, id);
  await producer.enqueue(own.job, { jobId: own.jobId, delayMs: 1_000 });
  if (result === 'stale') return;
  const reverse = reverseJob(kind, id);
  await producer.enqueue(reverse.job, { jobId: reverse.jobId, delayMs: 1_000 });
}
