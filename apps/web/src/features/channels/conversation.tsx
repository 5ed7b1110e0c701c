import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/session';
import { PageTitle } from '../../components/page';
import { EmptyState, ErrorState, Loading } from '../../components/states';
import { formatList } from '../../i18n/format';
import { emitWithAck, useRealtimeEvent, useRealtimeStatus } from '../../realtime/socket';
import {
  discard,
  loadLatest,
  loadOlder,
  loadUntil,
  markRead,
  retry,
  setReading,
  useChannelStore,
} from './channel-store';
import { firstUnreadSeq, type ChannelView, type Message, type Outgoing } from './channel-state';
import { ChannelSearchResults, ChannelSearchForm } from './channel-search';
import { Composer } from './composer';
import { ConnectionNotice } from './connection-notice';
import { MessageItem, useAuthorName, useReplyLabel, type MessageContext } from './message-item';
import { MessageBody } from './message-body';
import { channelPeopleKey, useChannelPeople, type ChannelPerson } from './use-channel-people';

const NO_MESSAGES: Message[] = [];
const TYPING_SHOWN_MS = 6000;

/**
 * Who of the channel is online now: asked on every (re)connection, then followed live;
 * undefined (unknown) while this tab is not connected.
 */
function usePresence(channelId: string): Set<string> | undefined {
  const status = useRealtimeStatus();
  const [online, setOnline] = useState<Set<string>>();
  // The gateway's `ready` says this connection is fully set up: ask then too.
  const [readyCount, setReadyCount] = useState(0);
  useRealtimeEvent('ready', () => setReadyCount((n) => n + 1));
  useEffect(() => {
    if (status !== 'online') {
      setOnline(undefined);
      return;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Right after a reconnection the gateway may not have this tab in the channel yet (sync is on
    // its way): ask again a little later.
    const ask = (attempt: number) =>
      emitWithAck<{ online: string[] }>('presence:get', { channelId })
        .then((a) => live && setOnline(new Set(a.online)))
        .catch(() => {
          if (live && attempt < 10) timer = setTimeout(() => void ask(attempt + 1), 300);
        });
    void ask(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [channelId, status, readyCount]);
  useRealtimeEvent<{ channelId: string; userId: string; online: boolean }>('presence', (e) => {
    if (e.channelId !== channelId) return;
    setOnline((s) => {
      if (!s) return s;
      const next = new Set(s);
      if (e.online) next.add(e.userId);
      else next.delete(e.userId);
      return next;
    });
  });
  return status === 'online' ? online : undefined;
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
    <li className={`message message-mine message-pending message-${o.state}`} tabIndex={-1}>
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

/** Moves the focus between the messages of the log with the arrow keys, Home and End. */
function moveFocus(log: HTMLElement, from: Element | null, key: string): HTMLElement | undefined {
  const items = [...log.querySelectorAll<HTMLElement>('.messages > li.message')];
  if (items.length === 0) return undefined;
  const at = items.findIndex((li) => li === from || li.contains(from));
  const next =
    key === 'Home'
      ? 0
      : key === 'End'
        ? items.length - 1
        : at < 0
          ? items.length - 1
          : Math.max(0, Math.min(items.length - 1, at + (key === 'ArrowUp' ? -1 : 1)));
  return items[next];
}

function MessageLog({
  channel,
  ctx,
  messages,
  outgoing,
  unreadFrom,
  target,
}: {
  channel: ChannelView;
  ctx: MessageContext;
  messages: Message[];
  outgoing: Outgoing[];
  /** The first unread message when the conversation opened: a divider goes before it. */
  unreadFrom?: number;
  /** A message to bring into view and mark (a search result shown in its conversation). */
  target?: number;
}) {
  const { t } = useTranslation();
  const replyLabel = useReplyLabel();
  const olderCursor = useChannelStore((s) => s.conversations[channel.id]?.olderCursor);
  const log = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLButtonElement>(null);
  const [older, setOlder] = useState<'idle' | 'loading' | 'error'>('idle');
  /** The message whose actions Tab reaches (the others' by arrow keys); the latest by default. */
  const [current, setCurrent] = useState<number>();
  const firstSeq = messages[0]?.seq;
  const lastKey = `${messages.at(-1)?.seq ?? 0}:${outgoing.length}`;
  const stick = useRef(true);
  const before = useRef<{ height: number; top: number }>(undefined);
  const placed = useRef(false);
  const hintId = `${channel.id}-log-hint`;
  const currentSeq = current !== undefined && messages.some((m) => m.seq === current) ? current : messages.at(-1)?.seq;

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
  // On opening: a message asked for, else the first unread, comes into view (not the end).
  useLayoutEffect(() => {
    const el = log.current;
    if (!el || placed.current || messages.length === 0) return;
    placed.current = true;
    const seq = target ?? unreadFrom;
    if (seq === undefined) return;
    const item = el.querySelector<HTMLElement>(`.messages > li[data-seq="${seq}"]`);
    if (!item) return;
    const marker = target === undefined ? el.querySelector<HTMLElement>('.unread-divider') : null;
    el.scrollTop = Math.max(0, (marker ?? item).offsetTop - el.offsetTop - 8);
    stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    if (target !== undefined) {
      setCurrent(target);
      item.focus({ preventScroll: true });
    }
  }, [messages.length, target, unreadFrom]);

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
      aria-describedby={hintId}
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
      }}
      onKeyDown={(e) => {
        if (!['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key) || !log.current) return;
        const from = e.target as HTMLElement;
        // Keys typed in the editor of a message stay the editor's.
        if (from.closest('textarea, input')) return;
        const li = moveFocus(log.current, from === log.current ? null : from, e.key);
        if (!li) return;
        e.preventDefault();
        if (li.dataset.seq) setCurrent(Number(li.dataset.seq));
        li.focus();
      }}
    >
      <p id={hintId} className="visually-hidden">
        {t('channels.conversation.keys')}
      </p>
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
          <Fragment key={m.id}>
            {m.seq === unreadFrom && (
              <li className="unread-divider">
                <span>{t('channels.conversation.newMessages')}</span>
              </li>
            )}
            <MessageItem message={m} ctx={ctx} tabbable={m.seq === currentSeq} highlighted={m.seq === target} />
          </Fragment>
        ))}
        {outgoing.map((o) => {
          const r = o.replyTo ? ctx.byId.get(o.replyTo) : undefined;
          return <PendingItem key={o.clientId} o={o} replyLabel={r && replyLabel(r, ctx)} />;
        })}
      </ol>
    </div>
  );
}

function PeoplePanel({ people, online, me }: { people: ChannelPerson[]; online?: Set<string>; me: string }) {
  const { t } = useTranslation();
  const here = online && people.filter((p) => online.has(p.userId) || p.userId === me).length;
  // Open beside the conversation on wide screens; folded above it on phones (and when the
  // window becomes as narrow as one).
  const panel = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia('(min-width: 48rem)');
    const follow = () => {
      if (panel.current) panel.current.open = wide.matches;
    };
    follow();
    wide.addEventListener('change', follow);
    return () => wide.removeEventListener('change', follow);
  }, []);
  return (
    <details ref={panel} className="people-panel">
      <summary>
        {here === undefined
          ? t('channels.people.titleUnknown', { count: people.length })
          : t('channels.people.title', { count: people.length, online: here })}
      </summary>
      <ul>
        {people.map((p) => {
          const on = online && (online.has(p.userId) || p.userId === me);
          return (
            <li key={p.userId} className={on ? 'person online' : online ? 'person' : 'person presence-unknown'}>
              <span className="presence-dot" aria-hidden="true" />
              <span>
                {p.name}
                {p.userId === me && ` (${t('channels.message.you')})`}
                <span className="visually-hidden">
                  ,{' '}
                  {on
                    ? t('channels.people.online')
                    : online
                      ? t('channels.people.offline')
                      : t('channels.people.unknown')}
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

/**
 * Keeps the list of people current: a consortium's change (a member organisation removed or
 * added) and each (re)connection read it again, and so does presence from someone not on it.
 */
function usePeopleUpdates(channel: ChannelView, people: Map<string, ChannelPerson>, loaded: boolean) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: channelPeopleKey(channel.id) });
  useRealtimeEvent<{ consortiumId?: string }>('consortium:updated', (e) => {
    if (channel.consortiumId && e?.consortiumId === channel.consortiumId) refresh();
  });
  useRealtimeEvent('ready', refresh);
  useRealtimeEvent<{ channelId: string; userId: string; online: boolean }>('presence', (e) => {
    if (loaded && e.channelId === channel.id && e.online && !people.has(e.userId)) refresh();
  });
}

/**
 * Sizes the conversation's scrolling part so that it and what follows it (typing line, composer)
 * fit in the window: the page itself does not scroll to reach the message box.
 */
function useFitToWindow(body: RefObject<HTMLDivElement | null>, below: RefObject<HTMLDivElement | null>) {
  useLayoutEffect(() => {
    const fit = () => {
      const el = body.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      const rest = below.current?.getBoundingClientRect().height ?? 0;
      el.style.height = `${Math.max(192, Math.floor(window.innerHeight - top - rest - 16))}px`;
    };
    fit();
    // What is above it (people folded or open on phones) and below it (a reply, a taller box).
    const ro = new ResizeObserver(fit);
    if (below.current) ro.observe(below.current);
    const around = body.current?.closest('.conversation');
    if (around) ro.observe(around);
    window.addEventListener('resize', fit);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [body, below]);
}

function Live({ channel, user, q, at }: { channel: ChannelView; user: User; q?: string; at?: number }) {
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
  // A search result shown in its conversation: the history is paged back until it is held.
  const shown = useQuery({
    queryKey: ['channels', channel.id, 'at', at],
    queryFn: async () => (at === undefined ? true : loadUntil(channel.id, at)),
    enabled: at !== undefined && history.isSuccess,
    staleTime: Infinity,
    gcTime: 0,
  });
  const online = usePresence(channel.id);
  const typing = useTyping(channel.id);
  const [replyTo, setReplyTo] = useState<Message>();
  const authorName = useAuthorName();
  // Where the unread began when the conversation opened (the marker moves on at once).
  const [unreadAfter] = useState(() => (channel.unread > 0 ? channel.lastReadSeq : undefined));
  const unreadFrom = firstUnreadSeq(messages, unreadAfter, user.id);
  const [searching, setSearching] = useState(q !== undefined);
  const body = useRef<HTMLDivElement>(null);
  const below = useRef<HTMLDivElement>(null);
  const composerId = `composer-${channel.id}`;
  useFitToWindow(body, below);
  usePeopleUpdates(channel, people.byId, people.isSuccess);
  useEffect(() => {
    setReading(channel.id);
    return () => setReading(undefined);
  }, [channel.id]);
  useReadMarker(channel, messages.at(-1)?.seq ?? 0);
  const byId = useMemo(() => new Map(messages.map((m) => [m.id, m])), [messages]);
  const ctx: MessageContext = { me: user.id, people: people.byId, byId, onReply: setReplyTo };
  const waiting = (history.isPending && messages.length === 0) || (at !== undefined && shown.isPending);

  return (
    <div className="conversation">
      <div className="conversation-main">
        <div className="conversation-tools">
          <button
            type="button"
            className="skip-to-composer link-button"
            onClick={() => document.getElementById(composerId)?.focus()}
          >
            {t('channels.conversation.toComposer')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small search-toggle"
            aria-expanded={searching || q !== undefined}
            aria-controls={`${channel.id}-search`}
            onClick={() => setSearching((v) => !v)}
          >
            {t('channels.search.toggle')}
          </button>
        </div>
        <div id={`${channel.id}-search`} className={searching || q ? 'search-area' : 'search-area folded'}>
          <ChannelSearchForm channelId={channel.id} q={q} />
        </div>
        <div ref={body} className="conversation-body">
          {q ? (
            <ChannelSearchResults channelId={channel.id} q={q} ctx={ctx} />
          ) : waiting ? (
            <Loading />
          ) : history.isError ? (
            <ErrorState error={history.error} onRetry={() => void history.refetch()} />
          ) : (
            <>
              {shown.data === false && (
                <p className="notice notice-warning" role="status">
                  {t('channels.conversation.notHeld')}
                </p>
              )}
              <MessageLog
                key={at ?? 'latest'}
                channel={channel}
                ctx={ctx}
                messages={messages}
                outgoing={outgoing}
                unreadFrom={unreadFrom}
                target={shown.data ? at : undefined}
              />
            </>
          )}
        </div>
        <div ref={below}>
          <TypingLine typing={typing.filter((id) => id !== user.id)} people={people.byId} />
          <Composer
            channelId={channel.id}
            inputId={composerId}
            people={people.data ?? []}
            me={user.id}
            replyTo={replyTo}
            replyName={replyTo ? authorName(replyTo, ctx) : ''}
            onCancelReply={() => setReplyTo(undefined)}
          />
        </div>
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
export function Conversation({ channelId, user, q, at }: { channelId: string; user: User; q?: string; at?: number }) {
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
        <Live key={channel.id} channel={channel} user={user} q={q} at={at} />
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
