import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page';
import { RequireSession } from '../components/require-session';

// Placeholder: the admin helper replaces this page.
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('admin.title')}</PageTitle>
      <RequireSession>{() => null}</RequireSession>
    </section>
  );
}
