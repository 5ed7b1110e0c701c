import type { Locale } from '@syndesmos/common';
import {
  WORKPLAN_FRAMES,
  WORKPLAN_RULE_IDS,
  WORKPLAN_RULES,
  type WorkplanFrame,
  type WorkplanRule,
  type WorkplanRuleId,
} from '@syndesmos/taxonomies';
import type { Workplan, WorkplanPart } from './workplan.model';

// Checks a workplan against the programme's workplan rules. The values and the words are data
// in libs/taxonomies (WORKPLAN_FRAMES, WORKPLAN_RULES); this file only measures the plan.

export interface WorkplanRuleSet {
  rules: Record<WorkplanRuleId, WorkplanRule>;
  frames: typeof WORKPLAN_FRAMES;
}

export const CURRENT_WORKPLAN_RULES: WorkplanRuleSet = { rules: WORKPLAN_RULES, frames: WORKPLAN_FRAMES };

/** A part of the plan a failing rule points at. */
export interface RuleItem {
  part: WorkplanPart | 'member';
  id: string;
}

export interface WorkplanRuleResult {
  rule: WorkplanRuleId;
  severity: 'error' | 'warning';
  passed: boolean;
  reason: string;
  items: RuleItem[];
  source: string;
}

export interface WorkplanReport {
  /** No rule of severity error fails (warnings do not hold a plan back). */
  passed: boolean;
  errors: number;
  warnings: number;
  lumpSum: number | null;
  /** What the work packages (KA220-VET) or the activities (KA210-VET) add up to. */
  allocated: number;
  rules: WorkplanRuleResult[];
}

interface Measure {
  passed: boolean;
  values: Record<string, string | number>;
  items?: RuleItem[];
  names?: string[];
  /** The frame value the rule needs is not chosen yet. */
  unset?: boolean;
}

const UNSET = {
  en: 'Choose the lump sum and the duration of the project first',
  el: 'Επιλέξτε πρώτα το κατ’ αποκοπή ποσό και τη διάρκεια του έργου',
} satisfies Record<Locale, string>;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

/** The sum the lump sum is divided into: work packages when the action has them, else activities. */
export function allocatedAmount(plan: Workplan, frame: WorkplanFrame): number {
  const parts = frame.workPackages ? plan.workPackages : plan.activities;
  return parts.reduce((sum, p) => sum + p.amount, 0);
}

function measure(plan: Workplan, id: WorkplanRuleId, frame: WorkplanFrame, locale: Locale): Measure {
  const n = new Intl.NumberFormat(locale === 'el' ? 'el-GR' : 'en-GB');
  const titled = <T extends { id: string; title: string }>(part: WorkplanPart, list: T[]) => ({
    items: list.map((x) => ({ part, id: x.id })),
    names: list.map((x) => x.title),
  });
  switch (id) {
    case 'budget_matches_lump_sum': {
      const allocated = allocatedAmount(plan, frame);
      if (plan.lumpSum === null) return { passed: false, unset: true, values: {} };
      return {
        passed: allocated === plan.lumpSum,
        values: { allocated: n.format(allocated), lumpSum: n.format(plan.lumpSum) },
      };
    }
    case 'project_management_share': {
      const max = frame.maxProjectManagementPercent ?? 100;
      if (plan.lumpSum === null) return { passed: false, unset: true, values: {} };
      const wp1 = plan.workPackages.find((w) => w.management);
      const amount = wp1?.amount ?? 0;
      return {
        // Integer arithmetic: exactly 20 % passes, one euro more does not.
        passed: amount * 100 <= max * plan.lumpSum,
        values: { amount: n.format(amount), percent: n.format(Math.round((amount * 1000) / plan.lumpSum) / 10), max },
        items: wp1 ? [{ part: 'work_package', id: wp1.id }] : [],
      };
    }
    case 'activities_within_duration': {
      if (plan.durationMonths === null) return { passed: false, unset: true, values: {} };
      const duration = plan.durationMonths;
      const outside = plan.activities.filter((a) => a.startMonth < 1 || a.endMonth > duration);
      return { passed: outside.length === 0, values: { duration }, ...titled('activity', outside) };
    }
    case 'results_have_lead_and_activity': {
      const activityIds = new Set(plan.activities.map((a) => a.id));
      const lacking = plan.results.filter(
        (r) => r.leadOrganisationId === null || !r.activityIds.some((a) => activityIds.has(a)),
      );
      return { passed: lacking.length === 0, values: {}, ...titled('result', lacking) };
    }
    case 'events_present_results_due': {
      const results = new Map(plan.results.map((r) => [r.id, r]));
      const early = plan.events.flatMap((e) =>
        e.resultIds
          .map((id) => results.get(id))
          .filter((r) => r !== undefined && r.dueMonth > e.month)
          .map((r) => ({ event: e, result: r! })),
      );
      return {
        passed: early.length === 0,
        values: {},
        items: early.map(({ event }) => ({ part: 'event' as const, id: event.id })),
        names: early.map(({ event, result }) => `${event.title} (${result.title})`),
      };
    }
    case 'every_member_has_a_role': {
      const busy = new Set(rolesOf(plan).keys());
      const idle = plan.members.filter((m) => !busy.has(m.organisationId));
      return {
        passed: idle.length === 0,
        values: {},
        items: idle.map((m) => ({ part: 'member' as const, id: m.organisationId })),
        names: idle.map((m) => m.name),
      };
    }
    case 'recommended_work_packages': {
      const max = frame.recommendedMaxWorkPackages ?? Infinity;
      return { passed: plan.workPackages.length <= max, values: { count: plan.workPackages.length, max } };
    }
  }
}

/** Every organisation that does something in the plan, with what it does. */
export function rolesOf(plan: Workplan): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  const add = (org: string | null, role: string) => {
    if (org === null) return;
    if (!roles.has(org)) roles.set(org, new Set());
    roles.get(org)!.add(role);
  };
  for (const w of plan.workPackages) {
    add(w.leadOrganisationId, 'work_package_lead');
    for (const p of w.participantIds) add(p, 'work_package_participant');
  }
  for (const a of plan.activities) {
    add(a.leadOrganisationId, 'activity_lead');
    for (const p of a.participantIds) add(p, 'activity_participant');
  }
  for (const r of plan.results) {
    add(r.leadOrganisationId, 'result_lead');
    for (const p of r.contributorIds) add(p, 'result_contributor');
  }
  for (const e of plan.events) add(e.hostOrganisationId, 'event_host');
  return roles;
}

/** The plan's rule report: each rule of its action, passed or not, and why, in `locale`. */
export function workplanReport(
  plan: Workplan,
  ruleSet: WorkplanRuleSet = CURRENT_WORKPLAN_RULES,
  locale: Locale = 'en',
): WorkplanReport {
  const frame = ruleSet.frames[plan.action];
  const results: WorkplanRuleResult[] = [];
  for (const id of WORKPLAN_RULE_IDS) {
    const rule = ruleSet.rules[id];
    if (!rule.actions.includes(plan.action)) continue;
    const m = measure(plan, id, frame, locale);
    const text = m.passed ? rule.passed[locale] : rule.failure[locale];
    results.push({
      rule: id,
      severity: rule.severity,
      passed: m.passed,
      reason: m.unset ? UNSET[locale] : fill(text, { ...m.values, items: (m.names ?? []).join(', ') }),
      items: m.passed ? [] : (m.items ?? []),
      source: rule.source,
    });
  }
  const failing = results.filter((r) => !r.passed);
  return {
    passed: failing.every((r) => r.severity !== 'error'),
    errors: failing.filter((r) => r.severity === 'error').length,
    warnings: failing.filter((r) => r.severity === 'warning').length,
    lumpSum: plan.lumpSum,
    allocated: allocatedAmount(plan, frame),
    rules: results,
  };
}
