import { useTranslation } from 'react-i18next';
import { useRealtimeStatus } from '../../realtime/socket';

/** Says so while the live connection is down; what is sent meanwhile waits for it. */
export function ConnectionNotice() {
  const { t } = useTranslation();
  const status = useRealtimeStatus();
  return (
    <div role="status" aria-live="polite" className="connection-notice-slot">
      {status === 'offline' && <p className="notice notice-warning">{t('channels.connection.offline')}</p>}
      {status === 'connecting' && <p className="notice">{t('channels.connection.connecting')}</p>}
    </div>
  );
}
