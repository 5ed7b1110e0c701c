import { Redis, type RedisOptions } from 'ioredis';

export type RedisRole = 'app' | 'bullmq' | 'pubsub';

export interface RedisFactoryOptions {
  url: string;
  prefix: string;
  /**
   * Asked before each reconnect: true ends the client's retries. BullMQ copies a connection's
   * options into the connections it makes itself, so this also stops those; without it, a
   * process closed while Redis is down kept reconnecting forever and never exited.
   */
  stopRetrying?: () => boolean;
}

// The one place Redis connections are made. App clients fail fast when Redis is down so a
// request degrades instead of hanging; BullMQ clients retry forever as BullMQ requires.
export function createRedis(opts: RedisFactoryOptions, role: RedisRole = 'app', onError?: (err: Error) => void): Redis {
  const client = buildClient(opts, role);
  // Without a listener ioredis prints every failed reconnect; report the first of each outage.
  let reported = false;
  client.on('error', (err: Error) => {
    if (!reported) onError?.(err);
    reported = true;
  });
  client.on('ready', () => (reported = false));
  return client;
}

function buildClient(opts: RedisFactoryOptions, role: RedisRole): Redis {
  const base: RedisOptions = {
    lazyConnect: false,
    connectionName: `syndesmos-${role}`,
    retryStrategy: (times) => (opts.stopRetrying?.() ? null : Math.min(times * 200, 2000)),
  };
  if (role === 'bullmq') {
    return new Redis(opts.url, { ...base, maxRetriesPerRequest: null, enableReadyCheck: false });
  }
  if (role === 'pubsub') {
    // Channels are not keys: callers put the prefix in the channel name themselves.
    return new Redis(opts.url, base);
  }
  return new Redis(opts.url, {
    ...base,
    keyPrefix: opts.prefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
  });
}

/** BullMQ keeps its own key prefix (it ignores ioredis keyPrefix); derive it from ours. */
export function bullPrefix(prefix: string): string {
  return `${prefix}bull`;
}

/** Deletes every key under a prefix (tests and teardown); uses SCAN, never KEYS. */
export async function deleteKeysWithPrefix(url: string, prefix: string): Promise<number> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  let cursor = '0';
  let deleted = 0;
  try {
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await client.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  return deleted;
}

/** Resolves when the client is ready; rejects after the timeout (the client keeps retrying). */
export function waitForRedis(client: Redis, timeoutMs: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error(`redis not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}

/** Health probe: a client that is not connected fails at once, without queuing a command. */
export async function pingRedis(client: Redis): Promise<void> {
  if (client.status !== 'ready') throw new Error(`redis connection is ${client.status}`);
  await client.ping();
}
