import type { MigrationInterface, QueryRunner } from 'typeorm';

// Fresh suggestions without recomputing everything (issue 18 §1, §3): per subject, when its
// list was last computed, a fingerprint of the inputs it was computed from, and the score a
// newcomer must reach to enter it (its tenth); per weekly run, when it started, so the next
// one knows what changed since. Suggestions are also found by their target: a changed or
// withdrawn organisation or call refreshes the lists that show it.
export class MatchingFreshness1767200000000 implements MigrationInterface {
  name = 'MatchingFreshness1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matching_subject_state (
        subject_kind varchar(12) NOT NULL CHECK (subject_kind IN ('organisation', 'call', 'consortium')),
        subject_id uuid NOT NULL,
        refreshed_at timestamptz NOT NULL,
        fingerprint text NOT NULL,
        org_count integer NOT NULL,
        org_tenth real,
        call_count integer NOT NULL,
        call_tenth real,
        PRIMARY KEY (subject_kind, subject_id)
      )`);
    await q.query(`
      CREATE TABLE matching_run (
        id bigserial PRIMARY KEY,
        mode varchar(12) NOT NULL CHECK (mode IN ('full', 'incremental')),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        planned integer,
        refreshed integer,
        failed integer
      )`);
    // Plain, not partial: a partial index on status was chosen (on stale statistics) for every
    // "status = 'new'" update of a subject's list, scanning all live suggestions each time.
    // Dismissals and changed rows are read once a week: a scan then costs less than an index
    // kept up to date on every write.
    await q.query(`CREATE INDEX suggestion_target_idx ON suggestion (target_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX suggestion_target_idx`);
    await q.query(`DROP TABLE matching_run`);
    await q.query(`DROP TABLE matching_subject_state`);
  }
}
