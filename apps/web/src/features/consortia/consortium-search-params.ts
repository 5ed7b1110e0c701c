import { optionalString } from '../../routes/search-params';

export const CONSORTIUM_TABS = ['overview', 'members', 'workplan', 'history'] as const;
export type ConsortiumTab = (typeof CONSORTIUM_TABS)[number];

/** The workplan tab's views; the outline (the editor) is the absence of a view. */
export const WORKPLAN_VIEWS = ['outline', 'activities', 'timeline', 'budget', 'partners', 'history'] as const;
export type WorkplanView = (typeof WORKPLAN_VIEWS)[number];

/** /consortia/$id: which part of the page is open (the overview is the absence of a tab), and
 *  on the workplan tab which view (only there, so other tabs keep a clean address). */
export type ConsortiumSearch = { tab?: Exclude<ConsortiumTab, 'overview'>; view?: Exclude<WorkplanView, 'outline'> };

function isView(value: string | undefined): value is Exclude<WorkplanView, 'outline'> {
  return value !== 'outline' && (WORKPLAN_VIEWS as readonly string[]).includes(value ?? '');
}

export function parseConsortiumSearch(search: Record<string, unknown>): ConsortiumSearch {
  const tab = optionalString(search.tab);
  if (tab === 'workplan') {
    const view = optionalString(search.view);
    return isView(view) ? { tab, view } : { tab };
  }
  return tab === 'members' || tab === 'history' ? { tab } : {};
}
