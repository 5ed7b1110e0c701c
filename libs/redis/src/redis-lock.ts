import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export class LockBusy extends Error {
  constructor(readonly key: string) {
    super(`${key} is held by another worker`);
    this.name = 'LockBusy';
  }
}

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * Runs `work` while holding a Redis lock, released only by its holder. Waits up to `waitMs`
 * for a holder to finish (index jobs for one organisation come in bursts: created, submitted,
 * approved), then throws LockBusy (a job retries later).
 */
export async function withRedisLock<T>(
  redis: Redis,
  key: string,
  ttlMs: number,
  work: () => Promise<T>,
  waitMs = 0,
): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + waitMs;
  while ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') {
    if (Date.now() >= deadline) throw new LockBusy(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  try {
    return await work();
  } finally {
    await redis.eval(RELEASE, 1, key, token);
  }
}

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * Like withRedisLock for work of unknown length (an index rebuild): the holder renews the
 * lock every third of its TTL while working, so it lapses only when the holder dies. Does
 * not wait: throws LockBusy at once when another process holds it.
 */
export async function withRedisLease<T>(redis: Redis, key: string, ttlMs: number, work: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') throw new LockBusy(key);
  const renewal = setInterval(() => void redis.eval(RENEW, 1, key, token, ttlMs).catch(() => undefined), ttlMs / 3);
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await redis.eval(RELEASE, 1, key, token);
  }
}
