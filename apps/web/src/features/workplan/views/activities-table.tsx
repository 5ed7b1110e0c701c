import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { formatEuro, formatList } from '../../../i18n/format';
import type { Workplan } from '../use-workplan';
import { ACTIVITY_SORTS, activityRows, filterActivities, sortActivities, type ActivitySort } from './plan-model';
import { ScrollRegion, usePlanMonths } from './view-parts';

/** Every activity with its work package, kind, lead, participants, months and amount;
 *  filtered by work package and by partner, sorted four ways. */
export function ActivitiesTable({ workplan }: { workplan: Workplan }) {
  const { t } = useTranslation();
  const id = useId();
  const { span } = usePlanMonths(workplan);
  const [wp, setWp] = useState('');
  const [partner, setPartner] = useState('');
  const [sort, setSort] = useState<ActivitySort>('plan');
  const withWps = workplan.allowed.workPackages;
  const all = useMemo(() => activityRows(workplan), [workplan]);
  const collator = useMemo(() => new Intl.Collator(currentLanguage()), []);
  const rows = sortActivities(filterActivities(all, { wp, partner }), sort, collator);
  const packages = [...workplan.workPackages].sort((a, b) => a.number - b.number);

  return (
    <section className="workplan-view" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workplan.views.activities.title')}</h3>
      {all.length === 0 ? (
        <p className="muted">{t('workplan.views.activities.empty')}</p>
      ) : (
        <>
          <div className="view-filters">
            {withWps && (
              <div>
                <label htmlFor={`${id}-filterWp`}>{t('workplan.views.activities.filterWp')}</label>
                <select id={`${id}-filterWp`} value={wp} onChange={(e) => setWp(e.target.value)}>
                  <option value="">{t('workplan.views.activities.allWps')}</option>
                  {packages.map((w) => (
                    <option key={w.id} value={w.id}>
                      WP{w.number} {w.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div>
              <label htmlFor={`${id}-filterPartner`}>{t('workplan.views.activities.filterPartner')}</label>
              <select id={`${id}-filterPartner`} value={partner} onChange={(e) => setPartner(e.target.value)}>
                <option value="">{t('workplan.views.activities.allPartners')}</option>
                {workplan.partners.map((p) => (
                  <option key={p.organisationId} value={p.organisationId}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-sort`}>{t('workplan.views.activities.sort')}</label>
              <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as ActivitySort)}>
                {ACTIVITY_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`workplan.views.activities.sorts.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="muted" aria-live="polite">
            {t('workplan.views.activities.count', { count: rows.length, total: all.length })}
          </p>
          <ScrollRegion label={t('workplan.views.activities.table')}>
            <table className="activities-table" data-testid="activities-table">
              <thead>
                <tr>
                  <th scope="col">{t('workplan.views.activities.columns.activity')}</th>
                  {withWps && <th scope="col">{t('workplan.views.activities.columns.wp')}</th>}
                  <th scope="col">{t('workplan.views.activities.columns.kind')}</th>
                  <th scope="col">{t('workplan.views.activities.columns.lead')}</th>
                  <th scope="col">{t('workplan.views.activities.columns.participants')}</th>
                  <th scope="col">{t('workplan.views.activities.columns.months')}</th>
                  <th scope="col" className="num">
                    {t('workplan.views.activities.columns.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.activity.id}>
                    <th scope="row">{r.activity.title}</th>
                    {withWps && <td>{r.wpNumber ? `WP${r.wpNumber}` : '—'}</td>}
                    <td>{t(`workplan.views.kinds.${r.activity.kind}`)}</td>
                    <td>{r.leadName ?? <span className="badge badge-warning">{t('workplan.views.noLead')}</span>}</td>
                    <td>{r.participantNames.length ? formatList(r.participantNames) : t('workplan.views.nobody')}</td>
                    <td className="nowrap">{span(r.activity.startMonth, r.activity.endMonth)}</td>
                    <td className="num">{formatEuro(r.activity.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
