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
];

export const realtimeChannel = (redisPrefix: string): string => `${redisPrefix}rt:events`;

/**
 * Publishes to every gateway node. Delivery is best effort by design: messages are stored
 * in PostgreSQL first and carry a sequence number, so a node that missed an event fills the
 * gap from the database on the next message or on the client's sync.
 */
@Injectable()
export class RealtimePublisher {
  constructor(
    @Inject(APP_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(APP_LOGGER) private readonly logger?: AppLogger,
  ) {}

  async publish<N extends RealtimeEventName>(name: N, payload: RealtimeEventMap[N]): Promise<void> {
    try {
      const at = stageProfile.on ? performance.timeOrigin + performance.now() : undefined;
      await this.redis.publish(realtimeChannel(this.config.redisPrefix), JSON.stringify({ name, payload, at }));
    } catch (err) {
      this.logger?.warn({ err: (err as Error).message, event: name }, 'realtime event not published');
    }
  }
}

/** Parses an envelope from Redis; null for anything that is not one of ours. */
export function parseEnvelope(raw: string): RealtimeEnvelope | null {
  try {
    const value = JSON.parse(raw) as { name?: unknown; payload?: unknown };
    if (typeof value.name !== 'string' || !REALTIME_EVENT_NAMES.includes(value.name as RealtimeEventName)) return null;
    if (typeof value.payload !== 'object' || value.payload === null) return null;
    return value as RealtimeEnvelope;
  } catch {
    return null;
  }
}
