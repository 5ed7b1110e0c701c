import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** The query key of the organisations one belongs to: invalidate it after creating, saving,
 *  submitting or withdrawing, so the list shows the new status. */
export const myOrganisationsKey = ['organisations', 'mine'] as const;

/** GET /v1/organisations/mine, a cursor page at a time (by display name). */
export function useMyOrganisations() {
  return useInfiniteQuery({
    queryKey: myOrganisationsKey,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/organisations/mine', { params: { query: { cursor: pageParam, limit: 20 } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
