import type { Redis } from '@syndesmos/redis';

/**
 * Adds ARGV[i] to the count KEYS[i] and answers the counts; a new key expires (ARGV[last] ms)
 * after the next window. One command for every user a node counted since its last flush.
 */
const ADD_TO_WINDOWS = `local counts = {}
for i, key in ipairs(KEYS) do
  local add = tonumber(ARGV[i])
  local n = redis.call('INCRBY', key, add)
  if n == add then redis.call('PEXPIRE', key, ARGV[#ARGV]) end
  counts[i] = n
end
return counts`;
type CountingRedis = Redis & { addToWindows(keys: number, ...args: (string | number)[]): Promise<number[]> };

/** Users per command of a flush. */
const FLUSH_CHUNK = 1000;

interface Entry {
  window: number;
  /** The user's count in Redis (every node's sends) when this node last flushed. */
  known: number;
  /** This node's sends since then, not yet added in Redis. */
  pending: number;
}

export interface RateWindowOptions {
  windowMs: number;
  /** How often this node adds its sends to the shared counts. */
  flushMs: number;
  keyPrefix: string;
  /** Told once when flushing starts to fail (not again until one has succeeded). */
  onError: (err: Error) => void;
}

/**
 * A fixed window per user, shared by every node through Redis, without a Redis command per send:
 * a node counts a user's sends in memory, on top of the user's count in Redis as it last learnt
 * it, and every `flushMs` adds what it counted to Redis in one command, learning the counts
 * again (other nodes' sends included). So a user on one node is counted exactly, and a user
 * sending through several nodes at once can pass the limit by at most what the other nodes
 * counted since their last flush. Without Redis, each node still counts its own sends (so the
 * limit holds per node) and adds them once Redis is back.
 */
export class RateWindow {
  private readonly entries = new Map<string, Entry>();
  private readonly timer: ReturnType<typeof setInterval>;
  private flushing: Promise<void> | null = null;
  private failing = false;

  constructor(
    private readonly redis: Redis,
    private readonly options: RateWindowOptions,
  ) {
    if (!('addToWindows' in redis)) redis.defineCommand('addToWindows', { lua: ADD_TO_WINDOWS });
    this.timer = setInterval(() => void this.flush(), options.flushMs);
    this.timer.unref();
  }

  /** Counts one send of the user; answers the user's count in this window, this send included. */
  take(userId: string, now = Date.now()): { count: number; window: number } {
    const window = Math.floor(now / this.options.windowMs);
    let entry = this.entries.get(userId);
    if (!entry || entry.window !== window) {
      entry = { window, known: 0, pending: 0 };
      this.entries.set(userId, entry);
    }
    entry.pending++;
    return { count: entry.known + entry.pending, window };
  }

  /** Adds what this node counted to Redis (one command per 1,000 users; one flush at a time), learning the shared counts. */
  flush(): Promise<void> {
    this.flushing ??= this.flushOnce().finally(() => (this.flushing = null));
    return this.flushing;
  }

  stop(): Promise<void> {
    clearInterval(this.timer);
    return this.flush();
  }

  private async flushOnce(): Promise<void> {
    const window = Math.floor(Date.now() / this.options.windowMs);
    const due: [string, Entry, number][] = [];
    for (const [userId, entry] of this.entries) {
      // A window that has ended no longer limits anything.
      if (entry.window < window) this.entries.delete(userId);
      else if (entry.pending > 0) due.push([userId, entry, entry.pending]);
    }
    for (let i = 0; i < due.length; i += FLUSH_CHUNK) {
      const chunk = due.slice(i, i + FLUSH_CHUNK);
      let counts: number[];
      try {
        counts = await (this.redis as CountingRedis).addToWindows(
          chunk.length,
          ...chunk.map(([userId, entry]) => this.key(userId, entry.window)),
          ...chunk.map(([, , add]) => add),
          this.options.windowMs * 2,
        );
      } catch (err) {
        // Kept as pending: added by the next flush that reaches Redis.
        if (!this.failing) this.options.onError(err as Error);
        this.failing = true;
        return;
      }
      this.failing = false;
      chunk.forEach(([, entry, add], n) => {
        entry.pending -= add;
        entry.known = Math.max(entry.known, Number(counts[n]));
      });
    }
  }

  private key(userId: string, window: number): string {
    return `${this.options.keyPrefix}${userId}:${window}`;
  }
}
