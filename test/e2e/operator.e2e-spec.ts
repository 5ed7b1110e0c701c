import { isTopic } from '@syndesmos/taxonomies';
import { runCompiled } from '../support/processes';
import { TestEnv, useApi } from '../support/test-env';
import { createOperatorContext } from '../../scripts/operator-context';
import { DEMO_CALLS, DEMO_CONSORTIA } from '../../scripts/demo-calls';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '../../scripts/demo-data';
import { DEMO_ORGANISATIONS } from '../../scripts/demo-organisations';

describe('operator CLI', () => {
  const ctx = useApi();

  const cli = async (...args: string[]) => {
    const p = runCompiled('scripts/cli.js', ctx.env.env, args);
    const { code } = await p.exited;
    return { code, output: p.output() };
  };

  it('creates NA staff with countries, who can then sign in', async () => {
    const res = await cli(
      'create-na-staff',
      '--email',
      'eleni@iky.example',
      '--name',
      'Eleni',
      '--countries',
      'gr, CY',
      '--password',
      'Moderation-desk-2027',
    );
    expect(res.code).toBe(0);
    expect(res.output).toMatch(/created na_staff eleni@iky.example .* for CY, GR/);

    const login = await ctx.api.post('/v1/auth/login', {
      email: 'eleni@iky.example',
      password: 'Moderation-desk-2027',
    });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'na_staff', naCountries: ['CY', 'GR'] });
  });

  it('changes the countries of NA staff, effective on their next request', async () => {
    await cli(
      'create-na-staff',
      '--email',
      'kostas@iky.example',
      '--name',
      'Kostas',
      '--countries',
      'GR',
      '--password',
      'Moderation-desk-2027',
    );
    const login = await ctx.api.post('/v1/auth/login', {
      email: 'kostas@iky.example',
      password: 'Moderation-desk-2027',
    });

    const res = await cli('set-countries', '--email', 'kostas@iky.example', '--countries', 'PT,ES');
    expect(res.code).toBe(0);
    const me = await ctx.api.get('/v1/me', { token: login.body.accessToken });
    expect(me.body.naCountries).toEqual(['ES', 'PT']);

    // As people write them: the EU's EL and UK, in any case, are stored as GR and GB.
    expect((await cli('set-countries', '--email', 'kostas@iky.example', '--countries', 'el,Uk,gr')).code).toBe(0);
    expect((await ctx.api.get('/v1/me', { token: login.body.accessToken })).body.naCountries).toEqual(['GB', 'GR']);
  });

  it('creates an admin with a generated password printed once', async () => {
    const res = await cli('create-admin', '--email', 'root@syndesmos.example', '--name', 'Root');
    expect(res.code).toBe(0);
    const password = /password \(shown once\): (\S+)/.exec(res.output)?.[1];
    expect(password).toBeDefined();
    const login = await ctx.api.post('/v1/auth/login', { email: 'root@syndesmos.example', password });
    expect(login.body.user.role).toBe('admin');
  });

  it('refuses unknown country codes and NA staff without countries', async () => {
    const bad = await cli('create-na-staff', '--email', 'x@iky.example', '--name', 'X', '--countries', 'GR,XX');
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/unknown country codes: XX; .*EL and UK/);
    const none = await cli('set-countries', '--email', 'eleni@iky.example', '--countries', ' ');
    expect(none.code).not.toBe(0);
    expect((await ctx.env.query("SELECT count(*)::int AS n FROM app_user WHERE email = 'x@iky.example'"))[0].n).toBe(0);
  });

  it('refuses a duplicate email and a common password', async () => {
    const dup = await cli('create-admin', '--email', 'ELENI@iky.example', '--name', 'Dup');
    expect(dup.code).toBe(1);
    expect(dup.output).toMatch(/EMAIL_TAKEN/);
    const weak = await cli(
      'create-admin',
      '--email',
      'weak@iky.example',
      '--name',
      'Weak',
      '--password',
      'password12345',
    );
    expect(weak.code).toBe(1);
    expect(weak.output).toMatch(/too common/);
  });

  it('rebuilds the search index with progress', async () => {
    const res = await cli('reindex');
    expect(res.code).toBe(0);
    expect(res.output).toMatch(/reindexed \d+ organisations in [\d.]+ s; the new index is live/);
    expect(res.output).toMatch(/reindexed \d+ open partner calls in [\d.]+ s; the new index is live/);
  });

  it('explains its usage for an unknown command', async () => {
    const res = await cli('grant-everything');
    expect(res.code).toBe(2);
    expect(res.output).toMatch(/create-na-staff/);
  });
});

describe('demo data', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.create();
  });
  afterAll(() => env.close());

  it('is idempotent: seeding twice creates the accounts once', async () => {
    const operator = await createOperatorContext(env.config);
    try {
      expect(await seedDemoData(operator)).toBe(
        DEMO_ACCOUNTS.length + DEMO_ORGANISATIONS.length + DEMO_CALLS.length + DEMO_CONSORTIA.length,
      );
      expect(await seedDemoData(operator)).toBe(0);
    } finally {
      await operator.close();
    }
    const rows = await env.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM app_user WHERE email LIKE '%@demo.syndesmos.eu'",
    );
    expect(rows[0].n).toBe(DEMO_ACCOUNTS.length);
    const orgs = await env.query<{ status: string; n: number; countries: number }>(
      `SELECT status, count(*)::int AS n, count(DISTINCT country)::int AS countries FROM organisation GROUP BY status`,
    );
    const published = orgs.find((o) => o.status === 'published')!;
    expect(published.n).toBeGreaterThanOrEqual(40);
    expect(published.countries).toBeGreaterThanOrEqual(12);
    expect(orgs.find((o) => o.status === 'submitted')!.n).toBeGreaterThan(0);
    const types = await env.query<{ n: number }>(
      `SELECT count(DISTINCT organisation_type)::int AS n FROM organisation WHERE status = 'published'`,
    );
    expect(types[0].n).toBe(17);
    const calls = await env.query<{ status: string; action: string }>(`SELECT status, action FROM partner_call`);
    expect(new Set(calls.filter((c) => c.status === 'open').map((c) => c.action))).toEqual(
      new Set(['KA220-VET', 'KA210-VET']),
    );
    const topics = await env.query<{ topic: string }>(`SELECT DISTINCT unnest(topics) AS topic FROM partner_call`);
    expect(topics.filter((r) => !isTopic(r.topic))).toEqual([]);
    const stages = await env.query<{ status: string }>(`SELECT DISTINCT status FROM consortium ORDER BY status`);
    expect(stages.map((s) => s.status)).toEqual(['closed', 'forming', 'funded', 'ready', 'submitted']);
    // Every demo consortium has a workplan with its activities, results and events.
    const plans = await env.query<{ activities: number; results: number; events: number }>(
      `SELECT (SELECT count(*) FROM workplan_activity a WHERE a.consortium_id = c.id)::int AS activities,
              (SELECT count(*) FROM workplan_result r WHERE r.consortium_id = c.id)::int AS results,
              (SELECT count(*) FROM workplan_event e WHERE e.consortium_id = c.id)::int AS events
         FROM consortium c JOIN workplan w ON w.consortium_id = c.id`,
    );
    expect(plans).toHaveLength(DEMO_CONSORTIA.length);
    expect(plans.every((p) => p.activities === 2 && p.results === 1 && p.events === 1)).toBe(true);

    const api = await env.startApi();
    const ptStaff = await api.post('/v1/auth/login', {
      email: 'na.staff.pt@demo.syndesmos.eu',
      password: DEMO_PASSWORD,
    });
    const ptQueue = await api.get('/v1/moderation/queue', { token: ptStaff.body.accessToken });
    expect(ptQueue.body.items.length).toBeGreaterThan(0);
    expect(ptQueue.body.items.every((i: { country: string }) => i.country === 'PT')).toBe(true);
    const staff = await api.post('/v1/auth/login', { email: 'na.staff@demo.syndesmos.eu', password: DEMO_PASSWORD });
    expect(staff.body.user).toMatchObject({ role: 'na_staff', naCountries: ['CY', 'GR'] });
  });
});
