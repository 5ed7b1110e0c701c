import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty, type Schemas } from '../../api/client';
import type { Subject, SubjectKind } from './subjects';

export type Suggestion = Schemas['SuggestionResponseDto'];
type Page = Schemas['SuggestionPageDto'];
export type SuggestionAction = Schemas['ActDto']['action'];

const suggestionsKey = (kind: SubjectKind, id: string) => ['suggestions', kind, id] as const;

async function fetchPage(kind: SubjectKind, id: string, cursor: string | undefined, signal: AbortSignal) {
  const params = { path: { id }, query: { cursor, limit: 20 } };
  switch (kind) {
    case 'organisation':
      return unwrap(await api.GET('/v1/organisations/{id}/suggestions', { params, signal }));
    case 'call':
      return unwrap(await api.GET('/v1/calls/{id}/suggestions', { params, signal }));
    case 'consortium':
      return unwrap(await api.GET('/v1/consortia/{id}/suggestions', { params, signal }));
  }
}

/** The subject's suggestions: organisations first, each kind by rank, a cursor page at a time. */
export function useSuggestions(subject: Subject) {
  return useInfiniteQuery({
    queryKey: suggestionsKey(subject.kind, subject.id),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => fetchPage(subject.kind, subject.id, pageParam, signal),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The cached pages with one suggestion changed, or left out (`null`). */
export function patchSuggestion(
  data: InfiniteData<Page> | undefined,
  id: string,
  change: Partial<Suggestion> | null,
): InfiniteData<Page> | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((p) => ({
      ...p,
      items: p.items.flatMap((s) => (s.id !== id ? [s] : change === null ? [] : [{ ...s, ...change }])),
    })),
  };
}

/** Save, dismiss and act on the subject's suggestions; each keeps the list as the API now has it. */
export function useSuggestionActions(subject: Subject) {
  const queryClient = useQueryClient();
  const key = suggestionsKey(subject.kind, subject.id);
  const patch = (id: string, change: Partial<Suggestion> | null) =>
    queryClient.setQueryData<InfiniteData<Page>>(key, (d) => patchSuggestion(d, id, change));
  const save = useMutation({
    mutationFn: async (id: string) =>
      unwrapEmpty(await api.POST('/v1/suggestions/{id}/save', { params: { path: { id } } })),
    onSuccess: (_, id) => patch(id, { status: 'saved' }),
  });
  const dismiss = useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason?: string }) =>
      unwrapEmpty(await api.POST('/v1/suggestions/{id}/dismiss', { params: { path: { id } }, body: { reason } })),
    onSuccess: (_, { id }) => patch(id, null),
  });
  const act = useMutation({
    mutationFn: async ({ id, action }: { id: string; action: SuggestionAction }) =>
      unwrap(await api.POST('/v1/suggestions/{id}/act', { params: { path: { id } }, body: { action } })),
    onSuccess: (_, { id }) => patch(id, { status: 'acted' }),
  });
  return { save, dismiss, act };
}
