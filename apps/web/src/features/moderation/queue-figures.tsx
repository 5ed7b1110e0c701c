import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { scaleBars } from './chart-scale';
import { useQueueStats, type QueueStats } from './use-moderation';
import { describeWaiting, formatDuration } from './waiting';

// The queue's figures: what waits, since when, and how fast decisions come. A small bar chart
// drawn by hand in SVG (an image with a spoken summary) beside the same numbers as text.

const KINDS = ['submissions', 'revisions', 'reports'] as const;
const LABEL_WIDTH = 104;
const BAR_LENGTH = 184;
const ROW = 30;
const TOP = 6;

export function QueueChart({ stats }: { stats: QueueStats }) {
  const { t } = useTranslation();
  const { bars, ticks, at } = scaleBars(
    KINDS.map((key) => ({ key, value: stats[key] })),
    BAR_LENGTH,
  );
  const height = TOP + bars.length * ROW + 18;
  const summary = t('moderation.figures.chartSummary', {
    submissions: formatNumber(stats.submissions),
    revisions: formatNumber(stats.revisions),
    reports: formatNumber(stats.reports),
  });
  return (
    <svg
      className="queue-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_LENGTH + 32} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {ticks.map((tick) => (
        <g key={tick} className="chart-tick">
          <line x1={LABEL_WIDTH + at(tick)} x2={LABEL_WIDTH + at(tick)} y1={TOP - 2} y2={height - 16} />
          <text x={LABEL_WIDTH + at(tick)} y={height - 4} textAnchor="middle">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={bar.key} className={`chart-bar chart-bar-${bar.key}`}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
              {t(`moderation.figures.kinds.${bar.key}`)}
            </text>
            <rect x={LABEL_WIDTH} y={y + 5} width={bar.size} height={ROW - 10} rx={3} />
            <text className="chart-value" x={LABEL_WIDTH + bar.size + 6} y={y + ROW / 2} dominantBaseline="middle">
              {formatNumber(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function QueueFigures({ country }: { country: string | undefined }) {
  const { t } = useTranslation();
  const stats = useQueueStats(country);
  return (
    <section className="queue-figures" aria-labelledby="moderation-figures-heading">
      <h2 id="moderation-figures-heading">{t('moderation.figures.title')}</h2>
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <div className="figures-body">
          <dl className="figures">
            <div className="figure">
              <dt>{t('moderation.figures.pending')}</dt>
              <dd>
                <span className="figure-number">{formatNumber(stats.data.pending)}</span>
                <span className="figure-note">
                  {t('moderation.figures.breakdown.submissions', { count: stats.data.submissions })},{' '}
                  {t('moderation.figures.breakdown.revisions', { count: stats.data.revisions })},{' '}
                  {t('moderation.figures.breakdown.reports', { count: stats.data.reports })}
                </span>
              </dd>
            </div>
            <div className="figure">
              <dt>{t('moderation.figures.oldest')}</dt>
              <dd>
                {stats.data.oldestWaitingSince ? (
                  <>
                    <span className="figure-number">{describeWaiting(stats.data.oldestWaitingSince).duration}</span>
                    <span className="figure-note">
                      {t('moderation.figures.since', { date: describeWaiting(stats.data.oldestWaitingSince).exact })}
                    </span>
                  </>
                ) : (
                  <span className="figure-number">{t('moderation.figures.nothingWaits')}</span>
                )}
              </dd>
            </div>
            <div className="figure">
              <dt>{t('moderation.figures.median')}</dt>
              <dd>
                <span className="figure-number">
                  {stats.data.medianHoursToDecision === null
                    ? t('moderation.figures.noDecisions')
                    : formatDuration(stats.data.medianHoursToDecision)}
                </span>
                <span className="figure-note">{t('moderation.figures.last90Days')}</span>
              </dd>
            </div>
            <div className="figure">
              <dt>{t('moderation.figures.decisions')}</dt>
              <dd>
                <span className="figure-number">{formatNumber(stats.data.decisionsLast90Days)}</span>
                <span className="figure-note">{t('moderation.figures.last90Days')}</span>
              </dd>
            </div>
          </dl>
          <figure className="chart">
            <QueueChart stats={stats.data} />
            <figcaption>{t('moderation.figures.chartCaption')}</figcaption>
          </figure>
        </div>
      )}
    </section>
  );
}
