import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startRealtime } from '../../realtime/socket';
import { useChannelStore } from './channel-store';
import { totalUnread } from './channel-state';
import './channels.css';

// Loaded lazily by the layout once signed in; it keeps the channel store on the socket for
// the whole visit, so the total of unread messages is live on every page.
export function ChannelsNavLink() {
  const { t } = useTranslation();
  useEffect(() => startRealtime(), []);
  const unread = useChannelStore((s) => totalUnread(s.channels));
  return (
    <Link
      to="/channels"
      activeProps={{ 'aria-current': 'page' }}
      aria-label={unread > 0 ? t('channels.nav.label', { count: unread }) : undefined}
    >
      {t('layout.channels')}
      {unread > 0 && (
        <span className="nav-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
