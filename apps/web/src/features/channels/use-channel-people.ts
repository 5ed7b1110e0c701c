import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';

export type ChannelPerson = Schemas['ChannelPersonDto'];

export const channelPeopleKey = (channelId: string) => ['channels', channelId, 'people'] as const;

/** GET /v1/channels/:id/people: who is in the channel, by name (authors, mentions, presence). */
export function useChannelPeople(channelId: string) {
  const query = useQuery({
    queryKey: channelPeopleKey(channelId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/channels/{id}/people', { params: { path: { id: channelId } }, signal })).items,
  });
  const byId = useMemo(() => new Map((query.data ?? []).map((p) => [p.userId, p])), [query.data]);
  return { ...query, byId };
}
