import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startRealtime } from '../../realtime/socket';

// Loaded lazily by the layout once signed in, so socket.io stays out of the landing page.
// Placeholder: the notifications helper adds the unread count, live over the gateway.
export function NotificationBell() {
  const { t } = useTranslation();
  useEffect(() => startRealtime(), []);
  return (
    <Link to="/notifications" className="nav-bell" activeProps={{ 'aria-current': 'page' }}>
      {t('layout.notifications')}
    </Link>
  );
}
