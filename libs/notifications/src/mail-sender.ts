import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { RealtimePublisher } from '@syndesmos/realtime-events';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import { Notifier } from './notifier';
import { NotificationsRepository, type MailRow, type NotificationRow } from './notifications.repository';
import { renderMail, type DigestItem, type RenderedMail, type TemplateData, type TemplateName } from './templates';

const DIGEST_PERIOD_MS = { daily: 24 * 3600 * 1000, weekly: 7 * 24 * 3600 * 1000 } as const;

export function toNotificationView(n: NotificationRow, title: string, link: string) {
  return {
    id: n.id,
    kind: n.kind,
    title,
    link,
    payload: n.payload,
    count: n.count,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    readAt: n.readAt,
  };
}

/**
 * The worker's side: sends queued mail through SMTP (each mail row at most once: it is locked
 * while sending and marked sent in the same transaction; a failure leaves it pending for the
 * job's retry), assembles digests, and pushes new notifications to the realtime gateway.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly notifier: Notifier,
    private readonly events: RealtimePublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private smtp(): Transporter {
    this.transport ??= createTransport(this.config.smtpUrl, { from: this.config.mailFrom });
    return this.transport;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  async send(mailId: string): Promise<'sent' | 'already sent' | 'gone'> {
    const outcome = await this.repo.transaction(async (em) => {
      const mail = await this.repo.lockMail(em, mailId);
      if (!mail) return 'gone' as const;
      if (mail.status === 'sent') return 'already sent' as const;
      const rendered = await this.render(mail);
      if (!rendered) {
        // Not left pending, or every sweep for pending mail would pick it up again.
        await this.repo.discardMail(em, mail.id, 'nothing left to send: its notifications are gone');
        return 'gone' as const;
      }
      const unsubscribe =
        mail.unsubscribeKind && mail.userId ? this.notifier.unsubscribeLink(mail.userId, mail.unsubscribeKind) : null;
      try {
        const info = (await this.smtp().sendMail({
          from: this.config.mailFrom,
          to: mail.toAddress,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          headers: {
            'Content-Language': mail.locale,
            ...(unsubscribe
              ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
              : {}),
          },
        })) as { messageId: string };
        await this.repo.markMail(em, mail.id, { sent: true, messageId: info.messageId });
        return 'sent' as const;
      } catch (err) {
        return { error: err as Error };
      }
    });
    if (typeof outcome === 'string') return outcome;
    // Recorded after the lock is released; the mail stays pending and the job retries.
    await this.repo.markMail(null, mailId, { sent: false, error: outcome.error.message });
    throw new Error(`SMTP: ${outcome.error.message}`);
  }

  private async render(mail: MailRow): Promise<RenderedMail | null> {
    const [recipient] = mail.userId ? await this.repo.recipients([mail.userId]) : [];
    const name = recipient?.displayName ?? '';
    const unsubscribeLink =
      mail.unsubscribeKind && mail.userId ? this.notifier.unsubscribeLink(mail.userId, mail.unsubscribeKind) : null;
    if (mail.template === 'notification') {
      const n = await this.repo.find(mail.data.notificationId as string);
      if (!n) return null;
      const d = this.notifier.describeFor(n, mail.locale);
      return renderMail('notification', mail.locale, {
        name,
        title: d.title,
        link: d.link,
        count: n.count,
        unsubscribeLink,
      });
    }
    if (mail.template === 'digest') {
      const items: DigestItem[] = [];
      for (const id of mail.data.notificationIds as string[]) {
        const n = await this.repo.find(id);
        if (!n) continue;
        const d = this.notifier.describeFor(n, mail.locale);
        items.push({ title: d.title, link: d.link, count: n.count, at: n.createdAt.toISOString() });
      }
      if (items.length === 0) return null;
      return renderMail('digest', mail.locale, {
        name,
        frequency: mail.data.frequency as 'daily' | 'weekly',
        items,
        link: this.notifier.webLink('/notifications'),
        unsubscribeLink,
      });
    }
    return renderMail(mail.template as TemplateName, mail.locale, mail.data as unknown as TemplateData[TemplateName]);
  }

  /**
   * Mail still pending a while after it was queued: its job may have been lost with Redis's
   * data. Enqueueing it again is safe: `send` locks the row and sends only pending mail.
   */
  stalePending(olderThanMs: number, now = new Date(), limit = 500): Promise<string[]> {
    return this.repo.pendingMailQueuedBefore(new Date(now.getTime() - olderThanMs), limit);
  }

  /**
   * Gathers, per user, what happened since their last digest of this frequency, in the kinds
   * they get that way, into one mail. Users whose last digest is more recent than the period
   * are skipped, so running the job more often than the period is harmless.
   */
  async sendDigests(frequency: 'daily' | 'weekly', now = new Date()): Promise<number> {
    const defaults = (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter(
      (k) => NOTIFICATION_KINDS[k].default === frequency,
    );
    let sent = 0;
    for (const { userId, kinds } of await this.repo.digestSubscribers(frequency, defaults)) {
      sent += await this.repo.transaction(async (em) => {
        const last = await this.repo.lastDigest(em, userId, frequency);
        if (last && now.getTime() - last.getTime() < DIGEST_PERIOD_MS[frequency] - 60_000) return 0;
        const items = await this.repo.undigested(em, userId, kinds);
        if (items.length === 0) return 0;
        const [recipient] = await this.repo.recipients([userId], em);
        await this.repo.queueMail(em, {
          toAddress: recipient.email,
          userId,
          locale: recipient.locale,
          template: 'digest',
          data: { frequency, notificationIds: items.map((n) => n.id) },
          // One link per digest: it stops digests of the first kind listed; preferences do the rest.
          unsubscribeKind: items[0].kind,
        });
        await this.repo.markEmailed(
          em,
          items.map((n) => n.id),
        );
        await this.repo.recordDigest(em, userId, frequency, now);
        return 1;
      });
    }
    return sent;
  }

  /** Pushes a new or grouped notification to the user's sockets. */
  async push(notificationId: string): Promise<void> {
    const n = await this.repo.find(notificationId);
    if (!n) return;
    const [recipient] = await this.repo.recipients([n.userId]);
    const d = this.notifier.describeFor(n, recipient?.locale ?? 'en');
    await this.events.publish('notification.created', {
      userId: n.userId,
      notification: JSON.parse(JSON.stringify(toNotificationView(n, d.title, d.link))) as Record<string, unknown>,
      unread: await this.repo.unreadCount(n.userId),
    });
  }
}
