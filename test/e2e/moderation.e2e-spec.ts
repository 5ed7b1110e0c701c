import { randomUUID } from 'node:crypto';
import { createOrganisation } from '../factories/organisation.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

describe('National Agency moderation', () => {
  const ctx = useApi();
  let gr: SignedInStaff;
  let pt: SignedInStaff;

  beforeAll(async () => {
    gr = await signInStaff(ctx.env, ctx.api, 'na_staff', ['GR', 'CY']);
    pt = await signInStaff(ctx.env, ctx.api, 'na_staff', ['PT']);
  });

  async function submitted(country = 'GR', owner?: SignedInUser) {
    const user = owner ?? (await registerUser(ctx.api));
    const org = await createOrganisation(ctx.api, user.accessToken, { country });
    const res = await ctx.api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: user.accessToken });
    expect(res.body.status).toBe('submitted');
    return { owner: user, org };
  }

  async function published(country = 'GR') {
    const s = await submitted(country);
    const res = await ctx.api.post(`/v1/moderation/organisations/${s.org.id}/approve`, {}, { token: gr.accessToken });
    expect(res.status).toBe(200);
    return s;
  }

  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  const decisions = async (orgId: string, token: string) =>
    (await ctx.api.get(`/v1/organisations/${orgId}/decisions`, { token })).body.items.map((d: any) => d.action);

  it('publishes an approved submission, and the owner sees the decision', async () => {
    const { owner, org } = await submitted();
    const queue = await ctx.api.get('/v1/moderation/queue?kind=submission', { token: gr.accessToken });
    expect(queue.body.items.map((i: any) => i.organisationId)).toContain(org.id);

    const res = await ctx.api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: gr.accessToken });
    expect(res.body).toMatchObject({ status: 'published' });
    expect(res.body.publishedAt).not.toBeNull();
    expect(await decisions(org.id, owner.accessToken)).toEqual(['approved', 'submitted']);
  });

  it('rejects with a reason; the owner edits and submits again', async () => {
    const { owner, org } = await submitted();
    const noReason = await ctx.api.post(`/v1/moderation/organisations/${org.id}/reject`, {}, { token: gr.accessToken });
    expect(noReason.status).toBe(400);
    const res = await ctx.api.post(
      `/v1/moderation/organisations/${org.id}/reject`,
      { reason: 'The OID belongs to another school' },
      { token: gr.accessToken },
    );
    expect(res.body).toMatchObject({ status: 'rejected', statusReason: 'The OID belongs to another school' });
    const mine = await ctx.api.get(`/v1/organisations/${org.id}`, { token: owner.accessToken });
    expect(mine.body.statusReason).toBe('The OID belongs to another school');
    expect(
      (
        await ctx.api.patch(
          `/v1/organisations/${org.id}`,
          { legalName: 'Corrected name' },
          { token: owner.accessToken },
        )
      ).status,
    ).toBe(200);
    expect(
      (await ctx.api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: owner.accessToken })).body.status,
    ).toBe('submitted');
  });

  it('answers NA staff acting outside their countries with the 404 a missing organisation gets', async () => {
    const { owner, org: waiting } = await submitted('GR');
    const { org: live } = await published('GR');
    const suspended = (await published('GR')).org;
    await ctx.api.post(`/v1/moderation/organisations/${suspended.id}/suspend`, { reason: 'Fake' }, t(gr));
    const missing = randomUUID();
    // What PT staff get for a missing organisation is what they get for a Greek one: nothing tells them apart.
    const asMissing = await ctx.api.post(`/v1/moderation/organisations/${missing}/approve`, {}, t(pt));
    expect(asMissing.status).toBe(404);
    expect(asMissing.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.any(String),
      requestId: expect.any(String),
    });
    const attempts: [string, string, Record<string, unknown>][] = [
      [waiting.id, 'approve', {}],
      [waiting.id, 'reject', { reason: 'Not ours to judge' }],
      [waiting.id, 'verify-oid', {}],
      [live.id, 'suspend', { reason: 'Not ours to judge' }],
      [suspended.id, 'reinstate', {}],
    ];
    for (const [id, decision, body] of attempts) {
      const res = await ctx.api.post(`/v1/moderation/organisations/${id}/${decision}`, body, t(pt));
      // Every answer has its own request id; the rest must be the same.
      expect({ decision, status: res.status, body: { ...res.body, requestId: 'x' } }).toEqual({
        decision,
        status: 404,
        body: { ...asMissing.body, requestId: 'x' },
      });
    }
    // Nothing was decided: the staff of the organisation's country still can, and do.
    expect((await ctx.api.get(`/v1/organisations/${waiting.id}`, t(owner))).body.status).toBe('submitted');
    const approved = await ctx.api.post(`/v1/moderation/organisations/${waiting.id}/approve`, {}, t(gr));
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('published');
    expect((await ctx.api.post(`/v1/moderation/organisations/${suspended.id}/reinstate`, {}, t(gr))).status).toBe(200);
    // Countries are public: a queue filter outside one's own stays a plain refusal.
    expect((await ctx.api.get('/v1/moderation/queue?country=GR', t(pt))).status).toBe(403);
    const ptQueue = await ctx.api.get('/v1/moderation/queue', t(pt));
    expect(ptQueue.body.items.map((i: any) => i.organisationId)).not.toContain(live.id);
  });

  it('refuses ordinary users the moderation endpoints (403)', async () => {
    const user = await registerUser(ctx.api);
    const { org } = await submitted();
    expect((await ctx.api.get('/v1/moderation/queue', { token: user.accessToken })).status).toBe(403);
    expect(
      (await ctx.api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: user.accessToken })).status,
    ).toBe(403);
  });

  it('answers 409 when approving a profile that is not waiting', async () => {
    const { org } = await published();
    const res = await ctx.api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: gr.accessToken });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INVALID_STATE');
  });

  it('lets exactly one of two NA staff deciding at once win, with one audit entry', async () => {
    const other = await signInStaff(ctx.env, ctx.api, 'na_staff', ['GR']);
    const { owner, org } = await submitted();
    const [a, b] = await Promise.all([
      ctx.api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: gr.accessToken }),
      ctx.api.post(
        `/v1/moderation/organisations/${org.id}/reject`,
        { reason: 'duplicate' },
        { token: other.accessToken },
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const trail = await decisions(org.id, owner.accessToken);
    expect(trail.filter((x: string) => x === 'approved' || x === 'rejected')).toHaveLength(1);
  });

  it('suspends with a reason and reinstates, hiding the profile meanwhile', async () => {
    const { org } = await published();
    const reader = await registerUser(ctx.api);
    const res = await ctx.api.post(
      `/v1/moderation/organisations/${org.id}/suspend`,
      { reason: 'Reported as fake' },
      { token: gr.accessToken },
    );
    expect(res.body.status).toBe('suspended');
    expect((await ctx.api.get(`/v1/organisations/${org.id}`, { token: reader.accessToken })).status).toBe(404);
    expect((await ctx.api.get(`/v1/public/organisations/${org.id}`)).status).toBe(404);
    expect(
      (await ctx.api.post(`/v1/moderation/organisations/${org.id}/reinstate`, {}, { token: gr.accessToken })).body
        .status,
    ).toBe('published');
    expect((await ctx.api.get(`/v1/organisations/${org.id}`, { token: reader.accessToken })).status).toBe(200);
  });

  it('marks an OID as verified once', async () => {
    const { org } = await submitted();
    const res = await ctx.api.post(`/v1/moderation/organisations/${org.id}/verify-oid`, {}, { token: gr.accessToken });
    expect(res.body.oidVerified).toBe(true);
    expect(
      (await ctx.api.post(`/v1/moderation/organisations/${org.id}/verify-oid`, {}, { token: gr.accessToken })).status,
    ).toBe(409);
  });

  describe('revisions of a published profile', () => {
    it('keeps the live version while changes wait, applies minor fields at once, and shows NA staff the diff', async () => {
      const { owner, org } = await published();
      const reader = await registerUser(ctx.api);
      const edit = await ctx.api.patch(
        `/v1/organisations/${org.id}`,
        {
          city: 'Larissa',
          description: 'A new description that is long enough to be useful to partners reading it today.',
          openToPartnerships: false,
        },
        { token: owner.accessToken },
      );
      expect(edit.status).toBe(200);
      expect(edit.body.profile.city).toBe('Patras');
      expect(edit.body.profile.openToPartnerships).toBe(false);
      expect(edit.body.pendingRevision.changes.map((c: any) => c.field)).toEqual(['city', 'description']);

      const publicView = await ctx.api.get(`/v1/organisations/${org.id}`, { token: reader.accessToken });
      expect(publicView.body.profile.city).toBe('Patras');
      expect(publicView.body.pendingRevision).toBeUndefined();

      const queue = await ctx.api.get('/v1/moderation/queue?kind=revision', { token: gr.accessToken });
      const item = queue.body.items.find((i: any) => i.organisationId === org.id);
      expect(item.changes).toContainEqual({ field: 'city', before: 'Patras', after: 'Larissa' });

      const approved = await ctx.api.post(`/v1/moderation/revisions/${item.id}/approve`, {}, { token: gr.accessToken });
      expect(approved.body.profile.city).toBe('Larissa');
      expect(approved.body.profile.openToPartnerships).toBe(false);
      expect((await ctx.api.get(`/v1/organisations/${org.id}`, { token: reader.accessToken })).body.profile.city).toBe(
        'Larissa',
      );
      expect(
        (await ctx.api.post(`/v1/moderation/revisions/${item.id}/approve`, {}, { token: gr.accessToken })).status,
      ).toBe(409);
    });

    it('rejects a revision with a reason and keeps the live profile', async () => {
      const { owner, org } = await published();
      const edit = await ctx.api.patch(
        `/v1/organisations/${org.id}`,
        { legalName: 'Something else entirely' },
        { token: owner.accessToken },
      );
      const revisionId = edit.body.pendingRevision.id;
      expect(
        (
          await ctx.api.post(
            `/v1/moderation/revisions/${revisionId}/reject`,
            { reason: 'Legal name does not match the OID' },
            { token: pt.accessToken },
          )
        ).body,
      ).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found.', requestId: expect.any(String) });
      const res = await ctx.api.post(
        `/v1/moderation/revisions/${revisionId}/reject`,
        { reason: 'Legal name does not match the OID' },
        { token: gr.accessToken },
      );
      expect(res.body.profile.legalName).toBe('Vocational Training Centre of Patras');
      expect(await decisions(org.id, owner.accessToken)).toContain('revision_rejected');
    });
  });

  describe('reports', () => {
    it('sends a report to the queue of the organisation’s country; dismissing resolves it', async () => {
      const { org } = await published('CY');
      const reporter = await registerUser(ctx.api);
      const bad = await ctx.api.post(
        `/v1/organisations/${org.id}/reports`,
        { category: 'gossip', text: 'x' },
        { token: reporter.accessToken },
      );
      expect(bad.status).toBe(400);
      const rep = await ctx.api.post(
        `/v1/organisations/${org.id}/reports`,
        { category: 'inaccurate_information', text: 'They closed in 2019.' },
        { token: reporter.accessToken },
      );
      expect(rep.status).toBe(201);
      const cyQueue = await ctx.api.get('/v1/moderation/queue?kind=report&country=CY', { token: gr.accessToken });
      expect(cyQueue.body.items).toContainEqual(
        expect.objectContaining({
          id: rep.body.id,
          report: { category: 'inaccurate_information', text: 'They closed in 2019.' },
        }),
      );
      expect(
        (await ctx.api.post(`/v1/moderation/reports/${rep.body.id}/dismiss`, {}, { token: pt.accessToken })).body,
      ).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found.', requestId: expect.any(String) });
      expect(
        (
          await ctx.api.post(
            `/v1/moderation/reports/${rep.body.id}/dismiss`,
            { note: 'Still active' },
            { token: gr.accessToken },
          )
        ).status,
      ).toBe(204);
      expect(
        (await ctx.api.post(`/v1/moderation/reports/${rep.body.id}/dismiss`, {}, { token: gr.accessToken })).status,
      ).toBe(409);
    });

    it('suspends the organisation when a report is upheld', async () => {
      const { owner, org } = await published();
      const reporter = await registerUser(ctx.api);
      const rep = await ctx.api.post(
        `/v1/organisations/${org.id}/reports`,
        { category: 'fake_organisation', text: 'Not a real school' },
        { token: reporter.accessToken },
      );
      expect(
        (
          await ctx.api.post(
            `/v1/moderation/reports/${rep.body.id}/suspend`,
            { reason: 'Confirmed fake' },
            { token: gr.accessToken },
          )
        ).status,
      ).toBe(204);
      const mine = await ctx.api.get(`/v1/organisations/${org.id}`, { token: owner.accessToken });
      expect(mine.body).toMatchObject({ status: 'suspended', statusReason: 'Confirmed fake' });
      expect(await decisions(org.id, owner.accessToken)).toEqual(
        expect.arrayContaining(['report_actioned', 'suspended']),
      );
    });

    it('refuses reporting an unpublished profile (404)', async () => {
      const { org } = await submitted();
      const reporter = await registerUser(ctx.api);
      expect(
        (
          await ctx.api.post(
            `/v1/organisations/${org.id}/reports`,
            { category: 'spam', text: 'x' },
            { token: reporter.accessToken },
          )
        ).status,
      ).toBe(404);
    });
  });

  describe('audit log', () => {
    it('records who decided what, with before and after, and cannot be altered', async () => {
      const { owner, org } = await submitted();
      await ctx.api.post(
        `/v1/moderation/organisations/${org.id}/reject`,
        { reason: 'Incomplete OID evidence' },
        { token: gr.accessToken },
      );
      const audit = await ctx.api.get('/v1/moderation/audit?country=GR&limit=100', { token: gr.accessToken });
      const entry = audit.body.items.find((e: any) => e.organisationId === org.id && e.action === 'rejected');
      expect(entry).toMatchObject({
        organisationName: 'KEK Patras',
        actorId: gr.id,
        actorName: 'Staff GR/CY',
        actorRole: 'na_staff',
        reason: 'Incomplete OID evidence',
        before: { status: 'submitted', statusReason: null },
        after: { status: 'rejected', statusReason: 'Incomplete OID evidence' },
      });
      const submission = audit.body.items.find((e: any) => e.organisationId === org.id && e.action === 'submitted');
      expect(submission).toMatchObject({ actorId: owner.id, actorName: owner.input.displayName });
      await expect(ctx.env.query('UPDATE moderation_audit SET reason = $1', ['tampered'])).rejects.toThrow(
        /append-only/,
      );
      await expect(ctx.env.query('DELETE FROM moderation_audit')).rejects.toThrow(/append-only/);
      expect((await ctx.api.get('/v1/moderation/audit?country=GR', { token: pt.accessToken })).status).toBe(403);
    });

    it('shows an organisation’s decisions to its members and its NA staff only', async () => {
      const { owner, org } = await published();
      const stranger = await registerUser(ctx.api);
      expect((await ctx.api.get(`/v1/organisations/${org.id}/decisions`, { token: owner.accessToken })).status).toBe(
        200,
      );
      expect((await ctx.api.get(`/v1/organisations/${org.id}/decisions`, { token: gr.accessToken })).status).toBe(200);
      expect((await ctx.api.get(`/v1/organisations/${org.id}/decisions`, { token: stranger.accessToken })).status).toBe(
        403,
      );
      expect((await ctx.api.get(`/v1/organisations/${org.id}/decisions`, { token: pt.accessToken })).status).toBe(403);
    });
  });

  it('reports queue figures: pending count, oldest waiting, median time to decision', async () => {
    const staff = await signInStaff(ctx.env, ctx.api, 'na_staff', ['MT']);
    const before = await ctx.api.get('/v1/moderation/stats', { token: staff.accessToken });
    expect(before.body).toMatchObject({ pending: 0, oldestWaitingSince: null, medianHoursToDecision: null });
    const first = await submitted('MT');
    await submitted('MT');
    const mid = await ctx.api.get('/v1/moderation/stats', { token: staff.accessToken });
    expect(mid.body).toMatchObject({ submissions: 2, pending: 2 });
    expect(Date.parse(mid.body.oldestWaitingSince)).toBeLessThanOrEqual(Date.now());
    await ctx.api.post(`/v1/moderation/organisations/${first.org.id}/approve`, {}, { token: staff.accessToken });
    const after = await ctx.api.get('/v1/moderation/stats', { token: staff.accessToken });
    expect(after.body).toMatchObject({ submissions: 1, decisionsLast90Days: 1 });
    expect(after.body.medianHoursToDecision).toBeGreaterThanOrEqual(0);
  });

  it('lists the queue oldest first with a cursor', async () => {
    const staff = await signInStaff(ctx.env, ctx.api, 'na_staff', ['LU']);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await submitted('LU')).org.id);
    const first = await ctx.api.get('/v1/moderation/queue?limit=2', { token: staff.accessToken });
    const second = await ctx.api.get(`/v1/moderation/queue?limit=2&cursor=${first.body.nextCursor}`, {
      token: staff.accessToken,
    });
    expect([...first.body.items, ...second.body.items].map((i: any) => i.organisationId)).toEqual(ids);
  });
});
