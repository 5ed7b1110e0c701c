import type { CallIndexer } from '@syndesmos/consortia';
import type { OrganisationIndexer } from '@syndesmos/organisations';
import { handler, matchingJob, type AnyHandlerRegistration, type JobProducer } from '@syndesmos/jobs';

export function searchHandlers(
  indexer: OrganisationIndexer,
  calls: CallIndexer,
  producer: JobProducer,
): AnyHandlerRegistration[] {
  return [
    // An organisation's open calls carry its name and follow its visibility: sync them with it.
    // Then its suggestions are looked at again (debounced: a burst of edits makes one job).
    handler('search.sync-organisation', async (data) => {
      const result = await indexer.sync(data.organisationId);
      const synced = await calls.syncOrganisation(data.organisationId);
      const { job, jobId } = matchingJob('organisation', data.organisationId);
      await producer.enqueue(job, { jobId, delayMs: 1_000 });
      return { result, calls: synced };
    }),
    handler('search.sync-call', async (data) => {
      const result = await calls.sync(data.callId);
      const { job, jobId } = matchingJob('call', data.callId);
      await producer.enqueue(job, { jobId, delayMs: 1_000 });
      return { result };
    }),
  ];
}
