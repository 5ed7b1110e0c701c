import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, managerOf, returnedRows, unwrapTx, type Tx } from '@syndesmos/database';
import { appendToOutbox, type OutboxTopic } from '@syndesmos/outbox';
import type { Delivery } from './kinds';

/** Outbox topics (listed with their jobs in the job catalogue): a notification to push live; a mail to send. */
export const NOTIFICATION_CREATED = 'notification.created' satisfies OutboxTopic;
export const MAIL_QUEUED = 'mail.queued' satisfies OutboxTopic;

export interface NotificationRow {
  id: string;
  userId: string;
  kind: string;
  payload: Record<string, unknown>;
  groupKey: string | null;
  count: number;
  createdAt: Date;
  updatedAt: Date;
  readAt: Date | null;
  emailedAt: Date | null;
}

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  locale: 'en' | 'el';
}

export interface MailRow {
  id: string;
  toAddress: string;
  userId: string | null;
  locale: 'en' | 'el';
  template: string;
  data: Record<string, unknown>;
  unsubscribeKind: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
}

const toNotification = (r: Record<string, unknown>): NotificationRow => ({
  id: r.id as string,
  userId: r.user_id as string,
  kind: r.kind as string,
  payload: r.payload as Record<string, unknown>,
  groupKey: r.group_key as string | null,
  count: Number(r.count),
  createdAt: r.created_at as Date,
  updatedAt: r.updated_at as Date,
  readAt: r.read_at as Date | null,
  emailedAt: r.emailed_at as Date | null,
});

const COLUMNS = 'id, user_id, kind, payload, group_key, count, created_at, updated_at, read_at, emailed_at';

@Injectable()
export class NotificationsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  // ---- who ----

  async recipients(userIds: string[], tx?: Tx): Promise<Recipient[]> {
    const em = managerOf(this.ds, tx);
    if (userIds.length === 0) return [];
    const rows: { id: string; email: string; display_name: string; preferred_language: 'en' | 'el' }[] = await em.query(
      `SELECT id, email, display_name, preferred_language FROM app_user WHERE id = ANY($1)`,
      [userIds],
    );
    return rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, locale: r.preferred_language }));
  }

  async userByEmail(email: string, tx?: Tx): Promise<Recipient | null> {
    const em = managerOf(this.ds, tx);
    const rows: { id: string; email: string; display_name: string; preferred_language: 'en' | 'el' }[] = await em.query(
      `SELECT id, email, display_name, preferred_language FROM app_user WHERE lower(email) = lower($1)`,
      [email],
    );
    const r = rows[0];
    return r ? { id: r.id, email: r.email, displayName: r.display_name, locale: r.preferred_language } : null;
  }

  /** Members of an organisation; `admins` keeps owners and admins only. */
  async membersOf(organisationId: string, admins: boolean, tx?: Tx): Promise<string[]> {
    const em = managerOf(this.ds, tx);
    const rows: { user_id: string }[] = await em.query(
      `SELECT user_id FROM organisation_member WHERE organisation_id = $1 ${admins ? `AND role IN ('owner', 'admin')` : ''}`,
      [organisationId],
    );
    return rows.map((r) => r.user_id);
  }

  /** NA staff who moderate a country. */
  async staffFor(country: string, tx?: Tx): Promise<string[]> {
    const em = managerOf(this.ds, tx);
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM app_user WHERE role = 'na_staff' AND $1 = ANY(na_countries)`,
      [country],
    );
    return rows.map((r) => r.id);
  }

  // ---- preferences ----

  async preferences(userId: string, tx?: Tx): Promise<Map<string, Delivery>> {
    const em = managerOf(this.ds, tx);
    const rows: { kind: string; delivery: Delivery }[] = await em.query(
      `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.kind, r.delivery]));
  }

  async setPreference(userId: string, kind: string, delivery: Delivery): Promise<void> {
    await this.ds.query(
      `INSERT INTO notification_preference (user_id, kind, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [userId, kind, delivery],
    );
  }

  // ---- notifications ----

  /** An unread notification of the same subject from the last `windowMinutes`, locked. */
  async lockRecentInGroup(tx: Tx, userId: string, groupKey: string, windowMinutes: number) {
    const em = unwrapTx(tx);
    const rows: Record<string, unknown>[] = await em.query(
      `SELECT ${COLUMNS} FROM notification
        WHERE user_id = $1 AND group_key = $2 AND read_at IS NULL AND created_at > now() - make_interval(mins => $3)
        ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
      [userId, groupKey, windowMinutes],
    );
    return rows[0] ? toNotification(rows[0]) : null;
  }

  async bump(tx: Tx, id: string, payload: Record<string, unknown>): Promise<void> {
    const em = unwrapTx(tx);
    await em.query(`UPDATE notification SET count = count + 1, payload = $2, updated_at = now() WHERE id = $1`, [
      id,
      payload,
    ]);
    await appendToOutbox(tx, { topic: NOTIFICATION_CREATED, aggregateId: id });
  }

  async insert(
    tx: Tx,
    row: { userId: string; kind: string; payload: Record<string, unknown>; groupKey: string; dedupeKey: string | null },
  ): Promise<string | null> {
    const em = unwrapTx(tx);
    // created_at from here, in milliseconds, so that cursors (milliseconds) match it exactly.
    const rows: { id: string }[] = await em.query(
      `INSERT INTO notification (user_id, kind, payload, group_key, dedupe_key, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id`,
      [row.userId, row.kind, row.payload, row.groupKey, row.dedupeKey, new Date()],
    );
    if (!rows[0]) return null;
    await appendToOutbox(tx, { topic: NOTIFICATION_CREATED, aggregateId: rows[0].id });
    return rows[0].id;
  }

  async find(id: string, tx?: Tx): Promise<NotificationRow | null> {
    const em = managerOf(this.ds, tx);
    const rows: Record<string, unknown>[] = await em.query(`SELECT ${COLUMNS} FROM notification WHERE id = $1`, [id]);
    return rows[0] ? toNotification(rows[0]) : null;
  }

  async list(userId: string, limit: number, after?: { createdAt: string; id: string }): Promise<NotificationRow[]> {
    const params: unknown[] = [userId, limit + 1];
    let where = 'user_id = $1';
    if (after) {
      params.push(after.createdAt, after.id);
      where += ' AND (created_at, id) < ($3, $4)';
    }
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${COLUMNS} FROM notification WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
    return rows.map(toNotification);
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { n: string }[] = await this.ds.query(
      `SELECT count(*) AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return Number(rows[0].n);
  }

  async markRead(userId: string, id: string | null): Promise<number> {
    const result: unknown = await this.ds.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL ${id ? 'AND id = $2' : ''}
       RETURNING id`,
      id ? [userId, id] : [userId],
    );
    return returnedRows(result).length;
  }

  async exists(userId: string, id: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM notification WHERE user_id = $1 AND id = $2`, [
      userId,
      id,
    ]);
    return rows.length > 0;
  }

  // ---- mail ----

  async queueMail(tx: Tx, row: Omit<MailRow, 'id' | 'status' | 'attempts'>): Promise<string> {
    const em = unwrapTx(tx);
    const rows: { id: string }[] = await em.query(
      `INSERT INTO mail (to_address, user_id, locale, template, data, unsubscribe_kind)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [row.toAddress, row.userId, row.locale, row.template, row.data, row.unsubscribeKind],
    );
    await appendToOutbox(tx, { topic: MAIL_QUEUED, aggregateId: rows[0].id });
    return rows[0].id;
  }

  async lockMail(tx: Tx, id: string): Promise<MailRow | null> {
    const em = unwrapTx(tx);
    const rows: Record<string, unknown>[] = await em.query(
      `SELECT id, to_address, user_id, locale, template, data, unsubscribe_kind, status, attempts
         FROM mail WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id as string,
      toAddress: r.to_address as string,
      userId: r.user_id as string | null,
      locale: r.locale as 'en' | 'el',
      template: r.template as string,
      data: r.data as Record<string, unknown>,
      unsubscribeKind: r.unsubscribe_kind as string | null,
      status: r.status as MailRow['status'],
      attempts: Number(r.attempts),
    };
  }

  /** Records a sending attempt, in the transaction that sent it, or on its own (`null`). */
  async markMail(
    tx: Tx | null,
    id: string,
    outcome: { sent: true; messageId: string } | { sent: false; error: string },
  ): Promise<void> {
    const em = managerOf(this.ds, tx ?? undefined);
    if (outcome.sent) {
      await em.query(
        `UPDATE mail SET status = 'sent', sent_at = now(), message_id = $2, attempts = attempts + 1 WHERE id = $1`,
        [id, outcome.messageId],
      );
    } else {
      await em.query(`UPDATE mail SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, outcome.error]);
    }
  }

  /** Nothing is left to send (its notifications are gone): the mail stops being pending. */
  async discardMail(tx: Tx, id: string, reason: string): Promise<void> {
    const em = unwrapTx(tx);
    await em.query(`UPDATE mail SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'pending'`, [
      id,
      reason,
    ]);
  }

  /** Ids of mail queued before `before` and still pending, oldest first. */
  async pendingMailQueuedBefore(before: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM mail WHERE status = 'pending' AND created_at < $1 ORDER BY created_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  async markEmailed(tx: Tx, ids: string[]): Promise<void> {
    const em = unwrapTx(tx);
    if (ids.length) await em.query(`UPDATE notification SET emailed_at = now() WHERE id = ANY($1)`, [ids]);
  }

  // ---- digests ----

  /** Users with at least one kind delivered by this digest, and those kinds. */
  async digestSubscribers(
    frequency: 'daily' | 'weekly',
    defaults: string[],
  ): Promise<{ userId: string; kinds: string[] }[]> {
    // Explicit choices, plus every user for the kinds whose default is this digest (unless they chose otherwise).
    const rows: { user_id: string; kinds: string[] }[] = await this.ds.query(
      `SELECT u.id AS user_id,
              ARRAY(
                SELECT k FROM unnest($2::text[]) AS k
                 WHERE NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.user_id = u.id AND p.kind = k)
                UNION
                SELECT p.kind FROM notification_preference p WHERE p.user_id = u.id AND p.delivery = $1
              ) AS kinds
         FROM app_user u
        WHERE EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.emailed_at IS NULL)`,
      [frequency, defaults],
    );
    return rows.filter((r) => r.kinds.length > 0).map((r) => ({ userId: r.user_id, kinds: r.kinds }));
  }

  async lastDigest(tx: Tx, userId: string, frequency: string): Promise<Date | null> {
    const em = unwrapTx(tx);
    const rows: { last_sent_at: Date }[] = await em.query(
      `SELECT last_sent_at FROM digest_state WHERE user_id = $1 AND frequency = $2 FOR UPDATE`,
      [userId, frequency],
    );
    return rows[0]?.last_sent_at ?? null;
  }

  async recordDigest(tx: Tx, userId: string, frequency: string, at: Date): Promise<void> {
    const em = unwrapTx(tx);
    await em.query(
      `INSERT INTO digest_state (user_id, frequency, last_sent_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, frequency) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at`,
      [userId, frequency, at],
    );
  }

  /** Not yet e-mailed notifications of these kinds, oldest first. */
  async undigested(tx: Tx, userId: string, kinds: string[]): Promise<NotificationRow[]> {
    const em = unwrapTx(tx);
    const rows: Record<string, unknown>[] = await em.query(
      `SELECT ${COLUMNS} FROM notification
        WHERE user_id = $1 AND kind = ANY($2) AND emailed_at IS NULL
        ORDER BY created_at LIMIT 200 FOR UPDATE`,
      [userId, kinds],
    );
    return rows.map(toNotification);
  }
}
