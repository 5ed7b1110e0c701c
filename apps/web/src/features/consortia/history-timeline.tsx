import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatDateTime } from '../../i18n/format';
import type { Consortium } from './consortium-rules';
import { useConsortiumHistory, useOrganisationNames, type HistoryEntry } from './use-consortia';

const STATUSES = ['forming', 'ready', 'submitted', 'funded', 'not_funded', 'closed'];

function detailOf(entry: HistoryEntry): Record<string, unknown> {
  return (entry.detail ?? {}) as Record<string, unknown>;
}

/** Every change of the consortium, newest first, as a timeline. */
export function HistoryTimeline({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const history = useConsortiumHistory(consortium.id);
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];
  const memberNames = new Map(consortium.members.map((m) => [m.id, m.name]));
  const others = entries
    .flatMap((e) => [e.organisationId, e.actorOrganisationId])
    .filter((id): id is string => !!id && !memberNames.has(id));
  const fetched = useOrganisationNames(others);
  const nameOf = (id: string | null | undefined) =>
    (id && (memberNames.get(id) ?? fetched.get(id))) || t('consortia.history.someOrganisation');
  const statusLabel = (s: unknown) => (typeof s === 'string' && STATUSES.includes(s) ? t(`consortia.status.${s}`) : '');

  return (
    <section className="consortium-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('consortia.history.title')}</h2>
      {history.isPending && <Loading />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.isSuccess && entries.length === 0 && <EmptyState title={t('consortia.history.empty')} />}
      {entries.length > 0 && (
        <ol className="timeline" data-testid="consortium-history">
          {entries.map((e) => {
            const d = detailOf(e);
            const role = typeof d.role === 'string' ? t(`consortia.roles.${d.role}`) : '';
            return (
              <li key={e.id} className={`timeline-entry timeline-${e.action}`}>
                <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                <p>
                  {t(`consortia.history.actions.${e.action}`, {
                    organisation: nameOf(e.organisationId),
                    actor: nameOf(e.actorOrganisationId),
                    from: statusLabel(d.from),
                    to: statusLabel(d.to),
                    role,
                  })}
                  {typeof d.applicationReference === 'string' && (
                    <> ({t('consortia.state.reference', { reference: d.applicationReference })})</>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t('consortia.history.more')}
        </button>
      )}
    </section>
  );
}
