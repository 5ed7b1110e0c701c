import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { ErrorState, Loading } from '../../components/states';
import { ApiError } from '../../api/client';
import { NotFound } from '../../components/not-found';
import { formatDate } from '../../i18n/format';
import { AnswerCall } from '../../features/calls/answer-call';
import { AnswersInbox } from '../../features/calls/answers-inbox';
import { CallFacts, CallStatusBadge, SoughtList, UrgentBadge } from '../../features/calls/call-bits';
import { CallConsortium, CallStatusActions } from '../../features/calls/call-manage';
import { useCall } from '../../features/calls/use-calls';
import { useLabels } from '../../features/taxonomies/use-taxonomies';
import '../../features/calls/calls.css';

const route = getRouteApi('/calls/$id');

export function CallPage() {
  return <RequireSession>{(user) => <Call userName={user.displayName} userEmail={user.email} />}</RequireSession>;
}

function Call({ userName, userEmail }: { userName: string; userEmail: string }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { id } = route.useParams();
  const query = useCall(id);
  if (query.isPending) {
    return (
      <section className="page">
        <PageTitle>{t('calls.detail.title')}</PageTitle>
        <Loading />
      </section>
    );
  }
  if (query.isError) {
    if (
      query.error instanceof ApiError &&
      (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED')
    ) {
      return <NotFound />;
    }
    return (
      <section className="page">
        <PageTitle>{t('calls.detail.title')}</PageTitle>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  const call = query.data;
  const member = Boolean(call.answerCounts);
  return (
    <section className="page call-page">
      <p>
        <Link to={member ? '/my/calls' : '/calls'}>
          {member ? t('calls.detail.backMine') : t('calls.detail.backFind')}
        </Link>
      </p>
      <p className="call-meta">
        <CallStatusBadge status={call.status} closedReason={call.closedReason} />
        {call.urgent && <UrgentBadge />}
      </p>
      {call.urgent && <p className="notice notice-warning">{t('calls.urgentBody')}</p>}
      <PageTitle title={call.title}>
        <span className="user-text">{call.title}</span>
      </PageTitle>
      <p className="muted">
        {t('calls.byOrganisation', { name: call.organisation.name })} · {label('countries', call.organisation.country)}{' '}
        · {label('organisationTypes', call.organisation.organisationType)}
      </p>
      <div className="call-layout">
        <section aria-labelledby="about-title">
          <h2 id="about-title" className="visually-hidden">
            {t('calls.detail.about')}
          </h2>
          <p className="call-summary user-text">{call.summary}</p>
          <CallFacts call={call} />
          {call.openedAt && <p className="muted">{t('calls.detail.openedOn', { date: formatDate(call.openedAt) })}</p>}
        </section>
        <section aria-labelledby="sought-title">
          <h2 id="sought-title">{t('calls.detail.sought')}</h2>
          <SoughtList sought={call.sought} />
        </section>
        {call.canManage && (
          <section className="call-panel" aria-labelledby="manage-title">
            <h2 id="manage-title">{t('calls.manage.title')}</h2>
            <CallStatusActions call={call} />
            <h3>{t('calls.manage.consortium')}</h3>
            <CallConsortium call={call} />
            <p>
              <Link to="/calls/new" search={{ organisationId: call.organisation.id }}>
                {t('calls.manage.postAnother')}
              </Link>
            </p>
          </section>
        )}
        {member ? <AnswersInbox call={call} /> : <AnswerCall call={call} userName={userName} userEmail={userEmail} />}
      </div>
    </section>
  );
}
