import { WORKPLAN_FRAMES } from '@syndesmos/taxonomies';
import type { Workplan } from './workplan.model';
import { rolesOf } from './workplan.rules';

// What the plan asks of each member, derived from the parts (never stored).

export interface PartnerView {
  organisationId: string;
  name: string;
  country: string;
  consortiumRole: string;
  roles: string[];
  leads: { workPackages: string[]; activities: string[]; results: string[]; events: string[] };
  takesPart: { workPackages: string[]; activities: string[]; results: string[] };
  /** The project months in which it leads or takes part in an activity, ascending. */
  activeMonths: number[];
  /** Its share of the lump sum, in euro (two decimals): see `budgetShares`. */
  budget: number;
}

/**
 * Each partner's share of the budget: an activity's amount is split equally between its lead
 * and participants; in a work-package action, what a work package holds beyond its activities
 * is split equally between the package's lead and participants.
 */
export function budgetShares(plan: Workplan): Map<string, number> {
  const shares = new Map<string, number>();
  const split = (amount: number, lead: string | null, others: string[]) => {
    const orgs = [...new Set([...(lead ? [lead] : []), ...others])];
    if (orgs.length === 0 || amount <= 0) return;
    for (const o of orgs) shares.set(o, (shares.get(o) ?? 0) + amount / orgs.length);
  };
  for (const a of plan.activities) split(a.amount, a.leadOrganisationId, a.participantIds);
  if (WORKPLAN_FRAMES[plan.action].workPackages) {
    for (const w of plan.workPackages) {
      const inActivities = plan.activities.filter((a) => a.workPackageId === w.id).reduce((s, a) => s + a.amount, 0);
      split(w.amount - inActivities, w.leadOrganisationId, w.participantIds);
    }
  }
  return shares;
}

export function partnerViews(plan: Workplan): PartnerView[] {
  const roles = rolesOf(plan);
  const shares = budgetShares(plan);
  return plan.members.map((m) => {
    const org = m.organisationId;
    const leads = <T extends { id: string }>(list: T[], lead: (x: T) => string | null) =>
      list.filter((x) => lead(x) === org).map((x) => x.id);
    const inList = <T extends { id: string }>(list: T[], ids: (x: T) => string[]) =>
      list.filter((x) => ids(x).includes(org)).map((x) => x.id);
    const months = new Set<number>();
    for (const a of plan.activities) {
      if (a.leadOrganisationId !== org && !a.participantIds.includes(org)) continue;
      for (let month = a.startMonth; month <= a.endMonth; month++) months.add(month);
    }
    return {
      organisationId: org,
      name: m.name,
      country: m.country,
      consortiumRole: m.role,
      roles: [...(roles.get(org) ?? [])].sort(),
      leads: {
        workPackages: leads(plan.workPackages, (w) => w.leadOrganisationId),
        activities: leads(plan.activities, (a) => a.leadOrganisationId),
        results: leads(plan.results, (r) => r.leadOrganisationId),
        events: leads(plan.events, (e) => e.hostOrganisationId),
      },
      takesPart: {
        workPackages: inList(plan.workPackages, (w) => w.participantIds),
        activities: inList(plan.activities, (a) => a.participantIds),
        results: inList(plan.results, (r) => r.contributorIds),
      },
      activeMonths: [...months].sort((a, b) => a - b),
      budget: Math.round((shares.get(org) ?? 0) * 100) / 100,
    };
  });
}
