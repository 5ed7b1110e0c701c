import { optionalString } from '../../routes/search-params';

/** /calls/new: for which organisation, and (a replacement call) from which consortium. */
export type NewCallSearch = { organisationId?: string; consortiumId?: string };
export function parseNewCallSearch(search: Record<string, unknown>): NewCallSearch {
  return { organisationId: optionalString(search.organisationId), consortiumId: optionalString(search.consortiumId) };
}
