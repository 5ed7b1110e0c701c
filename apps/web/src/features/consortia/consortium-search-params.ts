import { optionalString } from '../../routes/search-params';

/** /consortia/new: nothing to carry (a consortium from a call is made on the call's page). */
export type NewConsortiumSearch = Record<string, never>;
export function parseNewConsortiumSearch(_search: Record<string, unknown>): NewConsortiumSearch {
  return {};
}

export const CONSORTIUM_TABS = ['overview', 'members', 'history'] as const;
export type ConsortiumTab = (typeof CONSORTIUM_TABS)[number];

/** /consortia/$id: which part of the page is open (the overview is the absence of a tab). */
export type ConsortiumSearch = { tab?: Exclude<ConsortiumTab, 'overview'> };
export function parseConsortiumSearch(search: Record<string, unknown>): ConsortiumSearch {
  const tab = optionalString(search.tab);
  return tab === 'members' || tab === 'history' ? { tab } : {};
}
