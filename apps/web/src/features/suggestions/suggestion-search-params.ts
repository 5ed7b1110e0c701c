import { optionalString } from '../../routes/search-params';

/** /suggestions: whose suggestions (an organisation, a call or a consortium of mine). */
export type SuggestionSearch = { subject?: string; id?: string };
export function parseSuggestionSearch(search: Record<string, unknown>): SuggestionSearch {
  return { subject: optionalString(search.subject), id: optionalString(search.id) };
}
