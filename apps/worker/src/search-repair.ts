import type { AppLogger } from '@syndesmos/logger';
import { LockBusy, withRedisLease, type Redis } from '@syndesmos/redis';
import type { IndexKeeper, IndexStatus } from '@syndesmos/search';

// The worker's index self-repair: every interval one worker (whichever takes the turn in Redis)
// checks each index against PostgreSQL and repairs it; the status it finds is shared through
// Redis, so every worker's health tells the same story.

/** Every this many checks, compare every id and version even when the cheap check is clean. */
export const FULL_CHECK_EVERY = 30;
/** A repairer that dies lets its lease lapse this long after its last renewal. */
const LEASE_MS = 30_000;

const statusKey = 'search:index-status';
const leaseKey = (index: string) => `lock:search:repair:${index}`;
const turnKey = (index: string) => `search:check-turn:${index}`;

/** Each index's status as the last check left it; not ready while one is being rebuilt. */
export interface SearchIndexesHealth {
  ready: boolean;
  rebuilding: string[];
  indexes: Record<string, IndexStatus>;
}

export interface SearchRepair {
  health(): Promise<SearchIndexesHealth>;
  close(): Promise<void>;
}

export function startSearchRepair(
  keepers: ((onStatus: (status: IndexStatus) => Promise<void>) => IndexKeeper)[],
  redis: Redis,
  intervalSeconds: number,
  logger: AppLogger,
): SearchRepair {
  // Each worker's keeper knows only the repairs it made itself: the shared status keeps the
  // latest repair any worker made, so a clean check by another worker does not erase it.
  const share = async (status: IndexStatus) => {
    const shared = await redis.hget(statusKey, status.index).catch(() => null);
    const previous = shared ? (JSON.parse(shared) as Partial<IndexStatus>).lastRepair : null;
    const lastRepair =
      previous && (!status.lastRepair || previous.at > status.lastRepair.at) ? previous : status.lastRepair;
    await redis.hset(statusKey, status.index, JSON.stringify({ ...status, lastRepair })).catch(() => undefined);
  };
  const indexes = keepers.map((make) => make(share));
  const intervalMs = intervalSeconds * 1000;
  let round = 0;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const lastFailure = new Map<string, string>();

  const checkOne = async (keeper: IndexKeeper, full: boolean): Promise<void> => {
    try {
      // One check per interval across all workers: the first to take the turn does it.
      const turn = await redis.set(turnKey(keeper.name), '1', 'PX', Math.max(intervalMs - 200, 500), 'NX');
      if (turn !== 'OK' && !full) return;
      const before = keeper.status.lastRepair;
      const status = await withRedisLease(redis, leaseKey(keeper.name), LEASE_MS, () => keeper.check(full));
      if (status.lastRepair && status.lastRepair !== before) {
        logger.info({ index: keeper.name, repair: status.lastRepair }, 'search index repaired');
      }
    } catch (err) {
      if (err instanceof LockBusy) return; // another worker is repairing it
      // Once per outage, not every interval while Meilisearch is away.
      const message = (err as Error).message;
      if (lastFailure.get(keeper.name) !== message) {
        logger.warn({ index: keeper.name, err: message }, 'search index check failed; retrying every interval');
      }
      lastFailure.set(keeper.name, message);
      return;
    }
    lastFailure.delete(keeper.name);
  };

  const tick = async (): Promise<void> => {
    // The first round (at start) and every FULL_CHECK_EVERY-th compares everything.
    const full = round % FULL_CHECK_EVERY === 0;
    round += 1;
    for (const keeper of indexes) {
      if (closed) return;
      await checkOne(keeper, full);
    }
  };
  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, intervalMs);
  };
  running = tick().finally(schedule);

  return {
    async health() {
      // Redis away: answer from what this worker saw itself.
      const shared = await redis.hgetall(statusKey).catch(() => ({}) as Record<string, string>);
      const out: Record<string, IndexStatus> = {};
      const rebuilding: string[] = [];
      for (const keeper of indexes) {
        const raw = shared[keeper.name];
        let status = raw ? (JSON.parse(raw) as IndexStatus) : keeper.status;
        if (status.state === 'rebuilding' || status.state === 'resyncing') {
          // Only as long as the repairer holds its lease: one that died is not still repairing.
          const held = await redis.exists(leaseKey(keeper.name)).catch(() => 1);
          if (!held) status = { ...status, state: 'unchecked' };
        }
        if (status.state === 'rebuilding') rebuilding.push(keeper.name);
        out[keeper.name] = status;
      }
      return { ready: rebuilding.length === 0, rebuilding, indexes: out };
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      // A rebuild still in flight is abandoned; its lease lapses and the next check starts over.
      await Promise.race([running, new Promise((r) => setTimeout(r, 2_000).unref())]);
    },
  };
}
