import { Inject, Injectable } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { returnedRows, unwrapTx, type Tx } from '@syndesmos/database';
import type { OutboxTopic } from '@syndesmos/jobs';

export type { OutboxTopic };

// The transactional outbox: a change and the event announcing it commit together, so the
// search index (and anything else downstream) can never miss one. Knows no domain: the topics
// and the jobs they become are listed in the job catalogue.

export interface OutboxEvent {
  topic: OutboxTopic;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

export interface OutboxRow {
  id: string;
  /** A string, not an OutboxTopic: a newer release may have written a topic this one does not know. */
  topic: string;
  aggregateId: string;
  payload: unknown;
  createdAt: Date;
}

/** A row the relay could never turn into a job, kept aside with why until an operator retries it. */
export interface SetAsideOutboxRow extends OutboxRow {
  error: string;
  attempts: number;
  setAsideAt: Date;
}

/** What a delivery did with a batch: rows it could never relay, with why; the rest went out. */
export interface DeliveryOutcome {
  setAside: { id: string; error: string }[];
}

/** Appends events inside the caller's transaction. */
export async function appendToOutbox(tx: Tx, ...events: OutboxEvent[]): Promise<void> {
  const em = unwrapTx(tx);
  for (const e of events) {
    await em.query(`INSERT INTO outbox (topic, aggregate_id, payload) VALUES ($1, $2, $3)`, [
      e.topic,
      e.aggregateId,
      JSON.stringify(e.payload ?? {}),
    ]);
  }
}

/**
 * Hands pending rows, oldest first, to `deliver` and marks them relayed in the same
 * transaction, except those `deliver` sets aside (they keep their error and stop being
 * pending). Rows locked by another relay are skipped, so relays can run side by side.
 * When `deliver` throws (Redis down), the rows stay pending and count an attempt.
 */
export async function relayOutboxBatch(
  ds: DataSource,
  deliver: (rows: OutboxRow[]) => Promise<DeliveryOutcome>,
  batchSize = 200,
): Promise<number> {
  let claimedIds: string[] = [];
  const rows = await ds
    .transaction(async (em) => {
      const claimed: {
        id: string;
        topic: string;
        aggregate_id: string;
        payload: unknown;
        created_at: Date;
      }[] = await em.query(
        `SELECT id, topic, aggregate_id, payload, created_at FROM outbox
          WHERE relayed_at IS NULL AND set_aside_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (claimed.length === 0) return [];
      claimedIds = claimed.map((r) => r.id);
      const batch = claimed.map((r) => ({
        id: r.id,
        topic: r.topic,
        aggregateId: r.aggregate_id,
        payload: r.payload,
        createdAt: r.created_at,
      }));
      const { setAside } = await deliver(batch);
      if (setAside.length) {
        await em.query(
          `UPDATE outbox o SET set_aside_at = now(), attempts = o.attempts + 1, last_error = s.error
             FROM unnest($1::bigint[], $2::text[]) AS s(id, error) WHERE o.id = s.id`,
          [setAside.map((r) => r.id), setAside.map((r) => r.error.slice(0, 500))],
        );
      }
      const asideIds = new Set(setAside.map((r) => r.id));
      await em.query(
        `UPDATE outbox SET relayed_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])`,
        [claimedIds.filter((id) => !asideIds.has(id))],
      );
      return batch;
    })
    .catch(async (err: Error) => {
      if (claimedIds.length) {
        await ds
          .query(`UPDATE outbox SET attempts = attempts + 1, last_error = $1 WHERE id = ANY($2::bigint[])`, [
            err.message.slice(0, 500),
            claimedIds,
          ])
          .catch(() => undefined);
      }
      throw err;
    });
  return rows.length;
}

export interface OutboxBacklog {
  /** Rows waiting to be relayed (Redis away, or simply not yet). */
  pending: number;
  /** Rows that can never be relayed as they are, waiting for an operator. */
  setAside: number;
  oldestSetAsideAt: Date | null;
}

export async function outboxBacklog(ds: DataSource): Promise<OutboxBacklog> {
  const [row]: { pending: number; set_aside: number; oldest: Date | null }[] = await ds.query(
    `SELECT count(*) FILTER (WHERE set_aside_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE set_aside_at IS NOT NULL)::int AS set_aside,
            min(set_aside_at) AS oldest
       FROM outbox WHERE relayed_at IS NULL`,
  );
  return { pending: row.pending, setAside: row.set_aside, oldestSetAsideAt: row.oldest };
}

export async function pendingOutboxCount(ds: DataSource): Promise<number> {
  return (await outboxBacklog(ds)).pending;
}

/** The outbox as operators watch it: the backlog, and the rows set aside with their errors. */
@Injectable()
export class OutboxInspector {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async snapshot(setAsideLimit = 100): Promise<OutboxBacklog & { setAsideRows: SetAsideOutboxRow[] }> {
    const [backlog, setAsideRows] = await Promise.all([
      outboxBacklog(this.ds),
      listSetAsideOutbox(this.ds, { limit: setAsideLimit }),
    ]);
    return { ...backlog, setAsideRows };
  }

  /** Puts one set-aside row back to the relay (as `npm run cli -- outbox-retry --id`); false when there is none. */
  async retry(id: string): Promise<boolean> {
    return (await retrySetAsideOutbox(this.ds, id)).length > 0;
  }
}

/** Set-aside rows, oldest first (at most `limit`), or the one with this id. */
export async function listSetAsideOutbox(
  ds: DataSource,
  opts: { id?: string; limit?: number } = {},
): Promise<SetAsideOutboxRow[]> {
  const rows: {
    id: string;
    topic: string;
    aggregate_id: string;
    payload: unknown;
    created_at: Date;
    last_error: string | null;
    attempts: number;
    set_aside_at: Date;
  }[] = await ds.query(
    `SELECT id, topic, aggregate_id, payload, created_at, last_error, attempts, set_aside_at FROM outbox
      WHERE set_aside_at IS NOT NULL AND relayed_at IS NULL AND ($1::bigint IS NULL OR id = $1::bigint)
      ORDER BY id LIMIT $2`,
    [opts.id ?? null, opts.limit ?? 100],
  );
  return rows.map((r) => ({
    id: String(r.id),
    topic: r.topic,
    aggregateId: r.aggregate_id,
    payload: r.payload,
    createdAt: r.created_at,
    error: r.last_error ?? '',
    attempts: Number(r.attempts),
    setAsideAt: r.set_aside_at,
  }));
}

/**
 * Puts set-aside rows (all, or the one with this id) back in line and wakes the relays; a row
 * that still cannot be relayed is set aside again, one attempt more. Returns the ids put back.
 */
export async function retrySetAsideOutbox(ds: DataSource, id?: string): Promise<string[]> {
  return ds.transaction(async (em) => {
    const result: unknown = await em.query(
      `UPDATE outbox SET set_aside_at = NULL
        WHERE set_aside_at IS NOT NULL AND relayed_at IS NULL AND ($1::bigint IS NULL OR id = $1::bigint)
        RETURNING id`,
      [id ?? null],
    );
    const rows = returnedRows<{ id: string }>(result);
    // UPDATE fires no insert trigger: tell the relays (on commit) that rows are waiting.
    if (rows.length) await em.query(`SELECT pg_notify('outbox', '')`);
    return rows.map((r) => String(r.id)).sort((a, b) => Number(a) - Number(b));
  });
}

export type OutboxRowState = { id: string } & (
  { state: 'relayed' | 'pending' } | { state: 'set aside'; error: string; attempts: number }
);

/** Where each of these rows stands (rows that do not exist are left out). */
export async function outboxRowStates(ds: DataSource, ids: string[]): Promise<OutboxRowState[]> {
  const rows: {
    id: string;
    relayed_at: Date | null;
    set_aside_at: Date | null;
    last_error: string;
    attempts: number;
  }[] = await ds.query(
    `SELECT id, relayed_at, set_aside_at, last_error, attempts FROM outbox WHERE id = ANY($1::bigint[]) ORDER BY id`,
    [ids],
  );
  return rows.map((r) =>
    r.relayed_at
      ? { id: String(r.id), state: 'relayed' }
      : r.set_aside_at
        ? { id: String(r.id), state: 'set aside', error: r.last_error ?? '', attempts: Number(r.attempts) }
        : { id: String(r.id), state: 'pending' },
  );
}

/** Calls `onNotify` whenever a transaction that wrote to the outbox commits. */
export async function listenForOutbox(databaseUrl: string, onNotify: () => void): Promise<{ close(): Promise<void> }> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'syndesmos-outbox-listener' });
  client.on('error', () => undefined);
  await client.connect();
  client.on('notification', () => onNotify());
  await client.query('LISTEN outbox');
  return { close: () => client.end() };
}
