import type { MigrationInterface, QueryRunner } from 'typeorm';

// An outbox row the relay can never turn into a job (a topic this release does not know, a
// payload that fails validation) is set aside with its error instead of blocking the rows
// behind it; `attempts` and `last_error` already exist.
export class OutboxSetAside1766300000000 implements MigrationInterface {
  name = 'OutboxSetAside1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN set_aside_at timestamptz`);
    await q.query(`DROP INDEX outbox_pending_idx`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE relayed_at IS NULL AND set_aside_at IS NULL`);
    await q.query(`CREATE INDEX outbox_set_aside_idx ON outbox (id) WHERE set_aside_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_set_aside_idx`);
    await q.query(`DROP INDEX outbox_pending_idx`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE relayed_at IS NULL`);
    await q.query(`ALTER TABLE outbox DROP COLUMN set_aside_at`);
  }
}
