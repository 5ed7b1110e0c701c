import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty, type Schemas } from '../../api/client';
import { useMyOrganisations } from '../organisations/my-organisations';
import type { CallSearch } from './call-search-params';
import { toCallSearchQuery } from './call-search-query';
import type { AnswerStatus, CallTransition, ClosedReason } from './call-rules';

// Partner calls over the generated client. Every key starts with 'calls', so one invalidation
// after a change refreshes the call, its answers, my calls and my answers.

export type Call = Schemas['CallResponseDto'];
export type Answer = Schemas['AnswerResponseDto'];
export type CallHit = Schemas['CallHitDto'];
export type Membership = Schemas['MembershipResponseDto'];

export const callsKey = ['calls'] as const;
export const callKey = (id: string) => ['calls', 'one', id] as const;

export function useCall(id: string) {
  return useQuery({
    queryKey: callKey(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/calls/{id}', { params: { path: { id } }, signal })),
  });
}

/** Several calls by id (my answers name the calls they answer). */
export function useCallsById(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: callKey(id),
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(await api.GET('/v1/calls/{id}', { params: { path: { id } }, signal })),
    })),
  });
}

export function useCallAnswers(id: string, status: AnswerStatus | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['calls', 'answers', id, status ?? 'all'],
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/calls/{id}/answers', { params: { path: { id }, query: { status, limit: 100 } }, signal }),
      ),
  });
}

export function useCallSearch(search: CallSearch) {
  return useQuery({
    queryKey: ['calls', 'search', search],
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/search/calls', { params: { query: toCallSearchQuery(search) }, signal })),
  });
}

/** My memberships, all pages (a person belongs to a handful of organisations). */
export function useMemberships() {
  const pages = useMyOrganisations();
  if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...pages, items, done: Boolean(pages.data) && !pages.hasNextPage };
}

/** Organisations I may act for in calls (post, answer): published, and I am an owner or admin. */
export function actingOrganisations(items: readonly Membership[]): Membership[] {
  return items.filter((m) => m.organisation.status === 'published' && (m.role === 'owner' || m.role === 'admin'));
}

/** One list per organisation I belong to, of its calls or of its answers (newest first, 100 each). */
function usePerOrganisation<T extends { createdAt: string }>(
  kind: 'calls' | 'answers',
  memberships: readonly Membership[],
  enabled: boolean,
) {
  const results = useQueries({
    queries: memberships.map((m) => ({
      queryKey: ['calls', kind === 'calls' ? 'of' : 'answersOf', m.organisation.id],
      enabled,
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const params = { path: { id: m.organisation.id }, query: { limit: 100 } };
        const page =
          kind === 'calls'
            ? unwrap(await api.GET('/v1/organisations/{id}/calls', { params, signal }))
            : unwrap(await api.GET('/v1/organisations/{id}/answers', { params, signal }));
        return page.items as unknown as T[];
      },
    })),
  });
  const items = results
    .flatMap((r) => r.data ?? [])
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const error = results.find((r) => r.isError)?.error;
  return {
    items,
    isPending: results.some((r) => r.isPending),
    error,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}

export function useMyCalls() {
  const memberships = useMemberships();
  const calls = usePerOrganisation<Call>('calls', memberships.items, memberships.done);
  return { memberships, ...calls, isPending: memberships.isPending || !memberships.done || calls.isPending };
}

export function useMyAnswers() {
  const memberships = useMemberships();
  const answers = usePerOrganisation<Answer>('answers', memberships.items, memberships.done);
  return { memberships, ...answers, isPending: memberships.isPending || !memberships.done || answers.isPending };
}

function useInvalidateCalls() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: callsKey });
}

export function useCallStatus(id: string) {
  const invalidate = useInvalidateCalls();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { status: CallTransition; reason?: ClosedReason }) =>
      unwrap(await api.POST('/v1/calls/{id}/status', { params: { path: { id } }, body: v })),
    onSuccess: async (call) => {
      client.setQueryData(callKey(id), call);
      await invalidate();
    },
  });
}

export function useDecideAnswer(callId: string) {
  const invalidate = useInvalidateCalls();
  return useMutation({
    mutationFn: async (v: { answerId: string; status: 'shortlisted' | 'declined' }) =>
      unwrap(
        await api.POST('/v1/calls/{id}/answers/{answerId}/decision', {
          params: { path: { id: callId, answerId: v.answerId } },
          body: { status: v.status },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useInviteAnswer(callId: string) {
  const invalidate = useInvalidateCalls();
  return useMutation({
    mutationFn: async (answerId: string) =>
      unwrap(
        await api.POST('/v1/calls/{id}/answers/{answerId}/invite', { params: { path: { id: callId, answerId } } }),
      ),
    onSuccess: invalidate,
  });
}

export function useWithdrawAnswer() {
  const invalidate = useInvalidateCalls();
  return useMutation({
    mutationFn: async (v: { callId: string; answerId: string }) =>
      unwrapEmpty(
        await api.POST('/v1/calls/{id}/answers/{answerId}/withdraw', {
          params: { path: { id: v.callId, answerId: v.answerId } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCreateConsortium(callId: string) {
  const invalidate = useInvalidateCalls();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/v1/calls/{id}/consortium', { params: { path: { id: callId } }, body: {} })),
    onSuccess: invalidate,
  });
}
