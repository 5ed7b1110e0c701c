import { Client } from 'pg';
import { createDataSource, MIGRATIONS } from '@syndesmos/database';
import { anOrganisation } from '../factories/organisation.factory';
import { baseTestConfig, databaseUrlFor } from '../support/test-services';

const REPAIR = 'ProfileRepair1766100000000';
const timestampOf = (m: { name: string }) => Number(/\d{13}$/.exec(m.name)![0]);

// What a profile PATCH stored before the fix: every list spread into an object.
const spread = (list: string[]) => Object.fromEntries(list.map((v, i) => [String(i), v]));

describe('the profile repair migration', () => {
  const config = baseTestConfig();
  const name = `syndesmos_profile_repair_${process.pid}`;
  const url = databaseUrlFor(config.databaseUrl, name);
  const admin = () => new Client({ connectionString: databaseUrlFor(config.databaseUrl, 'postgres') });
  let db: Client;

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    // The schema as it was before the repair.
    const before = createDataSource(url, [], 1);
    const repair = MIGRATIONS.find((m) => m.name === REPAIR)!;
    before.setOptions({ migrations: MIGRATIONS.filter((m) => timestampOf(m) < timestampOf(repair)) });
    await before.initialize();
    await before.runMigrations();
    await before.destroy();
    db = new Client({ connectionString: url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  async function insertOrganisation(status: string, profile: Record<string, unknown>): Promise<string> {
    const [row] = (
      await db.query(
        `INSERT INTO organisation (status, profile, oid, country, organisation_type, display_name, created_at, updated_at, version)
         VALUES ($1, $2, $3, 'GR', 'vet_provider', 'Repaired', now(), now(), 1) RETURNING id`,
        [status, JSON.stringify(profile), profile.oid],
      )
    ).rows;
    return row.id;
  }

  it('turns spread lists back into lists in key order, and fills nulls with starting values, in profiles and revisions', async () => {
    const good = anOrganisation({ naceRevision: 'NACE_REV2' });
    const corrupt = {
      ...good,
      topics: {
        '1': 'digital_skills',
        '0': 'green_skills',
        '10': 'inclusion',
        '2': 'a',
        '3': 'b',
        '4': 'c',
        '5': 'd',
        '6': 'e',
        '7': 'f',
        '8': 'g',
        '9': 'h',
      },
      naceSections: spread(['P', 'C']),
      naceDivisions: {},
      targetGroups: spread(['cvet_learners']),
      languages: spread(['el', 'en', 'pt']),
      lookingFor: { ...good.lookingFor, countries: spread(['PT', 'ES']) },
    };
    const draft = await insertOrganisation('draft', corrupt);
    const published = await insertOrganisation('published', { ...corrupt, oid: 'E99999991' });
    const untouched = await insertOrganisation('published', { ...good, oid: 'E99999992' });
    const nulls = {
      ...good,
      oid: 'E99999993',
      legalName: null,
      pic: null,
      city: null,
      description: null,
      topics: null,
      naceDivisions: null,
      experience: null,
      lookingFor: null,
      openToPartnerships: null,
    };
    const nulled = await insertOrganisation('draft', nulls);
    await db.query(
      `INSERT INTO organisation_revision (organisation_id, profile, status, created_at, updated_at)
       VALUES ($1, $2, 'pending', now(), now())`,
      [published, JSON.stringify(corrupt)],
    );
    await db.query(
      `INSERT INTO moderation_audit (organisation_id, country, actor_role, action, before, after, created_at)
       VALUES ($1, 'GR', 'na_staff', 'revision_approved', $2, $3, now())`,
      [published, JSON.stringify(good), JSON.stringify(corrupt)],
    );

    const ds = createDataSource(url, [], 1);
    await ds.initialize();
    try {
      expect((await ds.runMigrations()).map((m) => m.name)).toContain(REPAIR);
    } finally {
      await ds.destroy();
    }

    const expected = {
      topics: ['green_skills', 'digital_skills', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'inclusion'],
      naceSections: ['P', 'C'],
      naceDivisions: [],
      targetGroups: ['cvet_learners'],
      languages: ['el', 'en', 'pt'],
      lookingFor: { ...good.lookingFor, countries: ['PT', 'ES'] },
    };
    const profiles = (await db.query(`SELECT id, profile, version FROM organisation`)).rows;
    const byId = (id: string) => profiles.find((r) => r.id === id);
    expect(byId(draft).profile).toEqual({ ...corrupt, ...expected });
    expect(byId(published).profile).toEqual({ ...corrupt, ...expected, oid: 'E99999991' });
    expect(byId(untouched)).toMatchObject({ profile: { ...good, oid: 'E99999992' }, version: 1 });
    expect(byId(published).version).toBe(2);
    // Nulls where a field cannot be empty become what a create without the field stores; a
    // null legal name has no such value and stays for the owner to fill in.
    expect(byId(nulled).profile).toEqual({
      ...nulls,
      city: '',
      description: '',
      topics: [],
      naceDivisions: [],
      experience: { level: 'none', pastProjects: 0 },
      lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
      openToPartnerships: true,
    });
    const [revision] = (await db.query(`SELECT profile FROM organisation_revision`)).rows;
    expect(revision.profile).toEqual({ ...corrupt, ...expected });
    const [audit] = (await db.query(`SELECT before, after FROM moderation_audit`)).rows;
    expect(audit).toEqual({ before: good, after: corrupt }); // the audit trail is append-only
    // Search hears again about the repaired published profile, and only about it.
    const outbox = (await db.query(`SELECT topic, aggregate_id FROM outbox`)).rows;
    expect(outbox).toEqual([{ topic: 'organisation.changed', aggregate_id: published }]);
  });
});
