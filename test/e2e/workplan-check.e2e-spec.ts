import { partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

// The workplan's dry run: a draft of one part answers the report the plan would have, with the
// write's own validation and refusals, and nothing is stored.

describe('workplan check', () => {
  const ctx = useApi();
  let gr: SignedInUser; // coordinator's owner
  let pt: SignedInUser; // partner's owner: leads WP2
  let outsider: SignedInUser;
  const org: Record<string, string> = {};
  let consortiumId = '';
  let wp2 = '';
  let activityId = '';

  const t = (u: { accessToken: string }) => ({ token: u.accessToken });
  const base = () => `/v1/consortia/${consortiumId}/workplan`;
  const plan = async (u = gr) => (await ctx.api.get(base(), t(u))).body;
  const check = (body: object, u = gr) => ctx.api.post(`${base()}/check`, body, t(u));
  const fieldsOf = (res: { body: { details: { field: string }[] } }) =>
    [...new Set(res.body.details.map((d) => d.field))].sort();
  const rule = (report: { rules: { rule: string; passed: boolean }[] }, id: string) =>
    report.rules.find((r) => r.rule === id);

  beforeAll(async () => {
    const { api } = ctx;
    const admin = await signInStaff(ctx.env, api, 'admin');
    const cast = await partnerOrganisations(api, admin.accessToken);
    ({ GR: gr, PT: pt } = cast.users);
    Object.assign(org, cast.org);
    outsider = await registerUser(api);
    const c = await api.post(
      '/v1/consortia',
      { organisationId: org.GR, name: 'Checked workplan', action: 'KA220-VET' },
      t(gr),
    );
    consortiumId = c.body.id;
    const inv = await api.post(
      `/v1/consortia/${consortiumId}/invitations`,
      { organisationId: org.PT, role: 'partner' },
      t(gr),
    );
    expect((await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(pt))).status).toBe(200);
    const p = await plan();
    await api.patch(`${base()}/frame`, { version: p.frame.version, lumpSum: 120000, durationMonths: 12 }, t(gr));
    const wp1 = p.workPackages[0];
    await api.patch(`${base()}/work-packages/${wp1.id}`, { version: wp1.version, amount: 20000 }, t(gr));
    const created = await api.post(
      `${base()}/work-packages`,
      { title: 'Curriculum', leadOrganisationId: org.PT, participantIds: [org.GR], amount: 100000 },
      t(gr),
    );
    wp2 = created.body.id;
    const act = await api.post(
      `${base()}/activities`,
      { workPackageId: wp2, title: 'Write it', kind: 'result_development', startMonth: 1, endMonth: 12 },
      t(pt),
    );
    expect(act.status).toBe(201);
    activityId = act.body.id;
  });

  it('answers the report as a changed part would make it, and stores nothing', async () => {
    const before = await plan();
    expect(rule(before.report, 'budget_matches_lump_sum')).toMatchObject({ passed: true });
    const wp = before.workPackages.find((w: { id: string }) => w.id === wp2);

    // One euro off the lump sum: the draft fails the budget rule, naming the sums.
    const off = await check({ part: 'work_package', id: wp2, values: { version: wp.version, amount: 99999 } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ passed: false, allocated: 119999, lumpSum: 120000 });
    expect(rule(off.body, 'budget_matches_lump_sum')).toMatchObject({ passed: false, severity: 'error' });

    // An activity past the last month fails its rule and points at the activity.
    const act = before.activities[0];
    const late = await check({ part: 'activity', id: activityId, values: { version: act.version, endMonth: 13 } }, pt);
    expect(late.status).toBe(200);
    expect(rule(late.body, 'activities_within_duration')).toMatchObject({
      passed: false,
      items: [{ part: 'activity', id: activityId }],
    });

    // A frame draft with a longer duration makes the same activity fit again.
    const longer = await check({ part: 'frame', values: { version: before.frame.version, durationMonths: 13 } });
    expect(rule(longer.body, 'activities_within_duration')).toMatchObject({ passed: true });

    // A new activity is counted too (no id).
    const added = await check(
      {
        part: 'activity',
        values: { workPackageId: wp2, title: 'Late', kind: 'quality_assurance', startMonth: 12, endMonth: 14 },
      },
      pt,
    );
    expect(added.status).toBe(200);
    expect(rule(added.body, 'activities_within_duration')).toMatchObject({ passed: false });

    const after = await plan();
    expect(after.workPackages).toEqual(before.workPackages);
    expect(after.activities).toEqual(before.activities);
    expect(after.frame).toEqual(before.frame);
    expect(after.report).toEqual(before.report);
    const history = await ctx.api.get(`${base()}/history`, t(gr));
    expect(history.body.items.map((c: { detail: { title?: string } }) => c.detail.title)).not.toContain('Late');
  });

  it('answers in the reader’s language', async () => {
    const p = await plan();
    const wp = p.workPackages.find((w: { id: string }) => w.id === wp2);
    const res = await ctx.api.post(
      `${base()}/check`,
      { part: 'work_package', id: wp2, values: { version: wp.version, amount: 99999 } },
      { ...t(gr), headers: { 'accept-language': 'el' } },
    );
    expect(res.status).toBe(200);
    expect(rule(res.body, 'budget_matches_lump_sum')).toMatchObject({ passed: false });
    const reason = res.body.rules.find((r: { rule: string }) => r.rule === 'budget_matches_lump_sum').reason;
    expect(reason).toMatch(/[α-ω]/);
  });

  it('refuses as the write would: 404 outside, 403 a part not led, 400 bad drafts; a stale draft is checked on what is there now', async () => {
    const p = await plan();
    const wp1 = p.workPackages[0];
    const act = p.activities[0];
    const notMember = await check({ part: 'activity', id: activityId, values: { version: act.version } }, outsider);
    expect(notMember.status).toBe(404);
    expect(notMember.body.code).toBe('NOT_FOUND');
    // The partner does not lead WP1, nor may it touch the frame.
    const notLed = await check(
      { part: 'work_package', id: wp1.id, values: { version: wp1.version, title: 'Mine' } },
      pt,
    );
    expect(notLed.status).toBe(403);
    expect(notLed.body.code).toBe('FORBIDDEN');
    expect((await check({ part: 'frame', values: { version: p.frame.version, summary: 'x' } }, pt)).status).toBe(403);
    const stale = await check(
      { part: 'activity', id: activityId, values: { version: act.version + 5, endMonth: 13 } },
      pt,
    );
    // Someone saved first: the panel still gets the report of the draft over the saved part,
    // not a conflict (the save answers that), and the stale version changes nothing stored.
    expect(stale.status).toBe(200);
    expect(rule(stale.body, 'activities_within_duration')).toMatchObject({
      passed: false,
      items: [{ part: 'activity', id: activityId }],
    });
    expect((await plan()).activities[0]).toMatchObject({ version: act.version, endMonth: act.endMonth });
    const gone = await check({
      part: 'activity',
      id: '00000000-0000-4000-8000-000000000000',
      values: { version: 1, amount: 1 },
    });
    expect(gone.status).toBe(404);

    // The values go through the write's own validation, fields named as that write names them.
    const bad = await check(
      { part: 'activity', id: activityId, values: { version: act.version, amount: -1, colour: 'red' } },
      pt,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(bad)).toEqual(['amount', 'colour']);
    const noVersion = await check({ part: 'activity', id: activityId, values: { amount: 1 } }, pt);
    expect(noVersion.status).toBe(400);
    expect(fieldsOf(noVersion)).toEqual(['version']);
    const newWithoutTitle = await check({ part: 'result', values: { type: 'curriculum', dueMonth: 3 } });
    expect(newWithoutTitle.status).toBe(400);
    expect(fieldsOf(newWithoutTitle)).toEqual(['title']);
    const backwards = await check(
      { part: 'activity', id: activityId, values: { version: act.version, startMonth: 5, endMonth: 2 } },
      pt,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.details[0].field).toBe('endMonth');
    expect((await check({ part: 'budget', values: {} })).status).toBe(400);
    expect((await check({ part: 'activity', id: 'nope', values: {} })).status).toBe(400);
    expect((await check({ part: 'activity', id: activityId, values: 'amount=1' })).status).toBe(400);
  });
});
