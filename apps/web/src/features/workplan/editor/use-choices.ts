import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaxonomies } from '../../taxonomies/use-taxonomies';
import type { Workplan } from '../use-workplan';
import { formatEuro } from '../../../i18n/format';
import { partnerNames, typedEuro } from './outline-bits';
import { ACTIVITY_KINDS, AIMS, RESULT_TYPES, type FieldSpec } from './part-forms';

export type ChoiceList = NonNullable<FieldSpec['options']> | 'partners';
export type Choices = (list: ChoiceList) => { value: string; label: string }[];

/** The choices of the editor's pickers in the interface language: the plan's partners (every
 *  member), its activities and results, the programme's kinds and types, and code lists. */
export function useChoices(plan: Workplan): Choices {
  const { t } = useTranslation();
  const { data: taxonomies } = useTaxonomies();
  return useCallback(
    (list: ChoiceList) => {
      switch (list) {
        case 'partners':
          return plan.partners.map((p) => ({ value: p.organisationId, label: `${p.name} (${p.country})` }));
        case 'activities':
          return plan.activities.map((a) => ({ value: a.id, label: a.title }));
        case 'results':
          return plan.results.map((r) => ({ value: r.id, label: r.title }));
        case 'activityKinds':
          return ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`workplan.editor.kinds.${k}`) }));
        case 'resultTypes':
          return RESULT_TYPES.map((k) => ({ value: k, label: t(`workplan.editor.resultTypes.${k}`) }));
        case 'aims':
          return AIMS.map((k) => ({ value: k, label: t(`workplan.editor.aims.${k}`) }));
        case 'lumpSums':
          return plan.allowed.lumpSums.map((n) => ({ value: String(n), label: formatEuro(n) }));
        case 'languages':
        case 'targetGroups':
        case 'countries':
          return (taxonomies?.[list] ?? []).map((o) => ({ value: o.code, label: o.label }));
      }
    },
    [plan, t, taxonomies],
  );
}

/** A form value as people read it: names for organisations, labels for codes, euros for amounts. */
export function describe(f: FieldSpec, v: string | string[] | undefined, choices: Choices, plan: Workplan): string {
  if (f.kind === 'lead' || f.kind === 'members') {
    const names = partnerNames(plan, Array.isArray(v) ? v : [v ?? null]);
    return names.length ? names.join(', ') : '—';
  }
  if (f.kind === 'choice' || f.kind === 'choices') {
    const list = Array.isArray(v) ? v : v ? [v] : [];
    const options = choices(f.options!);
    return list.map((c) => options.find((o) => o.value === c)?.label ?? c).join(', ') || '—';
  }
  if (f.kind === 'euro') return typedEuro(v as string) ?? '—';
  return (v as string) || '—';
}
