import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { createOperatorContext, type OperatorContext } from '../../scripts/operator-context';
import { aPartnerCall, publishedOrganisation } from '../factories/consortium.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// Issue 18 §1 and §3: a newcomer enters the lists it belongs in within the worker's normal
// path (no weekly refresh, no manual job), and the weekly refresh recomputes only what changed.
describe('fresh match suggestions', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let ops: OperatorContext;
  let admin: SignedInStaff;
  let gr: SignedInUser;
  let itOwner: SignedInUser;
  let pt: SignedInUser;
  const org: Record<string, string> = {};
  const call: Record<string, string> = {};
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });
  const base = { topics: ['green_skills', 'apprenticeships'], languages: ['en'], openToPartnerships: true };

  /** The ids of a subject's suggested organisations (or calls), once it has any. */
  async function listed(path: string, user: SignedInUser, kind: 'organisation' | 'call' = 'organisation') {
    const res = await api.get(`/v1/${path}/suggestions`, t(user));
    expect(res.status).toBe(200);
    return (res.body.items as { target: { kind: string; id: string } }[])
      .filter((s) => s.target.kind === kind)
      .map((s) => s.target.id);
  }
  const shows = (path: string, user: SignedInUser, id: string, kind: 'organisation' | 'call' = 'organisation') =>
    until(async () => ((await listed(path, user, kind)).includes(id) ? true : null), `${id} in ${path}`);

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    ops = await createOperatorContext(env.config);
    admin = await signInStaff(env, api, 'admin');
    gr = await registerUser(api);
    itOwner = await registerUser(api);
    pt = await registerUser(api);
    org.schoolIt = (
      await publishedOrganisation(api, itOwner, admin.accessToken, {
        ...base,
        displayName: 'Istituto Tecnico Bologna',
        country: 'IT',
        organisationType: 'vet_provider',
        naceSections: ['P'],
        naceDivisions: ['85'],
        description: 'A VET school in Bologna teaching welding through apprenticeships and green skills.',
      })
    ).id;
    org.schoolGr = (
      await publishedOrganisation(api, gr, admin.accessToken, {
        ...base,
        displayName: 'EPAL Patras',
        country: 'GR',
        organisationType: 'vet_provider',
        naceSections: ['P'],
        naceDivisions: ['85'],
        description: 'A VET school in Patras training welders in green skills through apprenticeships.',
        lookingFor: { countries: ['PT'], naceSections: ['C'], organisationTypes: ['sme'], text: 'Welding companies' },
      })
    ).id;
    const opened = await api.post(
      '/v1/calls',
      aPartnerCall(org.schoolGr, {
        title: 'Welding apprenticeships for the green transition',
        action: 'KA220-VET',
        topics: ['green_skills', 'apprenticeships'],
        sought: [
          {
            countries: ['PT'],
            naceSections: ['C'],
            organisationTypes: ['sme'],
            count: 1,
            role: 'partner',
            tasks: 'Host',
          },
        ],
        open: true,
      }),
      t(gr),
    );
    expect(opened.status).toBe(201);
    call.gr = opened.body.id;
    // Both subjects have had their own lists computed before the newcomer arrives.
    await shows(`organisations/${org.schoolGr}`, gr, org.schoolIt);
    await shows(`calls/${call.gr}`, gr, org.schoolIt);
  }, 90_000);

  afterAll(async () => {
    await ops?.close();
    await worker?.close();
    await env.close();
  });

  it('puts a newly approved organisation into the lists it belongs in, and a newly opened call into its list', async () => {
    expect(await listed(`organisations/${org.schoolGr}`, gr)).toHaveLength(1);
    org.metalPt = (
      await publishedOrganisation(api, pt, admin.accessToken, {
        ...base,
        displayName: 'Porto Metalworks',
        country: 'PT',
        organisationType: 'sme',
        naceSections: ['C'],
        naceDivisions: ['25'],
        description: 'A manufacturing SME in Porto hosting welding apprentices from VET schools every year.',
      })
    ).id;
    // Approval is the last step: from there the worker alone brings it into both lists, first.
    await shows(`organisations/${org.schoolGr}`, gr, org.metalPt);
    expect((await listed(`organisations/${org.schoolGr}`, gr))[0]).toBe(org.metalPt);
    await shows(`calls/${call.gr}`, gr, org.metalPt);
    expect((await listed(`calls/${call.gr}`, gr))[0]).toBe(org.metalPt);

    // A call opened after the SME's list was computed reaches it the same way.
    const opened = await api.post(
      '/v1/calls',
      aPartnerCall(org.schoolIt, {
        title: 'Green welding for apprentices',
        action: 'KA220-VET',
        topics: ['green_skills'],
        sought: [
          { countries: [], naceSections: ['C'], organisationTypes: ['sme'], count: 1, role: 'partner', tasks: 'Host' },
        ],
        open: true,
      }),
      t(itOwner),
    );
    expect(opened.status).toBe(201);
    call.it = opened.body.id;
    await shows(`organisations/${org.metalPt}`, pt, call.it, 'call');
    // The school's own call never comes back to it, whatever the reverse pass looked at.
    expect(await listed(`organisations/${org.schoolIt}`, itOwner, 'call')).not.toContain(call.it);
  }, 60_000);

  it('recomputes at the weekly run only the subjects whose inputs or neighbourhood changed', async () => {
    const full = await ops.refreshPlanner.run('full');
    // Three organisations and two calls.
    expect(full).toMatchObject({ mode: 'full', refreshed: 5, failed: 0 });

    const quiet = await ops.refreshPlanner.run('incremental');
    expect(quiet).toMatchObject({ mode: 'incremental', planned: 0, refreshed: 0, changedOrganisations: 0 });

    // A dismissal makes that one subject's list due again, and the dismissed one stays away: the
    // list is patched from what it holds (the next best fill the place), as a recompute has it.
    const items = (await api.get(`/v1/organisations/${org.schoolGr}/suggestions`, t(gr))).body.items as {
      id: string;
      target: { id: string };
    }[];
    const school = items.find((s) => s.target.id === org.schoolIt)!;
    expect((await api.post(`/v1/suggestions/${school.id}/dismiss`, { reason: 'Known' }, t(gr))).status).toBe(204);
    const afterDismissal = await ops.refreshPlanner.run('incremental');
    expect(afterDismissal).toMatchObject({ planned: 1, refreshed: 1, failed: 0, patched: 1, recomputed: 0 });
    expect(await listed(`organisations/${org.schoolGr}`, gr)).toEqual([org.metalPt]);
    const ranked = await ops.matching.rank('organisation', org.schoolGr);
    expect(ranked.organisations.map((r) => r.item.id)).toEqual([org.metalPt]);

    // An organisation edited behind the worker's back (no event): the weekly run patches the
    // lists that show it from what they hold, without searching, to what a recompute gives.
    const scoreIn = async () =>
      (
        (await api.get(`/v1/organisations/${org.schoolGr}/suggestions`, t(gr))).body.items as {
          target: { id: string };
          score: number;
        }[]
      ).find((s) => s.target.id === org.metalPt)?.score;
    const before = await scoreIn();
    await ops.dataSource.query(
      `UPDATE organisation SET profile = jsonb_set(profile, '{topics}', '["digital_skills"]'), version = version + 1,
              updated_at = now() WHERE id = $1`,
      [org.metalPt],
    );
    await ops.indexer.sync(org.metalPt);
    const patched = await ops.refreshPlanner.run('incremental');
    expect(patched).toMatchObject({ mode: 'incremental', failed: 0, changedOrganisations: 1 });
    // Its own list is recomputed (its inputs changed); the school's list and the call's are patched.
    expect(patched.patched).toBeGreaterThanOrEqual(2);
    expect(patched.recomputed).toBeGreaterThanOrEqual(1);
    const after = await scoreIn();
    const recomputed = (await ops.matching.rank('organisation', org.schoolGr)).organisations.find(
      (r) => r.item.id === org.metalPt,
    );
    expect(after).toBeLessThan(before!);
    expect(after).toBeCloseTo(recomputed!.scored.score, 3);
    // Nothing changed since: the next run finds nothing to write.
    expect(await ops.refreshPlanner.run('incremental')).toMatchObject({ planned: 0, patched: 0 });

    // The run's own "full" option recomputes everything again.
    expect(await ops.refreshPlanner.run('full')).toMatchObject({ mode: 'full', refreshed: 5 });
  }, 60_000);
});
