import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startRealtime } from '../../realtime/socket';

// Loaded lazily by the layout once signed in. Placeholder: the channels helper adds the
// live total of unread messages.
export function ChannelsNavLink() {
  const { t } = useTranslation();
  useEffect(() => startRealtime(), []);
  return (
    <Link to="/channels" activeProps={{ 'aria-current': 'page' }}>
      {t('layout.channels')}
    </Link>
  );
}
