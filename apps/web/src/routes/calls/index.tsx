import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { MultiPicker } from '../../components/picker';
import { RequireSession } from '../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatDate, formatNumber } from '../../i18n/format';
import { ActionName, UrgentBadge, useCodeList } from '../../features/calls/call-bits';
import {
  CALL_SEARCH_ACTIONS,
  CALL_SORTS,
  MAX_CALL_PAGE,
  MAX_CALL_QUERY,
  type CallSearch,
} from '../../features/calls/call-search-params';
import { activeCallFilterCount, withFilters } from '../../features/calls/call-search-query';
import { useCallSearch, useMemberships, type CallHit } from '../../features/calls/use-calls';
import { profileOptions } from '../../features/organisations/profile-options';
import { Highlighted } from '../../features/search/highlight';
import { useTaxonomies } from '../../features/taxonomies/use-taxonomies';
import '../../features/calls/calls.css';

const route = getRouteApi('/calls');

export function CallsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <div className="page-heading">
        <PageTitle>{t('calls.find.title')}</PageTitle>
        <Link to="/calls/new" className="button">
          {t('calls.mine.post')}
        </Link>
      </div>
      <p className="lead">{t('calls.find.lead')}</p>
      <p className="actions">
        <Link to="/my/calls">{t('calls.nav.mine')}</Link>
        <Link to="/my/answers">{t('calls.nav.answers')}</Link>
      </p>
      <RequireSession>{() => <FindCalls />}</RequireSession>
    </section>
  );
}

function FindCalls() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const results = useCallSearch(search);
  const heading = useRef<HTMLHeadingElement>(null);
  const change = (patch: Partial<CallSearch>) =>
    void navigate({ search: withFilters(search, patch), resetScroll: false });
  const toPage = (page: number) => {
    void navigate({ search: { ...search, page: page > 1 ? page : undefined } });
    heading.current?.focus({ preventScroll: true });
  };
  const answer = results.data;
  const count = activeCallFilterCount(search);
  return (
    <div className="call-layout call-layout-search">
      <CallFilters search={search} change={change} />
      <section aria-labelledby="call-results" aria-busy={results.isFetching}>
        <div className="call-pager">
          <h2 id="call-results" ref={heading} tabIndex={-1}>
            {answer
              ? t('calls.find.results', { count: answer.totalHits, n: formatNumber(answer.totalHits) })
              : t('calls.find.resultsTitle')}
          </h2>
          <div className="field">
            <label htmlFor="call-sort">{t('calls.find.sort')}</label>
            <select
              id="call-sort"
              value={search.sort ?? 'answer_by'}
              onChange={(e) =>
                change({ sort: e.target.value === 'answer_by' ? undefined : (e.target.value as CallSearch['sort']) })
              }
            >
              {CALL_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`calls.find.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : results.data.hits.length === 0 ? (
          <EmptyState title={t('calls.find.emptyTitle')}>
            <p>{count || search.q ? t('calls.find.emptyFiltered') : t('calls.find.emptyBody')}</p>
            <p className="actions">
              {(count > 0 || search.q) && (
                <Link to="/calls" className="button button-secondary">
                  {t('calls.find.clear')}
                </Link>
              )}
              <Link to="/calls/new" className="button">
                {t('calls.mine.post')}
              </Link>
            </p>
          </EmptyState>
        ) : (
          <>
            <ul className="call-list">
              {results.data.hits.map((hit) => (
                <CallHitCard key={hit.id} hit={hit} />
              ))}
            </ul>
            {results.data.totalPages > 1 && (
              <nav className="call-pager" aria-label={t('calls.find.pages')}>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={results.data.page <= 1}
                  onClick={() => toPage(results.data.page - 1)}
                >
                  {t('common.previous')}
                </button>
                <span>
                  {t('calls.find.pageOf', {
                    page: results.data.page,
                    total: Math.min(results.data.totalPages, MAX_CALL_PAGE),
                  })}
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={results.data.page >= Math.min(results.data.totalPages, MAX_CALL_PAGE)}
                  onClick={() => toPage(results.data.page + 1)}
                >
                  {t('common.next')}
                </button>
              </nav>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function CallHitCard({ hit }: { hit: CallHit }) {
  const { t } = useTranslation();
  const list = useCodeList();
  return (
    <li className={`call-card${hit.urgent ? ' call-card-urgent' : ''}`}>
      {hit.urgent && (
        <p className="call-meta">
          <UrgentBadge />
          <span>{t('calls.urgentShort')}</span>
        </p>
      )}
      <h3 className="user-text">
        <Link to="/calls/$id" params={{ id: hit.id }}>
          <Highlighted value={hit.highlight.title || hit.title} />
        </Link>
      </h3>
      <p className="muted user-text">{t('calls.byOrganisation', { name: hit.organisation.name })}</p>
      <p className="call-summary user-text">
        <Highlighted value={hit.highlight.summary} />
      </p>
      <dl className="call-facts">
        <div>
          <dt>{t('calls.fields.answerBy')}</dt>
          <dd>{formatDate(hit.answerBy)}</dd>
        </div>
        <div>
          <dt>{t('calls.fields.naDeadline')}</dt>
          <dd>{hit.naDeadline ? formatDate(hit.naDeadline) : t('calls.notSet')}</dd>
        </div>
        <div>
          <dt>{t('calls.fields.action')}</dt>
          <dd>
            <ActionName action={hit.action} />
          </dd>
        </div>
        <div>
          <dt>{t('calls.find.soughtCountries')}</dt>
          <dd>{list('countries', hit.soughtCountries)}</dd>
        </div>
        <div>
          <dt>{t('calls.find.soughtSectors')}</dt>
          <dd>{list('naceSections', hit.soughtNaceSections)}</dd>
        </div>
        <div>
          <dt>{t('calls.find.soughtTypes')}</dt>
          <dd>{list('organisationTypes', hit.soughtOrganisationTypes)}</dd>
        </div>
      </dl>
    </li>
  );
}

function CallFilters({ search, change }: { search: CallSearch; change: (patch: Partial<CallSearch>) => void }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const memberships = useMemberships();
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const mine = memberships.items.filter((m) => m.organisation.status === 'published');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change({ q: q.trim() || undefined });
  };
  if (taxonomies.isPending) return <Loading />;
  if (taxonomies.isError) return <ErrorState error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />;
  const options = profileOptions(taxonomies.data, t);
  return (
    <section className="call-filters" aria-label={t('calls.find.filters')}>
      <form role="search" onSubmit={submit} className="field">
        <label htmlFor="call-q">{t('calls.find.q')}</label>
        <input id="call-q" type="search" value={q} maxLength={MAX_CALL_QUERY} onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="button button-small">
          {t('calls.find.search')}
        </button>
      </form>
      <div className="field">
        <label htmlFor="call-fits">{t('calls.find.fits')}</label>
        <select
          id="call-fits"
          value={search.fits ?? ''}
          onChange={(e) => change({ fits: e.target.value || undefined })}
        >
          <option value="">{t('calls.find.fitsAny')}</option>
          {mine.map((m) => (
            <option key={m.organisation.id} value={m.organisation.id}>
              {m.organisation.profile.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="call-action">{t('calls.fields.action')}</label>
        <select
          id="call-action"
          value={search.action ?? ''}
          onChange={(e) => change({ action: (e.target.value || undefined) as CallSearch['action'] })}
        >
          <option value="">{t('calls.find.anyAction')}</option>
          {CALL_SEARCH_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a} · {t(`calls.actions.${a}.name`)}
            </option>
          ))}
        </select>
      </div>
      <MultiPicker
        label={t('calls.find.soughtCountries')}
        options={options.countries}
        value={search.soughtCountry ?? []}
        onChange={(codes) => change({ soughtCountry: codes })}
      />
      <MultiPicker
        label={t('calls.find.soughtSectors')}
        options={options.naceSections}
        showCodes
        value={search.soughtNaceSection ?? []}
        onChange={(codes) => change({ soughtNaceSection: codes })}
      />
      <MultiPicker
        label={t('calls.find.soughtTypes')}
        options={options.organisationTypes}
        value={search.soughtOrganisationType ?? []}
        onChange={(codes) => change({ soughtOrganisationType: codes })}
      />
      <fieldset>
        <legend>{t('calls.find.deadline')}</legend>
        <div className="field">
          <label htmlFor="call-from">{t('calls.find.from')}</label>
          <input
            id="call-from"
            type="date"
            value={search.deadlineFrom ?? ''}
            onChange={(e) => change({ deadlineFrom: e.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor="call-to">{t('calls.find.to')}</label>
          <input
            id="call-to"
            type="date"
            value={search.deadlineTo ?? ''}
            onChange={(e) => change({ deadlineTo: e.target.value || undefined })}
          />
        </div>
      </fieldset>
      <label className="call-choice">
        <input
          type="checkbox"
          checked={Boolean(search.urgent)}
          onChange={(e) => change({ urgent: e.target.checked ? true : undefined })}
        />
        <span>{t('calls.find.urgentOnly')}</span>
      </label>
      {activeCallFilterCount(search) > 0 && (
        <Link to="/calls" search={search.q ? { q: search.q } : {}} className="button button-secondary button-small">
          {t('calls.find.clearFilters')}
        </Link>
      )}
    </section>
  );
}
