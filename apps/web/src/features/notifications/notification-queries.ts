import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty, type Schemas } from '../../api/client';
import type { Delivery, NotificationKind } from './notification-route';

export type Notification = Schemas['NotificationResponseDto'];
export type NotificationPreference = Schemas['NotificationPreferenceResponseDto'];

// One key root: the bell's count, the centre's pages and the preferences refresh together.
export const notificationsKey = ['notifications'] as const;
const unreadKey = [...notificationsKey, 'unread'] as const;
const listKey = [...notificationsKey, 'list'] as const;
const preferencesKey = [...notificationsKey, 'preferences'] as const;

/** The unread count of the bell (the gateway's `notification` event keeps it current). */
export function useUnreadCount() {
  return useQuery({
    queryKey: unreadKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/me/notifications/unread-count', { signal })).unread,
  });
}

/** A new notification arrived (or grouped into an earlier one): its count, then the pages. */
export function useNotificationArrived() {
  const queryClient = useQueryClient();
  return (unread: number | undefined) => {
    if (typeof unread === 'number') queryClient.setQueryData(unreadKey, unread);
    void queryClient.invalidateQueries({ queryKey: listKey });
  };
}

export const PAGE_SIZE = 20;

/** GET /v1/me/notifications, newest first, a cursor page at a time. */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: listKey,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/me/notifications', { params: { query: { cursor: pageParam, limit: PAGE_SIZE } }, signal }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrapEmpty(await api.POST('/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/me/notifications/read-all')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/me/notification-preferences', { signal })),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (preferences: { kind: NotificationKind; delivery: Delivery }[]) =>
      unwrap(await api.PUT('/v1/me/notification-preferences', { body: { preferences } })),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}
