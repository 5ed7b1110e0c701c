import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { organisationKey } from './use-organisation';

// The members, the open invitations and the decisions of one organisation, each in cursor
// pages ({ items, nextCursor }). Their keys sit under organisationKey(id), so invalidating the
// organisation refreshes them too.

export type Member = Schemas['MemberResponseDto'];
export type Invitation = Schemas['InvitationResponseDto'];
export type IssuedInvitation = Schemas['IssuedInvitationResponseDto'];
export type AuditEntry = Schemas['AuditEntryDto'];

export const membersKey = (id: string) => [...organisationKey(id), 'members'] as const;
export const invitationsKey = (id: string) => [...organisationKey(id), 'invitations'] as const;
export const decisionsKey = (id: string) => [...organisationKey(id), 'decisions'] as const;

const PAGE = 50;

/** Every loaded item of the pages, in order. */
export function flattenPages<T>(pages: { items: T[] }[] | undefined): T[] {
  return pages ? pages.flatMap((p) => p.items) : [];
}

export function useMembers(id: string) {
  return useInfiniteQuery({
    queryKey: membersKey(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/organisations/{id}/members', {
          params: { path: { id }, query: { cursor: pageParam, limit: PAGE } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useInvitations(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: invitationsKey(id),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/organisations/{id}/invitations', {
          params: { path: { id }, query: { cursor: pageParam, limit: PAGE } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useDecisions(id: string) {
  return useInfiniteQuery({
    queryKey: decisionsKey(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/organisations/{id}/decisions', {
          params: { path: { id }, query: { cursor: pageParam, limit: 20 } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
