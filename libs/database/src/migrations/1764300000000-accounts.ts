import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1764300000000 implements MigrationInterface {
  name = 'Accounts1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash text NOT NULL,
        display_name varchar(120) NOT NULL,
        preferred_language varchar(2) NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'el')),
        role varchar(16) NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'na_staff', 'admin')),
        na_countries varchar(2)[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_na_countries_only_for_staff CHECK (role = 'na_staff' OR cardinality(na_countries) = 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_lower_key ON app_user (lower(email))`);
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason varchar(32) CHECK (revoked_reason IN ('logout', 'reuse_detected', 'password_changed', 'admin')),
        user_agent varchar(300),
        ip varchar(64)
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_session(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_token_session_idx ON refresh_token (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
