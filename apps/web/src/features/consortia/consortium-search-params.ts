import { optionalString } from '../../routes/search-params';

export const CONSORTIUM_TABS = ['overview', 'members', 'workplan', 'history'] as const;
export type ConsortiumTab = (typeof CONSORTIUM_TABS)[number];

/** /consortia/$id: which part of the page is open (the overview is the absence of a tab). */
export type ConsortiumSearch = { tab?: Exclude<ConsortiumTab, 'overview'> };
export function parseConsortiumSearch(search: Record<string, unknown>): ConsortiumSearch {
  const tab = optionalString(search.tab);
  return tab === 'members' || tab === 'workplan' || tab === 'history' ? { tab } : {};
}
