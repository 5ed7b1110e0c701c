import { formatEuro } from '../../../i18n/format';
import type { Workplan } from '../use-workplan';

// Small pure pieces of the outline: where a part is on the page, what it is called, euros.

export type RulePart = Workplan['report']['rules'][number]['items'][number]['part'];

/** The id of a part's element in the outline (the rule panel links to it). */
export function partAnchor(part: RulePart, id: string): string {
  return `workplan-${part.replace('_', '-')}-${id}`;
}

/** A part's (or member's) name in the plan; undefined for one the plan does not hold (a new draft). */
export function partTitle(plan: Workplan, part: RulePart, id: string): string | undefined {
  switch (part) {
    case 'member':
      return plan.partners.find((p) => p.organisationId === id)?.name;
    case 'work_package': {
      const wp = plan.workPackages.find((w) => w.id === id);
      return wp ? `WP${wp.number} ${wp.title}` : undefined;
    }
    case 'activity':
      return plan.activities.find((a) => a.id === id)?.title;
    case 'result':
      return plan.results.find((r) => r.id === id)?.title;
    case 'event':
      return plan.events.find((e) => e.id === id)?.title;
  }
}

/** An amount typed in a form, as euros; nothing for what is not a whole number yet. */
export function typedEuro(text: string | undefined): string | undefined {
  const v = (text ?? '').trim();
  return /^\d+$/.test(v) ? formatEuro(Number(v)) : undefined;
}

/** Organisation names for ids, in the plan's order of partners; unknown ids are left out. */
export function partnerNames(plan: Workplan, ids: readonly (string | null)[]): string[] {
  return plan.partners.filter((p) => ids.includes(p.organisationId)).map((p) => p.name);
}
