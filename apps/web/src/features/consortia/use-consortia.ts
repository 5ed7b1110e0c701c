import { useInfiniteQuery, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { useRealtimeEvent } from '../../realtime/socket';
import { organisationKey } from '../organisations/use-organisation';

// The consortia's server data, through TanStack Query only. Every key starts with
// 'consortia', so one invalidation refreshes what a change may have touched.

export type ReceivedInvitation = Schemas['InvitationDetailResponseDto'];
export type HistoryEntry = Schemas['ConsortiumEventResponseDto'];

export const consortiaKeys = {
  all: ['consortia'] as const,
  mine: ['consortia', 'mine'] as const,
  received: ['consortia', 'invitations'] as const,
  one: (id: string) => ['consortia', 'one', id] as const,
  history: (id: string) => ['consortia', 'history', id] as const,
};

export function useConsortium(id: string) {
  return useQuery({
    queryKey: consortiaKeys.one(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/consortia/{id}', { params: { path: { id } }, signal })),
  });
}

/** My organisations' consortia, newest first, a cursor page at a time. */
export function useMyConsortia(limit = 20) {
  return useInfiniteQuery({
    queryKey: [...consortiaKeys.mine, limit],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/consortia', { params: { query: { cursor: pageParam, limit } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Pending invitations my organisations received. */
export function useReceivedInvitations() {
  return useInfiniteQuery({
    queryKey: consortiaKeys.received,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/consortium-invitations', { params: { query: { cursor: pageParam, limit: 20 } }, signal }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useConsortiumHistory(id: string) {
  return useInfiniteQuery({
    queryKey: consortiaKeys.history(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/consortia/{id}/history', {
          params: { path: { id }, query: { cursor: pageParam, limit: 30 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/**
 * Keeps consortium screens live: the gateway's `consortium:updated` (sent to the people of the
 * member organisations, and of one invited or removed) refreshes what is shown. Without an id,
 * any consortium's change counts (the list page). Events missed while offline are not replayed,
 * so the gateway's `ready` after a reconnection refreshes too.
 */
export function useConsortiumUpdates(consortiumId?: string): void {
  const queryClient = useQueryClient();
  const onUpdate = useCallback(
    (payload: { consortiumId?: string }) => {
      if (consortiumId && payload?.consortiumId !== consortiumId) return;
      void queryClient.invalidateQueries({ queryKey: consortiaKeys.all });
    },
    [consortiumId, queryClient],
  );
  useRealtimeEvent<{ consortiumId?: string }>('consortium:updated', onUpdate);
  // Every (re)connection: whatever changed while this tab was offline is read again.
  useRealtimeEvent('ready', () => void queryClient.invalidateQueries({ queryKey: consortiaKeys.all }));
}

/**
 * Names of organisations that are not (or no longer) members, for invitations and the history:
 * each profile is asked once and shared with the profile pages' cache.
 */
export function useOrganisationNames(ids: string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: organisationKey(id),
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(await api.GET('/v1/organisations/{id}', { params: { path: { id } }, signal })),
      retry: false,
      staleTime: 60_000,
    })),
  });
  const names = new Map<string, string>();
  unique.forEach((id, i) => {
    const data = results[i]?.data;
    if (data) names.set(id, data.profile.displayName);
  });
  return names;
}
