import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { DomainException, ErrorCode } from '@syndesmos/common';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { APP_REDIS } from '@syndesmos/redis';

// Fixed windows counted in Redis, one counter per limit and key. When Redis is down the
// limiter lets requests through and logs it: an outage of the limiter must not lock every
// user out (nor stop registration).

/** Every limit, with where its figures come from. */
const LIMITS = {
  /** Sign-in attempts per IP. */
  login_ip: (c: AppConfig) => [c.loginRateLimitIp, c.loginRateLimitWindowSeconds],
  /** Failed sign-ins per account (cleared by a success). */
  login_account: (c: AppConfig) => [c.loginRateLimitAccount, c.loginRateLimitWindowSeconds],
  /** Registrations per IP: each one mails a verification link to the address typed. */
  register_ip: (c: AppConfig) => [c.registerRateLimitIp, c.registerRateLimitWindowSeconds],
  /** Account mail (reset, verification, address change) to one address, or for one user. */
  account_mail_address: (c: AppConfig) => [c.accountMailRateLimitAddress, c.accountMailRateLimitWindowSeconds],
  /** Account mail requests per IP, whatever the address. */
  account_mail_ip: (c: AppConfig) => [c.accountMailRateLimitIp, c.accountMailRateLimitWindowSeconds],
} satisfies Record<string, (c: AppConfig) => [number, number]>;

export type RateLimitName = keyof typeof LIMITS;

/** One counter: a limit and who it counts (an IP, an address, a user id). */
export interface RateCounter {
  limit: RateLimitName;
  key: string;
}

/** Allowed, or refused until `retryAfterSeconds` from now. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const ALLOWED: RateVerdict = { allowed: true };

/** Addresses are hashed, so the key space does not list who was mailed or tried to sign in. */
export const addressKey = (email: string): string =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);

@Injectable()
export class RateLimiter {
  constructor(
    @Inject(APP_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  /** Counts one request on each counter; refused when any of them is past its limit. */
  async hit(...counters: RateCounter[]): Promise<RateVerdict> {
    return this.run(counters, true);
  }

  /** Whether one more request would be within every counter's limit, without counting it. */
  async peek(...counters: RateCounter[]): Promise<RateVerdict> {
    return this.run(counters, false);
  }

  /** Counts, and refuses with 429 TOO_MANY_REQUESTS and Retry-After past a limit. */
  async consume(...counters: RateCounter[]): Promise<void> {
    assertAllowed(await this.hit(...counters));
  }

  async clear(counter: RateCounter): Promise<void> {
    if (this.redis.status !== 'ready') return;
    await this.redis.del(this.redisKey(counter)).catch(() => undefined);
  }

  private redisKey(c: RateCounter): string {
    return `ratelimit:${c.limit}:${c.key}`;
  }

  private async run(counters: RateCounter[], count: boolean): Promise<RateVerdict> {
    if (this.redis.status !== 'ready') {
      this.logger.warn({ redis: this.redis.status }, 'rate limiter unavailable; allowing the request');
      return ALLOWED;
    }
    try {
      const tx = this.redis.multi();
      for (const c of counters) {
        const key = this.redisKey(c);
        // The first request of a window starts it: the counter expires with its window.
        if (count) tx.set(key, 0, 'EX', this.rule(c)[1], 'NX').incr(key);
        else tx.get(key);
        tx.pttl(key);
      }
      const replies = ((await tx.exec()) ?? []).map(([err, value]) => {
        if (err) throw err;
        return value;
      });
      const step = count ? 3 : 2;
      let worst: RateVerdict = ALLOWED;
      counters.forEach((c, i) => {
        const [limit, windowSeconds] = this.rule(c);
        const used = Number(replies[i * step + step - 2] ?? 0);
        const ttlMs = Number(replies[i * step + step - 1]);
        if ((count ? used : used + 1) <= limit) return;
        const retryAfterSeconds = ttlMs > 0 ? Math.ceil(ttlMs / 1000) : windowSeconds;
        if (worst.allowed || retryAfterSeconds > worst.retryAfterSeconds) worst = { allowed: false, retryAfterSeconds };
      });
      return worst;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'rate limiter unavailable; allowing the request');
      return ALLOWED;
    }
  }

  private rule(c: RateCounter): [number, number] {
    return LIMITS[c.limit](this.config) as [number, number];
  }
}

export function assertAllowed(verdict: RateVerdict): void {
  if (verdict.allowed) return;
  throw new DomainException(
    ErrorCode.TooManyRequests,
    undefined,
    { retryAfterSeconds: verdict.retryAfterSeconds },
    verdict.retryAfterSeconds,
  );
}
