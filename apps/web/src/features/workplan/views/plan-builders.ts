import type { Activity, WorkPackage, Workplan } from '../use-workplan';

// Small builders of a plan as the API returns it, for the views' tests.

export const A = '00000000-0000-4000-8000-00000000000a';
export const B = '00000000-0000-4000-8000-00000000000b';
export const C = '00000000-0000-4000-8000-00000000000c';
const part = { version: 1, updatedAt: '2026-12-01T00:00:00Z', editable: false };

export function wp(
  id: string,
  number: number,
  amount: number,
  lead: string | null,
  participants: string[] = [],
): WorkPackage {
  return {
    ...part,
    id,
    number,
    management: number === 1,
    title: `Package ${number}`,
    objectives: '',
    indicators: '',
    leadOrganisationId: lead,
    participantIds: participants,
    amount,
  };
}

export function activity(
  id: string,
  wpId: string | null,
  start: number,
  end: number,
  amount: number,
  lead: string | null,
  participants: string[] = [],
): Activity {
  return {
    ...part,
    id,
    workPackageId: wpId,
    title: `Activity ${id}`,
    description: '',
    kind: 'other',
    leadOrganisationId: lead,
    participantIds: participants,
    startMonth: start,
    endMonth: end,
    expectedResults: '',
    amount,
  };
}

export function partner(id: string, name: string, roles: string[]): Workplan['partners'][number] {
  return {
    organisationId: id,
    name,
    country: 'GR',
    consortiumRole: id === A ? 'coordinator' : 'partner',
    roles,
    leads: { workPackages: [], activities: [], results: [], events: [] },
    takesPart: { workPackages: [], activities: [], results: [] },
    activeMonths: [],
    budget: 0,
  };
}

export function plan(
  over: Partial<Workplan> & { lumpSum?: number | null; allocated?: number; ka210?: boolean },
): Workplan {
  const { lumpSum = 250_000, allocated = 0, ka210 = false, ...rest } = over;
  return {
    consortiumId: A,
    action: ka210 ? 'KA210-VET' : 'KA220-VET',
    canManage: false,
    allowed: { lumpSums: [], minDurationMonths: 12, maxDurationMonths: 36, workPackages: !ka210, source: '' },
    frame: { ...part, lumpSum, durationMonths: 24, plannedStart: null, aim: null, summary: '' },
    workPackages: [],
    activities: [],
    results: [],
    events: [],
    report: { passed: true, errors: 0, warnings: 0, lumpSum, allocated, rules: [] },
    partners: [
      partner(A, 'Alpha', ['work_package_lead']),
      partner(B, 'Beta', ['activity_lead']),
      partner(C, 'Gamma', []),
    ],
    ...rest,
  };
}
