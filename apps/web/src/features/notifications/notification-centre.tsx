import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form';
import { EmptyState, ErrorState, errorMessage, Loading } from '../../components/states';
import { LoadMore } from '../../components/load-more';
import { formatDateTime, formatNumber, formatRelative } from '../../i18n/format';
import { useMarkAllRead, useMarkRead, useNotifications, type Notification } from './notification-queries';
import { notificationRoute } from './notification-route';

/** The notification centre: newest first, unread ones marked, each leading to what it is about. */
export function NotificationCentre() {
  const { t } = useTranslation();
  const pages = useNotifications();
  const markAll = useMarkAllRead();

  if (pages.isPending) return <Loading />;
  if (!pages.data) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;
  const items = pages.data.pages.flatMap((p) => p.items);
  const unread = pages.data.pages[0]?.unread ?? 0;
  if (items.length === 0)
    return (
      <EmptyState title={t('notifications.empty.title')}>
        <p>{t('notifications.empty.body')}</p>
      </EmptyState>
    );
  return (
    <>
      <div className="notification-summary actions">
        <p role="status">
          {unread > 0 ? t('notifications.unreadSummary', { count: unread }) : t('notifications.allRead')}
        </p>
        {unread > 0 && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {markAll.error && <FormAlert>{errorMessage(markAll.error, t)}</FormAlert>}
      <ul className="notification-list">
        {items.map((n) => (
          <NotificationItem key={n.id} notification={n} />
        ))}
      </ul>
      {pages.error && <FormAlert>{errorMessage(pages.error, t)}</FormAlert>}
      <LoadMore pages={pages} label={t('notifications.more')} className="actions" />
    </>
  );
}

function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const unread = n.readAt === null;
  const route = notificationRoute(n.kind, n.payload);
  // Following the link reads it too (the request outlives the page it leaves).
  const open = () => {
    if (unread) markRead.mutate(n.id);
  };
  return (
    <li className="notification" data-unread={unread}>
      <div className="notification-main">
        {unread && <span className="visually-hidden">{t('notifications.unreadMark')} </span>}
        <Link {...route} className="notification-title user-text" onClick={open}>
          {n.title}
        </Link>
        <p className="notification-meta">
          <time dateTime={n.updatedAt} title={formatDateTime(n.updatedAt)}>
            {formatRelative(n.updatedAt)}
          </time>
          {/* Suggestions count themselves in their title ("12 possible partners for…"). */}
          {n.count > 1 && n.kind !== 'match.suggested' && (
            <> · {t('notifications.grouped', { count: n.count, n: formatNumber(n.count) })}</>
          )}
        </p>
        {markRead.error && <FormAlert>{errorMessage(markRead.error, t)}</FormAlert>}
      </div>
      {unread && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={markRead.isPending}
          onClick={() => markRead.mutate(n.id)}
        >
          {t('notifications.markRead')}
          <span className="visually-hidden">: {n.title}</span>
        </button>
      )}
    </li>
  );
}
