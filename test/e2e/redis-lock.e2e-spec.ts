import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createRedis, deleteKeysWithPrefix, LockBusy, waitForRedis, withRedisLock } from '@syndesmos/redis';
import { baseTestConfig } from '../support/test-services';

// The per-document lock of index jobs, against the real Redis.
describe('Redis lock', () => {
  const config = baseTestConfig();
  const prefix = `test:lock:${randomBytes(4).toString('hex')}:`;
  let redis: Redis;

  beforeAll(async () => {
    redis = createRedis({ url: config.redisUrl, prefix }, 'app');
    await waitForRedis(redis, 5000);
  });
  afterAll(async () => {
    redis.disconnect();
    await deleteKeysWithPrefix(config.redisUrl, prefix);
  });

  const hold = (ms: number) => withRedisLock(redis, 'doc', 30_000, () => new Promise((r) => setTimeout(r, ms)));

  it('waits for a holder that finishes in time, so a burst of jobs runs one after another', async () => {
    const order: string[] = [];
    const first = withRedisLock(redis, 'doc', 30_000, async () => {
      await new Promise((r) => setTimeout(r, 150));
      order.push('first');
    });
    await new Promise((r) => setTimeout(r, 20));
    await withRedisLock(redis, 'doc', 30_000, async () => order.push('second'), 2_000);
    await first;
    expect(order).toEqual(['first', 'second']);
  });

  it('gives up with LockBusy when the holder takes longer than the wait', async () => {
    const holder = hold(400);
    await new Promise((r) => setTimeout(r, 20));
    await expect(withRedisLock(redis, 'doc', 30_000, async () => 'ran', 100)).rejects.toBeInstanceOf(LockBusy);
    await expect(withRedisLock(redis, 'doc', 30_000, async () => 'ran')).rejects.toBeInstanceOf(LockBusy);
    await holder;
    expect(await withRedisLock(redis, 'doc', 30_000, async () => 'ran')).toBe('ran');
  });
});
