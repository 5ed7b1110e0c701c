import type { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications grouped per subject, preferences per kind, outgoing mail (sent by the worker,
// once), single-use e-mail tokens (verification, reset, address change), digest bookkeeping,
// and verified e-mail addresses.
export class Notifications1764800000000 implements MigrationInterface {
  name = 'Notifications1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz`);
    // Accounts from before verification existed keep working as they did.
    await q.query(`UPDATE app_user SET email_verified_at = created_at`);
    await q.query(`
      ALTER TABLE notification
        ADD COLUMN group_key varchar(160),
        ADD COLUMN count integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN emailed_at timestamptz`);
    await q.query(
      `CREATE INDEX notification_group_idx ON notification (user_id, group_key, created_at DESC) WHERE read_at IS NULL`,
    );
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL,
        delivery varchar(10) NOT NULL CHECK (delivery IN ('in_app', 'immediate', 'daily', 'weekly', 'off')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE digest_state (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        frequency varchar(6) NOT NULL CHECK (frequency IN ('daily', 'weekly')),
        last_sent_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, frequency)
      )`);
    await q.query(`
      CREATE TABLE mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address varchar(254) NOT NULL,
        user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        locale varchar(2) NOT NULL,
        template varchar(40) NOT NULL,
        data jsonb NOT NULL,
        unsubscribe_kind varchar(40),
        status varchar(8) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_pending_idx ON mail (created_at) WHERE status = 'pending'`);
    await q.query(`
      CREATE TABLE email_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        purpose varchar(12) NOT NULL CHECK (purpose IN ('verify', 'reset', 'change')),
        token_hash char(64) NOT NULL UNIQUE,
        new_email varchar(254),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX email_token_user_idx ON email_token (user_id, purpose)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_token`);
    await q.query(`DROP TABLE mail`);
    await q.query(`DROP TABLE digest_state`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP INDEX notification_unread_idx`);
    await q.query(`DROP INDEX notification_group_idx`);
    await q.query(`
      ALTER TABLE notification DROP COLUMN group_key, DROP COLUMN count, DROP COLUMN updated_at, DROP COLUMN emailed_at`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email_verified_at`);
  }
}
