import type { MigrationInterface, QueryRunner } from 'typeorm';

// Until this release a profile PATCH copied each list field with an object spread, so
// `["green_skills","digital_skills"]` was stored as `{"0":"green_skills","1":"digital_skills"}`
// (and `[]` as `{}`). This turns those objects back into lists, in key order, wherever a
// profile is read from: live profiles and revisions. The same PATCH stored null in fields
// that cannot be empty; where a profile has a starting value for the field (what a create
// without it gets) that value replaces the null. The audit trail is append-only and keeps what
// was stored at the time.
// Published organisations that changed are announced again so search is rebuilt from them.

const LIST_FIELDS = ['naceSections', 'naceDivisions', 'topics', 'targetGroups', 'languages'];
const WISH_LIST_FIELDS = ['countries', 'naceSections', 'organisationTypes'];
// What POST /v1/organisations stores for a field left out, frozen as of this migration.
const STARTING_VALUES = {
  ...Object.fromEntries(LIST_FIELDS.map((f) => [f, []])),
  city: '',
  description: '',
  experience: { level: 'none', pastProjects: 0 },
  lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
  openToPartnerships: true,
};

export class ProfileRepair1766100000000 implements MigrationInterface {
  name = 'ProfileRepair1766100000000';

  async up(q: QueryRunner): Promise<void> {
    // An object whose keys are exactly 0..n-1 becomes the list of its values; anything else stays.
    await q.query(`
      CREATE FUNCTION pg_temp.spread_to_list(v jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE
          WHEN jsonb_typeof(v) IS DISTINCT FROM 'object' THEN v
          WHEN EXISTS (SELECT 1 FROM jsonb_object_keys(v) k WHERE k !~ '^(0|[1-9][0-9]{0,5})$') THEN v
          WHEN (SELECT count(*) FROM jsonb_object_keys(v)) <>
               (SELECT coalesce(max(k::int) + 1, 0) FROM jsonb_object_keys(v) k) THEN v
          ELSE (SELECT coalesce(jsonb_agg(e.value ORDER BY e.key::int), '[]'::jsonb) FROM jsonb_each(v) e)
        END $$`);
    await q.query(`
      CREATE FUNCTION pg_temp.repair_lists(p jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN jsonb_typeof(p) IS DISTINCT FROM 'object' THEN p ELSE
          p
          || coalesce((SELECT jsonb_object_agg(f, pg_temp.spread_to_list(p -> f))
                       FROM unnest(${literal(LIST_FIELDS)}) f WHERE p ? f), '{}'::jsonb)
          || CASE WHEN jsonb_typeof(p -> 'lookingFor') = 'object' THEN jsonb_build_object('lookingFor',
               (p -> 'lookingFor')
               || coalesce((SELECT jsonb_object_agg(f, pg_temp.spread_to_list(p -> 'lookingFor' -> f))
                            FROM unnest(${literal(WISH_LIST_FIELDS)}) f WHERE p -> 'lookingFor' ? f), '{}'::jsonb))
             ELSE '{}'::jsonb END
        END $$`);
    await q.query(`
      CREATE FUNCTION pg_temp.repair_profile(p jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT pg_temp.repair_lists(CASE WHEN jsonb_typeof(p) IS DISTINCT FROM 'object' THEN p ELSE
          p || coalesce((SELECT jsonb_object_agg(d.key, d.value)
                         FROM jsonb_each('${JSON.stringify(STARTING_VALUES)}'::jsonb) d
                         WHERE p -> d.key = 'null'::jsonb), '{}'::jsonb)
        END) $$`);

    await q.query(`
      WITH repaired AS (
        UPDATE organisation
           SET profile = pg_temp.repair_profile(profile), version = version + 1, updated_at = now()
         WHERE profile <> pg_temp.repair_profile(profile)
        RETURNING id, status)
      INSERT INTO outbox (topic, aggregate_id)
      SELECT 'organisation.changed', id FROM repaired WHERE status = 'published'`);
    await q.query(`
      UPDATE organisation_revision SET profile = pg_temp.repair_profile(profile)
       WHERE profile <> pg_temp.repair_profile(profile)`);
    await q.query(`DROP FUNCTION pg_temp.repair_profile(jsonb)`);
    await q.query(`DROP FUNCTION pg_temp.repair_lists(jsonb)`);
    await q.query(`DROP FUNCTION pg_temp.spread_to_list(jsonb)`);
  }

  // A repair of data: there is nothing to undo, and the corrupt shape is not worth restoring.
  async down(): Promise<void> {}
}

function literal(fields: string[]): string {
  return `ARRAY[${fields.map((f) => `'${f}'`).join(', ')}]`;
}
