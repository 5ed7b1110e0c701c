import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page';
import { RequireSession } from '../components/require-session';
import { NotificationCentre } from '../features/notifications/notification-centre';
import { NotificationPreferences } from '../features/notifications/notification-preferences';
import '../features/notifications/notifications.css';

const route = getRouteApi('/notifications');
// A tab is current only when the search matches it exactly (the centre is "no tab"): matching the
// path alone marked both tabs as current.
const TAB_ACTIVE = { includeSearch: true, explicitUndefined: true } as const;

export function NotificationsPage() {
  const { t } = useTranslation();
  const { tab } = route.useSearch();
  const preferences = tab === 'preferences';
  return (
    <section className="page medium">
      <PageTitle>{preferences ? t('notifications.preferences.title') : t('notifications.title')}</PageTitle>
      <nav aria-label={t('notifications.tabs')}>
        <ul className="tabs">
          <li>
            <Link to="/notifications" search={{ tab: undefined }} activeOptions={TAB_ACTIVE}>
              {t('notifications.centre')}
            </Link>
          </li>
          <li>
            <Link to="/notifications" search={{ tab: 'preferences' }} activeOptions={TAB_ACTIVE}>
              {t('notifications.preferences.tab')}
            </Link>
          </li>
        </ul>
      </nav>
      <RequireSession>{() => (preferences ? <NotificationPreferences /> : <NotificationCentre />)}</RequireSession>
    </section>
  );
}
