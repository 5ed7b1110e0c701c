import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page';
import { RequireSession } from '../components/require-session';

// Placeholder: the notifications helper replaces this page.
export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('notifications.title')}</PageTitle>
      <RequireSession>{() => null}</RequireSession>
    </section>
  );
}
