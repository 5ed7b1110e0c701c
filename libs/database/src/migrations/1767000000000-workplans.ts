import type { MigrationInterface, QueryRunner } from 'typeorm';

// A consortium's workplan: its frame, work packages, activities, results and events, each with
// its own version for optimistic edits, and the history of changes. Every organisation a part
// names must be a member of the consortium (composite foreign keys on consortium_member), so a
// member leaving keeps the plan consistent by itself: it drops out of every list of
// participants and every part it led is left without a lead, for the coordinator to reassign.
const MONTH = (c: string) => `CHECK (${c} BETWEEN 1 AND 36)`;
const MEMBER = (column: string, onDelete: string) =>
  `FOREIGN KEY (consortium_id, ${column}) REFERENCES consortium_member (consortium_id, organisation_id) ${onDelete}`;
// What every part of a plan carries: its own version, its times, and a key its links refer to.
const PART = `version integer NOT NULL DEFAULT 1, created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), UNIQUE (consortium_id, id)`;
const LEAD = (column: string) => MEMBER(column, `ON DELETE SET NULL (${column})`);

const LINKS: [table: string, owner: string, ownerTable: string, other: string, otherRef: string][] = [
  ['workplan_work_package_participant', 'work_package_id', 'workplan_work_package', 'organisation_id', 'member'],
  ['workplan_activity_participant', 'activity_id', 'workplan_activity', 'organisation_id', 'member'],
  ['workplan_result_contributor', 'result_id', 'workplan_result', 'organisation_id', 'member'],
  ['workplan_result_activity', 'result_id', 'workplan_result', 'activity_id', 'workplan_activity'],
  ['workplan_event_result', 'event_id', 'workplan_event', 'result_id', 'workplan_result'],
];

export class Workplans1767000000000 implements MigrationInterface {
  name = 'Workplans1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE workplan (
        consortium_id uuid PRIMARY KEY REFERENCES consortium (id) ON DELETE CASCADE,
        lump_sum integer CHECK (lump_sum > 0),
        duration_months integer ${MONTH('duration_months')},
        planned_start date,
        aim varchar(32),
        summary text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE workplan_work_package (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL REFERENCES workplan (consortium_id) ON DELETE CASCADE,
        management boolean NOT NULL DEFAULT false,
        title varchar(200) NOT NULL,
        objectives text NOT NULL DEFAULT '',
        indicators text NOT NULL DEFAULT '',
        lead_organisation_id uuid,
        amount integer NOT NULL DEFAULT 0 CHECK (amount >= 0),
        ${PART},
        ${LEAD('lead_organisation_id')}
      )`);
    await q.query(
      `CREATE UNIQUE INDEX workplan_one_management_package ON workplan_work_package (consortium_id) WHERE management`,
    );
    await q.query(`
      CREATE TABLE workplan_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL REFERENCES workplan (consortium_id) ON DELETE CASCADE,
        work_package_id uuid,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        kind varchar(32) NOT NULL,
        lead_organisation_id uuid,
        start_month integer NOT NULL ${MONTH('start_month')},
        end_month integer NOT NULL ${MONTH('end_month')},
        expected_results text NOT NULL DEFAULT '',
        amount integer NOT NULL DEFAULT 0 CHECK (amount >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_month >= start_month),
        UNIQUE (consortium_id, id),
        FOREIGN KEY (consortium_id, work_package_id) REFERENCES workplan_work_package (consortium_id, id) ON DELETE CASCADE,
        ${LEAD('lead_organisation_id')}
      )`);
    await q.query(`
      CREATE TABLE workplan_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL REFERENCES workplan (consortium_id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        type varchar(32) NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        lead_organisation_id uuid,
        due_month integer NOT NULL ${MONTH('due_month')},
        ${PART},
        ${LEAD('lead_organisation_id')}
      )`);
    await q.query(`
      CREATE TABLE workplan_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL REFERENCES workplan (consortium_id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        host_organisation_id uuid,
        country char(2) NOT NULL,
        month integer NOT NULL ${MONTH('month')},
        participants_local integer NOT NULL DEFAULT 0 CHECK (participants_local >= 0),
        participants_international integer NOT NULL DEFAULT 0 CHECK (participants_international >= 0),
        ${PART},
        ${LEAD('host_organisation_id')}
      )`);
    for (const [table, owner, ownerTable, other, otherRef] of LINKS) {
      const otherKey =
        otherRef === 'member'
          ? MEMBER(other, 'ON DELETE CASCADE')
          : `FOREIGN KEY (consortium_id, ${other}) REFERENCES ${otherRef} (consortium_id, id) ON DELETE CASCADE`;
      await q.query(`
        CREATE TABLE ${table} (
          consortium_id uuid NOT NULL,
          ${owner} uuid NOT NULL,
          ${other} uuid NOT NULL,
          PRIMARY KEY (${owner}, ${other}),
          FOREIGN KEY (consortium_id, ${owner}) REFERENCES ${ownerTable} (consortium_id, id) ON DELETE CASCADE,
          ${otherKey}
        )`);
      await q.query(`CREATE INDEX ${table}_consortium_idx ON ${table} (consortium_id)`);
    }
    for (const table of ['workplan_work_package', 'workplan_activity', 'workplan_result', 'workplan_event']) {
      await q.query(`CREATE INDEX ${table}_consortium_idx ON ${table} (consortium_id)`);
    }
    await q.query(`
      CREATE TABLE workplan_change (
        id bigserial PRIMARY KEY,
        consortium_id uuid NOT NULL REFERENCES workplan (consortium_id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        actor_organisation_id uuid,
        part varchar(16) NOT NULL,
        part_id uuid,
        action varchar(16) NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX workplan_change_consortium_idx ON workplan_change (consortium_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workplan_change`);
    for (const [table] of [...LINKS].reverse()) await q.query(`DROP TABLE ${table}`);
    for (const table of ['workplan_event', 'workplan_result', 'workplan_activity', 'workplan_work_package']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP TABLE workplan`);
  }
}
