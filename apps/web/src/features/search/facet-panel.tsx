import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList, formatNumber } from '../../i18n/format';
import { useFilterLabels } from './filter-labels';
import type { FlagFilter, ListFilter, ListFilterCode, OrganisationSearch } from './search-params';
import { activeFilters, toggleCode, withFlag, withList, withoutFilters } from './search-state';
import type { CountryCode } from './search-codes';
import { FACET_OF, FACETED_FILTERS, type FacetCounts, type SearchAnswer } from './use-organisation-search';

/** How many values a filter shows before "show all". */
const SHOWN = 8;

export interface FacetOption {
  code: string;
  count: number;
  selected: boolean;
}

/**
 * A filter's values: those with hits, and those chosen even when they have none now; most hits
 * first, then by name in the interface language.
 */
export function facetOptions(
  counts: Record<string, number> | undefined,
  selected: readonly string[],
  label: (code: string) => string,
  locale: string,
): FacetOption[] {
  const codes = new Set([...Object.keys(counts ?? {}).filter((c) => (counts?.[c] ?? 0) > 0), ...selected]);
  return [...codes]
    .map((code) => ({ code, count: counts?.[code] ?? 0, selected: selected.includes(code) }))
    .sort((a, b) => b.count - a.count || label(a.code).localeCompare(label(b.code), locale));
}

/** What "not my country" would leave: the hits of every country but the viewer's. */
export function outsideCount(countries: Record<string, number> | undefined, mine: readonly string[]): number {
  return Object.entries(countries ?? {}).reduce((sum, [code, n]) => (mine.includes(code) ? sum : sum + n), 0);
}

interface FacetPanelProps {
  id: string;
  search: OrganisationSearch;
  answer: SearchAnswer | undefined;
  /** The counts of the filters in use, asked without their own filter. */
  ownCounts: Partial<FacetCounts>;
  /** The viewer's own countries; empty when signed out or without an organisation. */
  myCountries: readonly CountryCode[];
  onChange: (next: OrganisationSearch) => void;
  className?: string;
}

export function FacetPanel({ id, search, answer, ownCounts, myCountries, onChange, className }: FacetPanelProps) {
  const { t, i18n } = useTranslation();
  const labels = useFilterLabels();
  const facets = answer?.facets ?? {};
  const any = activeFilters(search).length > 0;

  const excluded = search.excludeCountry ?? [];
  const outsideMine = myCountries.length > 0 && myCountries.every((c) => excluded.includes(c));
  const setOutsideMine = (on: boolean) => {
    const others = excluded.filter((c) => !myCountries.includes(c));
    onChange(withList(search, 'excludeCountry', on ? [...others, ...myCountries] : others));
  };

  return (
    <section id={id} className={`facet-panel${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`}>
      <div className="facet-panel-head">
        <h2 id={`${id}-title`} className="facet-panel-title">
          {t('search.filters.title')}
        </h2>
        {any && (
          <button
            type="button"
            className="link-button"
            aria-label={t('search.filters.clearAll')}
            onClick={() => onChange(withoutFilters(search))}
          >
            {t('search.filters.clear')}
          </button>
        )}
      </div>

      <FacetGroup title={t('search.filters.more')} initiallyOpen>
        <ul className="facet-options">
          <FlagOption
            filter="oidVerified"
            search={search}
            count={answer ? (facets.oidVerified?.true ?? 0) : undefined}
            label={labels.group('oidVerified')}
            onChange={onChange}
          />
          <FlagOption
            filter="openToPartnerships"
            search={search}
            count={answer ? (facets.openToPartnerships?.true ?? 0) : undefined}
            label={labels.group('openToPartnerships')}
            onChange={onChange}
          />
          {myCountries.length > 0 && (
            <li>
              <label className="facet-option">
                <input type="checkbox" checked={outsideMine} onChange={(e) => setOutsideMine(e.target.checked)} />
                <span className="facet-option-label">
                  {t('search.filters.notMyCountry', {
                    count: myCountries.length,
                    countries: formatList(myCountries.map((c) => labels.option('country', c))),
                  })}
                </span>
                {answer && (
                  <span className="facet-count">
                    {formatNumber(outsideMine ? answer.totalHits : outsideCount(facets.country, myCountries))}
                  </span>
                )}
              </label>
            </li>
          )}
        </ul>
      </FacetGroup>

      {FACETED_FILTERS.map((key) => (
        <ListFacet
          key={key}
          filter={key}
          search={search}
          counts={ownCounts[FACET_OF[key]] ?? facets[FACET_OF[key]]}
          title={labels.group(key)}
          option={(code) => labels.option(key, code)}
          locale={i18n.language}
          loaded={answer !== undefined}
          onChange={onChange}
          initiallyOpen={key === 'country' || key === 'naceSection' || key === 'organisationType'}
        />
      ))}
    </section>
  );
}

function FacetGroup({
  title,
  selected = 0,
  initiallyOpen = false,
  children,
}: {
  title: string;
  selected?: number;
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen || selected > 0);
  const id = useId();
  return (
    <div className="facet-group">
      <h3 className="facet-group-title">
        <button
          type="button"
          id={`${id}-button`}
          className="facet-group-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span>{title}</span>
          {selected > 0 && <span className="facet-selected">{t('search.filters.selected', { count: selected })}</span>}
          <span className="facet-chevron" aria-hidden="true" />
        </button>
      </h3>
      <div id={`${id}-body`} role="group" aria-labelledby={`${id}-button`} hidden={!open}>
        {children}
      </div>
    </div>
  );
}

function ListFacet<K extends ListFilter>({
  filter,
  search,
  counts,
  title,
  option,
  locale,
  loaded,
  onChange,
  initiallyOpen,
}: {
  filter: K;
  search: OrganisationSearch;
  counts: Record<string, number> | undefined;
  title: string;
  option: (code: string) => string;
  locale: string;
  /** Whether counts came back (not while loading, nor in an outage). */
  loaded: boolean;
  onChange: (next: OrganisationSearch) => void;
  initiallyOpen: boolean;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const selected: readonly string[] = search[filter] ?? [];
  const options = facetOptions(counts, selected, option, locale);
  const shown = all ? options : options.filter((o, i) => i < SHOWN || o.selected);
  return (
    <FacetGroup title={title} selected={selected.length} initiallyOpen={initiallyOpen}>
      {options.length === 0 ? (
        loaded && <p className="facet-none">{t('search.filters.none')}</p>
      ) : (
        <ul className="facet-options">
          {shown.map((o) => (
            <li key={o.code}>
              <label className="facet-option">
                <input
                  type="checkbox"
                  checked={o.selected}
                  onChange={() => onChange(toggleCode(search, filter, o.code as ListFilterCode<K>))}
                />
                <span className="facet-option-label">{option(o.code)}</span>
                <span className="facet-count">{formatNumber(o.count)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {options.length > shown.length && (
        <button type="button" className="link-button facet-more" onClick={() => setAll(true)}>
          {t('search.filters.showAll', { count: options.length })}
        </button>
      )}
    </FacetGroup>
  );
}

function FlagOption({
  filter,
  search,
  count,
  label,
  onChange,
}: {
  filter: FlagFilter;
  search: OrganisationSearch;
  count: number | undefined;
  label: string;
  onChange: (next: OrganisationSearch) => void;
}) {
  return (
    <li>
      <label className="facet-option">
        <input
          type="checkbox"
          checked={search[filter] === true}
          onChange={(e) => onChange(withFlag(search, filter, e.target.checked))}
        />
        <span className="facet-option-label">{label}</span>
        {count !== undefined && <span className="facet-count">{formatNumber(count)}</span>}
      </label>
    </li>
  );
}
