import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

// The consortium's workplan, read whole (plan, rule report, partners' view). Its key sits under
// the consortia keys, so `useConsortiumUpdates` (consortium:updated, and every reconnection)
// reads it again when another member changes it.

export type Workplan = Schemas['WorkplanResponseDto'];
export type WorkPackage = Schemas['WorkPackageResponseDto'];
export type Activity = Schemas['ActivityResponseDto'];
export type ProjectResult = Schemas['ResultResponseDto'];
export type DisseminationEvent = Schemas['EventResponseDto'];
export type WorkplanReport = Schemas['WorkplanReportDto'];
export type PartnerView = Schemas['PartnerViewDto'];

export const workplanKey = (consortiumId: string) => ['consortia', 'workplan', consortiumId] as const;

export function useWorkplan(consortiumId: string) {
  return useQuery({
    queryKey: workplanKey(consortiumId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/consortia/{id}/workplan', { params: { path: { id: consortiumId } }, signal })),
  });
}
