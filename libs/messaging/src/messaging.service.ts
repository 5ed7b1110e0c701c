import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { Notifier } from '@syndesmos/notifications';
import { RealtimePublisher, stageProfile as profile, type MessagePayload } from '@syndesmos/realtime-events';
import { APP_REDIS, type Redis } from '@syndesmos/redis';
import {
  MessagingRepository,
  type ChannelKey,
  type ChannelPerson,
  type ChannelSummary,
  type MessageRow,
} from './messaging.repository';
import { MESSAGE_RATE_LIMIT, MESSAGE_RATE_WINDOW_MS } from './message-limits';
import { RateWindow } from './rate-window';

/** The longest message, in characters (after trimming). */
export const MESSAGE_MAX_LENGTH = 4000;
/** How often a node adds the sends it counted to the counts every node shares (rate-window.ts). */
const RATE_FLUSH_MS = 250;
export const MAX_MENTIONS = 50;
/** How many missed messages one sync answers per channel before the client pages over REST. */
export const SYNC_LIMIT = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINK = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

export function extractLinks(body: string): string[] {
  // A sentence's own punctuation after a link is not part of it.
  return [...new Set((body.match(LINK) ?? []).map((l) => l.replace(/[.,;:!?]+$/, '')))].slice(0, 20);
}

export function toPayload(m: MessageRow): MessagePayload {
  const deleted = m.deletedAt !== null;
  return {
    id: m.id,
    channelId: m.channelId,
    seq: m.seq,
    authorId: m.authorDeleted ? null : m.authorId,
    authorDeleted: m.authorDeleted,
    clientId: m.clientId,
    body: deleted ? '' : m.body,
    replyTo: m.replyTo,
    mentions: deleted ? [] : m.mentions,
    links: deleted ? [] : extractLinks(m.body),
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
    deleted,
  };
}

/** A channel as sockets (`ready`, `channel:added`) and REST show it. */
export function toChannelView(c: ChannelSummary) {
  return {
    id: c.id,
    kind: c.kind,
    consortiumId: c.consortiumId,
    title: c.title,
    organisations: c.organisations,
    lastSeq: c.lastSeq,
    lastReadSeq: c.lastReadSeq,
    unread: c.unread,
    lastMessage: c.lastMessage && toPayload(c.lastMessage),
    lastMessageAt: c.lastMessageAt,
  };
}

export interface SendInput {
  channelId: unknown;
  clientId: unknown;
  body: unknown;
  replyTo?: unknown;
  mentions?: unknown;
}

const problem = (field: string, p: string, message: string) =>
  new DomainException(ErrorCode.ValidationFailed, message, [{ field, problem: p, message }]);

const channelNotFound = () => new DomainException(ErrorCode.NotFound, 'channel not found');
const messageNotFound = () => new DomainException(ErrorCode.NotFound, 'message not found');

/** Validates a body: text, not blank, at most MESSAGE_MAX_LENGTH characters once trimmed. */
export function validBody(body: unknown): string {
  if (typeof body !== 'string') throw problem('body', 'type', 'body must be text');
  const text = body.trim();
  if (text.length === 0) throw problem('body', 'empty', 'a message cannot be empty');
  if ([...text].length > MESSAGE_MAX_LENGTH) {
    throw problem('body', 'too_long', `a message has at most ${MESSAGE_MAX_LENGTH} characters`);
  }
  return text;
}

export function validId(field: string, value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw problem(field, 'uuid', `${field} must be a UUID`);
  return value.toLowerCase();
}

@Injectable()
export class MessagingService implements OnModuleDestroy {
  private readonly rate: RateWindow;

  constructor(
    private readonly repo: MessagingRepository,
    private readonly events: RealtimePublisher,
    @Inject(APP_REDIS) redis: Redis,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    private readonly notifier: Notifier,
  ) {
    this.rate = new RateWindow(redis, {
      windowMs: MESSAGE_RATE_WINDOW_MS,
      flushMs: RATE_FLUSH_MS,
      keyPrefix: 'rl:message:',
      onError: (err) =>
        this.logger.warn({ err: err.message }, 'message rate limit: shared counts unavailable; counting here'),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.rate.stop();
  }

  channels(userId: string): Promise<ChannelSummary[]> {
    return this.repo.channelsFor(userId);
  }

  /** The user's channels a page at a time, latest activity first. */
  channelsPage(userId: string, limit: number, after?: ChannelKey) {
    return this.repo.channelsPage(userId, limit, after);
  }

  async channel(userId: string, channelId: string): Promise<ChannelSummary> {
    const [summary] = await this.repo.channelsFor(userId, validId('channelId', channelId));
    if (!summary) throw channelNotFound();
    return summary;
  }

  async requireAccess(userId: string, channelId: unknown): Promise<string> {
    const id = validId('channelId', channelId);
    if (!(await this.repo.canAccess(userId, id))) throw channelNotFound();
    return id;
  }

  /** The people of a channel the user is in (mentions are of them; messages name them). */
  async people(userId: string, channelId: string): Promise<ChannelPerson[]> {
    return this.repo.people(await this.requireAccess(userId, channelId));
  }

  channelIdsFor(userId: string): Promise<string[]> {
    return this.repo.channelIdsFor(userId);
  }

  usersWithAccess(channelId: string): Promise<string[]> {
    return this.repo.usersWithAccess(channelId);
  }

  /** The people of a consortium's member organisations: those who may read its channel. */
  async usersOfConsortium(consortiumId: string): Promise<string[]> {
    const channelId = await this.repo.channelOfConsortium(consortiumId);
    return channelId ? this.repo.usersWithAccess(channelId) : [];
  }

  lastSeq(channelId: string): Promise<number> {
    return this.repo.lastSeq(channelId);
  }

  /** The direct conversation of one of the user's organisations with another, opened on first use. */
  async openDirect(userId: string, organisationId: string, withOrganisationId: string, isMember: boolean) {
    if (!isMember) throw new DomainException(ErrorCode.NotFound, 'organisation not found');
    if (organisationId === withOrganisationId) {
      throw problem('withOrganisationId', 'same', 'a conversation needs two different organisations');
    }
    const id = await this.repo.directChannel(organisationId, withOrganisationId);
    await this.events.publish('access.changed', { channelIds: [id] });
    return this.channel(userId, id);
  }

  /** Stores first, then announces. Sending the same client id again answers the stored message. */
  async send(
    userId: string,
    input: SendInput,
    sender: { emailVerified?: boolean } = {},
  ): Promise<{ message: MessagePayload; duplicate: boolean }> {
    if (sender.emailVerified === false) throw new DomainException(ErrorCode.EmailNotVerified);
    const clientId = validId('clientId', input.clientId);
    const none = (v: unknown) => v === undefined || v === null;
    const plain =
      none(input.replyTo) && (none(input.mentions) || (Array.isArray(input.mentions) && !input.mentions.length));
    const { message, duplicate } = plain
      ? await this.sendPlain(userId, clientId, input)
      : await this.sendChecked(userId, clientId, input);
    const payload = toPayload(message);
    const t = profile.start();
    if (!duplicate) await this.events.publish('message.created', { message: payload });
    profile.end('send: publish (Redis)', t);
    return { message: payload, duplicate };
  }

  /**
   * Most messages (no reply, no mention): the access check, the client id, the sequence and the
   * message in one statement, after the rate limit. A send refused or stored already says which.
   */
  private async sendPlain(userId: string, clientId: string, input: SendInput) {
    const channelId = validId('channelId', input.channelId);
    const body = validBody(input.body);
    let t = profile.start();
    try {
      this.throttle(userId);
    } catch (err) {
      // A resend of a stored message is answered, not refused.
      const stored = await this.storedAlready(userId, channelId, clientId);
      if (stored) return stored;
      throw err;
    }
    profile.end('send: rate limit (Redis)', t);
    t = profile.start();
    const sent = await this.repo.insertIfAllowed({ channelId, authorId: userId, clientId, body });
    profile.end('send: access, sequence and insert, batched (PostgreSQL)', t);
    // Not stored: no access (404), the client id used already, or (access changed meanwhile) the long way.
    return sent ?? (await this.storedAlready(userId, channelId, clientId)) ?? this.sendChecked(userId, clientId, input);
  }

  /** The message the user already sent with this client id in this channel, or null (404 without access). */
  private async storedAlready(userId: string, channelId: string, clientId: string) {
    await this.requireAccess(userId, channelId);
    const existing = await this.repo.findByClientId(userId, clientId);
    if (!existing) return null;
    if (existing.channelId !== channelId)
      throw problem('clientId', 'reused', 'this clientId was used in another channel');
    return { message: existing, duplicate: true };
  }

  /** A reply or a message with mentions: checked step by step, the mentions told in its transaction. */
  private async sendChecked(userId: string, clientId: string, input: SendInput) {
    const channelId = await this.requireAccess(userId, input.channelId);
    const existing = await this.storedAlready(userId, channelId, clientId);
    if (existing) return existing;
    const body = validBody(input.body);
    const replyTo = input.replyTo === undefined || input.replyTo === null ? null : validId('replyTo', input.replyTo);
    if (replyTo) {
      const target = await this.repo.find(replyTo);
      if (!target || target.channelId !== channelId)
        throw problem('replyTo', 'not_found', 'no such message in this channel');
    }
    const mentions = await this.validMentions(channelId, input.mentions);
    this.throttle(userId);
    const mentioned = mentions.filter((m) => m !== userId);
    const context = mentioned.length
      ? { channel: await this.channel(userId, channelId), author: (await this.notifier.recipients([userId]))[0] }
      : null;
    return this.repo.insert({ channelId, authorId: userId, clientId, body, replyTo, mentions }, async (em, stored) => {
      // Mentions are told in the same transaction as the message, so neither exists without the other.
      if (!context) return;
      await this.notifier.notify(em, mentioned, {
        kind: 'channel.mention',
        actorId: userId,
        payload: {
          channelId,
          channelTitle: context.channel.title,
          authorName: context.author?.displayName ?? '',
          messageId: stored.id,
        },
        subject: stored.id,
      });
    });
  }

  /**
   * Mentions follow the edited text: `mentions`, when given, replaces them (validated as people of
   * the channel, like a send); without it, a stored mention stays only while its "@Name" is still
   * in the body. A person newly mentioned by an edit is not notified again (the message is marked).
   */
  async edit(userId: string, messageId: unknown, body: unknown, mentions?: unknown): Promise<MessagePayload> {
    const message = await this.ownMessage(userId, messageId);
    const text = validBody(body);
    const kept =
      mentions === undefined || mentions === null
        ? await this.mentionsStillIn(message.mentions, text)
        : await this.validMentions(message.channelId, mentions);
    const updated = await this.repo.update(message.id, { body: text, mentions: kept });
    const payload = toPayload(updated);
    await this.events.publish('message.updated', { message: payload });
    return payload;
  }

  async remove(userId: string, messageId: unknown): Promise<MessagePayload> {
    const message = await this.ownMessage(userId, messageId);
    const payload = toPayload(await this.repo.update(message.id, { deleted: true }));
    await this.events.publish('message.updated', { message: payload });
    return payload;
  }

  /** Messages after `seq` in order, at most SYNC_LIMIT (reconnecting clients). */
  async after(userId: string, channelId: string, seq: number, limit = SYNC_LIMIT): Promise<MessageRow[]> {
    await this.requireAccess(userId, channelId);
    return this.repo.after(channelId, seq, limit);
  }

  /** One page of history, older or newer than a sequence number, optionally a search. */
  async history(
    userId: string,
    channelId: string,
    page: { direction: 'older' | 'newer'; seq: number | null; limit: number; q?: string },
  ): Promise<{ items: MessagePayload[]; older: number | null; newer: number | null }> {
    await this.requireAccess(userId, channelId);
    let rows: MessageRow[];
    if (page.direction === 'newer' && page.seq !== null && !page.q) {
      rows = await this.repo.after(channelId, page.seq, page.limit + 1);
      const more = rows.length > page.limit;
      rows = rows.slice(0, page.limit);
      return {
        items: rows.map(toPayload),
        older: rows.length ? rows[0].seq : page.seq + 1,
        newer: more ? rows[rows.length - 1].seq : null,
      };
    }
    const before = page.seq ?? Number.MAX_SAFE_INTEGER;
    rows = await this.repo.before(channelId, before, page.limit + 1, page.q);
    const more = rows.length > page.limit;
    rows = rows.slice(0, page.limit).reverse();
    return {
      items: rows.map(toPayload),
      older: more && rows.length ? rows[0].seq : null,
      // From the latest page too: a client polls newer messages with it.
      newer: page.q || rows.length === 0 ? null : rows[rows.length - 1].seq,
    };
  }

  async markRead(userId: string, channelId: unknown, seq: unknown) {
    const id = await this.requireAccess(userId, channelId);
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) {
      throw problem('seq', 'integer', 'seq must be a non-negative integer');
    }
    const marker = await this.repo.markRead(id, userId, seq);
    await this.events.publish('read.updated', { userId, channelId: id, ...marker });
    return { channelId: id, ...marker };
  }

  /** "Your data": the messages the user wrote, as the channels show them (with their own author id). */
  async writtenBy(userId: string) {
    return (await this.repo.writtenBy(userId)).map((m) => ({ ...toPayload(m), authorId: m.authorId }));
  }

  // ---- helpers ----

  private async ownMessage(userId: string, messageId: unknown): Promise<MessageRow> {
    const message = await this.repo.find(validId('messageId', messageId));
    if (!message || !(await this.repo.canAccess(userId, message.channelId))) throw messageNotFound();
    if (message.authorId !== userId || message.authorDeleted)
      throw new DomainException(ErrorCode.Forbidden, 'only the author may change a message');
    if (message.deletedAt) throw new DomainException(ErrorCode.InvalidState, 'the message was deleted');
    return message;
  }

  /** The stored mentions whose "@Name" the body still holds. */
  private async mentionsStillIn(mentions: string[], body: string): Promise<string[]> {
    if (mentions.length === 0) return [];
    const names = await this.repo.displayNames(mentions);
    return mentions.filter((id) => {
      const name = names.get(id);
      return name !== undefined && body.includes(`@${name}`);
    });
  }

  private async validMentions(channelId: string, mentions: unknown): Promise<string[]> {
    if (mentions === undefined || mentions === null) return [];
    if (!Array.isArray(mentions) || mentions.length > MAX_MENTIONS) {
      throw problem('mentions', 'list', `mentions is a list of at most ${MAX_MENTIONS} user ids`);
    }
    const ids = [...new Set(mentions.map((m) => validId('mentions', m)))];
    const known = await this.repo.participantsAmong(channelId, ids);
    if (known.length !== ids.length)
      throw problem('mentions', 'not_participant', 'you can mention only people in the channel');
    return ids;
  }

  /** A fixed window per user, shared by the nodes (rate-window.ts); counted per node while Redis is down. */
  private throttle(userId: string): void {
    const { count, window } = this.rate.take(userId);
    if (count > MESSAGE_RATE_LIMIT) {
      const retryAfterMs = (window + 1) * MESSAGE_RATE_WINDOW_MS - Date.now();
      throw new DomainException(
        ErrorCode.TooManyRequests,
        `at most ${MESSAGE_RATE_LIMIT} messages per ${MESSAGE_RATE_WINDOW_MS / 1000} s`,
        { retryAfterMs },
        Math.ceil(retryAfterMs / 1000),
      );
    }
  }
}
