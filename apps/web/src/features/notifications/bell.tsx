import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { startRealtime, useRealtimeEvent } from '../../realtime/socket';
import { useNotificationArrived, useUnreadCount } from './notification-queries';
import './notifications.css';

// Loaded lazily by the layout once signed in, so socket.io stays out of the landing page.
// The count follows the gateway: each `notification` event carries the new unread total, and
// every (re)connection ('ready') reads it again, for what arrived while offline.
export function NotificationBell() {
  const { t } = useTranslation();
  useEffect(() => startRealtime(), []);
  const unread = useUnreadCount();
  const arrived = useNotificationArrived();
  useRealtimeEvent<{ unread?: number }>('notification', (e) => arrived(e?.unread));
  useRealtimeEvent('ready', () => void unread.refetch());
  const count = unread.data ?? 0;
  return (
    <Link
      to="/notifications"
      className="nav-bell"
      activeProps={{ 'aria-current': 'page' }}
      aria-label={count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell.none')}
    >
      <span aria-hidden="true">{t('layout.notifications')}</span>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true" data-testid="bell-count">
          {formatNumber(Math.min(count, 99))}
          {count > 99 ? '+' : ''}
        </span>
      )}
    </Link>
  );
}
