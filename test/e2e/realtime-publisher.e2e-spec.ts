import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@syndesmos/config';
import { parseEnvelopes, realtimeChannel, RealtimePublisher } from '@syndesmos/realtime-events';
import { createRedis, waitForRedis } from '@syndesmos/redis';
import { baseTestConfig } from '../support/test-services';

// The gateways' event channel on the real Redis: events published together travel together.
describe('RealtimePublisher', () => {
  const config = { ...baseTestConfig(), redisPrefix: `test:pub:${randomBytes(4).toString('hex')}:` } as AppConfig;
  let redis: Redis;
  let subscriber: Redis;
  const received: string[] = [];

  beforeAll(async () => {
    redis = createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'app');
    subscriber = createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'pubsub');
    await waitForRedis(redis, 5000);
    subscriber.on('message', (_channel: string, raw: string) => received.push(raw));
    await subscriber.subscribe(realtimeChannel(config.redisPrefix));
  });
  afterAll(() => {
    redis.disconnect();
    subscriber.disconnect();
  });

  const arrived = async (n: number) => {
    for (let i = 0; i < 100 && received.length < n; i++) await new Promise((r) => setTimeout(r, 20));
    return received.splice(0);
  };

  it('sends the events of one turn as one Redis message, in order, and one event alone as itself', async () => {
    const publisher = new RealtimePublisher(redis, config);
    await Promise.all(
      [1, 2, 3].map((seq) => publisher.publish('message.created', { message: { id: `m${seq}`, seq } as never })),
    );
    const [together] = await arrived(1);
    expect(JSON.parse(together)).toHaveLength(3);
    expect(parseEnvelopes(together).map((e) => (e.payload as { message: { seq: number } }).message.seq)).toEqual([
      1, 2, 3,
    ]);

    await publisher.publish('read.updated', { userId: 'u1', channelId: 'c1', lastReadSeq: 3, unread: 0 });
    const [alone] = await arrived(1);
    expect(JSON.parse(alone)).toMatchObject({ name: 'read.updated', payload: { userId: 'u1' } });
  });

  it('answers even when Redis refuses, and logs it', async () => {
    const gone = createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'app');
    await waitForRedis(gone, 5000);
    gone.disconnect();
    const warned: unknown[] = [];
    const publisher = new RealtimePublisher(gone, config, { warn: (o: unknown) => warned.push(o) } as never);
    await expect(publisher.publish('access.changed', { channelIds: ['c1'] })).resolves.toBeUndefined();
    expect(warned).toEqual([expect.objectContaining({ events: ['access.changed'] })]);
  });
});
