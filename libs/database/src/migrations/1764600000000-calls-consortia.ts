import type { MigrationInterface, QueryRunner } from 'typeorm';

// Partner calls and their answers, consortia with members, invitations and history, the
// private channel record of each consortium, and in-app notifications (the expiry job tells a
// call's owners through them).
export class CallsConsortia1764600000000 implements MigrationInterface {
  name = 'CallsConsortia1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consortium (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        action varchar(16) NOT NULL,
        summary text NOT NULL DEFAULT '',
        na_deadline date,
        status varchar(12) NOT NULL DEFAULT 'forming'
          CHECK (status IN ('forming', 'ready', 'submitted', 'funded', 'not_funded', 'closed')),
        application_reference varchar(64),
        coordinator_id uuid NOT NULL REFERENCES organisation(id),
        from_call_id uuid,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE consortium_member (
        consortium_id uuid NOT NULL REFERENCES consortium(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        role varchar(20) NOT NULL CHECK (role IN ('coordinator', 'partner', 'associated_partner')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consortium_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX consortium_member_org_idx ON consortium_member (organisation_id)`);
    // Exactly one coordinator per consortium, whatever races happen.
    await q.query(
      `CREATE UNIQUE INDEX consortium_one_coordinator ON consortium_member (consortium_id) WHERE role = 'coordinator'`,
    );
    await q.query(`
      CREATE TABLE consortium_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL REFERENCES consortium(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        role varchar(20) NOT NULL CHECK (role IN ('partner', 'associated_partner')),
        message text,
        status varchar(12) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
        answer_id uuid,
        invited_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX consortium_invitation_pending ON consortium_invitation (consortium_id, organisation_id) WHERE status = 'pending'`,
    );
    await q.query(`CREATE INDEX consortium_invitation_org_idx ON consortium_invitation (organisation_id, status)`);
    await q.query(`
      CREATE TABLE consortium_event (
        id bigserial PRIMARY KEY,
        consortium_id uuid NOT NULL REFERENCES consortium(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_organisation_id uuid,
        action varchar(32) NOT NULL,
        organisation_id uuid,
        detail jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX consortium_event_idx ON consortium_event (consortium_id, id DESC)`);
    await q.query(`
      CREATE TABLE channel (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(12) NOT NULL CHECK (kind IN ('consortium', 'direct')),
        consortium_id uuid UNIQUE REFERENCES consortium(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'consortium') = (consortium_id IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE partner_call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        kind varchar(12) NOT NULL CHECK (kind IN ('project', 'replacement')),
        consortium_id uuid REFERENCES consortium(id) ON DELETE SET NULL,
        status varchar(10) NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'open', 'paused', 'closed', 'expired')),
        closed_reason varchar(16) CHECK (closed_reason IN ('found_partners', 'withdrawn')),
        urgent boolean NOT NULL DEFAULT false,
        title varchar(200) NOT NULL,
        summary text NOT NULL,
        action varchar(16) NOT NULL,
        topics text[] NOT NULL DEFAULT '{}',
        sought jsonb NOT NULL DEFAULT '[]',
        languages text[] NOT NULL DEFAULT '{}',
        planned_start date,
        duration_months integer,
        na_deadline date,
        answer_by date NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        opened_at timestamptz,
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX partner_call_org_idx ON partner_call (organisation_id, created_at DESC)`);
    await q.query(`CREATE INDEX partner_call_due_idx ON partner_call (answer_by) WHERE status IN ('open', 'paused')`);
    await q.query(
      `ALTER TABLE consortium ADD CONSTRAINT consortium_from_call_fk FOREIGN KEY (from_call_id) REFERENCES partner_call(id) ON DELETE SET NULL`,
    );
    await q.query(`
      CREATE TABLE call_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES partner_call(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        role varchar(20) NOT NULL CHECK (role IN ('partner', 'associated_partner')),
        offer text NOT NULL,
        contact jsonb NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'shortlisted', 'declined', 'withdrawn')),
        invitation_id uuid REFERENCES consortium_invitation(id) ON DELETE SET NULL,
        submitted_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // An organisation answers a call once; after withdrawing it may answer again.
    await q.query(
      `CREATE UNIQUE INDEX call_answer_once ON call_answer (call_id, organisation_id) WHERE status <> 'withdrawn'`,
    );
    await q.query(`CREATE INDEX call_answer_org_idx ON call_answer (organisation_id, created_at DESC)`);
    await q.query(
      `ALTER TABLE consortium_invitation ADD CONSTRAINT consortium_invitation_answer_fk FOREIGN KEY (answer_id) REFERENCES call_answer(id) ON DELETE SET NULL`,
    );

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        dedupe_key varchar(120),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id DESC)`);
    // A job that runs twice must not tell someone twice.
    await q.query(`CREATE UNIQUE INDEX notification_dedupe ON notification (user_id, dedupe_key)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`ALTER TABLE consortium_invitation DROP CONSTRAINT consortium_invitation_answer_fk`);
    await q.query(`DROP TABLE call_answer`);
    await q.query(`ALTER TABLE consortium DROP CONSTRAINT consortium_from_call_fk`);
    await q.query(`DROP TABLE partner_call`);
    await q.query(`DROP TABLE channel`);
    await q.query(`DROP TABLE consortium_event`);
    await q.query(`DROP TABLE consortium_invitation`);
    await q.query(`DROP TABLE consortium_member`);
    await q.query(`DROP TABLE consortium`);
  }
}
