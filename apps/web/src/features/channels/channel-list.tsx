import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/session';
import { EmptyState, Loading } from '../../components/states';
import { formatRelative } from '../../i18n/format';
import { useChannelStore } from './channel-store';
import type { ChannelView } from './channel-state';

function LastMessage({ channel, me }: { channel: ChannelView; me: string }) {
  const { t } = useTranslation();
  const m = channel.lastMessage;
  if (!m) return <p className="channel-last muted">{t('channels.list.noMessages')}</p>;
  const text = m.deleted ? t('channels.message.deleted') : m.body;
  return (
    <p className="channel-last">
      {m.authorId === me && <span className="channel-last-who">{t('channels.list.you')} </span>}
      {text}
    </p>
  );
}

/** My channels, latest activity first, each with its last message and unread count, live. */
export function ChannelList({ user }: { user: User }) {
  const { t } = useTranslation();
  const ready = useChannelStore((s) => s.ready);
  const channels = useChannelStore((s) => s.channels);
  if (!ready) return <Loading />;
  if (channels.length === 0) {
    return (
      <EmptyState title={t('channels.list.empty')}>
        <p>{t('channels.list.emptyHint')}</p>
        <p>
          <Link to="/search" className="button button-secondary">
            {t('channels.list.findPartners')}
          </Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="channel-list">
      {channels.map((c) => (
        <li key={c.id} className={c.unread > 0 ? 'channel-item has-unread' : 'channel-item'}>
          <div className="channel-item-head">
            <Link to="/channels/$id" params={{ id: c.id }} search={{}} className="channel-title">
              {c.title}
            </Link>
            <span className="badge">{t(`channels.kind.${c.kind}`)}</span>
            {c.unread > 0 && (
              <span className="badge badge-unread">{t('channels.list.unread', { count: c.unread })}</span>
            )}
          </div>
          <LastMessage channel={c} me={user.id} />
          {c.lastMessageAt && (
            <p className="channel-when muted">
              <time dateTime={c.lastMessageAt}>{formatRelative(c.lastMessageAt)}</time>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
