import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  JOB_DEFINITIONS,
  jobOptions,
  scheduleKey,
  type JobName,
  type JobOf,
  type QueueName,
  type ScheduleDefinition,
} from './job-catalogue';

/** The single way jobs are enqueued. A dedupe id makes enqueueing the same work twice a no-op. */
export class JobProducer {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
    private readonly onError: (err: Error) => void = () => undefined,
  ) {}

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.connection, prefix: this.prefix });
      q.on('error', this.onError);
      this.queues.set(name, q);
    }
    return q;
  }

  async enqueue<N extends JobName>(job: JobOf<N>, opts: { jobId?: string; delayMs?: number } = {}): Promise<void> {
    const problems = JOB_DEFINITIONS[job.name].validate(job.data);
    if (problems.length) throw new Error(`invalid payload for ${job.name}: ${problems.join('; ')}`);
    await this.queue(JOB_DEFINITIONS[job.name].queue).add(
      job.name,
      job.data,
      jobOptions(job.name, { jobId: opts.jobId, delay: opts.delayMs }),
    );
  }

  /** Enqueues several jobs in one round trip per queue (the outbox relay). */
  async enqueueMany(jobs: { job: JobOf; jobId: string }[]): Promise<void> {
    const byQueue = new Map<QueueName, { name: string; data: unknown; opts: ReturnType<typeof jobOptions> }[]>();
    for (const { job, jobId } of jobs) {
      const problems = JOB_DEFINITIONS[job.name].validate(job.data);
      if (problems.length) throw new Error(`invalid payload for ${job.name}: ${problems.join('; ')}`);
      const queue = JOB_DEFINITIONS[job.name].queue;
      const list = byQueue.get(queue) ?? [];
      list.push({ name: job.name, data: job.data, opts: jobOptions(job.name, { jobId }) });
      byQueue.set(queue, list);
    }
    await Promise.all([...byQueue].map(([queue, list]) => this.queue(queue).addBulk(list)));
  }

  /**
   * Enqueues a job under an id unless a job with that id is already there; one that failed for
   * good is retried. For sweeps that put work whose truth is in PostgreSQL back in the queue.
   */
  async ensureEnqueued(job: JobOf, jobId: string): Promise<'added' | 'retried' | 'present'> {
    const existing = await this.queue(JOB_DEFINITIONS[job.name].queue).getJob(jobId);
    if (!existing) {
      await this.enqueue(job, { jobId });
      return 'added';
    }
    if ((await existing.getState()) !== 'failed') return 'present';
    await existing.retry('failed');
    return 'retried';
  }

  /**
   * A repeating job, defined once however many workers start; `variant` tells apart schedules
   * of one job with different payloads. `everyMs` runs the first at once; `cron` (UTC) waits
   * for its time, for heavy jobs that must not start with every deployment or Redis restart.
   */
  async schedule(s: ScheduleDefinition): Promise<void> {
    await this.queue(JOB_DEFINITIONS[s.job.name].queue).upsertJobScheduler(
      scheduleKey(s),
      'cron' in s.when ? { pattern: s.when.cron, tz: 'UTC' } : { every: s.when.everyMs },
      { name: s.job.name, data: s.job.data, opts: jobOptions(s.job.name) },
    );
  }

  /** The schedules of the list that Redis does not hold (lost with its data, or never registered). */
  async missingSchedules(schedules: readonly ScheduleDefinition[]): Promise<ScheduleDefinition[]> {
    const found = await Promise.all(
      schedules.map((s) => this.queue(JOB_DEFINITIONS[s.job.name].queue).getJobScheduler(scheduleKey(s))),
    );
    return schedules.filter((_, i) => !found[i]);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
