import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatDate, formatNumber } from '../../i18n/format';
import { type Consortium } from '../../features/consortia/consortium-rules';
import { ReceivedInvitations } from '../../features/consortia/received-invitations';
import { useConsortiumUpdates, useMyConsortia } from '../../features/consortia/use-consortia';
import '../../features/consortia/consortia.css';

function ConsortiumCard({ consortium: c }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const coordinator = c.members.find((m) => m.role === 'coordinator');
  return (
    <article className="consortium-card">
      <h3>
        <Link to="/consortia/$id" params={{ id: c.id }}>
          {c.name}
        </Link>
      </h3>
      <p className="consortium-card-meta">
        <span className="badge">{c.action}</span>
        <span className={`badge status-${c.status}`}>{t(`consortia.status.${c.status}`)}</span>
        <span className={`badge ${c.eligibility.eligible ? 'badge-success' : 'badge-warning'}`}>
          {c.eligibility.eligible ? t('consortia.report.eligible') : t('consortia.report.notEligible')}
        </span>
      </p>
      <p className="muted">
        {t('consortia.mine.members', { count: c.members.length, formatted: formatNumber(c.members.length) })}
        {coordinator && <> · {t('consortia.mine.coordinator', { organisation: coordinator.name })}</>}
        {c.naDeadline && <> · {t('consortia.mine.deadline', { date: formatDate(c.naDeadline) })}</>}
      </p>
    </article>
  );
}

function MyConsortia() {
  const { t } = useTranslation();
  const list = useMyConsortia();
  useConsortiumUpdates();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="my-consortia-heading">
      <h2 id="my-consortia-heading">{t('consortia.mine.listTitle')}</h2>
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && (
        <EmptyState title={t('consortia.mine.empty')}>
          <p>{t('consortia.mine.emptyHint')}</p>
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul className="consortium-list" data-testid="my-consortia">
          {items.map((c) => (
            <li key={c.id}>
              <ConsortiumCard consortium={c} />
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('consortia.mine.more')}
        </button>
      )}
    </section>
  );
}

export function ConsortiaPage() {
  const { t } = useTranslation();
  return (
    <section className="page consortia-page">
      <div className="page-head">
        <PageTitle>{t('consortia.mine.title')}</PageTitle>
        <Link to="/consortia/new" className="button">
          {t('consortia.mine.create')}
        </Link>
      </div>
      <RequireSession>
        {() => (
          <>
            <ReceivedInvitations />
            <MyConsortia />
          </>
        )}
      </RequireSession>
    </section>
  );
}
