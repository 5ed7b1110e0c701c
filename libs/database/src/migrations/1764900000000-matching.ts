import type { MigrationInterface, QueryRunner } from 'typeorm';

// Match suggestions with their score, components and reasons, and what people did with them.
export class Matching1764900000000 implements MigrationInterface {
  name = 'Matching1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE suggestion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_kind varchar(12) NOT NULL CHECK (subject_kind IN ('organisation', 'call', 'consortium')),
        subject_id uuid NOT NULL,
        target_kind varchar(12) NOT NULL CHECK (target_kind IN ('organisation', 'call')),
        target_id uuid NOT NULL,
        score real NOT NULL,
        rank integer NOT NULL,
        components jsonb NOT NULL,
        reasons jsonb NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'saved', 'dismissed', 'acted', 'stale')),
        dismiss_reason text,
        acted varchar(12),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subject_kind, subject_id, target_kind, target_id)
      )`);
    await q.query(`CREATE INDEX suggestion_subject_idx ON suggestion (subject_kind, subject_id, status, rank)`);
    await q.query(`
      CREATE TABLE suggestion_event (
        id bigserial PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES suggestion(id) ON DELETE CASCADE,
        user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action varchar(12) NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE suggestion_event`);
    await q.query(`DROP TABLE suggestion`);
  }
}
