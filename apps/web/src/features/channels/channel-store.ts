import { useEffect, useSyncExternalStore } from 'react';
import type { Socket } from 'socket.io-client';
import { api, unwrap } from '../../api/client';
import { getSession } from '../../api/session';
import { emitWithAck, getSocket, RealtimeError, useSocket } from '../../realtime/socket';
import {
  applyAdded,
  applyMessage,
  applyPage,
  applyReady,
  applyRemoved,
  applySummary,
  applyUnread,
  applyUpdated,
  emptyState,
  holdFrom,
  setOutgoing,
  syncCursors,
  type ChannelsState,
  type ChannelView,
  type Message,
  type Outgoing,
} from './channel-state';

// The live channel store on the shared socket. On every `ready` (each connection and
// reconnection) it takes the gateway's list, sends `sync` with the last sequence it holds per
// channel (the gateway then sends what was missed, in order, before answering), and only then
// sends what was queued while offline. Ephemeral things (typing, presence) live in the screens.

let state: ChannelsState = emptyState;
const listeners = new Set<() => void>();
let attached: Socket | undefined;
/** The channel on screen (its new messages are read, not unread). */
let reading: string | undefined;

function set(next: ChannelsState): void {
  if (next === state) return;
  state = next;
  for (const l of listeners) l();
}

export function getChannelsState(): ChannelsState {
  return state;
}

async function onReady(payload: { userId: string; channels: ChannelView[] }): Promise<void> {
  const before = state;
  set(applyReady(state, payload.userId, payload.channels));
  const cursors = syncCursors(before.userId === payload.userId ? before : emptyState, payload.channels);
  set(holdFrom(state, cursors));
  try {
    if (cursors.length > 0) await emitWithAck('sync', { channels: cursors }, 20_000);
  } catch {
    return; // the connection dropped again: the next ready starts over
  }
  await flush();
}

/** Joins a channel given to me while connected (channel:added); its history comes over REST. */
async function onAdded(channel: ChannelView & { lastSeq?: number }): Promise<void> {
  if (!('title' in channel)) return;
  set(applyAdded(state, channel));
  const cursor = { channelId: channel.id, lastSeq: state.held[channel.id] ?? channel.lastSeq };
  set(holdFrom(state, [cursor]));
  await emitWithAck('sync', { channels: [cursor] }).catch(() => undefined);
}

function attach(s: Socket | undefined): void {
  if (s === attached) return;
  attached?.off('ready', onReadyListener);
  attached?.off('message', onMessage);
  attached?.off('message:updated', onUpdated);
  attached?.off('unread', onUnreadListener);
  attached?.off('channel:added', onAddedListener);
  attached?.off('channel:removed', onRemovedListener);
  attached?.off('consortium:updated', onConsortiumUpdated);
  attached = s;
  if (!s) {
    set(emptyState);
    return;
  }
  s.on('ready', onReadyListener);
  s.on('message', onMessage);
  s.on('message:updated', onUpdated);
  s.on('unread', onUnreadListener);
  s.on('channel:added', onAddedListener);
  s.on('channel:removed', onRemovedListener);
  s.on('consortium:updated', onConsortiumUpdated);
  // Attached after this connection's `ready` went by: ask for the same list over REST.
  if (s.connected && !state.ready) void readyFromRest();
}

async function readyFromRest(): Promise<void> {
  const session = getSession();
  if (session.status !== 'signedIn') return;
  const page = unwrap(await api.GET('/v1/channels', { params: { query: { limit: 100 } } }));
  if (!state.ready) await onReady({ userId: session.user.id, channels: page.items });
}

const onReadyListener = (p: { userId: string; channels: ChannelView[] }) => void onReady(p);
const onMessage = (m: Message) =>
  set(applyMessage(state, m, { reading: reading === m.channelId && isVisible(), fromStream: true }));
const onUpdated = (m: Message) => set(applyUpdated(state, m));
const onUnreadListener = (e: { channelId: string; lastReadSeq: number; unread: number }) => set(applyUnread(state, e));
const onAddedListener = (c: ChannelView) => void onAdded(c);
const onRemovedListener = (e: { channelId: string }) => set(applyRemoved(state, e.channelId));

/** A consortium changed (a member left or joined): its channel's summary names other organisations now. */
const onConsortiumUpdated = (e: { consortiumId?: string; member?: boolean }) => {
  // No longer a member: the channel is going (channel:removed follows), asking for it would 404.
  if (e?.member === false) return;
  const channel = state.channels.find((c) => c.consortiumId && c.consortiumId === e?.consortiumId);
  if (channel) void refreshChannel(channel.id).catch(() => undefined);
};

async function refreshChannel(channelId: string): Promise<void> {
  const { data, response } = await api.GET('/v1/channels/{id}', { params: { path: { id: channelId } } });
  // Gone (404): channel:removed says so on its own.
  if (!data || !response.ok) return;
  if (state.channels.some((c) => c.id === channelId)) set(applySummary(state, data));
}

function isVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState === 'visible';
}

/** Keeps the store on the current socket; every screen that shows channels calls it. */
export function useChannelStore<T>(select: (s: ChannelsState) => T): T {
  const socket = useSocket();
  useEffect(() => attach(socket), [socket]);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => select(state),
    () => select(state),
  );
}

/** Marks the channel on screen (or none); its arriving messages then count as read. */
export function setReading(channelId: string | undefined): void {
  reading = channelId;
}

// ---- history ----

export async function loadLatest(channelId: string, signal?: AbortSignal): Promise<void> {
  const page = unwrap(
    await api.GET('/v1/channels/{id}/messages', { params: { path: { id: channelId }, query: { limit: 50 } }, signal }),
  );
  set(applyPage(state, channelId, page, false));
}

export async function loadOlder(channelId: string, limit = 50): Promise<void> {
  const cursor = state.conversations[channelId]?.olderCursor;
  if (!cursor) return;
  const page = unwrap(
    await api.GET('/v1/channels/{id}/messages', { params: { path: { id: channelId }, query: { cursor, limit } } }),
  );
  set(applyPage(state, channelId, page, true));
}

/**
 * Pages back until the message `seq` is held (a search result shown in its conversation); the
 * held history stays one unbroken run up to the latest. False when the channel's start came first.
 */
export async function loadUntil(channelId: string, seq: number, maxPages = 20): Promise<boolean> {
  for (let i = 0; i < maxPages; i++) {
    const conv = state.conversations[channelId];
    if (conv && conv.olderCursor !== undefined && (conv.messages[0]?.seq ?? Infinity) <= seq) return true;
    if (!conv || conv.olderCursor === undefined) await loadLatest(channelId);
    else if (conv.olderCursor === null) return false;
    else await loadOlder(channelId, 100);
  }
  return false;
}

// ---- sending ----

let flushing = false;
/** Sends the queued messages one after another, in the order they were written. */
async function flush(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    for (;;) {
      const next = state.outgoing.find((o) => o.state === 'queued');
      if (!next || !getSocket()?.connected) return;
      if (!(await deliver(next))) return; // the connection went: the next ready flushes again
    }
  } finally {
    flushing = false;
  }
}

/** Sends one; false when the connection was gone (it stays queued). */
async function deliver(o: Outgoing): Promise<boolean> {
  set(setOutgoing(state, o.clientId, { state: 'sending' }));
  try {
    const { message } = await emitWithAck<{ message: Message }>('message:send', {
      channelId: o.channelId,
      clientId: o.clientId,
      body: o.body,
      ...(o.replyTo ? { replyTo: o.replyTo } : {}),
      ...(o.mentions.length ? { mentions: o.mentions } : {}),
    });
    set(applyMessage(setOutgoing(state, o.clientId, null), message, { reading: true, fromStream: false }));
    return true;
  } catch (err) {
    // Not connected: wait for the connection. Anything else (a refusal, no answer): say so.
    const offline = err instanceof RealtimeError && err.code === 'OFFLINE';
    set(setOutgoing(state, o.clientId, { state: offline ? 'queued' : 'failed' }));
    return !offline;
  }
}

export function send(input: { channelId: string; body: string; replyTo: string | null; mentions: string[] }): void {
  const o: Outgoing = { ...input, clientId: crypto.randomUUID(), state: 'queued', createdAt: new Date().toISOString() };
  set({ ...state, outgoing: [...state.outgoing, o] });
  void flush();
}

/** Sends a failed message again with the same client id, so the gateway stores it once at most. */
export function retry(clientId: string): void {
  set(setOutgoing(state, clientId, { state: 'queued' }));
  void flush();
}

export function discard(clientId: string): void {
  set(setOutgoing(state, clientId, null));
}

/** Edits a message; `mentions` are those the edited text still names (they replace the stored ones). */
export async function edit(messageId: string, body: string, mentions: string[]): Promise<void> {
  const { message } = await emitWithAck<{ message: Message }>('message:edit', { messageId, body, mentions });
  set(applyUpdated(state, message));
}

export async function remove(messageId: string): Promise<void> {
  const { message } = await emitWithAck<{ message: Message }>('message:delete', { messageId });
  set(applyUpdated(state, message));
}

/** Moves my read marker to `seq` (the gateway answers with the new unread count). */
export async function markRead(channelId: string, seq: number): Promise<void> {
  const answer = await emitWithAck<{ lastReadSeq: number; unread: number }>('read', { channelId, seq });
  set(applyUnread(state, { channelId, ...answer }));
}
