import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth, formatNumber } from '../../../i18n/format';
import type { Workplan } from '../use-workplan';
import { monthLabels } from './plan-model';

// Small pieces the read views share.

/** A wide table or chart that scrolls sideways inside itself, never the page (phones). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** "20 %" / "20%" in the interface language. */
export function formatPercent(value: number): string {
  return formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
}

/** The project's month labels in the interface language, and a "from – to" text for a span. */
export function usePlanMonths(plan: Workplan) {
  const { t } = useTranslation();
  const months = plan.frame.durationMonths ?? 0;
  const labels = monthLabels(months, plan.frame.plannedStart, formatMonth);
  // Past the project's end (a plan to fix), the months are still counted: "M26".
  const label = (m: number) => labels[m - 1] ?? monthLabels(m, plan.frame.plannedStart, formatMonth)[m - 1] ?? `M${m}`;
  const span = (from: number, to: number) =>
    from === to ? label(from) : t('workplan.views.months.range', { from: label(from), to: label(to) });
  return { months, labels, label, span };
}
