import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatDate } from '../../i18n/format';
import { CallStatusBadge, MetaItems, UrgentBadge } from '../../features/calls/call-bits';
import { CallStatusActions } from '../../features/calls/call-manage';
import { useMyCalls, type Call } from '../../features/calls/use-calls';
import '../../features/calls/calls.css';

export function MyCallsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <div className="page-heading">
        <PageTitle>{t('calls.mine.title')}</PageTitle>
        <Link to="/calls/new" className="button">
          {t('calls.mine.post')}
        </Link>
      </div>
      <p className="lead">{t('calls.mine.lead')}</p>
      <p className="actions">
        <Link to="/calls">{t('calls.nav.find')}</Link>
        <Link to="/my/answers">{t('calls.nav.answers')}</Link>
      </p>
      <RequireSession>{() => <MyCalls />}</RequireSession>
    </section>
  );
}

function MyCalls() {
  const { t } = useTranslation();
  const calls = useMyCalls();
  if (calls.isPending) return <Loading />;
  if (calls.memberships.isError) {
    return <ErrorState error={calls.memberships.error} onRetry={() => void calls.memberships.refetch()} />;
  }
  if (calls.error) return <ErrorState error={calls.error} onRetry={calls.refetch} />;
  if (calls.items.length === 0) {
    return (
      <EmptyState title={t('calls.mine.emptyTitle')}>
        <p>{t('calls.mine.emptyBody')}</p>
        <p>
          <Link to="/calls/new" className="button">
            {t('calls.mine.postFirst')}
          </Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="call-list">
      {calls.items.map((call) => (
        <MyCallCard key={call.id} call={call} />
      ))}
    </ul>
  );
}

function MyCallCard({ call }: { call: Call }) {
  const { t } = useTranslation();
  const c = call.answerCounts;
  return (
    <li className={`call-card${call.urgent ? ' call-card-urgent' : ''}`}>
      <h2 className="user-text">
        <Link to="/calls/$id" params={{ id: call.id }}>
          {call.title}
        </Link>
      </h2>
      <p className="call-meta">
        <CallStatusBadge status={call.status} closedReason={call.closedReason} />
        {call.urgent && <UrgentBadge />}
        <MetaItems items={[call.action, <span className="muted user-text">{call.organisation.name}</span>]} />
      </p>
      <p>
        {t('calls.fields.answerBy')}: {formatDate(call.answerBy)}
        {c && (
          <>
            {' · '}
            {t('calls.mine.answers', { pending: c.pending, shortlisted: c.shortlisted })}
          </>
        )}
      </p>
      {call.canManage && <CallStatusActions call={call} />}
    </li>
  );
}
