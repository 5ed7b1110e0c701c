import type { CallIndexer } from '@syndesmos/consortia';
import type { OrganisationIndexer } from '@syndesmos/organisations';
import { handler, type AnyHandlerRegistration } from '@syndesmos/jobs';

export function searchHandlers(indexer: OrganisationIndexer, calls: CallIndexer): AnyHandlerRegistration[] {
  return [
    // An organisation's open calls carry its name and follow its visibility: sync them with it.
    handler('search.sync-organisation', async (data) => ({
      result: await indexer.sync(data.organisationId),
      calls: await calls.syncOrganisation(data.organisationId),
    })),
    handler('search.sync-call', async (data) => ({ result: await calls.sync(data.callId) })),
  ];
}
