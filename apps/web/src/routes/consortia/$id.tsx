import { Link, useParams, useSearch } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatDate } from '../../i18n/format';
import { CompositionPanel } from '../../features/consortia/composition-panel';
import { CONSORTIUM_TABS, type ConsortiumTab } from '../../features/consortia/consortium-search-params';
import type { Consortium } from '../../features/consortia/consortium-rules';
import { EligibilityReport } from '../../features/consortia/eligibility-report';
import { HistoryTimeline } from '../../features/consortia/history-timeline';
import { MembersPanel } from '../../features/consortia/members-panel';
import { StatePanel } from '../../features/consortia/state-panel';
import { useConsortium, useConsortiumUpdates } from '../../features/consortia/use-consortia';
import '../../features/consortia/consortia.css';

// The workplan (editor, views, export) is its own chunk, read when its tab opens.
const WorkplanTab = lazy(() =>
  import('../../features/workplan/workplan-tab').then((m) => ({ default: m.WorkplanTab })),
);

// The router marks the current tab (aria-current="page"); matching the search exactly keeps the
// overview (no `tab`) from staying current on the other tabs.
const TAB_ACTIVE = { includeSearch: true, explicitUndefined: true } as const;

function Tabs({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <nav className="consortium-tabs" aria-label={t('consortia.detail.sections')}>
      <ul>
        {CONSORTIUM_TABS.map((tab) => (
          <li key={tab}>
            <Link
              to="/consortia/$id"
              params={{ id }}
              search={{ tab: tab === 'overview' ? undefined : tab }}
              activeOptions={TAB_ACTIVE}
              replace
            >
              {t(`consortia.detail.tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ConsortiumScreen({ consortium: c, tab }: { consortium: Consortium; tab: ConsortiumTab }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{c.name}</PageTitle>
      <p className="consortium-card-meta">
        <span className="badge">{c.action}</span>
        <span className={`badge status-${c.status}`}>{t(`consortia.status.${c.status}`)}</span>
        {c.naDeadline && <span>{t('consortia.mine.deadline', { date: formatDate(c.naDeadline) })}</span>}
      </p>
      {c.summary && <p className="lead">{c.summary}</p>}
      <div className="actions consortium-links">
        {c.channelId && (
          <Link to="/channels/$id" params={{ id: c.channelId }} className="button button-secondary">
            {t('consortia.detail.channel')}
          </Link>
        )}
        {/* A replacement call replaces a departed partner: offered only when the API takes one. */}
        {c.canOpenReplacementCall && (
          <Link to="/calls/new" search={{ consortiumId: c.id }} className="button button-secondary">
            {t('consortia.detail.replacementCall')}
          </Link>
        )}
      </div>
      <Tabs id={c.id} />
      {tab === 'overview' && (
        <div className="consortium-overview">
          <EligibilityReport consortium={c} />
          <CompositionPanel consortium={c} />
        </div>
      )}
      {tab === 'members' && <MembersPanel consortium={c} />}
      {tab === 'workplan' && (
        <Suspense fallback={<Loading />}>
          <WorkplanTab consortium={c} />
        </Suspense>
      )}
      {tab === 'history' && (
        <>
          <StatePanel consortium={c} />
          <HistoryTimeline consortium={c} />
        </>
      )}
    </>
  );
}

function Loaded({ id }: { id: string }) {
  const { t } = useTranslation();
  const { tab } = useSearch({ from: '/consortia/$id' });
  const query = useConsortium(id);
  useConsortiumUpdates(id);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <>
          <PageTitle>{t('consortia.detail.title')}</PageTitle>
          <EmptyState title={t('consortia.detail.notFound')}>
            <Link to="/consortia">{t('consortia.detail.backToList')}</Link>
          </EmptyState>
        </>
      );
    }
    return (
      <>
        <PageTitle>{t('consortia.detail.title')}</PageTitle>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <ConsortiumScreen consortium={query.data} tab={tab ?? 'overview'} />;
}

export function ConsortiumPage() {
  const { id } = useParams({ from: '/consortia/$id' });
  return (
    <section className="page consortium-page">
      <RequireSession>{() => <Loaded id={id} />}</RequireSession>
    </section>
  );
}
