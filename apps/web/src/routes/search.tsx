import { getRouteApi, Link, useLocation } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { PageTitle } from '../components/page';
import { Loading } from '../components/states';
import { formatNumber } from '../i18n/format';
import { FacetPanel } from '../features/search/facet-panel';
import { SearchBox } from '../features/search/search-box';
import type { OrganisationSearch } from '../features/search/search-params';
import { activeFilters, onlyKnown, withQuery, withSort } from '../features/search/search-state';
import { ActiveFilterChips, EmptyResults, Pager, ResultList, SearchFailed } from '../features/search/search-results';
import {
  useCanSearch,
  useMyCountries,
  useOrganisationSearch,
  useOwnFacetCounts,
} from '../features/search/use-organisation-search';
import '../features/search/search.css';

const route = getRouteApi('/search');

export function SearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const canSearch = useCanSearch();
  return (
    <section className="page search-page">
      <PageTitle>{t('search.title')}</PageTitle>
      <p className="lead search-lead">{t('search.lead')}</p>
      {canSearch ? <Search /> : session.status === 'restoring' ? <Loading /> : <SignInToSearch />}
    </section>
  );
}

function SignInToSearch() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="notice search-sign-in">
      <p className="state-title">{t('search.signIn.title')}</p>
      <p>{t('search.signIn.body')}</p>
      <p className="actions">
        <Link to="/sign-in" search={{ redirect: location.href }} className="button">
          {t('search.signIn.signIn')}
        </Link>
        <Link to="/sign-up" className="button button-secondary">
          {t('search.signIn.signUp')}
        </Link>
      </p>
    </div>
  );
}

function Search() {
  const { t } = useTranslation();
  const url = route.useSearch();
  const search = useMemo(() => onlyKnown(url), [url]);
  const navigate = route.useNavigate();
  const results = useOrganisationSearch(search);
  const ownCounts = useOwnFacetCounts(search);
  const myCountries = useMyCountries();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const paging = useRef(false);
  const answer = results.data;

  // A filter, the sort or a page is a step the back button undoes.
  const change = (next: OrganisationSearch) => void navigate({ search: next, resetScroll: false });

  // After choosing a page, start reading at the results, not at the link just used.
  useEffect(() => {
    if (!paging.current || results.isPlaceholderData) return;
    paging.current = false;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [answer?.page, results.isPlaceholderData]);

  const filterCount = activeFilters(search).length;

  return (
    <>
      <SearchBox
        q={search.q ?? ''}
        onSearch={(text, replace) =>
          void navigate({ search: (prev) => withQuery(onlyKnown(prev), text), replace, resetScroll: false })
        }
      />

      <div className="search-layout">
        <div className="search-side">
          <button
            type="button"
            className="button button-secondary search-filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="search-filters"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {filterCount ? t('search.filters.toggleCount', { count: filterCount }) : t('search.filters.toggle')}
          </button>
          <FacetPanel
            id="search-filters"
            className={filtersOpen ? 'is-open' : undefined}
            search={search}
            answer={answer}
            ownCounts={ownCounts}
            myCountries={myCountries}
            onChange={change}
          />
        </div>

        <div className="search-main">
          <div className="search-results-head">
            <h2 ref={heading} tabIndex={-1} className="search-results-title">
              {t('search.results.title')}
            </h2>
            <p className="search-total" role="status" aria-live="polite">
              {answer
                ? t('search.results.total', { count: answer.totalHits, formatted: formatNumber(answer.totalHits) })
                : ''}
            </p>
            <div className="field search-sort">
              <label htmlFor="search-sort">{t('search.sort.label')}</label>
              <select
                id="search-sort"
                value={search.sort ?? 'relevance'}
                onChange={(e) => {
                  const v = e.target.value;
                  change(withSort(search, v === 'updated' || v === 'name' ? v : undefined));
                }}
              >
                <option value="relevance">{t('search.sort.relevance')}</option>
                <option value="updated">{t('search.sort.updated')}</option>
                <option value="name">{t('search.sort.name')}</option>
              </select>
            </div>
          </div>

          <ActiveFilterChips search={search} onChange={change} />

          {results.isError ? (
            <SearchFailed error={results.error} onRetry={() => void results.refetch()} />
          ) : !answer ? (
            <Loading label={t('search.results.loading')} />
          ) : (
            <>
              <ResultList answer={answer} busy={results.isPlaceholderData} />
              {answer.hits.length === 0 ? (
                <EmptyResults search={search} answer={answer} onChange={change} />
              ) : (
                <Pager
                  search={search}
                  answer={answer}
                  onPage={() => {
                    paging.current = true;
                  }}
                />
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
