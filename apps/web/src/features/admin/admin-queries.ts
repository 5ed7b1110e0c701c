import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty, type Schemas } from '../../api/client';

export type QueueView = Schemas['QueueViewDto'];
export type OutboxView = Schemas['OutboxViewDto'];
export type SuggestionStats = Schemas['SuggestionStatsResponseDto'];

const dashboardKey = ['admin', 'queues'] as const;

/** GET /v1/admin/queues, read again every 10 s while the page is open. */
export function useQueueDashboard() {
  return useQuery({
    queryKey: dashboardKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/admin/queues', { signal })),
    refetchInterval: 10_000,
  });
}

export function useSuggestionStats() {
  return useQuery({
    queryKey: ['admin', 'suggestion-stats'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/admin/suggestions/stats', { signal })),
  });
}

/** Puts one set-aside outbox row back to the relay; the dashboard then shows where it went. */
export function useRetryOutboxRow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrapEmpty(await api.POST('/v1/admin/outbox/{id}/retry', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dashboardKey }),
  });
}

/** A job's progress as a fraction, when it reports `{ done, total }` (the weekly refresh does). */
export function progressFraction(
  progress: Record<string, number> | null,
): { fraction: number; done: number; total: number } | undefined {
  if (!progress) return undefined;
  const { done, total } = progress;
  if (typeof done !== 'number' || typeof total !== 'number' || total <= 0) return undefined;
  return { fraction: Math.min(1, Math.max(0, done / total)), done, total };
}
