// The typed search parameters of the calls pages (the calls helper fills these in).

/** /calls: the find-calls filters, all in the URL. */
export type CallSearch = Record<string, never>;
export function parseCallSearch(_search: Record<string, unknown>): CallSearch {
  return {};
}
