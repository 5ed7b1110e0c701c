import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { MyAnswer } from '../../features/calls/answer-call';
import { useCallsById, useMyAnswers } from '../../features/calls/use-calls';
import '../../features/calls/calls.css';

export function MyAnswersPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('calls.answers.title')}</PageTitle>
      <p className="lead">{t('calls.answers.lead')}</p>
      <p className="actions">
        <Link to="/calls">{t('calls.nav.find')}</Link>
        <Link to="/my/calls">{t('calls.nav.mine')}</Link>
      </p>
      <RequireSession>{() => <MyAnswers />}</RequireSession>
    </section>
  );
}

function MyAnswers() {
  const { t } = useTranslation();
  const answers = useMyAnswers();
  const ids = [...new Set(answers.items.map((a) => a.callId))];
  const calls = useCallsById(ids);
  if (answers.isPending) return <Loading />;
  if (answers.memberships.isError) {
    return <ErrorState error={answers.memberships.error} onRetry={() => void answers.memberships.refetch()} />;
  }
  if (answers.error) return <ErrorState error={answers.error} onRetry={answers.refetch} />;
  if (answers.items.length === 0) {
    return (
      <EmptyState title={t('calls.answers.emptyTitle')}>
        <p>{t('calls.answers.emptyBody')}</p>
        <p>
          <Link to="/calls" className="button">
            {t('calls.answers.find')}
          </Link>
        </p>
      </EmptyState>
    );
  }
  const byId = new Map(calls.flatMap((q) => (q.data ? [[q.data.id, q.data] as const] : [])));
  const names = new Map(answers.memberships.items.map((m) => [m.organisation.id, m.organisation.profile.displayName]));
  return (
    <ul className="answer-list">
      {answers.items.map((a) => {
        const call = byId.get(a.callId);
        return <MyAnswer key={a.id} answer={a} name={names.get(a.organisation.id)} listed showCall={call} />;
      })}
    </ul>
  );
}
