import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { addMember, partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';
import { until } from '../support/until';

// The workplan API end to end: a KA220-VET plan built by the coordinator and a partner that
// leads a work package, each refusal (404, 403, 409, 400), two people editing one part at
// once, the history, a member leaving, and the live event every change publishes.

describe('workplan', () => {
  const ctx = useApi();
  let gr: SignedInUser; // coordinator's owner
  let pt: SignedInUser; // partner's owner: leads WP2
  let es: SignedInUser;
  let grMember: SignedInUser; // a plain member of the coordinator: reads, does not edit
  let outsider: SignedInUser;
  const org: Record<string, string> = {};
  let consortiumId = '';
  const events: { consortiumId: string; part?: string }[] = [];
  let sub: Redis;

  const t = (u: { accessToken: string }) => ({ token: u.accessToken });
  const base = () => `/v1/consortia/${consortiumId}/workplan`;
  const plan = async (u = gr) => {
    const res = await ctx.api.get(base(), t(u));
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    const { env, api } = ctx;
    const admin = await signInStaff(env, api, 'admin');
    const cast = await partnerOrganisations(api, admin.accessToken);
    ({ GR: gr, PT: pt, ES: es } = cast.users);
    Object.assign(org, cast.org);
    [outsider, grMember] = await Promise.all([registerUser(api), addMember(api, gr.accessToken, org.GR!, 'member')]);
    const c = await api.post(
      '/v1/consortia',
      { organisationId: org.GR, name: 'Green welding workplan', action: 'KA220-VET' },
      t(gr),
    );
    consortiumId = c.body.id;
    for (const [code, user] of [
      ['PT', pt],
      ['ES', es],
    ] as const) {
      const inv = await api.post(
        `/v1/consortia/${consortiumId}/invitations`,
        { organisationId: org[code], role: 'partner' },
        t(gr),
      );
      expect((await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(user))).status).toBe(200);
    }
    sub = new Redis(env.config.redisUrl);
    await sub.subscribe(`${env.config.redisPrefix}rt:events`);
    sub.on('message', (_ch, raw: string) => {
      const e = JSON.parse(raw) as { name: string; payload: { consortiumId: string; part?: string } };
      if (e.name === 'consortium.updated') events.push(e.payload);
    });
  });
  afterAll(() => sub?.quit());

  it('exists for every consortium, with WP1 project management led by the coordinator, readable by members only', async () => {
    const p = await plan(grMember);
    expect(p).toMatchObject({
      action: 'KA220-VET',
      canManage: false,
      frame: { lumpSum: null, version: 1, editable: false },
    });
    expect(p.workPackages).toEqual([
      expect.objectContaining({ number: 1, management: true, title: 'Project management', leadOrganisationId: org.GR }),
    ]);
    expect(p.allowed).toMatchObject({
      lumpSums: [120000, 250000, 400000],
      minDurationMonths: 12,
      maxDurationMonths: 36,
    });
    expect(p.report.passed).toBe(false);
    expect(p.report.rules.map((r: { rule: string }) => r.rule)).toContain('project_management_share');
    expect(p.partners.map((x: { organisationId: string }) => x.organisationId)).toEqual([org.GR, org.PT, org.ES]);
    expect((await ctx.api.get(base(), t(outsider))).status).toBe(404);
    expect((await ctx.api.get(`${base()}/history`, t(outsider))).status).toBe(404);
    expect((await ctx.api.get(`/v1/consortia/${randomUUID()}/workplan`, t(gr))).status).toBe(404);
    expect((await ctx.api.get(base())).status).toBe(401);
  });

  it('is built by the coordinator and a work package’s lead, round-tripping every field, until every rule passes', async () => {
    let p = await plan();
    const frame = await ctx.api.patch(
      `${base()}/frame`,
      {
        version: p.frame.version,
        lumpSum: 250000,
        durationMonths: 24,
        plannedStart: '2027-09-01',
        aim: 'innovation',
        summary: 'Welding for wind',
      },
      t(gr),
    );
    expect(frame.status).toBe(200);
    expect(frame.body.frame).toMatchObject({
      lumpSum: 250000,
      durationMonths: 24,
      plannedStart: '2027-09-01',
      aim: 'innovation',
      summary: 'Welding for wind',
      version: 2,
      editable: true,
    });
    const wp1 = frame.body.workPackages[0];
    expect(
      (
        await ctx.api.patch(
          `${base()}/work-packages/${wp1.id}`,
          { version: wp1.version, amount: 50000, participantIds: [org.PT, org.ES] },
          t(gr),
        )
      ).status,
    ).toBe(200);

    const wpBody = {
      title: 'Curriculum',
      objectives: 'A shared curriculum',
      indicators: '1 curriculum, 4 languages',
      leadOrganisationId: org.PT,
      participantIds: [org.ES],
      amount: 200000,
    };
    const wp2 = await ctx.api.post(`${base()}/work-packages`, wpBody, t(gr));
    expect(wp2.status).toBe(201);
    const created = wp2.body.workplan.workPackages.find((w: { id: string }) => w.id === wp2.body.id);
    expect(created).toMatchObject({ ...wpBody, number: 2, management: false, version: 1 });

    // The partner leading WP2 adds and edits its activities; the coordinator adds one in WP1.
    const actBody = {
      workPackageId: wp2.body.id,
      title: 'Draft the curriculum',
      description: 'Modules',
      kind: 'result_development',
      leadOrganisationId: org.PT,
      participantIds: [org.ES],
      startMonth: 3,
      endMonth: 24,
      expectedResults: 'A draft',
      amount: 200000,
    };
    const a2 = await ctx.api.post(`${base()}/activities`, actBody, t(pt));
    expect(a2.status).toBe(201);
    expect(a2.body.workplan.activities.find((a: { id: string }) => a.id === a2.body.id)).toMatchObject({
      ...actBody,
      version: 1,
      editable: true,
    });
    const a1 = await ctx.api.post(
      `${base()}/activities`,
      {
        workPackageId: wp1.id,
        title: 'Coordination',
        kind: 'project_management',
        leadOrganisationId: org.GR,
        startMonth: 1,
        endMonth: 24,
        amount: 50000,
      },
      t(gr),
    );
    expect(a1.status).toBe(201);

    const resultBody = {
      title: 'Green welding curriculum',
      description: 'EQF 4',
      type: 'curriculum',
      languages: ['en', 'pt'],
      targetGroups: ['ivet_learners'],
      leadOrganisationId: org.PT,
      contributorIds: [org.ES],
      dueMonth: 14,
      activityIds: [a2.body.id],
    };
    const r = await ctx.api.post(`${base()}/results`, resultBody, t(pt));
    expect(r.status).toBe(201);
    expect(r.body.workplan.results[0]).toMatchObject(resultBody);
    const eventBody = {
      title: 'Multiplier event in Seville',
      description: 'Open day',
      hostOrganisationId: org.ES,
      country: 'ES',
      month: 20,
      participantsLocal: 40,
      participantsInternational: 10,
      resultIds: [r.body.id],
    };
    const e = await ctx.api.post(`${base()}/events`, eventBody, t(es));
    expect(e.status).toBe(201);
    expect(e.body.workplan.events[0]).toMatchObject(eventBody);

    p = await plan(pt);
    expect(p.report).toMatchObject({ passed: true, errors: 0, warnings: 0, allocated: 250000 });
    const ptView = p.partners.find((x: { organisationId: string }) => x.organisationId === org.PT);
    expect(ptView).toMatchObject({
      leads: { workPackages: [wp2.body.id], activities: [a2.body.id], results: [r.body.id] },
    });
    expect(ptView.activeMonths[0]).toBe(3);
    expect(p.workPackages.find((w: { id: string }) => w.id === wp1.id).editable).toBe(false);
    await until(
      async () => events.filter((x) => x.consortiumId === consortiumId && x.part === 'workplan').length >= 7,
      'the workplan changes announced',
    );
  });

  it('refuses parts a partner does not lead (403), bad bodies (400) and what the plan does not allow (409)', async () => {
    const p = await plan();
    const wp1 = p.workPackages[0];
    const wp2 = p.workPackages[1];
    // A partner cannot change WP1, the frame, its own share of the lump sum, nor give its work away.
    expect(
      (await ctx.api.patch(`${base()}/work-packages/${wp1.id}`, { version: wp1.version, title: 'Mine' }, t(pt))).status,
    ).toBe(403);
    expect((await ctx.api.patch(`${base()}/frame`, { version: p.frame.version, lumpSum: 400000 }, t(pt))).status).toBe(
      403,
    );
    expect(
      (await ctx.api.patch(`${base()}/work-packages/${wp2.id}`, { version: wp2.version, amount: 1 }, t(pt))).status,
    ).toBe(403);
    expect(
      (
        await ctx.api.patch(
          `${base()}/work-packages/${wp2.id}`,
          { version: wp2.version, leadOrganisationId: org.ES },
          t(pt),
        )
      ).status,
    ).toBe(403);
    expect((await ctx.api.post(`${base()}/work-packages`, { title: 'Extra' }, t(pt))).status).toBe(403);
    expect(
      (
        await ctx.api.post(
          `${base()}/results`,
          { title: 'Theirs', type: 'study', dueMonth: 3, leadOrganisationId: org.ES },
          t(pt),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.api.patch(
          `${base()}/work-packages/${wp2.id}`,
          { version: wp2.version, title: 'Read only' },
          t(grMember),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await ctx.api.patch(
          `${base()}/work-packages/${wp2.id}`,
          { version: wp2.version, title: 'Not yours' },
          t(outsider),
        )
      ).status,
    ).toBe(404);
    expect(
      (await ctx.api.patch(`${base()}/activities/${randomUUID()}`, { version: 1, title: 'Ghost' }, t(gr))).status,
    ).toBe(404);

    const bad = await ctx.api.post(
      `${base()}/activities`,
      { title: 'X', kind: 'party', startMonth: 0, endMonth: 99, amount: -1, participantIds: ['nope'] },
      t(gr),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'amount',
      'endMonth',
      'kind',
      'participantIds',
      'startMonth',
      'title',
    ]);
    const noVersion = await ctx.api.patch(`${base()}/work-packages/${wp2.id}`, { title: 'No version' }, t(gr));
    expect(noVersion.status).toBe(400);
    const stranger = await ctx.api.patch(
      `${base()}/work-packages/${wp2.id}`,
      { version: wp2.version, participantIds: [randomUUID()] },
      t(gr),
    );
    expect(stranger.status).toBe(400);
    expect(stranger.body.details[0]).toMatchObject({ field: 'participantIds', problem: 'not_member' });
    const lump = await ctx.api.patch(
      `${base()}/frame`,
      { version: p.frame.version, lumpSum: 60000, durationMonths: 40 },
      t(gr),
    );
    expect(lump.status).toBe(400);
    expect(lump.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['durationMonths']);
    const lump2 = await ctx.api.patch(`${base()}/frame`, { version: p.frame.version, lumpSum: 60000 }, t(gr));
    expect(lump2.status).toBe(400);
    expect(
      (await ctx.api.post(`${base()}/activities`, { title: 'Loose', kind: 'other', startMonth: 1, endMonth: 2 }, t(gr)))
        .status,
    ).toBe(400);
    const keepWp1 = await ctx.api.delete(`${base()}/work-packages/${wp1.id}?version=${wp1.version}`, t(gr));
    expect(keepWp1.status).toBe(409);
    expect(keepWp1.body.code).toBe('INVALID_STATE');
  });

  it('answers a stale write 409 VERSION_CONFLICT with the current part, when two people edit one activity at once', async () => {
    const p = await plan();
    const activity = p.activities.find((a: { leadOrganisationId: string }) => a.leadOrganisationId === org.PT);
    const [first, second] = await Promise.all([
      ctx.api.patch(
        `${base()}/activities/${activity.id}`,
        { version: activity.version, title: 'Draft the curriculum (GR)' },
        t(gr),
      ),
      ctx.api.patch(
        `${base()}/activities/${activity.id}`,
        { version: activity.version, title: 'Draft the curriculum (PT)' },
        t(pt),
      ),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const lost = first.status === 409 ? first : second;
    const won = first.status === 409 ? 'PT' : 'GR';
    expect(lost.body).toMatchObject({
      statusCode: 409,
      code: 'VERSION_CONFLICT',
      details: {
        part: 'activity',
        id: activity.id,
        version: activity.version + 1,
        current: { title: `Draft the curriculum (${won})` },
      },
    });
    // With the current version the loser's change goes through.
    const retry = await ctx.api.patch(
      `${base()}/activities/${activity.id}`,
      { version: lost.body.details.version, endMonth: 23 },
      t(won === 'GR' ? pt : gr),
    );
    expect(retry.status).toBe(200);
    const stale = await ctx.api.delete(`${base()}/activities/${activity.id}?version=${activity.version}`, t(gr));
    expect(stale.status).toBe(409);
    const frameStale = await ctx.api.patch(`${base()}/frame`, { version: 1, summary: 'old' }, t(gr));
    expect(frameStale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { part: 'frame', version: p.frame.version },
    });
  });

  it('keeps a history of who changed what, a page at a time', async () => {
    const first = await ctx.api.get(`${base()}/history?limit=3`, t(grMember));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.items[0]).toMatchObject({
      part: 'activity',
      action: 'updated',
      detail: { fields: ['endMonth'] },
    });
    expect(first.body.items[0].actorName).toEqual(expect.any(String));
    const all: { part: string; action: string; actorOrganisationId: string }[] = [...first.body.items];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await ctx.api.get(`${base()}/history?limit=3&cursor=${encodeURIComponent(cursor)}`, t(gr));
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(all.at(-1)).toMatchObject({ part: 'frame', action: 'updated', actorOrganisationId: org.GR });
    expect(
      all
        .filter((c) => c.action === 'created' && c.actorOrganisationId === org.PT)
        .map((c) => c.part)
        .sort(),
    ).toEqual(['activity', 'result']);
  });

  it('stays consistent when a member leaves: it drops out of every part, what it led waits for a new lead, and the report says so', async () => {
    const before = await plan();
    expect((await ctx.api.delete(`/v1/consortia/${consortiumId}/members/${org.PT}`, t(pt))).status).toBe(204);
    expect((await ctx.api.get(base(), t(pt))).status).toBe(404);
    const p = await plan();
    expect(p.partners.map((x: { organisationId: string }) => x.organisationId)).toEqual([org.GR, org.ES]);
    const wp2 = p.workPackages.find((w: { id: string }) => w.id === before.workPackages[1].id);
    expect(wp2).toMatchObject({ leadOrganisationId: null, participantIds: [org.ES] });
    expect(p.workPackages[0].participantIds).toEqual([org.ES]);
    expect(p.results[0]).toMatchObject({ leadOrganisationId: null, contributorIds: [org.ES] });
    const failing = p.report.rules.filter((r: { passed: boolean }) => !r.passed).map((r: { rule: string }) => r.rule);
    expect(failing).toEqual(['results_have_lead_and_activity']);
    // The coordinator gives the result a new lead.
    const fix = await ctx.api.patch(
      `${base()}/results/${p.results[0].id}`,
      { version: p.results[0].version, leadOrganisationId: org.ES },
      t(gr),
    );
    expect(fix.status).toBe(200);
    expect(fix.body.report.passed).toBe(true);
  });
});
