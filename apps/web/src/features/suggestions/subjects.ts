import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useMyOrganisations } from '../organisations/my-organisations';
import type { SuggestionSearch } from './suggestion-search-params';

export type SubjectKind = 'organisation' | 'call' | 'consortium';

/** Someone suggestions are for: one of my organisations, calls or consortia. */
export interface Subject {
  kind: SubjectKind;
  id: string;
  name: string;
  /** Owners and admins of the organisation concerned act on suggestions; other members only see them. */
  mayAct: boolean;
}

const isKind = (v: string | undefined): v is SubjectKind => v === 'organisation' || v === 'call' || v === 'consortium';

/** The subject the address names, or the first one (the address may be stale or hand-typed). */
export function chooseSubject(subjects: readonly Subject[], search: SuggestionSearch): Subject | undefined {
  if (isKind(search.subject) && search.id) {
    const named = subjects.find((s) => s.kind === search.subject && s.id === search.id);
    if (named) return named;
  }
  return subjects[0];
}

const mayManage = (role: string) => role === 'owner' || role === 'admin';

/**
 * Every subject I may read suggestions for: my published organisations, their open or paused
 * calls, and the consortia one of my organisations coordinates (README, "Match suggestions").
 */
export function useSubjects() {
  const organisations = useMyOrganisations();
  const memberships = (organisations.data?.pages ?? [])
    .flatMap((p) => p.items)
    .filter((m) => m.organisation.status === 'published');
  const calls = useQueries({
    queries: memberships.map((m) => ({
      queryKey: ['calls', 'of-organisation', m.organisation.id],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          await api.GET('/v1/organisations/{id}/calls', {
            params: { path: { id: m.organisation.id }, query: { limit: 50 } },
            signal,
          }),
        ),
    })),
  });
  const consortia = useQuery({
    queryKey: ['consortia', 'mine', 'first-page'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/consortia', { params: { query: { limit: 100 } }, signal })),
  });

  const subjects: Subject[] = memberships.map((m) => ({
    kind: 'organisation',
    id: m.organisation.id,
    name: m.organisation.profile.displayName,
    mayAct: mayManage(m.role),
  }));
  memberships.forEach((m, i) => {
    for (const c of calls[i]?.data?.items ?? []) {
      if (c.status !== 'open' && c.status !== 'paused') continue;
      subjects.push({ kind: 'call', id: c.id, name: c.title, mayAct: mayManage(m.role) });
    }
  });
  for (const c of consortia.data?.items ?? []) {
    const coordinating = c.mine.find((m) => m.organisationId === c.coordinatorId);
    if (!coordinating || c.status === 'closed') continue;
    subjects.push({ kind: 'consortium', id: c.id, name: c.name, mayAct: coordinating.admin });
  }

  const error = organisations.error ?? consortia.error ?? calls.find((q) => q.error)?.error ?? null;
  const isPending = organisations.isPending || consortia.isPending || calls.some((q) => q.isPending);
  const refetch = () => {
    void organisations.refetch();
    void consortia.refetch();
    for (const q of calls) void q.refetch();
  };
  return { subjects, isPending, error, refetch };
}
