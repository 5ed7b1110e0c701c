import type { DataSource } from '@syndesmos/database';
import { matchingJob, type JobOf, type JobProducer } from '@syndesmos/jobs';
import { CALL_CHANGED, CONSORTIUM_CHANGED } from '@syndesmos/consortia';
import type { AppLogger } from '@syndesmos/logger';
import { MAIL_QUEUED, NOTIFICATION_CREATED } from '@syndesmos/notifications';
import { ORGANISATION_CHANGED } from '@syndesmos/organisations';
import { listenForOutbox, relayOutboxBatch, type OutboxRow } from '@syndesmos/outbox';

// Which job each outbox topic becomes. New kinds of searchable things (partner calls) add a
// line here and a handler; the relay itself does not change.
// A mapping may name its own job id to debounce (matching); otherwise the outbox id is used.
const TOPIC_TO_JOB: Record<string, (row: OutboxRow) => JobOf | { job: JobOf; jobId: string }> = {
  [ORGANISATION_CHANGED]: (row) => ({ name: 'search.sync-organisation', data: { organisationId: row.aggregateId } }),
  [CALL_CHANGED]: (row) => ({ name: 'search.sync-call', data: { callId: row.aggregateId } }),
  [NOTIFICATION_CREATED]: (row) => ({ name: 'notifications.push', data: { notificationId: row.aggregateId } }),
  [MAIL_QUEUED]: (row) => ({ name: 'mail.send', data: { mailId: row.aggregateId } }),
  [CONSORTIUM_CHANGED]: (row) => matchingJob('consortium', row.aggregateId),
};

const DELIVERY_TIMEOUT_MS = 5_000;

export interface OutboxRelay {
  kick(): void;
  close(): Promise<void>;
}

/**
 * Moves outbox rows into BullMQ jobs (job id = outbox id, so a row relayed twice makes one
 * job). Woken by NOTIFY on commit, and by a timer as a safety net. When Redis is down the
 * delivery fails, the rows stay pending in PostgreSQL, and a later round relays them.
 */
export async function startOutboxRelay(
  ds: DataSource,
  databaseUrl: string,
  producer: JobProducer,
  logger: AppLogger,
  pollMs = 1000,
): Promise<OutboxRelay> {
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const deliver = async (rows: OutboxRow[]): Promise<void> => {
    const jobs = rows.map((row) => {
      const toJob = TOPIC_TO_JOB[row.topic];
      if (!toJob) throw new Error(`no job for outbox topic ${row.topic}`);
      const mapped = toJob(row);
      // The row's id makes a row relayed twice one job; its time keeps a recreated database's
      // rows (ids from 1 again) from being taken for jobs Redis still remembers.
      return 'jobId' in mapped ? mapped : { job: mapped, jobId: `outbox-${row.id}-${row.createdAt.getTime()}` };
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        producer.enqueueMany(jobs),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('queue did not accept the jobs in time (is Redis up?)')),
            DELIVERY_TIMEOUT_MS,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };

  const round = async (): Promise<void> => {
    do {
      again = false;
      try {
        while (!closed && (await relayOutboxBatch(ds, deliver)) > 0) {
          // keep draining
        }
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'outbox relay failed; rows stay pending');
      }
    } while (again && !closed);
  };

  const kick = (): void => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = round().finally(() => (running = null));
  };

  const listener = await listenForOutbox(databaseUrl, kick).catch((err: Error) => {
    logger.warn({ err: err.message }, 'outbox LISTEN unavailable; polling only');
    return null;
  });
  const timer = setInterval(kick, pollMs);
  kick();

  return {
    kick,
    async close() {
      closed = true;
      clearInterval(timer);
      await listener?.close().catch(() => undefined);
      await running;
    },
  };
}
