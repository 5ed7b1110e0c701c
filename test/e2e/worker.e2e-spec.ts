import { QueueEvents } from 'bullmq';
import { MATCHING_REFRESH_CRON, QueueName } from '@syndesmos/jobs';
import { bullPrefix, createRedis } from '@syndesmos/redis';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { registerUser } from '../factories/user.factory';
import { TestEnv } from '../support/test-env';

describe('worker', () => {
  let env: TestEnv;
  let worker: WorkerApp;
  let events: QueueEvents;
  let eventsConnection: ReturnType<typeof createRedis>;

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    worker = await createWorkerApp(env.config);
    eventsConnection = createRedis({ url: env.config.redisUrl, prefix: env.config.redisPrefix }, 'bullmq');
    events = new QueueEvents(QueueName.Maintenance, {
      connection: eventsConnection,
      prefix: bullPrefix(env.config.redisPrefix),
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    eventsConnection.disconnect();
    await worker.close();
    await env.close();
  });

  it('purges long-ended sessions and keeps live ones; running it twice changes nothing more', async () => {
    const api = await env.startApi();
    const live = await registerUser(api);
    const gone = await registerUser(api);
    await env.query(
      `UPDATE auth_session SET revoked_at = now() - interval '40 days', revoked_reason = 'logout' WHERE user_id = $1`,
      [gone.id],
    );

    const queue = worker.producer.queue(QueueName.Maintenance);
    for (const run of [1, 2]) {
      await worker.producer.enqueue(
        { name: 'auth.purge-ended-sessions', data: { olderThanDays: 30 } },
        { jobId: `purge-${run}` },
      );
      const job = await queue.getJob(`purge-${run}`);
      const result = await job!.waitUntilFinished(events, 10_000);
      expect(result).toEqual({ purged: run === 1 ? 1 : 0 });
    }
    const sessions = await env.query<{ user_id: string }>('SELECT user_id FROM auth_session');
    expect(sessions.map((s) => s.user_id)).toEqual([live.id]);
  });

  it('refuses to enqueue a payload that does not fit the job', async () => {
    await expect(
      worker.producer.enqueue({ name: 'auth.purge-ended-sessions', data: { olderThanDays: -1 } }),
    ).rejects.toThrow(/olderThanDays must be a non-negative integer/);
  });

  it('fails a malformed payload at once instead of retrying it', async () => {
    const queue = worker.producer.queue(QueueName.Maintenance);
    // As an older release or a hand-made job might have left it, bypassing the producer.
    const job = await queue.add('auth.purge-ended-sessions', { olderThanDays: 'soon' }, { attempts: 5 });
    await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(/invalid payload/);
    const stored = await queue.getJob(job.id!);
    expect(stored!.attemptsMade).toBe(1);
  });

  it('registers the session purge and call expiry schedules once each', async () => {
    const schedulers = await worker.producer.queue(QueueName.Maintenance).getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.name).sort()).toEqual([
      'schedule:auth.purge-ended-sessions',
      'schedule:calls.expire-due',
    ]);
    const weekly = await worker.producer.queue(QueueName.Matching).getJobSchedulers();
    expect(weekly.map((s) => s.key ?? s.name)).toEqual(['schedule:matching.refresh-all']);
    // The full refresh waits for its quiet hour instead of starting with every worker.
    expect(weekly[0].pattern).toBe(MATCHING_REFRESH_CRON);
    const matching = worker.producer.queue(QueueName.Matching);
    const started = await matching.getJobs(['active', 'waiting', 'completed', 'failed']);
    expect(started.filter((j) => j.name === 'matching.refresh-all')).toEqual([]);
    const delayed = (await matching.getJobs(['delayed'])).filter((j) => j.name === 'matching.refresh-all');
    expect(delayed).toHaveLength(1);
    expect(new Date(delayed[0].timestamp + delayed[0].delay).getUTCDay()).toBe(0);
    const digests = await worker.producer.queue(QueueName.Notifications).getJobSchedulers();
    expect(digests.map((s) => s.key ?? s.name).sort()).toEqual([
      'schedule:notifications.digest:daily',
      'schedule:notifications.digest:weekly',
    ]);
  });
});
