import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type PlanChange = Schemas['WorkplanChangeResponseDto'];

// Under the consortia keys, like the plan itself: a change another member makes (consortium:updated)
// or a reconnection reads it again.
export const planHistoryKey = (consortiumId: string) => ['consortia', 'workplan-history', consortiumId] as const;

/** Who changed what in the plan, newest first, a cursor page at a time. */
export function usePlanHistory(consortiumId: string) {
  return useInfiniteQuery({
    queryKey: planHistoryKey(consortiumId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/consortia/{id}/workplan/history', {
          params: { path: { id: consortiumId }, query: { cursor: pageParam, limit: 20 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
