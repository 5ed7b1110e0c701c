import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../i18n/format';
import type { Workplan } from '../use-workplan';
import { budgetBar } from './plan-model';
import { formatPercent } from './view-parts';

const SEGMENT_COLOURS = 6;
// A label inside a segment only where it fits; the list below always carries it.
const LABEL_MIN_SHARE = 7;

/**
 * What the work packages (KA220-VET) or activities (KA210-VET) allocate against the lump sum:
 * the drawn bar is decoration (aria-hidden), the sentence and the list say the same in words.
 */
export function BudgetBar({ workplan }: { workplan: Workplan }) {
  const { t } = useTranslation();
  const bar = budgetBar(workplan);
  const values = {
    allocated: formatEuro(bar.allocated),
    lumpSum: formatEuro(bar.lumpSum ?? 0),
    rest: formatEuro(Math.abs(bar.difference)),
  };
  return (
    <section className="budget-bar" aria-labelledby="budget-bar-heading" data-status={bar.status}>
      <h3 id="budget-bar-heading">{t('workplan.views.bar.title')}</h3>
      <p className={`budget-bar-verdict budget-bar-${bar.status}`} data-testid="budget-bar-verdict">
        {t(`workplan.views.bar.${bar.status}`, values)}
      </p>
      <div className="budget-bar-track" aria-hidden="true">
        {bar.segments.map((s, i) => (
          <span
            key={s.id}
            className={`budget-bar-segment segment-${i % SEGMENT_COLOURS}`}
            style={{ width: `${s.share}%` }}
            title={`${s.label} ${s.title}`}
          >
            {s.share >= LABEL_MIN_SHARE ? s.label : ''}
          </span>
        ))}
        {bar.status === 'under' && <span className="budget-bar-rest" style={{ width: `${bar.rest}%` }} />}
      </div>
      {bar.status === 'over' && (
        <div className="budget-bar-scale" aria-hidden="true">
          <span style={{ width: `${100 - bar.rest}%` }}>{t('workplan.views.bar.lumpSumMark')}</span>
        </div>
      )}
      {bar.segments.length > 0 ? (
        <ul className="budget-bar-legend" data-testid="budget-bar-legend">
          {bar.segments.map((s, i) => (
            <li key={s.id}>
              <span className={`budget-bar-swatch segment-${i % SEGMENT_COLOURS}`} aria-hidden="true" />
              <span className="budget-bar-label">
                {s.label} {s.title}
              </span>{' '}
              <span className="budget-bar-amount">{formatEuro(s.amount)}</span>{' '}
              {bar.lumpSum ? <span className="muted">({formatPercent((s.amount / bar.lumpSum) * 100)})</span> : null}
            </li>
          ))}
          {bar.status === 'under' && (
            <li>
              <span className="budget-bar-swatch budget-bar-rest" aria-hidden="true" />
              {t('workplan.views.bar.remainder', { amount: values.rest })}
            </li>
          )}
          {bar.status === 'over' && (
            <li className="budget-bar-overrun">{t('workplan.views.bar.overrun', { amount: values.rest })}</li>
          )}
        </ul>
      ) : (
        <p className="muted">{t('workplan.views.bar.empty')}</p>
      )}
    </section>
  );
}
