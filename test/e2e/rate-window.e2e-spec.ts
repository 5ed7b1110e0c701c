import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateWindow } from '@syndesmos/messaging';
import { createRedis, deleteKeysWithPrefix, waitForRedis } from '@syndesmos/redis';
import { freePort } from '../support/processes';
import { baseTestConfig } from '../support/test-services';

// The message rate limit's counts, shared by the gateway nodes through the real Redis.
describe('RateWindow', () => {
  const config = baseTestConfig();
  const prefix = `test:rate:${randomBytes(4).toString('hex')}:`;
  const WINDOW_MS = 60_000;
  const clients: Redis[] = [];
  const windows: RateWindow[] = [];
  const errors: string[] = [];

  const node = async (url = config.redisUrl) => {
    const redis = createRedis({ url, prefix }, 'app');
    clients.push(redis);
    if (url === config.redisUrl) await waitForRedis(redis, 5000);
    const w = new RateWindow(redis, {
      windowMs: WINDOW_MS,
      flushMs: 60_000, // flushed by the tests themselves
      keyPrefix: 'rl:',
      onError: (err) => errors.push(err.message),
    });
    windows.push(w);
    return w;
  };
  const stored = async (userId: string, now: number) =>
    Number(await clients[0].get(`rl:${userId}:${Math.floor(now / WINDOW_MS)}`));

  afterAll(async () => {
    await Promise.all(windows.map((w) => w.stop().catch(() => undefined)));
    clients.forEach((c) => c.disconnect());
    await deleteKeysWithPrefix(config.redisUrl, prefix);
  });

  it('counts a burst on one node exactly, and adds it to Redis in one flush', async () => {
    const a = await node();
    const now = Date.now();
    const counts = Array.from({ length: 40 }, () => a.take('u1', now).count);
    expect(counts).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await stored('u1', now)).toBe(0); // no Redis command per send
    await a.flush();
    expect(await stored('u1', now)).toBe(40);
    expect(a.take('u1', now).count).toBe(41);
  });

  it("nodes learn each other's counts at every flush, and agree with Redis", async () => {
    const [a, b] = [await node(), await node()];
    const now = Date.now();
    for (let i = 0; i < 20; i++) a.take('u2', now);
    await a.flush();
    // B has not flushed yet: it counts only its own…
    expect(b.take('u2', now).count).toBe(1);
    // …and knows A's twenty once it has.
    await b.flush();
    expect(b.take('u2', now).count).toBe(22);
    for (let i = 0; i < 8; i++) b.take('u2', now);
    await b.flush();
    expect(a.take('u2', now).count).toBe(21);
    await a.flush();
    expect(a.take('u2', now).count).toBe(32);
    await a.flush();
    expect(await stored('u2', now)).toBe(32);
  });

  it('starts again in a new window', async () => {
    const a = await node();
    const now = Date.now();
    a.take('u3', now);
    a.take('u3', now);
    expect(a.take('u3', now + WINDOW_MS).count).toBe(1);
  });

  it('without Redis, still counts on the node and says so', async () => {
    const a = await node(`redis://127.0.0.1:${await freePort()}`);
    clients.at(-1)!.disconnect(); // given up at once, as when Redis went away
    const now = Date.now();
    expect([1, 2, 3].map(() => a.take('u4', now).count)).toEqual([1, 2, 3]);
    await a.flush();
    expect(errors.length).toBeGreaterThan(0);
    // What it could not add is kept for a later flush.
    expect(a.take('u4', now).count).toBe(4);
  });
});
