import { optionalString } from '../../routes/search-params';

/** /notifications: the centre, or its preferences tab. */
export type NotificationSearch = { tab?: string };
export function parseNotificationSearch(search: Record<string, unknown>): NotificationSearch {
  return { tab: optionalString(search.tab) };
}
