import { optionalString } from '../../routes/search-params';

/** `/channels/$id?q=…`: a search within the conversation; `?at=…`: a message shown in it (its seq). */
export interface ChannelSearch {
  q?: string;
  at?: number;
}

export function parseChannelSearch(search: Record<string, unknown>): ChannelSearch {
  const q = optionalString(search.q)?.trim().slice(0, 200);
  const at = Number(optionalString(search.at));
  return { q: q || undefined, at: !q && Number.isInteger(at) && at > 0 ? at : undefined };
}
