import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/session';
import { PageTitle } from '../../components/page';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatList } from '../../i18n/format';
import { emitWithAck, useRealtimeEvent, useRealtimeStatus } from '../../realtime/socket';
import { discard, loadLatest, loadOlder, markRead, retry, setReading, useChannelStore } from './channel-store';
import type { ChannelView, Message, Outgoing } from './channel-state';
import { ChannelSearchResults, ChannelSearchForm } from './channel-search';
import { Composer } from './composer';
import { ConnectionNotice } from './connection-notice';
import { MessageItem, useAuthorName, useReplyLabel, type MessageContext } from './message-item';
import { MessageBody } from './message-body';
import { useChannelPeople, type ChannelPerson } from './use-channel-people';

const NO_MESSAGES: Message[] = [];
const TYPING_SHOWN_MS = 6000;

/** Who of the channel is online now: asked on every (re)connection, then followed live. */
function usePresence(channelId: string): Set<string> {
  const status = useRealtimeStatus();
  const [online, setOnline] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (status !== 'online') return;
    let live = true;
    emitWithAck<{ online: string[] }>('presence:get', { channelId })
      .then((a) => live && setOnline(new Set(a.online)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [channelId, status]);
  useRealtimeEvent<{ channelId: string; userId: string; online: boolean }>('presence', (e) => {
    if (e.channelId !== channelId) return;
    setOnline((s) => {
      const next = new Set(s);
      if (e.online) next.add(e.userId);
      else next.delete(e.userId);
      return next;
    });
  });
  return online;
}

/** Who is typing in the channel (each shown for a few seconds after their last signal). */
function useTyping(channelId: string): string[] {
  const [typing, setTyping] = useState<Record<string, number>>({});
  useRealtimeEvent<{ channelId: string; userId: string; typing: boolean }>('typing', (e) => {
    if (e.channelId !== channelId) return;
    setTyping((s) => {
      const next = { ...s };
      if (e.typing) next[e.userId] = Date.now() + TYPING_SHOWN_MS;
      else delete next[e.userId];
      return next;
    });
  });
  useEffect(() => {
    const ids = Object.keys(typing);
    if (ids.length === 0) return;
    const soonest = Math.min(...Object.values(typing));
    const timer = setTimeout(
      () => setTyping((s) => Object.fromEntries(Object.entries(s).filter(([, until]) => until > Date.now()))),
      Math.max(0, soonest - Date.now()) + 50,
    );
    return () => clearTimeout(timer);
  }, [typing]);
  return Object.keys(typing);
}

/** Moves my read marker to the latest message while the conversation is on screen. */
function useReadMarker(channel: ChannelView, latestSeq: number) {
  const status = useRealtimeStatus();
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const on = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
  const sent = useRef(0);
  useEffect(() => {
    if (!visible || status !== 'online' || latestSeq === 0) return;
    if (latestSeq <= channel.lastReadSeq && channel.unread === 0) return;
    if (sent.current >= latestSeq) return;
    sent.current = latestSeq;
    markRead(channel.id, latestSeq).catch(() => {
      sent.current = 0;
    });
  }, [visible, status, latestSeq, channel.id, channel.lastReadSeq, channel.unread]);
}

function PendingItem({ o, replyLabel }: { o: Outgoing; replyLabel?: string }) {
  const { t } = useTranslation();
  return (
    <li className={`message message-mine message-pending message-${o.state}`}>
      <p className="message-meta">
        <span className="message-author">{t('channels.message.you')}</span>{' '}
        <span className="muted">
          {o.state === 'failed'
            ? t('channels.pending.failed')
            : o.state === 'sending'
              ? t('channels.pending.sending')
              : t('channels.pending.queued')}
        </span>
      </p>
      {replyLabel && <blockquote className="message-quote">{replyLabel}</blockquote>}
      <MessageBody body={o.body} mentions={[]} people={new Map()} />
      {o.state === 'failed' && (
        <div className="message-actions">
          <button type="button" className="button button-small" onClick={() => retry(o.clientId)}>
            {t('channels.pending.retry')}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => discard(o.clientId)}>
            {t('channels.pending.discard')}
          </button>
        </div>
      )}
    </li>
  );
}

function MessageLog({
  channel,
  ctx,
  messages,
  outgoing,
}: {
  channel: ChannelView;
  ctx: MessageContext;
  messages: Message[];
  outgoing: Outgoing[];
}) {
  const { t } = useTranslation();
  const replyLabel = useReplyLabel();
  const olderCursor = useChannelStore((s) => s.conversations[channel.id]?.olderCursor);
  const log = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLButtonElement>(null);
  const [older, setOlder] = useState<'idle' | 'loading' | 'error'>('idle');
  const firstSeq = messages[0]?.seq;
  const lastKey = `${messages.at(-1)?.seq ?? 0}:${outgoing.length}`;
  const stick = useRef(true);
  const before = useRef<{ height: number; top: number }>(undefined);

  const loadEarlier = useCallback(async () => {
    if (older === 'loading' || !olderCursor) return;
    const el = log.current;
    if (el) before.current = { height: el.scrollHeight, top: el.scrollTop };
    setOlder('loading');
    try {
      await loadOlder(channel.id);
      setOlder('idle');
    } catch {
      setOlder('error');
    }
  }, [channel.id, older, olderCursor]);

  // Older messages go above: keep what the reader was looking at in place.
  useLayoutEffect(() => {
    const el = log.current;
    if (el && before.current) {
      el.scrollTop = el.scrollHeight - before.current.height + before.current.top;
      before.current = undefined;
    }
  }, [firstSeq]);
  // New messages below: follow them when the reader was at the end.
  useLayoutEffect(() => {
    const el = log.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [lastKey]);

  // Scrolling to the top loads the page before.
  useEffect(() => {
    const el = top.current;
    if (!el || !log.current) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void loadEarlier(), {
      root: log.current,
    });
    io.observe(el);
    return () => io.disconnect();
  }, [loadEarlier]);

  return (
    <div
      ref={log}
      className="message-log"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={t('channels.conversation.log')}
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
      }}
    >
      {olderCursor ? (
        <p className="log-start">
          <button ref={top} type="button" className="link-button" onClick={() => void loadEarlier()}>
            {older === 'loading' ? t('common.loading') : t('channels.conversation.loadEarlier')}
          </button>
          {older === 'error' && <span className="field-error"> {t('errors.network')}</span>}
        </p>
      ) : (
        messages.length > 0 && <p className="log-start muted">{t('channels.conversation.start')}</p>
      )}
      {messages.length === 0 && outgoing.length === 0 && (
        <p className="log-empty muted">{t('channels.conversation.empty')}</p>
      )}
      <ol className="messages">
        {messages.map((m) => (
          <MessageItem key={m.id} message={m} ctx={ctx} />
        ))}
        {outgoing.map((o) => {
          const r = o.replyTo ? ctx.byId.get(o.replyTo) : undefined;
          return <PendingItem key={o.clientId} o={o} replyLabel={r && replyLabel(r, ctx)} />;
        })}
      </ol>
    </div>
  );
}

function PeoplePanel({ people, online, me }: { people: ChannelPerson[]; online: Set<string>; me: string }) {
  const { t } = useTranslation();
  const here = people.filter((p) => online.has(p.userId) || p.userId === me).length;
  // Open beside the conversation on wide screens; folded above it on phones.
  const [open] = useState(() => window.matchMedia('(min-width: 48rem)').matches);
  return (
    <details className="people-panel" open={open}>
      <summary>{t('channels.people.title', { count: people.length, online: here })}</summary>
      <ul>
        {people.map((p) => {
          const on = online.has(p.userId) || p.userId === me;
          return (
            <li key={p.userId} className={on ? 'person online' : 'person'}>
              <span className="presence-dot" aria-hidden="true" />
              <span>
                {p.name}
                {p.userId === me && ` (${t('channels.message.you')})`}
                <span className="visually-hidden">
                  , {on ? t('channels.people.online') : t('channels.people.offline')}
                </span>
                <span className="person-orgs muted">{p.organisations.map((o) => o.name).join(', ')}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function TypingLine({ typing, people }: { typing: string[]; people: Map<string, ChannelPerson> }) {
  const { t } = useTranslation();
  const names = typing.flatMap((id) => people.get(id)?.name ?? []);
  return (
    <p className="typing-line muted">
      {names.length > 0 && t('channels.typing', { count: names.length, names: formatList(names) })}
    </p>
  );
}

function Live({ channel, user, q }: { channel: ChannelView; user: User; q?: string }) {
  const { t } = useTranslation();
  const people = useChannelPeople(channel.id);
  const messages = useChannelStore((s) => s.conversations[channel.id]?.messages ?? NO_MESSAGES);
  const allOutgoing = useChannelStore((s) => s.outgoing);
  const outgoing = useMemo(() => allOutgoing.filter((o) => o.channelId === channel.id), [allOutgoing, channel.id]);
  const history = useQuery({
    queryKey: ['channels', channel.id, 'latest'],
    queryFn: async ({ signal }) => {
      await loadLatest(channel.id, signal);
      return true;
    },
    // Live messages keep it current while it is on screen; each visit starts from the latest page
    // again (the channel may have been taken away and given back meanwhile).
    staleTime: Infinity,
    gcTime: 0,
  });
  const online = usePresence(channel.id);
  const typing = useTyping(channel.id);
  const [replyTo, setReplyTo] = useState<Message>();
  const authorName = useAuthorName();
  useEffect(() => {
    setReading(channel.id);
    return () => setReading(undefined);
  }, [channel.id]);
  useReadMarker(channel, messages.at(-1)?.seq ?? 0);
  const byId = useMemo(() => new Map(messages.map((m) => [m.id, m])), [messages]);
  const ctx: MessageContext = { me: user.id, people: people.byId, byId, onReply: setReplyTo };

  return (
    <div className="conversation">
      <div className="conversation-main">
        <ChannelSearchForm channelId={channel.id} q={q} />
        {q ? (
          <ChannelSearchResults channelId={channel.id} q={q} ctx={ctx} />
        ) : history.isPending && messages.length === 0 ? (
          <Loading />
        ) : history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <MessageLog channel={channel} ctx={ctx} messages={messages} outgoing={outgoing} />
        )}
        <TypingLine typing={typing.filter((id) => id !== user.id)} people={people.byId} />
        <Composer
          channelId={channel.id}
          people={people.data ?? []}
          me={user.id}
          replyTo={replyTo}
          replyName={replyTo ? authorName(replyTo, ctx) : ''}
          onCancelReply={() => setReplyTo(undefined)}
        />
      </div>
      <aside className="conversation-side" aria-label={t('channels.people.label')}>
        {people.isError ? (
          <ErrorState error={people.error} onRetry={() => void people.refetch()} />
        ) : people.isPending ? (
          <Loading />
        ) : (
          <PeoplePanel people={people.data} online={online} me={user.id} />
        )}
      </aside>
    </div>
  );
}

/** The conversation of one channel, or why it cannot be shown. */
export function Conversation({ channelId, user, q }: { channelId: string; user: User; q?: string }) {
  const { t } = useTranslation();
  const ready = useChannelStore((s) => s.ready);
  const channel = useChannelStore((s) => s.channels.find((c) => c.id === channelId));
  const removed = useChannelStore((s) => s.removed.includes(channelId));
  const back = (
    <p>
      <Link to="/channels">{t('channels.conversation.back')}</Link>
    </p>
  );
  if (channel) {
    return (
      <>
        <nav aria-label={t('channels.conversation.breadcrumb')} className="conversation-back">
          {back}
        </nav>
        <PageTitle>{channel.title}</PageTitle>
        <p className="conversation-orgs muted">
          {t(`channels.kind.${channel.kind}`)} · {formatList(channel.organisations.map((o) => o.name))}
        </p>
        <ConnectionNotice />
        <Live channel={channel} user={user} q={q} />
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('channels.conversation.title')}</PageTitle>
      <ConnectionNotice />
      {removed ? (
        <div className="notice notice-warning" role="alert">
          <p>{t('channels.conversation.accessEnded')}</p>
          {back}
        </div>
      ) : !ready ? (
        <Loading />
      ) : (
        <EmptyState title={t('channels.conversation.notFound')}>{back}</EmptyState>
      )}
    </>
  );
}
