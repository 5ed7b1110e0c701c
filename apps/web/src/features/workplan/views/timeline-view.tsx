import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workplan } from '../use-workplan';
import { barGeometry, timelineGroups } from './plan-model';
import { ScrollRegion, usePlanMonths } from './view-parts';

function Track({ months, start, end }: { months: number; start: number; end: number }) {
  const g = barGeometry(start, end, months);
  return (
    <div className="gantt-track" aria-hidden="true" style={{ '--months': months } as CSSProperties}>
      <span
        className={`gantt-bar${g.after ? ' gantt-bar-past' : ''}`}
        style={{ insetInlineStart: `${g.left}%`, width: `${g.width}%` }}
      />
    </div>
  );
}

function Marker({ months, month, kind }: { months: number; month: number; kind: 'result' | 'event' }) {
  const g = barGeometry(month, month, months);
  return (
    <div className="gantt-track" aria-hidden="true" style={{ '--months': months } as CSSProperties}>
      {g.width > 0 && (
        <span
          className={`gantt-marker gantt-marker-${kind}`}
          style={{ insetInlineStart: `${g.left + g.width / 2}%` }}
        />
      )}
    </div>
  );
}

/**
 * The plan over the project's months: one row per activity, grouped by work package, then the
 * results' due months and the events. A real table: the months column says in words what the
 * drawn bar shows (the bar is aria-hidden), and it scrolls sideways inside its own region.
 */
export function TimelineView({ workplan }: { workplan: Workplan }) {
  const { t } = useTranslation();
  const id = useId();
  const { months, labels, label, span } = usePlanMonths(workplan);
  const groups = timelineGroups(workplan);
  const title = <h3 id={`${id}-h`}>{t('workplan.views.timeline.title')}</h3>;
  if (!months) {
    return (
      <section className="workplan-view" aria-labelledby={`${id}-h`}>
        {title}
        <p className="muted">{t('workplan.views.timeline.noDuration')}</p>
      </section>
    );
  }
  const scale = { '--months': months } as CSSProperties;
  // Results due and events, in one list by month.
  const milestones = [
    ...workplan.results.map((r) => ({
      id: r.id,
      kind: 'result' as const,
      month: r.dueMonth,
      title: t('workplan.views.timeline.result', { title: r.title }),
      when: t('workplan.views.timeline.due', { month: label(r.dueMonth) }),
    })),
    ...workplan.events.map((e) => ({
      id: e.id,
      kind: 'event' as const,
      month: e.month,
      title: t('workplan.views.timeline.event', { title: e.title }),
      when: label(e.month),
    })),
  ].sort((a, b) => a.month - b.month);
  const past = (end: number) =>
    end > months && <span className="badge badge-danger">{t('workplan.views.timeline.pastEnd')}</span>;
  return (
    <section className="workplan-view" aria-labelledby={`${id}-h`}>
      {title}
      <p className="muted">{t('workplan.views.timeline.span', { count: months, from: label(1), to: label(months) })}</p>
      <ScrollRegion label={t('workplan.views.timeline.table')}>
        <table className="gantt" data-testid="timeline">
          <thead>
            <tr>
              <th scope="col">{t('workplan.views.timeline.item')}</th>
              <th scope="col">{t('workplan.views.timeline.months')}</th>
              <th scope="col" className="gantt-scale-cell">
                <span className="visually-hidden">{t('workplan.views.timeline.chart')}</span>
                <span className="gantt-scale" aria-hidden="true" style={scale}>
                  {labels.map((l) => (
                    <span key={l}>{l}</span>
                  ))}
                </span>
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.workPackage?.id ?? 'plan'}>
              <tr className="gantt-group">
                <th scope="colgroup" colSpan={3}>
                  {g.workPackage
                    ? `WP${g.workPackage.number} ${g.workPackage.title}`
                    : t('workplan.views.timeline.plan')}
                </th>
              </tr>
              {g.activities.length === 0 && (
                <tr>
                  <td colSpan={3} className="muted">
                    {t('workplan.views.timeline.noActivities')}
                  </td>
                </tr>
              )}
              {g.activities.map((a) => (
                <tr key={a.id} data-activity={a.id}>
                  <th scope="row">{a.title}</th>
                  <td className="nowrap">
                    {span(a.startMonth, a.endMonth)} {past(a.endMonth)}
                  </td>
                  <td>
                    <Track months={months} start={a.startMonth} end={a.endMonth} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
          {milestones.length > 0 && (
            <tbody>
              <tr className="gantt-group">
                <th scope="colgroup" colSpan={3}>
                  {t('workplan.views.timeline.milestones')}
                </th>
              </tr>
              {milestones.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <span className={`gantt-key gantt-marker-${m.kind}`} aria-hidden="true" />
                    {m.title}
                  </th>
                  <td className="nowrap">
                    {m.when} {past(m.month)}
                  </td>
                  <td>
                    <Marker months={months} month={m.month} kind={m.kind} />
                  </td>
                </tr>
              ))}
            </tbody>
          )}
        </table>
      </ScrollRegion>
    </section>
  );
}
