import { optionalString } from '../../routes/search-params';

/** The search page's state, all of it in the URL so a search can be shared and the back
 *  button restores it. */
export interface OrganisationSearch {
  q?: string;
  page?: number;
}

export function parseOrganisationSearch(search: Record<string, unknown>): OrganisationSearch {
  const page = Number(search.page);
  return {
    q: optionalString(search.q),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
