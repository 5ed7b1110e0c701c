import type { OrganisationIndexer } from '@syndesmos/organisations';
import { handler, type AnyHandlerRegistration } from '@syndesmos/jobs';

export function searchHandlers(indexer: OrganisationIndexer): AnyHandlerRegistration[] {
  return [handler('search.sync-organisation', async (data) => ({ result: await indexer.sync(data.organisationId) }))];
}
