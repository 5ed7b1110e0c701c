import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page';
import { RequireSession } from '../components/require-session';
import { AcceptanceFigures } from '../features/admin/acceptance-figures';
import { QueueDashboard } from '../features/admin/queue-dashboard';
import '../features/admin/admin.css';

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <RequireSession>
      {(user) =>
        user.role === 'admin' ? (
          <section className="page">
            <PageTitle>{t('admin.title')}</PageTitle>
            <p className="lead">{t('admin.intro')}</p>
            <QueueDashboard />
            <AcceptanceFigures />
          </section>
        ) : (
          <section className="page narrow">
            <PageTitle>{t('admin.forbidden.title')}</PageTitle>
            <p>{t('admin.forbidden.body')}</p>
            <p>
              <Link to="/">{t('notFound.home')}</Link>
            </p>
          </section>
        )
      }
    </RequireSession>
  );
}
