import type { MigrationInterface, QueryRunner } from 'typeorm';

// Channel messages with a gapless per-channel sequence, read markers, and direct channels
// between two organisations.
export class Messaging1764700000000 implements MigrationInterface {
  name = 'Messaging1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE channel DROP CONSTRAINT channel_check`);
    await q.query(`
      ALTER TABLE channel
        ADD COLUMN organisation_a uuid REFERENCES organisation(id),
        ADD COLUMN organisation_b uuid REFERENCES organisation(id),
        ADD COLUMN last_seq bigint NOT NULL DEFAULT 0,
        ADD COLUMN last_message_at timestamptz,
        ADD CONSTRAINT channel_kind_fields CHECK (
          (kind = 'consortium' AND consortium_id IS NOT NULL AND organisation_a IS NULL AND organisation_b IS NULL)
          OR (kind = 'direct' AND consortium_id IS NULL AND organisation_a IS NOT NULL AND organisation_a < organisation_b)
        )`);
    // One direct conversation per pair of organisations (stored in id order).
    await q.query(
      `CREATE UNIQUE INDEX channel_direct_pair ON channel (organisation_a, organisation_b) WHERE kind = 'direct'`,
    );
    await q.query(`CREATE INDEX channel_direct_b_idx ON channel (organisation_b) WHERE kind = 'direct'`);
    await q.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel_id uuid NOT NULL REFERENCES channel(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        client_id uuid NOT NULL,
        body text NOT NULL,
        reply_to uuid REFERENCES message(id) ON DELETE SET NULL,
        mentions uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
        UNIQUE (channel_id, seq)
      )`);
    // Sending the same client id twice returns the stored message.
    await q.query(`CREATE UNIQUE INDEX message_client_id ON message (author_id, client_id)`);
    await q.query(`CREATE INDEX message_search_idx ON message USING gin (search)`);
    await q.query(`
      CREATE TABLE read_marker (
        channel_id uuid NOT NULL REFERENCES channel(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (channel_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE read_marker`);
    await q.query(`DROP TABLE message`);
    await q.query(`DELETE FROM channel WHERE kind = 'direct'`);
    await q.query(`
      ALTER TABLE channel
        DROP CONSTRAINT channel_kind_fields,
        DROP COLUMN organisation_a,
        DROP COLUMN organisation_b,
        DROP COLUMN last_seq,
        DROP COLUMN last_message_at,
        ADD CONSTRAINT channel_check CHECK ((kind = 'consortium') = (consortium_id IS NOT NULL))`);
  }
}
