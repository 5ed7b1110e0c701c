import { useTranslation } from 'react-i18next';
import type { Consortium } from './consortium-rules';

/** Each rule of the action, passed or failed, with the API's reason in the user's language. */
export function EligibilityReport({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const report = consortium.eligibility;
  return (
    <section className="consortium-panel" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('consortia.report.title', { action: report.action })}</h2>
      <p
        className={`report-verdict ${report.eligible ? 'report-verdict-passed' : 'report-verdict-failed'}`}
        data-testid="eligibility-verdict"
        data-eligible={String(report.eligible)}
        role="status"
      >
        {report.eligible ? t('consortia.report.eligible') : t('consortia.report.notEligible')}
      </p>
      <ul className="report-rules">
        {report.rules.map((rule) => (
          <li key={rule.rule} className={rule.passed ? 'rule-passed' : 'rule-failed'}>
            <span className="rule-mark" aria-hidden="true">
              {rule.passed ? '✓' : '✗'}
            </span>
            <span>
              <strong>{t(`consortia.rules.${rule.rule}`)}</strong>
              <span className="visually-hidden">: </span>
              <span className={`badge ${rule.passed ? 'badge-success' : 'badge-danger'}`}>
                {rule.passed ? t('consortia.report.passed') : t('consortia.report.failed')}
              </span>
              <span className="rule-reason">{rule.reason}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
