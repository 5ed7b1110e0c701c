import type { MigrationInterface, QueryRunner } from 'typeorm';

// A call can name countries it will not take partners from ("not from Germany or Czechia"):
// matching and "calls my organisation fits" treat them as a hard exclusion. Existing calls
// exclude nothing, so their search documents stay right without a reindex.
export class CallExcludedCountries1767150000000 implements MigrationInterface {
  name = 'CallExcludedCountries1767150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE partner_call ADD COLUMN excluded_countries text[] NOT NULL DEFAULT '{}'
         CONSTRAINT partner_call_excluded_countries_size CHECK (cardinality(excluded_countries) <= 60)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_call DROP COLUMN excluded_countries`);
  }
}
