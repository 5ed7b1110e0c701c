import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty, type Schemas } from '../../api/client';
import { organisationKey } from '../organisations/use-organisation';
import type { QueueKind } from './moderation-search';

// The desk's server data: the queue and the audit log a page at a time, the figures, and the
// decisions. Every decision refreshes all three and the organisation it was about.

export type QueueItem = Schemas['QueueItemDto'] & { kind: QueueKind };
export type QueueStats = Schemas['QueueStatsDto'];
export type AuditEntry = Schemas['ModerationAuditEntryDto'];

export const moderationKey = ['moderation'] as const;

export interface QueueFilters {
  kind?: QueueKind;
  country?: string;
}

const QUEUE_PAGE = 20;
const queueKey = (filters: QueueFilters) => [...moderationKey, 'queue', filters] as const;

/** The queue as the cache holds it right now (fresher than a render that has not happened yet). */
export function cachedQueue(queryClient: QueryClient, filters: QueueFilters): QueueItem[] {
  const data = queryClient.getQueryData<InfiniteData<Schemas['QueuePageDto']>>(queueKey(filters));
  return (data?.pages.flatMap((p) => p.items) ?? []) as QueueItem[];
}

export function useQueue(filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: queueKey(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/moderation/queue', {
          params: { query: { ...filters, cursor: pageParam, limit: QUEUE_PAGE } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((p) => p.items as QueueItem[]),
  });
}

export function useQueueStats(country: string | undefined) {
  return useQuery({
    queryKey: [...moderationKey, 'stats', country ?? null],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/moderation/stats', { params: { query: { country } }, signal })),
  });
}

export function useAuditLog(country: string | undefined) {
  return useInfiniteQuery({
    queryKey: [...moderationKey, 'audit', country ?? null],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/moderation/audit', {
          params: { query: { country, cursor: pageParam, limit: 25 } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => data.pages.flatMap((p) => p.items),
  });
}

/** Every decision the desk can take; each names the endpoint it posts to. */
export const DECISIONS = [
  'approve',
  'reject',
  'suspend',
  'reinstate',
  'verifyOid',
  'approveRevision',
  'rejectRevision',
  'dismissReport',
  'upholdReport',
] as const;
export type Decision = (typeof DECISIONS)[number];

/** What each decision asks for: a reason (required, shown to the members), a note (optional, for
 *  the audit log) or nothing; destructive ones say so on their button. */
export const DECISION_INPUT: Record<Decision, { input: 'reason' | 'note' | 'none'; destructive: boolean }> = {
  approve: { input: 'note', destructive: false },
  reject: { input: 'reason', destructive: true },
  suspend: { input: 'reason', destructive: true },
  reinstate: { input: 'note', destructive: false },
  verifyOid: { input: 'none', destructive: false },
  approveRevision: { input: 'note', destructive: false },
  rejectRevision: { input: 'reason', destructive: true },
  dismissReport: { input: 'note', destructive: false },
  upholdReport: { input: 'reason', destructive: true },
};

export interface DecisionRequest {
  decision: Decision;
  /** The organisation, revision or report the endpoint takes. */
  subjectId: string;
  organisationId: string;
  /** The reason or note; empty for none. */
  text: string;
}

async function post({ decision, subjectId: id, text }: DecisionRequest): Promise<void> {
  const path = { params: { path: { id } } };
  const note = { ...path, body: text ? { note: text } : {} };
  const reason = { ...path, body: { reason: text } };
  switch (decision) {
    case 'approve':
      unwrap(await api.POST('/v1/moderation/organisations/{id}/approve', note));
      return;
    case 'reject':
      unwrap(await api.POST('/v1/moderation/organisations/{id}/reject', reason));
      return;
    case 'suspend':
      unwrap(await api.POST('/v1/moderation/organisations/{id}/suspend', reason));
      return;
    case 'reinstate':
      unwrap(await api.POST('/v1/moderation/organisations/{id}/reinstate', note));
      return;
    case 'verifyOid':
      unwrap(await api.POST('/v1/moderation/organisations/{id}/verify-oid', path));
      return;
    case 'approveRevision':
      unwrap(await api.POST('/v1/moderation/revisions/{id}/approve', note));
      return;
    case 'rejectRevision':
      unwrap(await api.POST('/v1/moderation/revisions/{id}/reject', reason));
      return;
    case 'dismissReport':
      unwrapEmpty(await api.POST('/v1/moderation/reports/{id}/dismiss', note));
      return;
    case 'upholdReport':
      unwrapEmpty(await api.POST('/v1/moderation/reports/{id}/suspend', reason));
      return;
  }
}

/** Reads the queue, the figures, the log and the organisation again. */
export function useRefreshDesk() {
  const queryClient = useQueryClient();
  return (organisationId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: moderationKey }),
      queryClient.invalidateQueries({ queryKey: organisationKey(organisationId) }),
    ]);
}

// After a refusal nothing is refreshed here: the dialog keeps saying why, and the desk reads
// the item again when the dialog is closed (it may have left the queue meanwhile).
export function useDecision() {
  const refresh = useRefreshDesk();
  return useMutation({
    mutationFn: post,
    onSuccess: (_, request) => refresh(request.organisationId),
  });
}
