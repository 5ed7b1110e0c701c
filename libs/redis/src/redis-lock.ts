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
