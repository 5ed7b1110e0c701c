import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type Organisation = Schemas['OrganisationResponseDto'];

export const organisationKey = (id: string) => ['organisation', id] as const;

/** An organisation as its members (and moderators) see it: status, reason, pending revision. */
export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKey(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/organisations/{id}', { params: { path: { id } }, signal })),
    // Others change it too (the National Agency decides): opening the page always asks again.
    staleTime: 0,
  });
}
