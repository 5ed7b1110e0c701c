import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatList, formatNumber } from '../../i18n/format';
import { useLabels, type LabelLookup } from '../taxonomies/use-taxonomies';
import { gapLinks, ranked, type Consortium, type GapLink } from './consortium-rules';

/** Members per country: bars with their names and counts as text (which keeps its size on a
 *  phone, unlike text inside a scaled SVG), one image with its spoken summary. */
export function CountryChart({ countries }: { countries: Record<string, number> }) {
  const { t } = useTranslation();
  const label = useLabels();
  const rows = ranked(countries);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const summary = t('consortia.composition.chartSummary', {
    list: formatList(rows.map((r) => `${label('countries', r.code)} ${formatNumber(r.count)}`)),
  });
  return (
    <div className="country-chart" role="img" aria-label={summary}>
      {rows.map((row) => (
        <div key={row.code} className="chart-row">
          <span className="chart-label">{label('countries', row.code)}</span>
          <svg className="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect x={0} y={0} width={Math.max(3, (row.count / max) * 100)} height={10} rx={1} />
          </svg>
          <span className="chart-value">{formatNumber(row.count)}</span>
        </div>
      ))}
    </div>
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
    case 'vetProvider':
      return t('consortia.gaps.vetProvider');
    case 'enterprise':
      return t('consortia.gaps.enterprise');
    case 'rule':
      return `${t(`consortia.rules.${gap.rule!.rule}`)}: ${gap.rule!.reason}`;
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
            <li key={gap.rule?.rule ?? gap.kind}>
              <span>{gapText(gap, t, label)}</span>{' '}
              {gap.search && (
                <Link to="/search" search={gap.search} className="gap-link">
                  {t('consortia.gaps.find')}
                  <span className="visually-hidden">: {gapText(gap, t, label)}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
