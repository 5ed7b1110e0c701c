import { JOB_SCHEDULES, mailJobId, scheduleKey, type JobProducer } from '@syndesmos/jobs';
import type { AppLogger } from '@syndesmos/logger';
import type { MailSender } from '@syndesmos/notifications';

export interface RedisRecovery {
  /** Keys of the catalogue's schedules that Redis does not hold right now. */
  missingSchedules(): Promise<string[]>;
  /** Runs one check now (also what the timer runs). */
  check(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Redis holds queues, not truth: when it loses its data (a restart without persistence, a
 * failover to a lagging replica), this puts back what the platform cannot do without. Every
 * `intervalMs` it re-registers each schedule of the catalogue that is missing, and enqueues
 * again mail still pending `mailResendAfterMs` after it was queued (under the mail's own job
 * id, so a job still in Redis is left alone; sending checks the row, so a mail goes out once).
 * Outbox rows need nothing: they wait in PostgreSQL until relayed.
 */
export function startRedisRecovery(
  producer: JobProducer,
  mail: MailSender,
  logger: AppLogger,
  opts: { intervalMs: number; mailResendAfterMs: number },
): RedisRecovery {
  let running: Promise<void> | null = null;
  let closed = false;

  const restoreSchedules = async (): Promise<void> => {
    const missing = await producer.missingSchedules(JOB_SCHEDULES);
    for (const s of missing) await producer.schedule(s);
    if (missing.length)
      logger.warn({ schedules: missing.map(scheduleKey) }, 'schedules were missing; registered again');
  };

  const resendPendingMail = async (): Promise<void> => {
    let added = 0;
    for (const mailId of await mail.stalePending(opts.mailResendAfterMs)) {
      if (closed) return;
      const outcome = await producer.ensureEnqueued({ name: 'mail.send', data: { mailId } }, mailJobId(mailId));
      if (outcome !== 'present') added++;
    }
    if (added) logger.warn({ mails: added }, 'pending mail had no job; enqueued again');
  };

  const once = async (): Promise<void> => {
    // Each part on its own: Redis or PostgreSQL being away fails one round, not the next.
    await restoreSchedules().catch((err: Error) => logger.warn({ err: err.message }, 'schedule check failed'));
    await resendPendingMail().catch((err: Error) => logger.warn({ err: err.message }, 'pending mail sweep failed'));
  };

  const check = (): Promise<void> => {
    if (closed) return Promise.resolve();
    running ??= once().finally(() => (running = null));
    return running;
  };

  const timer = setInterval(() => void check(), opts.intervalMs);

  return {
    missingSchedules: async () => (await producer.missingSchedules(JOB_SCHEDULES)).map(scheduleKey),
    check,
    async close() {
      closed = true;
      clearInterval(timer);
      await running;
    },
  };
}
