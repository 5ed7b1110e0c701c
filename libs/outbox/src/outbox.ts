import { Client } from 'pg';
import type { DataSource, EntityManager } from '@syndesmos/database';

// The transactional outbox: a change and the event announcing it commit together, so the
// search index (and anything else downstream) can never miss one. Knows no domain: topics
// are strings the writers and the relay agree on.

export interface OutboxEvent {
  topic: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

export interface OutboxRow {
  id: string;
  topic: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** Appends events inside the caller's transaction. */
export async function appendToOutbox(em: EntityManager, ...events: OutboxEvent[]): Promise<void> {
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
 * transaction. Rows locked by another relay are skipped, so relays can run side by side.
 * When `deliver` throws (Redis down), the rows stay pending and count an attempt.
 */
export async function relayOutboxBatch(
  ds: DataSource,
  deliver: (rows: OutboxRow[]) => Promise<void>,
  batchSize = 200,
): Promise<number> {
  const rows = await ds
    .transaction(async (em) => {
      const claimed: {
        id: string;
        topic: string;
        aggregate_id: string;
        payload: Record<string, unknown>;
        created_at: Date;
      }[] = await em.query(
        `SELECT id, topic, aggregate_id, payload, created_at FROM outbox
          WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (claimed.length === 0) return [];
      const batch = claimed.map((r) => ({
        id: r.id,
        topic: r.topic,
        aggregateId: r.aggregate_id,
        payload: r.payload,
        createdAt: r.created_at,
      }));
      await deliver(batch);
      await em.query(`UPDATE outbox SET relayed_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [
        batch.map((r) => r.id),
      ]);
      return batch;
    })
    .catch(async (err: Error) => {
      await ds
        .query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = $1
          WHERE id IN (SELECT id FROM outbox WHERE relayed_at IS NULL ORDER BY id LIMIT $2)`,
          [err.message.slice(0, 500), batchSize],
        )
        .catch(() => undefined);
      throw err;
    });
  return rows.length;
}

export async function pendingOutboxCount(ds: DataSource): Promise<number> {
  const [row] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
  return row.n;
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
