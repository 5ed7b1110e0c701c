import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueueName } from './job-catalogue';

/** One queue as operators watch it: counts, what runs, what failed lately, its schedules. */
export interface QueueSnapshot {
  queue: string;
  counts: Record<string, number>;
  active: { id: string | undefined; name: string; progress: unknown; startedAt: number | undefined }[];
  failed: {
    id: string | undefined;
    name: string;
    data: unknown;
    reason: string;
    attempts: number;
    failedAt: number | undefined;
  }[];
  schedules: { key: string; every: number | null | undefined; next: number | undefined }[];
}

/** How many running and failed jobs a snapshot lists per queue. */
export const INSPECTED_JOBS = 20;

/** Reads the state of every queue of the catalogue (never enqueues or changes anything). */
export class QueueInspector {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  private queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection, prefix: this.prefix });
      // Errors surface on the calls that need Redis; an idle queue's reconnects are not news.
      q.on('error', () => undefined);
      this.queues.set(name, q);
    }
    return q;
  }

  snapshot(): Promise<QueueSnapshot[]> {
    return Promise.all(
      Object.values(QueueName).map(async (name) => {
        const q = this.queue(name);
        const [counts, active, failed, schedulers] = await Promise.all([
          q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'),
          q.getJobs(['active'], 0, INSPECTED_JOBS),
          q.getJobs(['failed'], 0, INSPECTED_JOBS),
          q.getJobSchedulers(),
        ]);
        return {
          queue: q.name,
          counts,
          active: active.map((j) => ({ id: j.id, name: j.name, progress: j.progress, startedAt: j.processedOn })),
          failed: failed.map((j) => ({
            id: j.id,
            name: j.name,
            data: j.data as unknown,
            reason: j.failedReason,
            attempts: j.attemptsMade,
            failedAt: j.finishedOn,
          })),
          schedules: schedulers.map((s) => ({ key: s.key, every: s.every, next: s.next })),
        };
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.connection.disconnect();
  }
}
