import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisations1764400000000 implements MigrationInterface {
  name = 'Organisations1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status varchar(16) NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'published', 'rejected', 'suspended', 'deleted')),
        profile jsonb NOT NULL,
        oid char(9) NOT NULL CHECK (oid ~ '^E[0-9]{8}$'),
        pic char(9) CHECK (pic ~ '^[0-9]{9}$'),
        country char(2) NOT NULL,
        organisation_type varchar(40) NOT NULL,
        display_name varchar(200) NOT NULL,
        oid_verified_at timestamptz,
        oid_verified_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        status_reason text,
        submitted_at timestamptz,
        published_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    // A deleted organisation gives its OID back.
    await q.query(`CREATE UNIQUE INDEX organisation_oid_key ON organisation (oid) WHERE status <> 'deleted'`);
    await q.query(`CREATE INDEX organisation_status_country_idx ON organisation (status, country)`);
    await q.query(
      `CREATE INDEX organisation_published_idx ON organisation (display_name, id) WHERE status = 'published'`,
    );

    await q.query(`
      CREATE TABLE organisation_member (
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role varchar(8) NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await q.query(`CREATE INDEX organisation_member_user_idx ON organisation_member (user_id)`);

    await q.query(`
      CREATE TABLE organisation_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        role varchar(8) NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
        token_hash char(64) NOT NULL UNIQUE,
        invited_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX organisation_invitation_org_idx ON organisation_invitation (organisation_id)`);

    await q.query(`
      CREATE TABLE organisation_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        profile jsonb NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
        proposed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        reason text
      )`);
    // At most one revision waits per organisation.
    await q.query(
      `CREATE UNIQUE INDEX organisation_revision_pending_key ON organisation_revision (organisation_id) WHERE status = 'pending'`,
    );

    await q.query(`
      CREATE TABLE organisation_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        category varchar(40) NOT NULL,
        text text NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'actioned')),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        resolution_note text
      )`);
    await q.query(
      `CREATE INDEX organisation_report_open_idx ON organisation_report (created_at) WHERE status = 'open'`,
    );

    // The audit log keeps no foreign keys: it must outlive the users and organisations it names.
    await q.query(`
      CREATE TABLE moderation_audit (
        id bigserial PRIMARY KEY,
        organisation_id uuid NOT NULL,
        country char(2) NOT NULL,
        actor_id uuid,
        actor_role varchar(16) NOT NULL,
        action varchar(32) NOT NULL,
        subject_id uuid,
        reason text,
        before jsonb,
        after jsonb,
        waiting_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX moderation_audit_org_idx ON moderation_audit (organisation_id, id)`);
    await q.query(`CREATE INDEX moderation_audit_country_idx ON moderation_audit (country, id)`);
    await q.query(`
      CREATE FUNCTION moderation_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_audit is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER moderation_audit_no_change BEFORE UPDATE OR DELETE ON moderation_audit
      FOR EACH ROW EXECUTE FUNCTION moderation_audit_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_audit`);
    await q.query(`DROP FUNCTION moderation_audit_append_only()`);
    await q.query(`DROP TABLE organisation_report`);
    await q.query(`DROP TABLE organisation_revision`);
    await q.query(`DROP TABLE organisation_invitation`);
    await q.query(`DROP TABLE organisation_member`);
    await q.query(`DROP TABLE organisation`);
  }
}
