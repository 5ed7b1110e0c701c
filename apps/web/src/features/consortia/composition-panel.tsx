import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatList, formatNumber } from '../../i18n/format';
import { useLabels, type LabelLookup } from '../taxonomies/use-taxonomies';
import { gapLinks, ranked, type Consortium, type GapLink } from './consortium-rules';

const LABEL_WIDTH = 130;
const BAR_LENGTH = 150;
const ROW = 26;

/** Members per country: a bar chart drawn in SVG, an image with its spoken summary. */
export function CountryChart({ countries }: { countries: Record<string, number> }) {
  const { t } = useTranslation();
  const label = useLabels();
  const rows = ranked(countries);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const summary = t('consortia.composition.chartSummary', {
    list: formatList(rows.map((r) => `${label('countries', r.code)} ${formatNumber(r.count)}`)),
  });
  const height = rows.length * ROW + 4;
  return (
    <svg
      className="country-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_LENGTH + 30} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((row, i) => {
        const y = 2 + i * ROW;
        const size = Math.max(4, (row.count / max) * BAR_LENGTH);
        const name = label('countries', row.code);
        return (
          <g key={row.code} className="chart-bar">
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
              {name.length > 18 ? `${name.slice(0, 17)}…` : name}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={size} height={ROW - 8} rx={3} />
            <text className="chart-value" x={LABEL_WIDTH + size + 6} y={y + ROW / 2} dominantBaseline="middle">
              {formatNumber(row.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function CountList({
  counts,
  kind,
  label,
}: {
  counts: Record<string, number>;
  kind: 'naceSections' | 'organisationTypes';
  label: LabelLookup;
}) {
  const { t } = useTranslation();
  const rows = ranked(counts);
  if (rows.length === 0) return <p className="muted">{t('consortia.composition.none')}</p>;
  return (
    <ul className="count-list">
      {rows.map((r) => (
        <li key={r.code}>
          <span>{kind === 'naceSections' ? `${r.code} · ${label(kind, r.code)}` : label(kind, r.code)}</span>
          <span className="count">{formatNumber(r.count)}</span>
        </li>
      ))}
    </ul>
  );
}

function gapText(gap: GapLink, t: (k: string, o?: Record<string, unknown>) => string, label: LabelLookup): string {
  switch (gap.kind) {
    case 'countries':
      return t('consortia.gaps.countries', { count: gap.count });
    case 'organisations':
      return t('consortia.gaps.organisations', { count: gap.count });
    case 'soughtCountries':
      return t('consortia.gaps.soughtCountries', {
        list: formatList((gap.codes ?? []).map((c) => label('countries', c))),
      });
    case 'soughtNaceSections':
      return t('consortia.gaps.soughtNaceSections', {
        list: formatList((gap.codes ?? []).map((c) => label('naceSections', c))),
      });
    case 'soughtOrganisationTypes':
      return t('consortia.gaps.soughtOrganisationTypes', {
        list: formatList((gap.codes ?? []).map((c) => label('organisationTypes', c))),
      });
  }
}

/** Countries, sectors and types the members bring, the cross-sector indicator, and the gaps. */
export function CompositionPanel({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const label = useLabels();
  const c = consortium.composition;
  const gaps = gapLinks(consortium);
  return (
    <section className="consortium-panel" aria-labelledby="composition-heading">
      <h2 id="composition-heading">{t('consortia.composition.title')}</h2>
      <div className="composition-grid">
        <div>
          <h3>{t('consortia.composition.countries')}</h3>
          {Object.keys(c.countries).length > 0 ? (
            <CountryChart countries={c.countries as Record<string, number>} />
          ) : (
            <p className="muted">{t('consortia.composition.none')}</p>
          )}
        </div>
        <div>
          <h3>{t('consortia.composition.sectors')}</h3>
          <CountList counts={c.naceSections as Record<string, number>} kind="naceSections" label={label} />
        </div>
        <div>
          <h3>{t('consortia.composition.types')}</h3>
          <CountList counts={c.organisationTypes as Record<string, number>} kind="organisationTypes" label={label} />
        </div>
      </div>
      <h3>{t('consortia.composition.crossSector')}</h3>
      <p className={`notice ${c.crossSector.met ? 'notice-success' : 'notice-warning'}`} data-testid="cross-sector">
        {c.crossSector.met ? t('consortia.composition.crossSectorMet') : t('consortia.composition.crossSectorNotMet')}
      </p>
      <ul className="cross-sector">
        <li>
          {c.crossSector.vetProvider ? '✓ ' : '✗ '}
          {t('consortia.composition.vetProvider')}
        </li>
        <li>
          {c.crossSector.enterpriseOrSocialPartner ? '✓ ' : '✗ '}
          {t('consortia.composition.enterprise')}
        </li>
      </ul>
      <h3>{t('consortia.gaps.title')}</h3>
      {gaps.length === 0 ? (
        <p className="muted">{t('consortia.gaps.none')}</p>
      ) : (
        <ul className="gap-list">
          {gaps.map((gap) => (
            <li key={gap.kind}>
              <span>{gapText(gap, t, label)}</span>{' '}
              <Link to="/search" search={gap.search} className="gap-link">
                {t('consortia.gaps.find')}
                <span className="visually-hidden">: {gapText(gap, t, label)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
