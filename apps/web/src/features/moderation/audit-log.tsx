import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatDateTime } from '../../i18n/format';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';
import { itemParam } from './moderation-search';
import { useAuditLog, type AuditEntry } from './use-moderation';

// The audit log of the moderated countries, newest first: who did what to which organisation,
// when and why, by name. Each organisation opens in the desk's detail panel.

const STATUSES = ['draft', 'submitted', 'published', 'rejected', 'suspended', 'deleted'] as const;
type Status = (typeof STATUSES)[number];

function statusOf(state: AuditEntry['before']): Status | undefined {
  const value = state && 'status' in state ? state.status : undefined;
  return STATUSES.find((s) => s === value);
}

function Entry({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const label = labelLookup(useTaxonomies().data);
  const from = statusOf(entry.before);
  const to = statusOf(entry.after);
  return (
    <tr>
      <td data-label={t('moderation.audit.when')}>
        <div className="audit-cell">
          <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
        </div>
      </td>
      <td data-label={t('moderation.audit.organisation')}>
        <div className="audit-cell">
          {entry.organisationName ? (
            <Link to="/moderation" search={{ item: itemParam({ kind: 'organisation', id: entry.organisationId }) }}>
              {entry.organisationName}
            </Link>
          ) : (
            <span className="muted">{t('moderation.audit.organisationGone')}</span>
          )}
          <span className="audit-country"> · {label('countries', entry.country)}</span>
        </div>
      </td>
      <td data-label={t('moderation.audit.action')}>
        <div className="audit-cell">
          {t(`moderation.actions.${entry.action}`)}
          {from && to && from !== to && (
            <span className="audit-change">
              {t('moderation.audit.statusChange', {
                from: t(`moderation.status.${from}`),
                to: t(`moderation.status.${to}`),
              })}
            </span>
          )}
        </div>
      </td>
      <td data-label={t('moderation.audit.actor')}>
        <div className="audit-cell">
          {entry.actorName ?? <span className="muted">{t('moderation.audit.actorGone')}</span>}
          <span className="audit-role"> ({t(`moderation.roles.${entry.actorRole}`)})</span>
        </div>
      </td>
      <td data-label={t('moderation.audit.reason')}>
        <div className="audit-cell">
          {entry.reason ? <span className="reason-text">{entry.reason}</span> : <span className="muted">—</span>}
        </div>
      </td>
    </tr>
  );
}

export function AuditLog({ country }: { country: string | undefined }) {
  const { t } = useTranslation();
  const audit = useAuditLog(country);
  if (audit.isPending) return <Loading />;
  if (audit.isError) return <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  if (audit.data.length === 0) {
    return (
      <EmptyState title={t('moderation.audit.emptyTitle')}>
        <p>{t('moderation.audit.emptyBody')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="table-wrap">
        <table className="audit-log">
          <caption className="visually-hidden">{t('moderation.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderation.audit.when')}</th>
              <th scope="col">{t('moderation.audit.organisation')}</th>
              <th scope="col">{t('moderation.audit.action')}</th>
              <th scope="col">{t('moderation.audit.actor')}</th>
              <th scope="col">{t('moderation.audit.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </tbody>
        </table>
      </div>
      {audit.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={audit.isFetchingNextPage}
          onClick={() => void audit.fetchNextPage()}
        >
          {audit.isFetchingNextPage ? t('common.loading') : t('moderation.audit.more')}
        </button>
      )}
    </>
  );
}
