import type { MigrationInterface, QueryRunner } from 'typeorm';

// The incremental refresh patches a list instead of recomputing it (issue 18 §3): it needs the
// list itself, in order, with the text relevance each organisation was found with (scores are
// recomputed from it exactly). Null for lists computed before: those are recomputed once.
export class MatchingList1767300000000 implements MigrationInterface {
  name = 'MatchingList1767300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matching_subject_state ADD COLUMN list jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE matching_subject_state DROP COLUMN list`);
  }
}
