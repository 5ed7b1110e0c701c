import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, isUniqueViolation, returnedRows, unwrapTx, type Tx } from '@syndesmos/database';

export type EmailTokenPurpose = 'verify' | 'reset' | 'change';

export interface EmailTokenRow {
  id: string;
  userId: string;
  purpose: EmailTokenPurpose;
  newEmail: string | null;
}

/** Single-use tokens sent by e-mail; only their SHA-256 is stored. */
@Injectable()
export class EmailTokenRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.ds, work);
  }

  async create(
    tx: Tx,
    row: { userId: string; purpose: EmailTokenPurpose; tokenHash: string; newEmail?: string; ttlMinutes: number },
  ): Promise<void> {
    const em = unwrapTx(tx);
    // A new link replaces the older ones of the same purpose.
    await em.query(`UPDATE email_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      row.userId,
      row.purpose,
    ]);
    await em.query(
      `INSERT INTO email_token (user_id, purpose, token_hash, new_email, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [row.userId, row.purpose, row.tokenHash, row.newEmail ?? null, row.ttlMinutes],
    );
  }

  /** Uses a token: answers it once if it is unused, unexpired and of this purpose; null otherwise. */
  async consume(tx: Tx, tokenHash: string, purpose: EmailTokenPurpose): Promise<EmailTokenRow | null> {
    const em = unwrapTx(tx);
    const result: unknown = await em.query(
      `UPDATE email_token SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id, purpose, new_email`,
      [tokenHash, purpose],
    );
    const rows = returnedRows<{ id: string; user_id: string; purpose: EmailTokenPurpose; new_email: string | null }>(
      result,
    );
    const r = rows[0];
    return r ? { id: r.id, userId: r.user_id, purpose: r.purpose, newEmail: r.new_email } : null;
  }

  async markVerified(tx: Tx, userId: string): Promise<void> {
    const em = unwrapTx(tx);
    await em.query(`UPDATE app_user SET email_verified_at = COALESCE(email_verified_at, now()) WHERE id = $1`, [
      userId,
    ]);
  }

  async setPassword(tx: Tx, userId: string, passwordHash: string): Promise<void> {
    const em = unwrapTx(tx);
    await em.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  /** Changes the address; false when another account took it meanwhile. */
  async setEmail(tx: Tx, userId: string, email: string): Promise<boolean> {
    const em = unwrapTx(tx);
    try {
      await em.query(`UPDATE app_user SET email = $2, email_verified_at = now(), updated_at = now() WHERE id = $1`, [
        userId,
        email,
      ]);
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  async endSessions(tx: Tx, userId: string): Promise<void> {
    const em = unwrapTx(tx);
    await em.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = 'password_changed' WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  async emailTaken(email: string, exceptUserId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND id <> $2`, [
      email,
      exceptUserId,
    ]);
    return rows.length > 0;
  }
}
