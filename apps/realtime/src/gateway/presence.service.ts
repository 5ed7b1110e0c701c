import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@syndesmos/config';
import { APP_LOGGER, type AppLogger } from '@syndesmos/logger';
import { APP_REDIS, LockBusy, withRedisLock, type Redis } from '@syndesmos/redis';

// Who is online, across every gateway node, in Redis (under REDIS_PREFIX):
//   presence:user:<userId>          SET of "<nodeId>:<socketId>", the user's live connections
//   presence:node:<nodeId>:sockets  SET of "<userId>:<socketId>", what that node holds
//   presence:node:<nodeId>:alive    the node's heartbeat, gone PRESENCE_TTL_SECONDS after its last beat
//   presence:nodes                  SET of the nodes that may hold entries
// A node killed without shutting down stops beating; the first surviving node to notice
// purges its entries, and the users left with no connection are announced offline.
const userKey = (userId: string) => `presence:user:${userId}`;
const socketsKey = (nodeId: string) => `presence:node:${nodeId}:sockets`;
const aliveKey = (nodeId: string) => `presence:node:${nodeId}:alive`;
const NODES = 'presence:nodes';
const PURGE_LOCK_MS = 10_000;

export interface Connection {
  userId: string;
  socketId: string;
}

export interface PresenceListener {
  /** Users whose last connection went with a dead node (or with this node's own shutdown). */
  wentOffline(userIds: string[]): Promise<void>;
  /** Users this node put back after its entries had been purged (a Redis stall, or lost data). */
  cameBack(userIds: string[]): Promise<void>;
  /** The connections this node holds now. */
  connections(): Connection[];
}

@Injectable()
export class PresenceService {
  readonly nodeId = randomUUID();
  private listener: PresenceListener | null = null;
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> = Promise.resolve();
  private failing = false;

  constructor(
    @Inject(APP_REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  /** Beats now and every PRESENCE_HEARTBEAT_SECONDS; each beat also purges nodes that died. */
  start(listener: PresenceListener): void {
    this.listener = listener;
    const beat = () => (this.beating = this.beating.then(() => this.beat()));
    void beat();
    this.timer = setInterval(beat, this.config.presenceHeartbeatSeconds * 1000);
    this.timer.unref();
  }

  /** Records a connection; true when it is the user's first one anywhere. */
  async connected(c: Connection): Promise<boolean> {
    const [[, added], , [, count]] = (await this.redis
      .multi()
      .sadd(userKey(c.userId), `${this.nodeId}:${c.socketId}`)
      .sadd(socketsKey(this.nodeId), `${c.userId}:${c.socketId}`)
      .scard(userKey(c.userId))
      .exec()) as [unknown, number][];
    return added === 1 && count === 1;
  }

  /** Forgets a connection; true when it was the user's last one anywhere. */
  async disconnected(c: Connection): Promise<boolean> {
    const [[, removed], , [, count]] = (await this.redis
      .multi()
      .srem(userKey(c.userId), `${this.nodeId}:${c.socketId}`)
      .srem(socketsKey(this.nodeId), `${c.userId}:${c.socketId}`)
      .scard(userKey(c.userId))
      .exec()) as [unknown, number][];
    return removed === 1 && count === 0;
  }

  async onlineAmong(userIds: string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of userIds) pipeline.scard(userKey(id));
    const counts = (await pipeline.exec()) as [Error | null, number][];
    return userIds.filter((_, i) => !counts[i][0] && counts[i][1] > 0);
  }

  /** A graceful stop: this node's entries go at once; answers who is offline now. */
  async stop(): Promise<string[]> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
    try {
      const gone = await this.purge(this.nodeId);
      await this.redis.del(aliveKey(this.nodeId));
      return gone;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'presence entries left to expire');
      return [];
    }
  }

  private async beat(): Promise<void> {
    if (!this.listener) return;
    try {
      const [[, joined]] = (await this.redis
        .multi()
        .sadd(NODES, this.nodeId)
        .set(aliveKey(this.nodeId), '1', 'EX', this.config.presenceTtlSeconds)
        .exec()) as [unknown, number][];
      // Not listed: another node purged us (we looked dead) or Redis lost its data. Put back
      // what this node holds; a purge removes the node from the list last, so this catches it.
      if (joined === 1) await this.restore();
      await this.purgeDeadNodes();
      if (this.failing) this.logger.info('presence heartbeat restored');
      this.failing = false;
    } catch (err) {
      if (!this.failing) this.logger.warn({ err: (err as Error).message }, 'presence heartbeat failed; retrying');
      this.failing = true;
    }
  }

  private async restore(): Promise<void> {
    const back = new Set<string>();
    for (const c of this.listener!.connections()) if (await this.connected(c)) back.add(c.userId);
    if (back.size) await this.listener!.cameBack([...back]);
  }

  private async purgeDeadNodes(): Promise<void> {
    const others = (await this.redis.smembers(NODES)).filter((id) => id !== this.nodeId);
    if (others.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const id of others) pipeline.exists(aliveKey(id));
    const beats = (await pipeline.exec()) as [Error | null, number][];
    for (const [i, id] of others.entries()) {
      if (beats[i][0] || beats[i][1] === 1) continue;
      try {
        // One survivor purges (and announces); the others find the lock taken and move on.
        const gone = await withRedisLock(this.redis, `presence:purge:${id}`, PURGE_LOCK_MS, () => this.purge(id));
        if (gone.length) await this.listener!.wentOffline(gone);
        this.logger.info({ node: id, offline: gone.length }, 'purged the presence of a gateway node that stopped');
      } catch (err) {
        if (!(err instanceof LockBusy)) throw err;
      }
    }
  }

  /** Removes every entry of a node; answers the users left with no connection. Idempotent. */
  private async purge(nodeId: string): Promise<string[]> {
    const gone = new Set<string>();
    for (const entry of await this.redis.smembers(socketsKey(nodeId))) {
      const at = entry.indexOf(':');
      const userId = entry.slice(0, at);
      const [[, removed], [, count]] = (await this.redis
        .multi()
        .srem(userKey(userId), `${nodeId}:${entry.slice(at + 1)}`)
        .scard(userKey(userId))
        .exec()) as [unknown, number][];
      if (removed === 1 && count === 0) gone.add(userId);
    }
    await this.redis.multi().del(socketsKey(nodeId)).srem(NODES, nodeId).exec();
    return [...gone];
  }
}
