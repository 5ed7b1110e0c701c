import type { Schemas } from '../../api/client';

// The pure half of the channel store: how messages, summaries and sends combine. The store
// (channel-store.ts) holds one ChannelsState and replaces it through these functions.

export type Message = Schemas['MessageResponseDto'];
export type ChannelView = Schemas['ChannelResponseDto'];

/** A message of mine not yet acknowledged: waiting for the connection, on its way, or refused. */
export interface Outgoing {
  clientId: string;
  channelId: string;
  body: string;
  replyTo: string | null;
  mentions: string[];
  state: 'queued' | 'sending' | 'failed';
  createdAt: string;
}

export interface Conversation {
  /** In sequence order, each once. */
  messages: Message[];
  /** REST cursor for the page before the oldest held; null at the channel's start; undefined before the first page. */
  olderCursor: string | null | undefined;
}

export interface ChannelsState {
  userId: string | undefined;
  /** The gateway's `ready` arrived at least once for this user. */
  ready: boolean;
  /** Latest activity first. */
  channels: ChannelView[];
  /** Channels taken away while I was looking (an open conversation says access ended). */
  removed: string[];
  conversations: Record<string, Conversation>;
  /** Per channel, the highest sequence number up to which I hold everything (what `sync` sends). */
  held: Record<string, number>;
  outgoing: Outgoing[];
}

export const emptyState: ChannelsState = {
  userId: undefined,
  ready: false,
  channels: [],
  removed: [],
  conversations: {},
  held: {},
  outgoing: [],
};

/** Merges messages into a sequence-ordered list: each seq once, the later-edited version winning. */
export function mergeMessages(existing: Message[], incoming: Message[]): Message[] {
  if (incoming.length === 0) return existing;
  const bySeq = new Map(existing.map((m) => [m.seq, m]));
  for (const m of incoming) {
    const old = bySeq.get(m.seq);
    if (!old || newerVersion(m, old)) bySeq.set(m.seq, m);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Whether `a` shows a later state of the same message than `b` (deleted > edited later > as sent). */
function newerVersion(a: Message, b: Message): boolean {
  if (a.deleted !== b.deleted) return a.deleted;
  return (a.editedAt ?? '') >= (b.editedAt ?? '');
}

export function sortChannels(channels: ChannelView[]): ChannelView[] {
  return [...channels].sort((a, b) => {
    const x = a.lastMessageAt ?? '';
    const y = b.lastMessageAt ?? '';
    return x === y ? a.id.localeCompare(b.id) : x < y ? 1 : -1;
  });
}

/** What `sync` sends: the sequence held for each channel, else where the gateway said it stands. */
export function syncCursors(state: ChannelsState, channels: ChannelView[]): { channelId: string; lastSeq: number }[] {
  return channels.map((c) => ({ channelId: c.id, lastSeq: Math.min(state.held[c.id] ?? c.lastSeq, c.lastSeq) }));
}

/** The gateway's `ready`: its list replaces mine (a new user starts from nothing). */
export function applyReady(state: ChannelsState, userId: string, channels: ChannelView[]): ChannelsState {
  const base = state.userId === userId ? state : { ...emptyState, userId };
  const ids = new Set(channels.map((c) => c.id));
  return {
    ...base,
    ready: true,
    channels: sortChannels(channels),
    // A channel lost while disconnected is not in the list any more: say so if it was open.
    removed: [...base.removed, ...base.channels.filter((c) => !ids.has(c.id)).map((c) => c.id)],
  };
}

/** Where sync will start each channel, for those not yet held. */
export function holdFrom(state: ChannelsState, cursors: { channelId: string; lastSeq: number }[]): ChannelsState {
  const held = { ...state.held };
  for (const c of cursors) held[c.channelId] = Math.max(held[c.channelId] ?? 0, c.lastSeq);
  return { ...state, held };
}

/**
 * A `message`: stored in its conversation, its channel's summary moved to the top with it as
 * the last message; another person's message after my read marker counts as unread unless I
 * am reading the channel. Only the gateway's stream (`fromStream`), which never skips one,
 * moves what `sync` will ask from; the acknowledgement of my own send does not.
 */
export function applyMessage(
  state: ChannelsState,
  message: Message,
  opts: { reading: boolean; fromStream: boolean },
): ChannelsState {
  const channelId = message.channelId;
  const conv = state.conversations[channelId] ?? { messages: [], olderCursor: undefined };
  const known = conv.messages.some((m) => m.seq === message.seq);
  const held = opts.fromStream
    ? { ...state.held, [channelId]: Math.max(state.held[channelId] ?? 0, message.seq) }
    : state.held;
  const channels = state.channels.map((c) => {
    if (c.id !== channelId || message.seq <= c.lastSeq) return c;
    const theirs = message.authorId !== state.userId && !message.deleted;
    return {
      ...c,
      lastSeq: message.seq,
      lastMessage: message,
      lastMessageAt: message.createdAt,
      unread: theirs && !opts.reading && message.seq > c.lastReadSeq ? c.unread + 1 : c.unread,
    };
  });
  return {
    ...state,
    held,
    channels: known ? channels : sortChannels(channels),
    conversations: {
      ...state.conversations,
      [channelId]: { ...conv, messages: mergeMessages(conv.messages, [message]) },
    },
    outgoing: state.outgoing.filter((o) => !(o.clientId === message.clientId && message.authorId === state.userId)),
  };
}

/** An edit or deletion: the held copy and the summary's last message change, nothing moves. */
export function applyUpdated(state: ChannelsState, message: Message): ChannelsState {
  const conv = state.conversations[message.channelId];
  return {
    ...state,
    channels: state.channels.map((c) => (c.lastMessage?.id === message.id ? { ...c, lastMessage: message } : c)),
    conversations: conv
      ? { ...state.conversations, [message.channelId]: { ...conv, messages: mergeMessages(conv.messages, [message]) } }
      : state.conversations,
  };
}

/** A REST page of history (older, or the latest on first open). */
export function applyPage(
  state: ChannelsState,
  channelId: string,
  page: { items: Message[]; olderCursor: string | null },
  older: boolean,
): ChannelsState {
  const conv = state.conversations[channelId] ?? { messages: [], olderCursor: undefined };
  const last = page.items.at(-1)?.seq ?? 0;
  return {
    ...state,
    held: { ...state.held, [channelId]: Math.max(state.held[channelId] ?? 0, last) },
    conversations: {
      ...state.conversations,
      [channelId]: {
        messages: mergeMessages(conv.messages, page.items),
        olderCursor: older || conv.olderCursor === undefined ? page.olderCursor : conv.olderCursor,
      },
    },
  };
}

export function applyUnread(
  state: ChannelsState,
  e: { channelId: string; lastReadSeq: number; unread: number },
): ChannelsState {
  return {
    ...state,
    channels: state.channels.map((c) =>
      c.id === e.channelId && e.lastReadSeq >= c.lastReadSeq
        ? { ...c, lastReadSeq: e.lastReadSeq, unread: e.unread }
        : c,
    ),
  };
}

export function applyAdded(state: ChannelsState, channel: ChannelView): ChannelsState {
  return {
    ...state,
    channels: sortChannels([...state.channels.filter((c) => c.id !== channel.id), channel]),
    removed: state.removed.filter((id) => id !== channel.id),
  };
}

/**
 * A channel's summary read again (its organisations changed): the title and organisations are
 * the server's; what the stream moved further (last message, unread) is kept.
 */
export function applySummary(state: ChannelsState, summary: ChannelView): ChannelsState {
  return {
    ...state,
    channels: state.channels.map((c) =>
      c.id !== summary.id
        ? c
        : summary.lastSeq >= c.lastSeq
          ? { ...c, ...summary, unread: summary.lastReadSeq >= c.lastReadSeq ? summary.unread : c.unread }
          : { ...c, title: summary.title, organisations: summary.organisations },
    ),
  };
}

/** Access ended: the channel leaves the list at once, and what I held of it goes. */
export function applyRemoved(state: ChannelsState, channelId: string): ChannelsState {
  const conversations = { ...state.conversations };
  delete conversations[channelId];
  const held = { ...state.held };
  delete held[channelId];
  return {
    ...state,
    channels: state.channels.filter((c) => c.id !== channelId),
    removed: state.removed.includes(channelId) ? state.removed : [...state.removed, channelId],
    conversations,
    held,
    outgoing: state.outgoing.filter((o) => o.channelId !== channelId),
  };
}

export function totalUnread(channels: ChannelView[]): number {
  return channels.reduce((n, c) => n + c.unread, 0);
}

export function setOutgoing(state: ChannelsState, clientId: string, patch: Partial<Outgoing> | null): ChannelsState {
  return {
    ...state,
    outgoing: patch
      ? state.outgoing.map((o) => (o.clientId === clientId ? { ...o, ...patch } : o))
      : state.outgoing.filter((o) => o.clientId !== clientId),
  };
}

/**
 * Where the "new messages" divider goes: before the first message of someone else after the read
 * marker as it stood when the conversation was opened; none when nothing was unread then.
 */
export function firstUnreadSeq(messages: Message[], readSeqAtOpen: number | undefined, me: string): number | undefined {
  if (readSeqAtOpen === undefined) return undefined;
  return messages.find((m) => m.seq > readSeqAtOpen && m.authorId !== me && !m.deleted)?.seq;
}
