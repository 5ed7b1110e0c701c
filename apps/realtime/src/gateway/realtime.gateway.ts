import { Inject, type BeforeApplicationShutdown, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
} from '@nestjs/websockets';
import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import { AuthService, type Principal } from '@syndesmos/auth';
import {
  DomainException,
  ErrorCode,
  errorMessage,
  localiseDetails,
  negotiateLocale,
  type Locale,
} from '@syndesmos/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { MessagingService, toChannelView, toPayload, validId } from '@syndesmos/messaging';
import {
  parseEnvelopes,
  RealtimePublisher,
  realtimeChannel,
  stageProfile as profile,
  type MessagePayload,
  type RealtimeEnvelope,
  type RealtimeEventMap,
} from '@syndesmos/realtime-events';
import { createRedis, type Redis } from '@syndesmos/redis';
import { Admission } from './admission';
import { PresenceService, type Connection } from './presence.service';
import { GAP_WAIT_MS, RecentMessages } from './recent-messages';
import { TypingRelay } from './typing-relay';

// The socket protocol (client → server events, each answered through the ack callback with
// { ok: true, … } or { ok: false, error }; errors also arrive as an `error` event):
//   sync            { channels: [{ channelId, lastSeq }] }  start receiving a channel after lastSeq
//   message:send    { channelId, clientId, body, replyTo?, mentions? }
//   message:edit    { messageId, body, mentions? }  mentions replace the stored ones; absent: kept while "@Name" stays
//   message:delete  { messageId }
//   typing          { channelId, typing }
//   read            { channelId, seq }
//   presence:get    { channelId }
// Server → client: ready, message, message:updated, typing, presence, unread,
// channel:added, channel:removed, notification, consortium:updated, error.

const EVENTS = ['sync', 'message:send', 'message:edit', 'message:delete', 'typing', 'read', 'presence:get'] as const;
type EventName = (typeof EVENTS)[number];
const MAX_SYNC_CHANNELS = 500;
/** Handshakes and syncs at once per node: under the pool's ten connections, leaving room for sends. */
const ADMITTED_AT_ONCE = 4;

export interface SocketData {
  principal: Principal;
  locale: Locale;
  /** Per channel: the last sequence number this socket has been given. */
  cursors: Map<string, number>;
  /** Deliveries to one socket run one after another, so messages arrive in sequence order. */
  queue: Promise<void>;
  /** Deliveries queued and not done: none, and a message next in sequence goes out at once. */
  pending: number;
  /** Which of its typing signals the channel hears (typing-relay.ts). */
  typing: TypingRelay;
  /** Counted in presence (set once its entry is stored). */
  present?: boolean;
}

const room = (channelId: string) => `ch:${channelId}`;
const userRoom = (userId: string) => `user:${userId}`;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Authenticates every connection with the same token service as HTTP (`auth.token` in the
 * handshake); a bad token gets an `error` event with the code, then the socket is closed.
 * Messages are stored by MessagingService first and then announced on the Redis event
 * channel; every node delivers them to its own sockets in sequence order, filling any gap
 * from PostgreSQL, so a message is never lost or doubled whichever node a client reaches.
 */
@WebSocketGateway({ path: '/socket.io' })
export class RealtimeGateway
  implements OnGatewayConnection, OnGatewayDisconnect, OnModuleInit, OnModuleDestroy, BeforeApplicationShutdown
{
  @WebSocketServer() server!: Server;
  private subscriber: Redis | null = null;
  private closing = false;
  /** The messages this node received lately, per channel, to fill a socket's gap without PostgreSQL. */
  private readonly recent = new RecentMessages();
  private readonly admission = new Admission(ADMITTED_AT_ONCE);
  /** This node, as the origin of what it relays to the others (typing). */
  private readonly nodeId = randomUUID();

  constructor(
    private readonly auth: AuthService,
    private readonly messaging: MessagingService,
    private readonly presence: PresenceService,
    private readonly events: RealtimePublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscriber = createRedis({ url: this.config.redisUrl, prefix: this.config.redisPrefix }, 'pubsub', (err) =>
      this.logger.warn({ err: err.message }, 'realtime events unavailable; retrying'),
    );
    this.subscriber.on('message', (_channel: string, raw: string) => {
      for (const envelope of parseEnvelopes(raw)) {
        void this.onEvent(envelope).catch((err: Error) => this.logger.warn({ err: err.message }, 'event'));
      }
    });
    await this.subscriber.subscribe(realtimeChannel(this.config.redisPrefix)).catch((err: Error) => {
      this.logger.warn({ err: err.message }, 'could not subscribe to realtime events yet');
    });
    this.presence.start({
      connections: () => this.connections(),
      wentOffline: (userIds) => this.announceAll(userIds, false),
      cameBack: (userIds) => this.announceAll(userIds, true),
    });
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
    profile.flush();
  }

  /** A graceful stop takes this node's presence entries with it, before the sockets close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.announceAll(await this.presence.stop(), false);
  }

  /**
   * Handshakes and syncs read PostgreSQL; a few at a time (admission.ts), so that a storm of
   * reconnections waits its turn instead of timing out in the pool.
   */
  async handleConnection(socket: Socket): Promise<void> {
    try {
      await this.admission.run(() => (socket.disconnected ? Promise.resolve() : this.welcome(socket)));
    } catch (err) {
      // Signed in, but the node could not read what the socket needs (PostgreSQL busy or down):
      // the client is told to come back later rather than left half joined.
      const locale =
        (socket.data as Partial<SocketData>).locale ?? negotiateLocale(socket.handshake.headers['accept-language']);
      this.logger.warn({ err: (err as Error).message }, 'socket handshake failed');
      socket.emit('error', {
        code: ErrorCode.ServiceUnavailable,
        message: errorMessage(ErrorCode.ServiceUnavailable, locale),
      });
      socket.disconnect(true);
    }
  }

  private async welcome(socket: Socket): Promise<void> {
    const token: unknown = socket.handshake.auth?.token;
    const acceptLanguage = socket.handshake.headers['accept-language'];
    let locale = negotiateLocale(acceptLanguage);
    let principal: Principal;
    try {
      if (typeof token !== 'string' || token.length === 0) throw new DomainException(ErrorCode.Unauthenticated);
      principal = await this.auth.authenticate(token);
    } catch (err) {
      if (!(err instanceof DomainException)) throw err;
      socket.emit('error', { code: err.code, message: errorMessage(err.code, locale) });
      socket.disconnect(true);
      return;
    }
    // Signed in: the handshake's Accept-Language if it names a language, else the user's own.
    locale = negotiateLocale(acceptLanguage, principal.preferredLanguage);
    principal = { ...principal, locale };
    const data = socket.data as SocketData;
    Object.assign(data, {
      principal,
      locale,
      cursors: new Map<string, number>(),
      queue: Promise.resolve(),
      pending: 0,
      typing: new TypingRelay(),
    });
    for (const event of EVENTS) this.on(socket, event);
    socket.onAny((event: string) => {
      if (!(EVENTS as readonly string[]).includes(event)) {
        this.fail(socket, event, new DomainException(ErrorCode.ValidationFailed, `unknown event ${event}`, { event }));
      }
    });
    await socket.join(userRoom(principal.userId));
    const channels = await this.messaging.channels(principal.userId);
    await socket.join(channels.map((c) => room(c.id)));
    await this.arrive(
      socket,
      channels.map((c) => c.id),
    );
    socket.emit('ready', { userId: principal.userId, channels: channels.map(toChannelView) });
  }

  async handleDisconnect(socket: Socket): Promise<void> {
    if (!this.closing) await this.leave(socket);
  }

  // ---- client events ----

  private on(socket: Socket, event: EventName): void {
    socket.on(event, (payload: unknown, ack?: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (body: unknown) => void) : undefined;
      void (async () => {
        try {
          if (!isObject(payload)) {
            throw new DomainException(ErrorCode.ValidationFailed, `${event} takes an object`, [
              { field: 'payload', problem: 'type', message: `${event} takes an object` },
            ]);
          }
          const result = await this.handle(socket, event, payload);
          reply?.({ ok: true, ...result });
        } catch (err) {
          const error = this.fail(socket, event, err);
          reply?.({ ok: false, error });
        }
      })();
    });
  }

  private async handle(socket: Socket, event: EventName, p: Record<string, unknown>): Promise<Record<string, unknown>> {
    const userId = (socket.data as SocketData).principal.userId;
    switch (event) {
      case 'sync':
        return this.admission.run(() => this.sync(socket, p.channels));
      case 'message:send': {
        const t = profile.start();
        const { message, duplicate } = await this.messaging.send(
          userId,
          {
            channelId: p.channelId,
            clientId: p.clientId,
            body: p.body,
            replyTo: p.replyTo,
            mentions: p.mentions,
          },
          (socket.data as SocketData).principal,
        );
        profile.end('send: in all, on the gateway', t);
        return { message, duplicate };
      }
      case 'message:edit':
        return { message: await this.messaging.edit(userId, p.messageId, p.body, p.mentions) };
      case 'message:delete':
        return { message: await this.messaging.remove(userId, p.messageId) };
      case 'typing': {
        const channelId = validId('channelId', p.channelId);
        if (!socket.rooms.has(room(channelId))) throw new DomainException(ErrorCode.NotFound, 'channel not found');
        const typing = p.typing === true;
        if ((socket.data as SocketData).typing.relay(channelId, typing, performance.now())) {
          // This node's sockets now; the other nodes' through the event channel (onEvent).
          this.server.local.to(room(channelId)).except(socket.id).emit('typing', { channelId, userId, typing });
          void this.events.publish('typing', { channelId, userId, typing, origin: this.nodeId });
        }
        return {};
      }
      case 'read':
        return this.messaging.markRead(userId, p.channelId, p.seq);
      case 'presence:get': {
        const channelId = await this.messaging.requireAccess(userId, p.channelId);
        const users = await this.messaging.usersWithAccess(channelId);
        return { channelId, online: await this.presence.onlineAmong(users).catch(() => []) };
      }
    }
  }

  /**
   * Starts (or confirms) delivery of each channel after the sequence the client holds, then
   * answers with where each channel stands. Missed messages arrive before the answer.
   */
  private async sync(socket: Socket, channels: unknown): Promise<Record<string, unknown>> {
    if (!Array.isArray(channels) || channels.length > MAX_SYNC_CHANNELS) {
      throw new DomainException(ErrorCode.ValidationFailed, 'channels must be a list', [
        {
          field: 'channels',
          problem: 'list',
          message: `a list of at most ${MAX_SYNC_CHANNELS} { channelId, lastSeq }`,
        },
      ]);
    }
    const data = socket.data as SocketData;
    const answer: { channelId: string; lastSeq: number }[] = [];
    for (const entry of channels) {
      if (!isObject(entry) || !(Number.isInteger(entry.lastSeq) && (entry.lastSeq as number) >= 0)) {
        throw new DomainException(ErrorCode.ValidationFailed, 'each channel needs channelId and lastSeq', [
          { field: 'channels.lastSeq', problem: 'integer', message: 'lastSeq must be a non-negative integer' },
        ]);
      }
      const channelId = await this.messaging.requireAccess(data.principal.userId, entry.channelId);
      await socket.join(room(channelId));
      if (!data.cursors.has(channelId)) {
        const last = await this.messaging.lastSeq(channelId);
        data.cursors.set(channelId, Math.min(entry.lastSeq as number, last));
        await this.enqueue(socket, () => this.fill(socket, channelId, Number.MAX_SAFE_INTEGER));
      }
      await data.queue;
      answer.push({ channelId, lastSeq: data.cursors.get(channelId) ?? 0 });
    }
    return { channels: answer };
  }

  // ---- delivery ----

  private enqueue(socket: Socket, work: () => Promise<void>): Promise<void> {
    const data = socket.data as SocketData;
    data.pending++;
    data.queue = data.queue
      .then(work)
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'delivery'))
      .finally(() => void data.pending--);
    return data.queue;
  }

  /**
   * Sends the socket every stored message after its cursor, up to `upTo`, in order. A gap
   * (`awaited`: a message published after a later one, typically by another node) is filled
   * from the messages this node received lately, waiting a moment for the missing one to
   * arrive; only what still lacks then is read from PostgreSQL.
   */
  private async fill(socket: Socket, channelId: string, upTo: number, awaited = false): Promise<void> {
    const data = socket.data as SocketData;
    let waited = !awaited;
    for (;;) {
      const from = data.cursors.get(channelId);
      if (from === undefined || from >= upTo) return;
      if (awaited) {
        const held = this.recent.get(channelId);
        let next = from + 1;
        for (; next <= upTo && held?.has(next); next++) this.emitMessage(socket, held.get(next)!);
        if (next > upTo) return;
        if (!waited) {
          waited = true;
          await this.recent.arrival(channelId, GAP_WAIT_MS);
          continue;
        }
      }
      const at = data.cursors.get(channelId)!;
      const rows = await this.messaging.after(data.principal.userId, channelId, at, Math.min(500, upTo - at));
      for (const row of rows) this.emitMessage(socket, toPayload(row));
      if (rows.length < 500) return;
    }
  }

  private emitMessage(socket: Socket, message: MessagePayload): void {
    const cursors = (socket.data as SocketData).cursors;
    const at = cursors.get(message.channelId);
    if (at === undefined || message.seq <= at) return;
    socket.emit('message', message);
    cursors.set(message.channelId, message.seq);
  }

  private deliver(socket: Socket, message: MessagePayload): void {
    const queued = profile.start();
    void this.enqueue(socket, async () => {
      const at = (socket.data as SocketData).cursors.get(message.channelId);
      if (at === undefined || message.seq <= at) return;
      // A gap (an event still in flight, or one this node missed): fill it first.
      if (message.seq > at + 1) {
        const t = profile.start();
        await this.fill(socket, message.channelId, message.seq - 1, true);
        profile.end('deliver: gap filled (per socket)', t);
      }
      this.emitMessage(socket, message);
      profile.end('deliver: event received to emitted (per socket)', queued);
    });
  }

  private localSockets(roomName?: string): Socket[] {
    const all = this.server.sockets.sockets;
    if (!roomName) return [...all.values()];
    const ids = this.server.sockets.adapter.rooms.get(roomName);
    return ids ? [...ids].flatMap((id) => all.get(id) ?? []) : [];
  }

  private async onEvent(envelope: RealtimeEnvelope): Promise<void> {
    switch (envelope.name) {
      case 'message.created': {
        const { message } = envelope.payload as RealtimeEventMap['message.created'];
        if (envelope.at)
          profile.record(
            'event: published to received (Redis)',
            performance.timeOrigin + performance.now() - envelope.at,
          );
        // Kept only where this node has sockets to fill gaps for.
        if (this.server.sockets.adapter.rooms.has(room(message.channelId))) this.recent.add(message);
        // Sockets waiting for nothing else and holding the message before it get it in one
        // broadcast (encoded once); the others in their own order, gaps filled first.
        const ready: string[] = [];
        for (const socket of this.localSockets(room(message.channelId))) {
          const data = socket.data as SocketData;
          if (data.pending === 0 && data.cursors.get(message.channelId) === message.seq - 1) {
            data.cursors.set(message.channelId, message.seq);
            ready.push(socket.id);
          } else this.deliver(socket, message);
        }
        if (ready.length) this.server.local.to(ready).emit('message', message);
        return;
      }
      case 'message.updated': {
        const { message } = envelope.payload as RealtimeEventMap['message.updated'];
        this.recent.update(message);
        for (const socket of this.localSockets(room(message.channelId))) {
          void this.enqueue(socket, async () => {
            const at = (socket.data as SocketData).cursors.get(message.channelId);
            if (at !== undefined && message.seq <= at) socket.emit('message:updated', message);
          });
        }
        return;
      }
      case 'typing': {
        const e = envelope.payload as RealtimeEventMap['typing'];
        if (e.origin === this.nodeId) return;
        this.server.local
          .to(room(e.channelId))
          .emit('typing', { channelId: e.channelId, userId: e.userId, typing: e.typing });
        return;
      }
      case 'read.updated': {
        const e = envelope.payload as RealtimeEventMap['read.updated'];
        for (const socket of this.localSockets(userRoom(e.userId))) {
          socket.emit('unread', { channelId: e.channelId, lastReadSeq: e.lastReadSeq, unread: e.unread });
        }
        return;
      }
      case 'notification.created': {
        const e = envelope.payload as RealtimeEventMap['notification.created'];
        for (const socket of this.localSockets(userRoom(e.userId))) {
          socket.emit('notification', { notification: e.notification, unread: e.unread });
        }
        return;
      }
      case 'consortium.updated': {
        const e = envelope.payload as RealtimeEventMap['consortium.updated'];
        // `member` tells a page whether its reader is still inside: one just removed or declining
        // is told too, and should not ask again for what is no longer theirs.
        const members = new Set(await this.messaging.usersOfConsortium(e.consortiumId));
        for (const userId of new Set([...members, ...(e.userIds ?? [])])) {
          for (const socket of this.localSockets(userRoom(userId))) {
            socket.emit('consortium:updated', {
              consortiumId: e.consortiumId,
              member: members.has(userId),
              ...(e.part ? { part: e.part } : {}),
            });
          }
        }
        return;
      }
      case 'access.changed': {
        const e = envelope.payload as RealtimeEventMap['access.changed'];
        for (const channelId of e.channelIds ?? []) {
          const allowed = new Set(await this.messaging.usersWithAccess(channelId));
          for (const socket of this.localSockets()) {
            const userId = (socket.data as Partial<SocketData>).principal?.userId;
            if (userId) await this.reconcile(socket, channelId, allowed.has(userId));
          }
        }
        for (const userId of e.userIds ?? []) {
          const sockets = this.localSockets(userRoom(userId));
          if (sockets.length === 0) continue;
          const now = new Set(await this.messaging.channelIdsFor(userId));
          for (const socket of sockets) {
            const had = [...socket.rooms].filter((r) => r.startsWith('ch:')).map((r) => r.slice(3));
            for (const channelId of new Set([...had, ...now]))
              await this.reconcile(socket, channelId, now.has(channelId));
          }
        }
        return;
      }
    }
  }

  /** Puts a socket in or out of a channel to match what its user may read now. */
  private async reconcile(socket: Socket, channelId: string, allowed: boolean): Promise<void> {
    const data = socket.data as SocketData;
    const inside = socket.rooms.has(room(channelId));
    if (inside && !allowed) {
      data.cursors.delete(channelId);
      data.typing.forget(channelId);
      await socket.leave(room(channelId));
      socket.emit('channel:removed', { channelId });
    } else if (!inside && allowed) {
      await socket.join(room(channelId));
      const summary = await this.messaging.channel(data.principal.userId, channelId).catch(() => null);
      socket.emit('channel:added', summary ? toChannelView(summary) : { id: channelId });
    }
  }

  // ---- presence ----

  private connection(socket: Socket): Connection {
    return { userId: (socket.data as SocketData).principal.userId, socketId: socket.id };
  }

  private connections(): Connection[] {
    return this.localSockets()
      .filter((s) => (s.data as Partial<SocketData>).present)
      .map((s) => this.connection(s));
  }

  /** The first connection of a user anywhere is announced to their channels. */
  private async arrive(socket: Socket, channelIds: string[]): Promise<void> {
    try {
      const first = await this.presence.connected(this.connection(socket));
      (socket.data as SocketData).present = true;
      // Gone while we were counting it: handleDisconnect saw no entry to remove.
      if (socket.disconnected) return await this.leave(socket);
      if (first) this.announce(channelIds, this.connection(socket).userId, true);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'presence unavailable');
    }
  }

  /** The last connection of a user gone: their channels hear it (the socket has left its rooms by now). */
  private async leave(socket: Socket): Promise<void> {
    const data = socket.data as Partial<SocketData>;
    if (!data.present) return;
    data.present = false;
    try {
      const c = this.connection(socket);
      if (await this.presence.disconnected(c)) await this.announceAll([c.userId], false);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'presence unavailable');
    }
  }

  private async announceAll(userIds: string[], online: boolean): Promise<void> {
    for (const userId of userIds) this.announce(await this.messaging.channelIdsFor(userId), userId, online);
  }

  /** Through the adapter: members connected to any node hear it. */
  private announce(channelIds: string[], userId: string, online: boolean): void {
    for (const channelId of channelIds) this.server.to(room(channelId)).emit('presence', { channelId, userId, online });
  }

  // ---- errors ----

  private fail(socket: Socket, event: string, err: unknown): Record<string, unknown> {
    const locale = (socket.data as Partial<SocketData>).locale ?? 'en';
    let body: Record<string, unknown>;
    if (err instanceof DomainException) {
      body = { code: err.code, message: errorMessage(err.code, locale) };
      if (err.details) body.details = localiseDetails(err.details, locale);
      if (err.code === ErrorCode.TooManyRequests && err.details && !Array.isArray(err.details)) {
        body.retryAfterMs = (err.details as { retryAfterMs?: number }).retryAfterMs;
      }
    } else {
      this.logger.error({ err: (err as Error).message, event }, 'socket event failed');
      body = { code: ErrorCode.Internal, message: errorMessage(ErrorCode.Internal, locale) };
    }
    socket.emit('error', { event, ...body });
    return body;
  }
}
