import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { APP_REDIS, type Redis } from '@syndesmos/redis';
import { stageProfile } from './stage-profile';

/** A message as the gateway delivers it and REST returns it. */
export interface MessagePayload {
  id: string;
  channelId: string;
  seq: number;
  /** Null when the author is shown as a deleted user. */
  authorId: string | null;
  /** Written by a deleted account, or through an organisation since deleted: show "deleted user". */
  authorDeleted: boolean;
  clientId: string;
  body: string;
  replyTo: string | null;
  mentions: string[];
  links: string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

/** Every event the gateway understands from the rest of the platform. */
export interface RealtimeEventMap {
  /** A message was stored (from a socket or from REST); deliver it in sequence order. */
  'message.created': { message: MessagePayload };
  /** A message was edited or deleted. */
  'message.updated': { message: MessagePayload };
  /** Who may read these channels, or what these users may read, changed: re-check sockets now. */
  'access.changed': { channelIds?: string[]; userIds?: string[] };
  /** A read marker moved: the user's other sockets update their unread counts. */
  'read.updated': { userId: string; channelId: string; lastReadSeq: number; unread: number };
  /** A notification for one user (new, or grouped into an earlier one), with their unread count. */
  'notification.created': { userId: string; notification: Record<string, unknown>; unread: number };
  /**
   * Something in a consortium changed and committed (membership, invitations, state,
   * coordinator, workplan): the open pages of the people of its member organisations reload
   * it. `userIds` adds people outside it who should hear too (an organisation just removed, or
   * one invited). `part: 'workplan'` says only the workplan changed (pages without it may skip).
   */
  'consortium.updated': { consortiumId: string; userIds?: string[]; part?: 'workplan' };
  /**
   * Someone started or stopped typing, on the gateway node `origin` (which told its own
   * sockets at once): the other nodes tell theirs. Through this channel rather than the
   * socket.io adapter, so it shares one Redis message with whatever else the node published in
   * the same turn.
   */
  typing: { channelId: string; userId: string; typing: boolean; origin: string };
}

export type RealtimeEventName = keyof RealtimeEventMap;
export interface RealtimeEnvelope<N extends RealtimeEventName = RealtimeEventName> {
  name: N;
  payload: RealtimeEventMap[N];
  /** When it was published (epoch ms, fractional), while profiling (stage-profile.ts). */
  at?: number;
}

export const REALTIME_EVENT_NAMES: readonly RealtimeEventName[] = [
  'message.created',
  'message.updated',
  'access.changed',
  'read.updated',
  'notification.created',
  'consortium.updated',
  'typing',
];

export const realtimeChannel = (redisPrefix: string): string => `${redisPrefix}rt:events`;

/**
 * Publishes to every gateway node. Delivery is best effort by design: messages are stored
 * in PostgreSQL first and carry a sequence number, so a node that missed an event fills the
 * gap from the database on the next message or on the client's sync. Events published in
 * the same turn of the event loop (the messages of one stored batch, typically) go out as
 * one Redis message, a list of envelopes; one event alone is one envelope.
 */
@Injectable()
export class RealtimePublisher {
  private queue: { envelope: RealtimeEnvelope; done: () => void }[] | null = null;

  constructor(
    @Inject(APP_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(APP_LOGGER) private readonly logger?: AppLogger,
  ) {}

  /** Resolves once Redis took the event (or refused it: logged, never thrown). */
  publish<N extends RealtimeEventName>(name: N, payload: RealtimeEventMap[N]): Promise<void> {
    const at = stageProfile.on ? performance.timeOrigin + performance.now() : undefined;
    return new Promise<void>((done) => {
      if (!this.queue) {
        this.queue = [];
        setImmediate(() => void this.flush());
      }
      this.queue.push({ envelope: { name, payload, at } as RealtimeEnvelope, done });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue ?? [];
    this.queue = null;
    const envelopes = batch.map((b) => b.envelope);
    try {
      await this.redis.publish(
        realtimeChannel(this.config.redisPrefix),
        JSON.stringify(envelopes.length === 1 ? envelopes[0] : envelopes),
      );
    } catch (err) {
      this.logger?.warn(
        { err: (err as Error).message, events: envelopes.map((e) => e.name) },
        'realtime events not published',
      );
    } finally {
      for (const b of batch) b.done();
    }
  }
}

/** Parses what came from Redis (one envelope, or a list of them); leaves out anything not ours. */
export function parseEnvelopes(raw: string): RealtimeEnvelope[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  return (Array.isArray(value) ? value : [value]).filter(isEnvelope);
}

function isEnvelope(value: unknown): value is RealtimeEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const { name, payload } = value as { name?: unknown; payload?: unknown };
  return (
    typeof name === 'string' &&
    REALTIME_EVENT_NAMES.includes(name as RealtimeEventName) &&
    typeof payload === 'object' &&
    payload !== null
  );
}
