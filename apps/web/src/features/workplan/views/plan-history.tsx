import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/load-more';
import { ErrorState, Loading } from '../../../components/states';
import { formatDateTime, formatList } from '../../../i18n/format';
import type { Workplan } from '../use-workplan';
import { partnerNames } from './plan-model';
import { usePlanHistory, type PlanChange } from './use-plan-history';

// The fields a change names, as the API spells them; one unknown to this list shows as sent.
const FIELDS = new Set([
  'lumpSum',
  'durationMonths',
  'plannedStart',
  'aim',
  'summary',
  'title',
  'description',
  'objectives',
  'indicators',
  'leadOrganisationId',
  'participantIds',
  'amount',
  'kind',
  'startMonth',
  'endMonth',
  'expectedResults',
  'type',
  'languages',
  'targetGroups',
  'contributorIds',
  'dueMonth',
  'activityIds',
  'hostOrganisationId',
  'country',
  'month',
  'participantsLocal',
  'participantsInternational',
  'resultIds',
  'workPackageId',
]);

function detailOf(change: PlanChange): { title?: string; fields: string[] } {
  const d = (change.detail ?? {}) as Record<string, unknown>;
  const fields = Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === 'string') : [];
  return { title: typeof d.title === 'string' ? d.title : undefined, fields };
}

/** Who changed what in the plan and when, newest first. */
export function PlanHistory({ workplan }: { workplan: Workplan }) {
  const { t } = useTranslation();
  const id = useId();
  const history = usePlanHistory(workplan.consortiumId);
  const names = partnerNames(workplan);
  const changes = history.data?.pages.flatMap((p) => p.items) ?? [];
  const field = (f: string) => (FIELDS.has(f) ? t(`workplan.views.history.fields.${f}`) : f);
  return (
    <section className="workplan-view" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workplan.views.history.title')}</h3>
      {history.isPending && <Loading />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.isSuccess && changes.length === 0 && <p className="muted">{t('workplan.views.history.empty')}</p>}
      {changes.length > 0 && (
        <ol className="timeline" data-testid="plan-history">
          {changes.map((c) => {
            const d = detailOf(c);
            const organisation = c.actorOrganisationId ? names.get(c.actorOrganisationId) : undefined;
            const part = t(`workplan.views.history.parts.${c.part}`, { title: d.title ?? '' });
            return (
              <li key={c.id} className={`timeline-entry timeline-${c.action}`}>
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
                <p>
                  {t(`workplan.views.history.actions.${c.action}`, {
                    actor: c.actorName ?? t('workplan.views.history.someone'),
                    organisation: organisation ?? t('workplan.views.history.someOrganisation'),
                    part,
                  })}
                </p>
                {c.action === 'updated' && d.fields.length > 0 && (
                  <p className="muted">
                    {t('workplan.views.history.fieldsChanged', { fields: formatList(d.fields.map(field)) })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <LoadMore pages={history} label={t('workplan.views.history.more')} />
    </section>
  );
}
