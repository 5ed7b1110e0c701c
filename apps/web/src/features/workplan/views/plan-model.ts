import type { Activity, Workplan } from '../use-workplan';

// Pure helpers behind the read views: what each view shows, computed from the plan as the API
// returns it (amounts and the partners' shares are the API's; nothing here re-checks a rule).

/** Organisation id → member name, from the per-partner view. */
export function partnerNames(plan: Workplan): Map<string, string> {
  return new Map(plan.partners.map((p) => [p.organisationId, p.name]));
}

// ---------------------------------------------------------------------------------------------
// Months

/**
 * One label per project month: calendar months ("Mar 2027") from the planned start, through
 * `format` (a UTC month formatter), or "M1"…"Mn" while no start is planned.
 */
export function monthLabels(months: number, plannedStart: string | null, format: (date: Date) => string): string[] {
  const start = plannedStart ? /^(\d{4})-(\d{2})/.exec(plannedStart) : null;
  return Array.from({ length: Math.max(0, months) }, (_, i) =>
    start ? format(new Date(Date.UTC(Number(start[1]), Number(start[2]) - 1 + i, 1))) : `M${i + 1}`,
  );
}

/** Months as runs: [1, 2, 3, 7, 8] → [[1, 3], [7, 8]]. */
export function monthRuns(months: number[]): [number, number][] {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const m of sorted) {
    const last = runs.at(-1);
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/** Where a bar from `start` to `end` sits on a track of `months`, in percent, and whether it
 *  runs past either end of the project (the part past it is cut off, and said in words). */
export function barGeometry(
  start: number,
  end: number,
  months: number,
): { left: number; width: number; before: boolean; after: boolean } {
  const from = Math.max(1, Math.min(start, end));
  const to = Math.min(months, Math.max(start, end));
  const width = months > 0 && to >= from ? ((to - from + 1) / months) * 100 : 0;
  return {
    left: months > 0 ? ((Math.min(from, months + 1) - 1) / months) * 100 : 0,
    width,
    before: start < 1,
    after: end > months,
  };
}

// ---------------------------------------------------------------------------------------------
// Budget bar

export interface BudgetSegment {
  id: string;
  /** "WP2" (KA220-VET) or "A3" (KA210-VET, activities in plan order). */
  label: string;
  title: string;
  amount: number;
  /** Percent of the bar: of the lump sum, or of the allocation when that is larger. */
  share: number;
}

export interface BudgetBar {
  segments: BudgetSegment[];
  lumpSum: number | null;
  allocated: number;
  /** `unset`: no lump sum yet; `under`: some left to allocate; `over`: more than the lump sum. */
  status: 'unset' | 'under' | 'exact' | 'over';
  /** Lump sum minus allocation (negative when over). */
  difference: number;
  /** Percent of the bar left unallocated (`under`), or the part beyond the lump sum (`over`). */
  rest: number;
}

export function budgetBar(plan: Workplan): BudgetBar {
  const parts = plan.allowed.workPackages
    ? [...plan.workPackages]
        .sort((a, b) => a.number - b.number)
        .map((w) => ({ id: w.id, label: `WP${w.number}`, title: w.title, amount: w.amount }))
    : plan.activities.map((a, i) => ({ id: a.id, label: `A${i + 1}`, title: a.title, amount: a.amount }));
  const { lumpSum, allocated } = plan.report;
  const scale = Math.max(lumpSum ?? 0, allocated);
  const pct = (v: number) => (scale > 0 ? (v / scale) * 100 : 0);
  const difference = (lumpSum ?? 0) - allocated;
  const status = lumpSum === null ? 'unset' : difference > 0 ? 'under' : difference < 0 ? 'over' : 'exact';
  return {
    segments: parts.map((p) => ({ ...p, share: pct(p.amount) })),
    lumpSum,
    allocated,
    status,
    difference,
    rest: status === 'under' || status === 'over' ? pct(Math.abs(difference)) : 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Activities table

export interface ActivityRow {
  activity: Activity;
  /** 0 when the activity sits directly in the plan (KA210-VET). */
  wpNumber: number;
  wpTitle: string | null;
  leadName: string | null;
  participantNames: string[];
}

export type ActivitySort = 'plan' | 'start' | 'amount' | 'title';
export const ACTIVITY_SORTS: readonly ActivitySort[] = ['plan', 'start', 'amount', 'title'];

export function activityRows(plan: Workplan): ActivityRow[] {
  const names = partnerNames(plan);
  const wps = new Map(plan.workPackages.map((w) => [w.id, w]));
  return plan.activities.map((a) => {
    const wp = a.workPackageId ? wps.get(a.workPackageId) : undefined;
    return {
      activity: a,
      wpNumber: wp?.number ?? 0,
      wpTitle: wp?.title ?? null,
      leadName: a.leadOrganisationId ? (names.get(a.leadOrganisationId) ?? null) : null,
      participantNames: a.participantIds.flatMap((id) => names.get(id) ?? []),
    };
  });
}

/** Rows of one work package (`wp`: its id) and/or one partner (leading or taking part). */
export function filterActivities(rows: ActivityRow[], filter: { wp?: string; partner?: string }): ActivityRow[] {
  return rows.filter(
    ({ activity: a }) =>
      (!filter.wp || a.workPackageId === filter.wp) &&
      (!filter.partner || a.leadOrganisationId === filter.partner || a.participantIds.includes(filter.partner)),
  );
}

/** `plan`: by work package, then start month; `amount`: largest first; ties keep plan order. */
export function sortActivities(rows: ActivityRow[], sort: ActivitySort, collator: Intl.Collator): ActivityRow[] {
  const byPlan = (x: ActivityRow, y: ActivityRow) =>
    x.wpNumber - y.wpNumber || x.activity.startMonth - y.activity.startMonth;
  const compare: Record<ActivitySort, (x: ActivityRow, y: ActivityRow) => number> = {
    plan: byPlan,
    start: (x, y) => x.activity.startMonth - y.activity.startMonth || x.activity.endMonth - y.activity.endMonth,
    amount: (x, y) => y.activity.amount - x.activity.amount,
    title: (x, y) => collator.compare(x.activity.title, y.activity.title),
  };
  return [...rows].sort((x, y) => compare[sort](x, y) || byPlan(x, y));
}

// ---------------------------------------------------------------------------------------------
// Timeline

export interface TimelineGroup {
  /** Null for the plan's own activities (KA210-VET). */
  workPackage: { id: string; number: number; title: string } | null;
  activities: Activity[];
}

/** Activities grouped by work package in number order, each group by start month. */
export function timelineGroups(plan: Workplan): TimelineGroup[] {
  const sorted = sortActivities(activityRows(plan), 'plan', new Intl.Collator());
  const groups: TimelineGroup[] = [...plan.workPackages]
    .sort((a, b) => a.number - b.number)
    .map((w) => ({ workPackage: { id: w.id, number: w.number, title: w.title }, activities: [] }));
  const loose: TimelineGroup = { workPackage: null, activities: [] };
  for (const { activity } of sorted) {
    const group = groups.find((g) => g.workPackage?.id === activity.workPackageId) ?? loose;
    group.activities.push(activity);
  }
  return [...groups, ...(loose.activities.length ? [loose] : [])];
}

// ---------------------------------------------------------------------------------------------
// Partners × work packages

export type MatrixRole = 'lead' | 'participant' | 'none';

export interface MatrixColumn {
  id: string;
  label: string;
  title: string;
}

export interface MatrixRow {
  organisationId: string;
  name: string;
  consortiumRole: Workplan['partners'][number]['consortiumRole'];
  cells: MatrixRole[];
  /** No role anywhere in the plan (the rule `every_member_has_a_role`). */
  idle: boolean;
}

/** Work packages as columns (KA220-VET), or the activities themselves (KA210-VET). */
export function roleMatrix(plan: Workplan): { columns: MatrixColumn[]; rows: MatrixRow[] } {
  const parts = plan.allowed.workPackages
    ? [...plan.workPackages]
        .sort((a, b) => a.number - b.number)
        .map((w) => ({
          id: w.id,
          label: `WP${w.number}`,
          title: w.title,
          lead: w.leadOrganisationId,
          ids: w.participantIds,
        }))
    : plan.activities.map((a, i) => ({
        id: a.id,
        label: `A${i + 1}`,
        title: a.title,
        lead: a.leadOrganisationId,
        ids: a.participantIds,
      }));
  const roleOf = (part: (typeof parts)[number], org: string): MatrixRole =>
    part.lead === org ? 'lead' : part.ids.includes(org) ? 'participant' : 'none';
  return {
    columns: parts.map(({ id, label, title }) => ({ id, label, title })),
    rows: plan.partners.map((p) => ({
      organisationId: p.organisationId,
      name: p.name,
      consortiumRole: p.consortiumRole,
      cells: parts.map((part) => roleOf(part, p.organisationId)),
      idle: p.roles.length === 0,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Budget tables

export interface WorkPackageBudget {
  id: string;
  label: string;
  title: string;
  leadName: string | null;
  amount: number;
  /** What its activities add up to (may differ from its share; not a rule of the programme). */
  activities: number;
}

export function workPackageBudget(plan: Workplan): WorkPackageBudget[] {
  const names = partnerNames(plan);
  return [...plan.workPackages]
    .sort((a, b) => a.number - b.number)
    .map((w) => ({
      id: w.id,
      label: `WP${w.number}`,
      title: w.title,
      leadName: w.leadOrganisationId ? (names.get(w.leadOrganisationId) ?? null) : null,
      amount: w.amount,
      activities: plan.activities.filter((a) => a.workPackageId === w.id).reduce((s, a) => s + a.amount, 0),
    }));
}

/** Percent of the lump sum, or null while none is chosen. */
export function shareOf(amount: number, lumpSum: number | null): number | null {
  return lumpSum ? (amount / lumpSum) * 100 : null;
}

/**
 * What the partners' shares add up to. Each share comes rounded to the cent, so their sum can
 * miss the allocation by a cent a partner: then it is the allocation; a larger gap (a work
 * package nobody leads or takes part in) shows as it is.
 */
export function partnersTotal(plan: Workplan): number {
  const total = sum(plan.partners.map((p) => p.budget));
  return Math.abs(total - plan.report.allocated) <= 0.01 * plan.partners.length + 1e-9
    ? plan.report.allocated
    : Math.round(total * 100) / 100;
}

export function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
