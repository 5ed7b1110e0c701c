import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { APP_REDIS } from '@syndesmos/redis';

// Fixed windows in Redis: failed sign-ins per account (cleared by a success) and all sign-in
// attempts per IP. When Redis is down the limiter lets sign-in through and logs it: an outage
// of the limiter must not lock every user out.
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(APP_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  private accountKey(email: string): string {
    // Hashed so the key space does not list who tried to sign in.
    return `ratelimit:login:account:${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32)}`;
  }

  private ipKey(ip: string): string {
    return `ratelimit:login:ip:${ip}`;
  }

  private get available(): boolean {
    if (this.redis.status === 'ready') return true;
    this.logger.warn({ redis: this.redis.status }, 'login rate limiter unavailable; allowing attempt');
    return false;
  }

  /** Counts this attempt; throws 429 with Retry-After when either window is exhausted. */
  async consume(email: string, ip: string): Promise<void> {
    if (!this.available) return;
    const window = this.config.loginRateLimitWindowSeconds;
    try {
      const [[, ipCount], [, ipTtl], [, accountCount], [, accountTtl]] = (await this.redis
        .multi()
        .incr(this.ipKey(ip))
        .pttl(this.ipKey(ip))
        .get(this.accountKey(email))
        .pttl(this.accountKey(email))
        .exec()) as [unknown, number][];
      if (ipTtl < 0) await this.redis.pexpire(this.ipKey(ip), window * 1000);
      const accountFailures = Number(accountCount ?? 0);
      if (accountFailures >= this.config.loginRateLimitAccount) {
        throw this.limited(accountTtl, window);
      }
      if (Number(ipCount) > this.config.loginRateLimitIp) {
        throw this.limited(ipTtl, window);
      }
    } catch (err) {
      if (err instanceof DomainException) throw err;
      this.logger.warn({ err: (err as Error).message }, 'login rate limiter unavailable; allowing attempt');
    }
  }

  async recordFailure(email: string): Promise<void> {
    if (!this.available) return;
    const key = this.accountKey(email);
    try {
      const [[, count]] = (await this.redis.multi().incr(key).pttl(key).exec()) as [unknown, number][];
      if (Number(count) === 1) await this.redis.pexpire(key, this.config.loginRateLimitWindowSeconds * 1000);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'login rate limiter unavailable; failure not counted');
    }
  }

  async recordSuccess(email: string): Promise<void> {
    if (this.redis.status !== 'ready') return;
    await this.redis.del(this.accountKey(email)).catch(() => undefined);
  }

  private limited(ttlMs: number, windowSeconds: number): DomainException {
    const retryAfter = ttlMs > 0 ? Math.ceil(ttlMs / 1000) : windowSeconds;
    return new DomainException(ErrorCode.TooManyRequests, undefined, { retryAfterSeconds: retryAfter }, retryAfter);
  }
}
