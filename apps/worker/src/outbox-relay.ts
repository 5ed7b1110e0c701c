import type { Infrastructure } from '@syndesmos/runtime';
import { jobForOutboxRow, type JobOf, type JobProducer } from '@syndesmos/jobs';
import type { AppLogger } from '@syndesmos/logger';
import { listenForOutbox, relayOutboxBatch, type DeliveryOutcome, type OutboxRow } from '@syndesmos/outbox';

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
  ds: Infrastructure['dataSource'],
  databaseUrl: string,
  producer: JobProducer,
  logger: AppLogger,
  pollMs = 1000,
): Promise<OutboxRelay> {
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  // Which job each topic becomes is the job catalogue's (OUTBOX_TOPICS). A row that can never
  // become one is set aside at once, so the rows behind it flow on; a failure to hand the
  // jobs to Redis is not the rows' fault: they all stay pending and go out on a later round.
  const deliver = async (rows: OutboxRow[]): Promise<DeliveryOutcome> => {
    const setAside: DeliveryOutcome['setAside'] = [];
    const jobs: { job: JobOf; jobId: string }[] = [];
    for (const row of rows) {
      const mapped = jobForOutboxRow(row.topic, row.aggregateId, row.payload);
      if (!mapped.ok) {
        setAside.push({ id: row.id, error: mapped.error });
        logger.warn({ outboxId: row.id, topic: row.topic, err: mapped.error }, 'outbox row set aside');
        continue;
      }
      // The row's id makes a row relayed twice one job; its time keeps a recreated database's
      // rows (ids from 1 again) from being taken for jobs Redis still remembers.
      jobs.push(
        'jobId' in mapped.job ? mapped.job : { job: mapped.job, jobId: `outbox-${row.id}-${row.createdAt.getTime()}` },
      );
    }
    if (jobs.length === 0) return { setAside };
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
    return { setAside };
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
