import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorState } from '../../components/states';
import { formatList, formatNumber } from '../../i18n/format';
import { InviteToConsortiumButton } from '../consortia/invite-button';
import { useLabels } from '../taxonomies/use-taxonomies';
import { useFilterLabels } from './filter-labels';
import { Highlighted } from './highlight';
import { MAX_PAGE, type OrganisationSearch } from './search-params';
import { activeFilters, withoutFilter, withoutFilters, withPage, withQuery } from './search-state';
import type { OrganisationHit, SearchAnswer } from './use-organisation-search';

/** The results list. data-query names the words these results answer (not the box's text). */
export function ResultList({ answer, busy }: { answer: SearchAnswer; busy: boolean }) {
  return (
    <ul data-testid="search-results" data-query={answer.q} className="search-results" aria-busy={busy || undefined}>
      {answer.hits.map((hit) => (
        <li key={hit.id}>
          <ResultCard hit={hit} />
        </li>
      ))}
    </ul>
  );
}

function ResultCard({ hit }: { hit: OrganisationHit }) {
  const { t } = useTranslation();
  const label = useLabels();
  const sectors = hit.naceSections.map((code) => label('naceSections', code));
  return (
    <article className="result">
      <h3 className="result-name">
        <Link to="/organisations/$id" params={{ id: hit.id }}>
          <Highlighted value={hit.highlight.name} />
        </Link>
      </h3>
      <p className="result-meta">
        <span>{hit.city ? `${hit.city}, ${label('countries', hit.country)}` : label('countries', hit.country)}</span>
        <span aria-hidden="true"> · </span>
        <span>{label('organisationTypes', hit.organisationType)}</span>
      </p>
      {sectors.length > 0 && (
        <p className="result-sectors">
          <span className="result-term">{t('search.result.sectors')}</span> {formatList(sectors)}
        </p>
      )}
      {hit.highlight.description && (
        <p className="result-snippet">
          <Highlighted value={hit.highlight.description} />
        </p>
      )}
      {(hit.oidVerified || hit.openToPartnerships) && (
        <ul className="result-badges">
          {hit.oidVerified && <li className="badge badge-success">{t('search.result.oidVerified')}</li>}
          {hit.openToPartnerships && <li className="badge">{t('search.result.openToPartnerships')}</li>}
        </ul>
      )}
      <div className="result-actions">
        <InviteToConsortiumButton organisationId={hit.id} organisationName={hit.name} />
      </div>
    </article>
  );
}

/** The set filters, each removable, and "clear all". */
export function ActiveFilterChips({
  search,
  onChange,
}: {
  search: OrganisationSearch;
  onChange: (next: OrganisationSearch) => void;
}) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const active = activeFilters(search);
  if (active.length === 0) return null;
  return (
    <div className="search-chips">
      <h2 className="visually-hidden">{t('search.chips.title')}</h2>
      <ul>
        {active.map((filter) => {
          const text = labels.active(filter);
          return (
            <li key={'code' in filter ? `${filter.key}:${filter.code}` : filter.key}>
              <button
                type="button"
                className="chip"
                aria-label={t('search.chips.remove', { filter: text })}
                onClick={() => onChange(withoutFilter(search, filter))}
              >
                {text}
                <span className="chip-x" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" className="link-button" onClick={() => onChange(withoutFilters(search))}>
            {t('search.filters.clearAll')}
          </button>
        </li>
      </ul>
    </div>
  );
}

/** Numbered pages around the current one, with previous and next; all links, so all in the URL. */
export function pageNumbers(current: number, total: number): (number | 'gap')[] {
  const last = Math.min(total, MAX_PAGE);
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((p) => p >= 1 && p <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push('gap');
    out.push(p);
  });
  return out;
}

export function Pager({
  search,
  answer,
  onPage,
}: {
  search: OrganisationSearch;
  answer: SearchAnswer;
  onPage: () => void;
}) {
  const { t } = useTranslation();
  const last = Math.min(answer.totalPages, MAX_PAGE);
  if (last <= 1) return null;
  const current = answer.page;
  return (
    <nav className="pager" aria-label={t('search.pager.label')}>
      <ul>
        <li>
          {current > 1 ? (
            <Link to="/search" search={withPage(search, current - 1)} onClick={onPage} rel="prev">
              {t('common.previous')}
            </Link>
          ) : (
            <span className="pager-off">{t('common.previous')}</span>
          )}
        </li>
        {pageNumbers(current, last).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} className="pager-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to="/search"
                search={withPage(search, p)}
                onClick={onPage}
                aria-current={p === current ? 'page' : undefined}
                aria-label={t('search.pager.page', { page: p })}
              >
                {formatNumber(p)}
              </Link>
            </li>
          ),
        )}
        <li>
          {current < last ? (
            <Link to="/search" search={withPage(search, current + 1)} onClick={onPage} rel="next">
              {t('common.next')}
            </Link>
          ) : (
            <span className="pager-off">{t('common.next')}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** Nothing found: ways to widen the search, from the one filter to drop to starting over. */
export function EmptyResults({
  search,
  answer,
  onChange,
}: {
  search: OrganisationSearch;
  answer: SearchAnswer;
  onChange: (next: OrganisationSearch) => void;
}) {
  const { t } = useTranslation();
  const labels = useFilterLabels();
  const active = activeFilters(search);
  const lastFilter = active[active.length - 1];

  if (answer.totalHits > 0) {
    // A page past the end (an old link, or results that shrank since).
    return (
      <div className="state state-empty">
        <p className="state-title">{t('search.empty.pastEnd')}</p>
        <p>
          <Link to="/search" search={withPage(search, 1)}>
            {t('search.empty.firstPage')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="state state-empty search-empty">
      <p className="state-title">{t('search.empty.title')}</p>
      <p>{active.length || answer.q ? t('search.empty.widen') : t('search.empty.nothingYet')}</p>
      <ul className="search-empty-actions">
        {lastFilter && (
          <li>
            <button type="button" className="button" onClick={() => onChange(withoutFilter(search, lastFilter))}>
              {t('search.empty.removeFilter', { filter: labels.active(lastFilter) })}
            </button>
          </li>
        )}
        {active.length > 1 && (
          <li>
            <button type="button" className="button button-secondary" onClick={() => onChange(withoutFilters(search))}>
              {t('search.empty.clearFilters', { count: active.length })}
            </button>
          </li>
        )}
        {answer.q && (
          <li>
            <button type="button" className="button button-secondary" onClick={() => onChange(withQuery(search, ''))}>
              {t('search.empty.withoutWords', { q: answer.q })}
            </button>
          </li>
        )}
      </ul>
      {answer.q && <p className="search-empty-tip">{t('search.empty.spelling')}</p>}
    </div>
  );
}

/** The search failed: an outage says so (it is not "no results"); anything else as usual. */
export function SearchFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'SEARCH_UNAVAILABLE') {
    return (
      <div className="state state-error search-outage" role="alert">
        <p className="state-title">{t('search.outage.title')}</p>
        <p>{t('search.outage.body')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
