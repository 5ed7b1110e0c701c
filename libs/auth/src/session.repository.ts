import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuthSessionEntity, type SessionRevokedReason } from './auth-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export interface NewSession {
  userId: string;
  tokenHash: string;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

export type RotationResult =
  | { outcome: 'rotated'; userId: string; sessionId: string }
  | { outcome: 'unknown' }
  | { outcome: 'ended'; sessionId: string }
  | { outcome: 'reused'; sessionId: string };

@Injectable()
export class SessionRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async create(session: NewSession): Promise<AuthSessionEntity> {
    return this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(AuthSessionEntity, {
          userId: session.userId,
          expiresAt: session.expiresAt,
          lastUsedAt: new Date(),
          userAgent: session.userAgent?.slice(0, 300) ?? null,
          ip: session.ip?.slice(0, 64) ?? null,
        }),
      );
      await em.insert(RefreshTokenEntity, { sessionId: saved.id, tokenHash: session.tokenHash });
      return saved;
    });
  }

  /**
   * Swaps a refresh token for a new one in the same session. A token that was already rotated
   * means it leaked (or a client raced itself): the whole session is revoked.
   */
  async rotate(tokenHash: string, nextHash: string, now: Date, nextExpiry: Date): Promise<RotationResult> {
    return this.ds.transaction(async (em) => {
      const token = await em
        .createQueryBuilder(RefreshTokenEntity, 't')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :tokenHash', { tokenHash })
        .getOne();
      if (!token) return { outcome: 'unknown' } as const;
      const session = await em
        .createQueryBuilder(AuthSessionEntity, 's')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id: token.sessionId })
        .getOneOrFail();
      if (session.revokedAt) return { outcome: 'ended', sessionId: session.id } as const;
      if (token.rotatedAt) {
        await em.update(AuthSessionEntity, { id: session.id }, { revokedAt: now, revokedReason: 'reuse_detected' });
        return { outcome: 'reused', sessionId: session.id } as const;
      }
      if (session.expiresAt <= now) return { outcome: 'ended', sessionId: session.id } as const;
      await em.update(RefreshTokenEntity, { id: token.id }, { rotatedAt: now });
      await em.insert(RefreshTokenEntity, { sessionId: session.id, tokenHash: nextHash });
      // Sliding expiry: a session in use stays alive; one left idle for the TTL ends.
      await em.update(AuthSessionEntity, { id: session.id }, { lastUsedAt: now, expiresAt: nextExpiry });
      return { outcome: 'rotated', userId: session.userId, sessionId: session.id } as const;
    });
  }

  /**
   * Who a live session belongs to, in one round trip (it runs on every request), or null
   * when the session ended or never existed.
   */
  async findLiveSessionUser(
    sessionId: string,
    now: Date,
  ): Promise<
    | (Pick<UserEntity, 'id' | 'role' | 'naCountries' | 'preferredLanguage' | 'emailVerifiedAt'> & {
        sessionExpiresAt: Date;
      })
    | null
  > {
    const rows: {
      id: string;
      role: UserEntity['role'];
      na_countries: string[];
      preferred_language: UserEntity['preferredLanguage'];
      email_verified_at: Date | null;
      expires_at: Date;
    }[] = await this.ds.query(
      `SELECT u.id, u.role, u.na_countries, u.preferred_language, u.email_verified_at, s.expires_at
           FROM auth_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
      [sessionId, now],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          role: row.role,
          naCountries: row.na_countries,
          preferredLanguage: row.preferred_language,
          emailVerifiedAt: row.email_verified_at,
          sessionExpiresAt: row.expires_at,
        }
      : null;
  }

  listForUser(userId: string): Promise<AuthSessionEntity[]> {
    return this.ds.getRepository(AuthSessionEntity).find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  async revoke(userId: string, sessionId: string, reason: SessionRevokedReason, now: Date): Promise<boolean> {
    const res = await this.ds
      .getRepository(AuthSessionEntity)
      .update({ id: sessionId, userId, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
    return (res.affected ?? 0) > 0;
  }

  async revokeAllExcept(
    userId: string,
    keepSessionId: string | null,
    reason: SessionRevokedReason,
    now: Date,
  ): Promise<number> {
    const qb = this.ds
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: now, revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) qb.andWhere('id <> :keep', { keep: keepSessionId });
    const res = await qb.execute();
    return res.affected ?? 0;
  }

  /** Housekeeping: drops sessions that ended more than `olderThan` ago. */
  async purgeEnded(olderThan: Date): Promise<number> {
    const res = await this.ds
      .createQueryBuilder()
      .delete()
      .from(AuthSessionEntity)
      .where('expires_at < :t OR revoked_at < :t', { t: olderThan })
      .execute();
    return res.affected ?? 0;
  }
}
