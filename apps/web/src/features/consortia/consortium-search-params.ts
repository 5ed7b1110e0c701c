import { optionalString } from '../../routes/search-params';

/** /consortia/new: opened from a partner call (its answers' organisations can then be invited). */
export type NewConsortiumSearch = { fromCall?: string };
export function parseNewConsortiumSearch(search: Record<string, unknown>): NewConsortiumSearch {
  return { fromCall: optionalString(search.fromCall) };
}

/** /consortia/$id: which part of the page is open. */
export type ConsortiumSearch = { tab?: string };
export function parseConsortiumSearch(search: Record<string, unknown>): ConsortiumSearch {
  return { tab: optionalString(search.tab) };
}
