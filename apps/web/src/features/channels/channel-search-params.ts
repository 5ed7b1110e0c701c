import { optionalString } from '../../routes/search-params';

/** `/channels/$id?q=…`: a search within the conversation. */
export interface ChannelSearch {
  q?: string;
}

export function parseChannelSearch(search: Record<string, unknown>): ChannelSearch {
  const q = optionalString(search.q)?.trim().slice(0, 200);
  return { q: q || undefined };
}
