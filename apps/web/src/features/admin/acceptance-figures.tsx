import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { useSuggestionStats } from './admin-queries';

const KIND_KEYS: Record<string, string> = {
  'organisation→organisation': 'organisationOrganisation',
  'organisation→call': 'organisationCall',
  'call→organisation': 'callOrganisation',
  'consortium→organisation': 'consortiumOrganisation',
};

/** How suggestions are taken up, per kind (subject → what is suggested). */
export function AcceptanceFigures() {
  const { t } = useTranslation();
  const stats = useSuggestionStats();
  return (
    <section aria-labelledby="admin-acceptance" className="admin-section">
      <h2 id="admin-acceptance">{t('admin.acceptance.title')}</h2>
      <p className="field-hint">{t('admin.acceptance.intro')}</p>
      {stats.isPending ? (
        <Loading />
      ) : !stats.data ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : stats.data.length === 0 ? (
        <EmptyState title={t('admin.acceptance.empty')} />
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('admin.acceptance.title')}>
          <table>
            <caption className="visually-hidden">{t('admin.acceptance.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.acceptance.kind')}</th>
                <th scope="col">{t('admin.acceptance.suggested')}</th>
                <th scope="col">{t('admin.acceptance.saved')}</th>
                <th scope="col">{t('admin.acceptance.acted')}</th>
                <th scope="col">{t('admin.acceptance.dismissed')}</th>
                <th scope="col">{t('admin.acceptance.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.data.map((s) => (
                <tr key={s.kind}>
                  <th scope="row">{KIND_KEYS[s.kind] ? t(`admin.acceptance.kinds.${KIND_KEYS[s.kind]}`) : s.kind}</th>
                  <td>{formatNumber(s.suggested)}</td>
                  <td>{formatNumber(s.saved)}</td>
                  <td>{formatNumber(s.acted)}</td>
                  <td>{formatNumber(s.dismissed)}</td>
                  <td>{formatNumber(s.acceptanceRate, { style: 'percent', maximumFractionDigits: 1 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
