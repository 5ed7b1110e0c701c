import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../i18n/format';
import type { Workplan } from '../use-workplan';
import { activityRows, partnersTotal, shareOf, sum, workPackageBudget } from './plan-model';
import { formatPercent, ScrollRegion } from './view-parts';

interface Column {
  label: string;
  numeric?: boolean;
}

interface Row {
  key: string;
  head: ReactNode;
  /** One per column after the first. */
  cells: ReactNode[];
}

/** A budget table: the first column names the row, the others line up; a total row closes it. */
function BudgetTable(props: { caption: string; testId: string; columns: Column[]; rows: Row[]; total: ReactNode[] }) {
  const { t } = useTranslation();
  const cell = (content: ReactNode, i: number, testId?: string) => (
    <td key={i} className={props.columns[i + 1]?.numeric ? 'num' : undefined} data-testid={testId}>
      {content}
    </td>
  );
  return (
    <ScrollRegion label={props.caption}>
      <table data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.head}</th>
              {r.cells.map((c, i) => cell(c, i))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid={`${props.testId}-total`}>
            <th scope="row">{t('workplan.views.budget.total')}</th>
            {props.total.map((c, i) => cell(c, i))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

/** Each partner's share as the API computes it (`partners[].budget`); beside it the work
 *  packages' shares (KA220-VET) or the activities' (KA210-VET). */
export function BudgetTables({ workplan }: { workplan: Workplan }) {
  const { t } = useTranslation();
  const id = useId();
  const { lumpSum, allocated } = workplan.report;
  const share = (amount: number) => {
    const s = shareOf(amount, lumpSum);
    return s === null ? '—' : formatPercent(s);
  };
  const col = (key: string, numeric = false): Column => ({ label: t(`workplan.views.budget.columns.${key}`), numeric });
  const noLead = t('workplan.views.noLead');
  const packages = workPackageBudget(workplan);
  const activities = activityRows(workplan);
  const partnerSum = partnersTotal(workplan);
  return (
    <section className="workplan-view" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workplan.views.budget.title')}</h3>
      {lumpSum !== null && <p>{t('workplan.views.budget.lumpSum', { amount: formatEuro(lumpSum) })}</p>}
      {workplan.allowed.workPackages ? (
        <BudgetTable
          caption={t('workplan.views.budget.perWp')}
          testId="budget-per-wp"
          columns={[col('wp'), col('lead'), col('amount', true), col('activities', true), col('share', true)]}
          rows={packages.map((r) => ({
            key: r.id,
            head: `${r.label} ${r.title}`,
            cells: [r.leadName ?? noLead, formatEuro(r.amount), formatEuro(r.activities), share(r.amount)],
          }))}
          total={['', formatEuro(allocated), formatEuro(sum(packages.map((r) => r.activities))), share(allocated)]}
        />
      ) : (
        <BudgetTable
          caption={t('workplan.views.budget.perActivity')}
          testId="budget-per-activity"
          columns={[col('activity'), col('lead'), col('amount', true), col('share', true)]}
          rows={activities.map((r) => ({
            key: r.activity.id,
            head: r.activity.title,
            cells: [r.leadName ?? noLead, formatEuro(r.activity.amount), share(r.activity.amount)],
          }))}
          total={['', formatEuro(allocated), share(allocated)]}
        />
      )}
      <BudgetTable
        caption={t('workplan.views.budget.perPartner')}
        testId="budget-per-partner"
        columns={[col('partner'), col('role'), col('budget', true), col('share', true)]}
        rows={workplan.partners.map((p) => ({
          key: p.organisationId,
          head: `${p.name} (${p.country})`,
          cells: [t(`consortia.roles.${p.consortiumRole}`), formatEuro(p.budget), share(p.budget)],
        }))}
        total={['', formatEuro(partnerSum), share(partnerSum)]}
      />
      <p className="muted">{t('workplan.views.budget.partnerNote')}</p>
    </section>
  );
}
