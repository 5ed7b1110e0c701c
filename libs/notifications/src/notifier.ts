import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainException, ErrorCode, type Locale } from '@syndesmos/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import type { Tx } from '@syndesmos/database';
import {
  defaultDelivery,
  DELIVERIES,
  describe,
  isNotificationKind,
  NOTIFICATION_KIND_NAMES,
  type Delivery,
  type NotificationKind,
} from './kinds';
import { NotificationsRepository, type NotificationRow } from './notifications.repository';
import type { TemplateData, TemplateName } from './templates';

/** Notifications about the same subject within this window are one notification (and one mail). */
export const GROUP_WINDOW_MINUTES = 10;

export interface Notice {
  kind: NotificationKind;
  /**
   * Whoever took the action: they are never told about it, even when they are also among
   * the people it concerns (an admin of both organisations, a coordinator changing a state).
   * Null for what the platform does by itself (expiry, matching).
   */
  actorId: string | null;
  payload: Record<string, unknown>;
  /** What the notification is about; repeats about it within the window are grouped. */
  subject: string;
  /** Set for things that must be told at most once ever (a job that may run twice). */
  dedupeKey?: string;
}

/**
 * Tells people what concerns them. Called inside the transaction of the change itself, so a
 * notification exists exactly when the change does; pushing it live and mailing it are
 * outbox work for the worker, so an outage of Redis or SMTP delays them and loses nothing.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly repo: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async notify(em: Tx, userIds: Iterable<string>, notice: Notice): Promise<void> {
    const groupKey = `${notice.kind}:${notice.subject}`;
    const recipients = new Set(userIds);
    if (notice.actorId) recipients.delete(notice.actorId);
    for (const userId of recipients) {
      const delivery = (await this.repo.preferences(userId, em)).get(notice.kind) ?? defaultDelivery(notice.kind);
      if (delivery === 'off') continue;
      const recent = await this.repo.lockRecentInGroup(em, userId, groupKey, GROUP_WINDOW_MINUTES);
      if (recent && !notice.dedupeKey) {
        await this.repo.bump(em, recent.id, notice.payload);
        continue;
      }
      const id = await this.repo.insert(em, {
        userId,
        kind: notice.kind,
        payload: notice.payload,
        groupKey,
        dedupeKey: notice.dedupeKey ?? null,
      });
      if (id && delivery === 'immediate') {
        const [recipient] = await this.repo.recipients([userId], em);
        await this.repo.queueMail(em, {
          toAddress: recipient.email,
          userId,
          locale: recipient.locale,
          template: 'notification',
          data: { notificationId: id },
          unsubscribeKind: notice.kind,
        });
        await this.repo.markEmailed(em, [id]);
      }
    }
  }

  /** An account or invitation e-mail (essential: no unsubscribe), sent by the worker. */
  async mail<T extends TemplateName>(
    em: Tx,
    to: { address: string; userId: string | null; locale: 'en' | 'el' },
    template: T,
    data: TemplateData[T],
  ): Promise<void> {
    await this.repo.queueMail(em, {
      toAddress: to.address,
      userId: to.userId,
      locale: to.locale,
      template,
      data: data as unknown as Record<string, unknown>,
      unsubscribeKind: null,
    });
  }

  recipients(userIds: string[], em?: Tx) {
    return this.repo.recipients(userIds, em);
  }

  userByEmail(email: string, em?: Tx) {
    return this.repo.userByEmail(email, em);
  }

  adminsOf(organisationId: string, em?: Tx): Promise<string[]> {
    return this.repo.membersOf(organisationId, true, em);
  }

  membersOf(organisationId: string, em?: Tx): Promise<string[]> {
    return this.repo.membersOf(organisationId, false, em);
  }

  staffFor(country: string, em?: Tx): Promise<string[]> {
    return this.repo.staffFor(country, em);
  }

  // ---- links ----

  webLink(path: string): string {
    return `${this.config.publicWebUrl.replace(/\/$/, '')}${path}`;
  }

  /** A link that stops e-mail of one kind for one user, without signing in. */
  unsubscribeLink(userId: string, kind: string): string {
    const t = this.unsubscribeToken(userId, kind);
    return `${this.config.publicApiUrl.replace(/\/$/, '')}/v1/unsubscribe?u=${userId}&k=${encodeURIComponent(kind)}&t=${t}`;
  }

  unsubscribeToken(userId: string, kind: string): string {
    return createHmac('sha256', `unsubscribe:${this.config.jwtAccessSecret}`)
      .update(`${userId}:${kind}`)
      .digest('base64url');
  }

  /**
   * Checks an unsubscribe link without changing anything: the kind it stops and the
   * language of its user. A tampered link, or one whose account or kind is gone, is 404.
   */
  async unsubscribeTarget(
    userId: string,
    kind: string,
    token: string,
  ): Promise<{ kind: NotificationKind; locale: Locale }> {
    const expected = Buffer.from(this.unsubscribeToken(userId, kind));
    const given = Buffer.from(token);
    const invalid = () => new DomainException(ErrorCode.NotFound, 'this unsubscribe link is not valid');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    if (!isNotificationKind(kind)) throw invalid();
    const [user] = await this.repo.recipients([userId]);
    if (!user) throw invalid();
    return { kind, locale: user.locale };
  }

  /** Checks an unsubscribe link and turns e-mail of that kind off (the notification stays in the app). */
  async unsubscribe(userId: string, kind: string, token: string): Promise<{ kind: NotificationKind; locale: Locale }> {
    const target = await this.unsubscribeTarget(userId, kind, token);
    await this.repo.setPreference(userId, target.kind, 'in_app');
    return target;
  }

  // ---- the notification centre ----

  async list(userId: string, limit: number, after?: { createdAt: string; id: string }) {
    const rows = await this.repo.list(userId, limit, after);
    return { items: rows.slice(0, limit), more: rows.length > limit, unread: await this.repo.unreadCount(userId) };
  }

  unreadCount(userId: string): Promise<number> {
    return this.repo.unreadCount(userId);
  }

  async markRead(userId: string, id: string): Promise<void> {
    if (!(await this.repo.exists(userId, id))) throw new DomainException(ErrorCode.NotFound, 'notification not found');
    await this.repo.markRead(userId, id);
  }

  markAllRead(userId: string): Promise<number> {
    return this.repo.markRead(userId, null);
  }

  async preferences(userId: string): Promise<{ kind: NotificationKind; delivery: Delivery; default: Delivery }[]> {
    const chosen = await this.repo.preferences(userId);
    return NOTIFICATION_KIND_NAMES.map((kind) => ({
      kind,
      delivery: chosen.get(kind) ?? defaultDelivery(kind),
      default: defaultDelivery(kind),
    }));
  }

  async setPreferences(userId: string, changes: { kind: string; delivery: string }[]) {
    const problems = changes.flatMap((c, i) => [
      ...(NOTIFICATION_KIND_NAMES.includes(c.kind as NotificationKind)
        ? []
        : [{ field: `preferences.${i}.kind`, problem: 'unknown', message: `unknown kind ${c.kind}` }]),
      ...(DELIVERIES.includes(c.delivery as Delivery)
        ? []
        : [
            {
              field: `preferences.${i}.delivery`,
              problem: 'unknown',
              message: `delivery is one of ${DELIVERIES.join(', ')}`,
            },
          ]),
    ]);
    if (problems.length) throw new DomainException(ErrorCode.ValidationFailed, 'bad preferences', problems);
    for (const c of changes) await this.repo.setPreference(userId, c.kind, c.delivery as Delivery);
    return this.preferences(userId);
  }

  describeFor(n: NotificationRow, locale: 'en' | 'el') {
    const d = describe(n.kind, n.payload, locale, n.count);
    return { title: d.title, link: this.webLink(d.path) };
  }
}
