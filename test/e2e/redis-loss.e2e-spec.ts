import type { AddressInfo } from 'node:net';
import { JOB_SCHEDULES, QueueName, scheduleKey } from '@syndesmos/jobs';
import { deleteKeysWithPrefix } from '@syndesmos/redis';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { registerUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { freePort } from '../support/processes';
import { SmtpSink } from '../support/smtp-sink';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// Redis holds queues, not truth: when it loses every key of the platform (a restart without
// persistence, a failover to a lagging replica) while the API and the worker run, the worker
// puts its schedules back and the mail PostgreSQL still holds as pending goes out, once.
describe('Redis losing its data', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = new SmtpSink(await freePort());
    env = await TestEnv.create({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      WORKER_HEALTH_PORT: '0',
      RECOVERY_CHECK_INTERVAL_MS: '300',
      MAIL_RESEND_AFTER_MS: '1000',
    });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
  });
  afterAll(async () => {
    await worker?.close();
    await env.close();
    await smtp.stop();
  });

  const workerHealth = async () => {
    const { port } = worker.healthServer.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const everySchedule = JOB_SCHEDULES.map(scheduleKey).sort();
  const registeredSchedules = async (): Promise<string[]> => {
    const all = await Promise.all(Object.values(QueueName).map((q) => worker.producer.queue(q).getJobSchedulers()));
    return all
      .flat()
      .map((s) => s.key)
      .sort();
  };

  it('re-registers every schedule by itself and sends each pending mail exactly once, restarting nothing', async () => {
    await until(async () => {
      const h = await workerHealth();
      return h.status === 200 && h.body.schedules.missing.length === 0;
    }, 'a ready worker with its schedules');
    expect(await registeredSchedules()).toEqual(everySchedule);

    // SMTP is down: each registration's verification mail stays pending, its job retrying.
    const users = [];
    for (let i = 0; i < 4; i++) users.push(await registerUser(api, {}, { verified: false }));
    const addresses = users.map((u) => u.input.email.toLowerCase());
    await until(async () => {
      const rows = await env.query<{ attempts: number }>(
        `SELECT attempts FROM mail WHERE lower(to_address) = ANY($1) AND status = 'pending'`,
        [addresses],
      );
      return rows.length === addresses.length && rows.every((r) => r.attempts >= 1);
    }, 'every mail tried once and still pending');

    // Every key of the platform is gone: the schedules and the queued mail jobs with them.
    // Health notices (deleting again until it is seen: the worker may already be repairing).
    const lost = await until(async () => {
      await deleteKeysWithPrefix(env.config.redisUrl, env.config.redisPrefix);
      const h = await workerHealth();
      return h.status === 503 && h.body.schedules.missing.length === everySchedule.length && h;
    }, 'health reporting the lost schedules');
    expect(lost.body.down).toContain('schedules');
    expect([...lost.body.schedules.missing].sort()).toEqual(everySchedule);

    await smtp.start();
    await until(
      async () => {
        const h = await workerHealth();
        return h.status === 200 && h.body.schedules.missing.length === 0;
      },
      'the schedules back, and health ready again',
      30_000,
    );
    expect(await registeredSchedules()).toEqual(everySchedule);

    await until(
      async () => {
        const pending = await env.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM mail WHERE lower(to_address) = ANY($1) AND status <> 'sent'`,
          [addresses],
        );
        const queued = await worker.producer
          .queue(QueueName.Notifications)
          .getJobs(['waiting', 'active', 'delayed', 'prioritized']);
        return pending[0].n === 0 && queued.every((j) => j.name !== 'mail.send');
      },
      'every pending mail sent and no mail job left',
      30_000,
    );
    for (const address of addresses) expect(smtp.to(address)).toHaveLength(1);
  }, 90_000);

  it('sends a mail once however many jobs for it run at the same time', async () => {
    await smtp.stop();
    const user = await registerUser(api, {}, { verified: false });
    const [mail] = await until(async () => {
      const rows = await env.query<{ id: string; attempts: number }>(
        `SELECT id, attempts FROM mail WHERE to_address = $1 AND status = 'pending'`,
        [user.input.email],
      );
      return rows.length === 1 && rows[0].attempts >= 1 && rows;
    }, 'the mail tried once and still pending');
    // Beside its own retrying job, two more under other ids (as a sweep racing a lost job might).
    for (const jobId of ['twice-1', 'twice-2']) {
      await worker.producer.enqueue({ name: 'mail.send', data: { mailId: mail.id } }, { jobId });
    }
    await smtp.start();
    await until(async () => {
      const jobs = await Promise.all(
        ['twice-1', 'twice-2'].map((id) => worker.producer.queue(QueueName.Notifications).getJob(id)),
      );
      return (await Promise.all(jobs.map((j) => j?.isCompleted()))).every(Boolean);
    }, 'both extra jobs finished');
    const [row] = await env.query<{ status: string }>(`SELECT status FROM mail WHERE id = $1`, [mail.id]);
    expect(row.status).toBe('sent');
    expect(smtp.to(user.input.email)).toHaveLength(1);
  }, 60_000);
});
