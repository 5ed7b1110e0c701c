import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';

// Placeholder: the calls helper replaces this page.
export function CallPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('calls.detail.title')}</PageTitle>
      <RequireSession>{() => null}</RequireSession>
    </section>
  );
}
