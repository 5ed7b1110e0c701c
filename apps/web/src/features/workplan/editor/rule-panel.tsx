import { useTranslation } from 'react-i18next';
import type { Workplan } from '../use-workplan';
import { partAnchor, partTitle } from './outline-bits';
import type { RuleCheck } from './use-rule-check';

/**
 * Every rule of the plan: severity in words and mark, passed or failed, the API's reason in
 * the interface language, and links to the parts it fails on. While a form is open it shows
 * the report the draft would give (and says so).
 */
export function RulePanel({ plan, check }: { plan: Workplan; check: RuleCheck }) {
  const { t } = useTranslation();
  const { report, state } = check;
  return (
    <section className="workplan-rules" aria-labelledby="workplan-rules-heading" data-testid="workplan-rules">
      <h3 id="workplan-rules-heading">{t('workplan.rules.title')}</h3>
      <p className="workplan-rules-state" role="status" data-state={state}>
        {t(`workplan.rules.state.${state}`)}{' '}
        <strong data-testid="workplan-rules-verdict" data-passed={String(report.passed)}>
          {report.passed ? t('workplan.rules.verdictPassed') : t('workplan.rules.verdictFailed')}
        </strong>{' '}
        {t('workplan.rules.counts', { errors: report.errors, warnings: report.warnings })}
      </p>
      <ul className="workplan-rule-list">
        {report.rules.map((rule) => (
          <li
            key={rule.rule}
            className={`workplan-rule ${rule.passed ? 'rule-passed' : `rule-failed rule-${rule.severity}`}`}
            data-rule={rule.rule}
            data-passed={String(rule.passed)}
          >
            <span className="rule-mark" aria-hidden="true">
              {rule.passed ? '✓' : rule.severity === 'error' ? '✗' : '!'}
            </span>
            <div>
              <p className="workplan-rule-name">
                <strong>{t(`workplan.rules.names.${rule.rule}`)}</strong>{' '}
                {/* What kind of rule it is; coloured only when it is not met. */}
                <span
                  className={`badge${rule.passed ? '' : rule.severity === 'error' ? ' badge-danger' : ' badge-warning'}`}
                >
                  {t(`workplan.rules.severity.${rule.severity}`)}
                </span>{' '}
                <span className={`badge ${rule.passed ? 'badge-success' : 'badge-danger'}`}>
                  {rule.passed ? t('workplan.rules.passed') : t('workplan.rules.failed')}
                </span>
              </p>
              <p className="rule-reason">{rule.reason}</p>
              {!rule.passed && rule.items.length > 0 && (
                <ul className="workplan-rule-items" aria-label={t('workplan.rules.failsOn')}>
                  {rule.items.map((item) => {
                    const title = partTitle(plan, item.part, item.id);
                    return (
                      <li key={`${item.part}-${item.id}`}>
                        {title === undefined ? (
                          t('workplan.rules.yourDraft')
                        ) : item.part === 'member' ? (
                          title
                        ) : (
                          <a href={`#${partAnchor(item.part, item.id)}`}>{title}</a>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
