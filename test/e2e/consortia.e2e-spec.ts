import { randomUUID } from 'node:crypto';
import { addMember, partnerOrganisations, publishedOrganisation } from '../factories/consortium.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

describe('consortia', () => {
  const ctx = useApi();
  let admin: SignedInStaff;
  let gr: SignedInUser; // coordinator's owner
  let pt: SignedInUser;
  let es: SignedInUser;
  let de: SignedInUser;
  let ua: SignedInUser;
  let outsider: SignedInUser;
  const org: Record<string, string> = {};

  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  beforeAll(async () => {
    const { env, api } = ctx;
    admin = await signInStaff(env, api, 'admin');
    const cast = await partnerOrganisations(api, admin.accessToken);
    ({ GR: gr, PT: pt, ES: es, DE: de } = cast.users);
    Object.assign(org, cast.org);
    [ua, outsider] = await Promise.all([registerUser(api), registerUser(api)]);
    org.UA = (
      await publishedOrganisation(api, ua, admin.accessToken, {
        displayName: 'Kyiv Skills NGO',
        country: 'UA',
        organisationType: 'ngo',
        naceSections: ['S'],
        naceDivisions: ['94'],
      })
    ).id;
    org.draft = (await createOrganisation(api, pt.accessToken, { displayName: 'Unpublished Lda' })).id;
    org.suspended = (await publishedOrganisation(api, es, admin.accessToken, { displayName: 'Suspended SL' })).id;
    await api.post(`/v1/moderation/organisations/${org.suspended}/suspend`, { reason: 'Misleading profile' }, t(admin));
  });

  async function invite(consortiumId: string, organisationId: string, role = 'partner', by = gr) {
    return ctx.api.post(`/v1/consortia/${consortiumId}/invitations`, { organisationId, role }, t(by));
  }
  async function join(consortiumId: string, organisationId: string, user: SignedInUser, role = 'partner') {
    const inv = await invite(consortiumId, organisationId, role);
    expect(inv.status).toBe(201);
    const res = await ctx.api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(user));
    expect(res.status).toBe(200);
  }
  async function consortium(action: string, by = gr, organisationId = org.GR) {
    const res = await ctx.api.post(
      '/v1/consortia',
      { organisationId, name: `Green welding skills ${action}`, action, naDeadline: '2027-03-05' },
      t(by),
    );
    expect(res.status).toBe(201);
    return res.body as { id: string; [k: string]: any };
  }
  const transition = (id: string, to: string, by = gr, extra: Record<string, unknown> = {}) =>
    ctx.api.post(`/v1/consortia/${id}/transitions`, { to, ...extra }, t(by));

  it('is created by a published organisation, which coordinates it, with a private channel', async () => {
    const c = await consortium('KA220-VET');
    expect(c).toMatchObject({ status: 'forming', action: 'KA220-VET', coordinatorId: org.GR, canManage: true });
    expect(c.members).toEqual([expect.objectContaining({ id: org.GR, role: 'coordinator', country: 'GR' })]);
    expect(c.channelId).toEqual(expect.any(String));
    expect(c.eligibility.eligible).toBe(false);
    expect(c.composition.gaps).toMatchObject({ organisations: 2, eligibleCountries: 2 });
    const [channel] = await ctx.env.query(`SELECT kind, consortium_id FROM channel WHERE id = $1`, [c.channelId]);
    expect(channel).toEqual({ kind: 'consortium', consortium_id: c.id });

    const draftOwned = await ctx.api.post(
      '/v1/consortia',
      { organisationId: org.draft, name: 'Not yet', action: 'KA210-VET' },
      t(pt),
    );
    expect(draftOwned.status).toBe(409);
    expect(draftOwned.body.code).toBe('ORGANISATION_NOT_PUBLISHED');
    const notMine = await ctx.api.post(
      '/v1/consortia',
      { organisationId: org.GR, name: 'Hijack', action: 'KA210-VET' },
      t(pt),
    );
    expect(notMine.status).toBe(403);
    const bad = await ctx.api.post('/v1/consortia', { organisationId: org.GR, name: 'X', action: 'KA999' }, t(gr));
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['action', 'name']);
  });

  it('is invisible to non-members (404, not 403) and to the signed-out', async () => {
    const c = await consortium('KA210-VET');
    expect((await ctx.api.get(`/v1/consortia/${c.id}`, t(outsider))).status).toBe(404);
    expect((await ctx.api.get(`/v1/consortia/${c.id}/history`, t(outsider))).status).toBe(404);
    expect((await invite(c.id, org.PT, 'partner', outsider)).status).toBe(404);
    expect((await transition(c.id, 'closed', outsider)).status).toBe(404);
    expect((await ctx.api.delete(`/v1/consortia/${c.id}/members/${org.GR}`, t(outsider))).status).toBe(404);
    expect((await ctx.api.patch(`/v1/consortia/${c.id}`, { name: 'Renamed' }, t(outsider))).status).toBe(404);
    expect(
      (await ctx.api.post(`/v1/consortia/${c.id}/coordinator`, { organisationId: org.PT }, t(outsider))).status,
    ).toBe(404);
    const inv = (await invite(c.id, org.PT)).body;
    expect((await ctx.api.delete(`/v1/consortia/${c.id}/invitations/${inv.id}`, t(outsider))).status).toBe(404);
    expect((await ctx.api.post(`/v1/consortium-invitations/${inv.id}/accept`, undefined, t(outsider))).status).toBe(
      404,
    );
    expect((await ctx.api.get(`/v1/consortia/${c.id}`)).status).toBe(401);
    expect((await ctx.api.get(`/v1/consortia/${randomUUID()}`, t(gr))).status).toBe(404);
    expect((await ctx.api.get('/v1/consortia', t(outsider))).body.items).toEqual([]);
  });

  it('refuses invitations to unpublished, suspended, unknown and already invited or member organisations', async () => {
    const c = await consortium('KA220-VET');
    // Someone else's draft or suspended organisation is answered exactly like one that does not exist.
    const unknown = await invite(c.id, randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Not found.',
      requestId: expect.any(String),
    });
    // Every answer has its own request id; the rest must be the same.
    const asUnknown = { ...unknown.body, requestId: expect.any(String) };
    expect((await invite(c.id, org.draft)).body).toEqual(asUnknown);
    expect((await invite(c.id, org.suspended)).body).toEqual(asUnknown);
    // The coordinator's own draft is theirs to know about: it is refused with the reason.
    const ownDraft = await createOrganisation(ctx.api, gr.accessToken, { displayName: 'KEK Patras branch' });
    const own = await invite(c.id, ownDraft.id);
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('ORGANISATION_NOT_PUBLISHED');
    expect((await ctx.api.get(`/v1/consortia/${c.id}`, t(gr))).body.pendingInvitations).toEqual([]);
    // Direct conversations take the same view of who exists.
    const direct = (withOrganisationId: string) =>
      ctx.api.post('/v1/channels/direct', { organisationId: org.GR, withOrganisationId }, t(gr));
    expect((await direct(randomUUID())).body).toEqual(asUnknown);
    expect((await direct(org.draft)).body).toEqual(asUnknown);
    expect((await direct(org.suspended)).body).toEqual(asUnknown);
    expect((await invite(c.id, org.PT)).status).toBe(201);
    const again = await invite(c.id, org.PT);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_IN_CONSORTIUM');
    expect((await invite(c.id, org.GR)).body.code).toBe('ALREADY_IN_CONSORTIUM');
    expect((await invite(c.id, org.ES, 'coordinator')).status).toBe(400);
  });

  it('lets only the invited organisation’s admins decide, and makes one membership when two accept at once', async () => {
    const c = await consortium('KA220-VET');
    const ptAdmin = await addMember(ctx.api, pt.accessToken, org.PT, 'admin');
    const ptMember = await addMember(ctx.api, pt.accessToken, org.PT, 'member');
    const inv = (await invite(c.id, org.PT)).body;

    const listed = await ctx.api.get(`/v1/consortium-invitations?organisationId=${org.PT}`, t(ptMember));
    expect(listed.body.items.filter((i: { consortiumId: string }) => i.consortiumId === c.id)).toEqual([
      expect.objectContaining({
        id: inv.id,
        role: 'partner',
        consortium: expect.objectContaining({ id: c.id, action: 'KA220-VET' }),
        coordinator: expect.objectContaining({ id: org.GR }),
      }),
    ]);
    expect((await ctx.api.post(`/v1/consortium-invitations/${inv.id}/accept`, undefined, t(ptMember))).status).toBe(
      403,
    );
    expect((await ctx.api.post(`/v1/consortium-invitations/${inv.id}/accept`, undefined, t(es))).status).toBe(404);
    expect((await ctx.api.post(`/v1/consortium-invitations/${inv.id}/accept`, undefined, t(gr))).status).toBe(404);

    const both = await Promise.all([
      ctx.api.post(`/v1/consortium-invitations/${inv.id}/accept`, undefined, t(pt)),
      ctx.api.post(`/v1/consortium-invitations/${inv.id}/accept`, undefined, t(ptAdmin)),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await ctx.env.query(
      `SELECT role FROM consortium_member WHERE consortium_id = $1 AND organisation_id = $2`,
      [c.id, org.PT],
    );
    expect(rows).toEqual([{ role: 'partner' }]);
    // The members of a member organisation now see the consortium, but cannot manage it.
    const seen = await ctx.api.get(`/v1/consortia/${c.id}`, t(ptMember));
    expect(seen.body).toMatchObject({ canManage: false, mine: [{ organisationId: org.PT, admin: false }] });
    expect((await invite(c.id, org.ES, 'partner', pt)).status).toBe(403);
    expect((await transition(c.id, 'closed', pt)).status).toBe(403);
    // A plain member of the coordinating organisation sees it but does not manage it either.
    const grMember = await addMember(ctx.api, gr.accessToken, org.GR, 'member');
    expect((await ctx.api.get(`/v1/consortia/${c.id}`, t(grMember))).body.canManage).toBe(false);
    expect((await invite(c.id, org.ES, 'partner', grMember)).status).toBe(403);
    expect((await transition(c.id, 'closed', grMember)).status).toBe(403);
    expect((await ctx.api.delete(`/v1/consortia/${c.id}/members/${org.PT}`, t(grMember))).status).toBe(403);
    expect(
      (await ctx.api.post(`/v1/consortia/${c.id}/coordinator`, { organisationId: org.PT }, t(grMember))).status,
    ).toBe(403);
    expect((await ctx.api.patch(`/v1/consortia/${c.id}`, { name: null }, t(gr))).status).toBe(400);
    expect((await ctx.api.patch(`/v1/consortia/${c.id}`, { naDeadline: '2027-02-31' }, t(gr))).status).toBe(400);

    // A declined invitation is over; the coordinator may invite again later.
    const esInv = (await invite(c.id, org.ES)).body;
    expect((await ctx.api.post(`/v1/consortium-invitations/${esInv.id}/decline`, undefined, t(es))).status).toBe(200);
    expect((await ctx.api.post(`/v1/consortium-invitations/${esInv.id}/accept`, undefined, t(es))).status).toBe(409);
    expect((await invite(c.id, org.ES)).status).toBe(201);
  });

  it('KA220-VET: one short, an associated partner that does not count, then exactly at the minimum', async () => {
    const c = await consortium('KA220-VET');
    await join(c.id, org.PT, pt);
    const short = await transition(c.id, 'ready');
    expect(short.status).toBe(409);
    expect(short.body.code).toBe('RULES_NOT_MET');
    expect(short.body.details.failingRules.map((r: { rule: string }) => r.rule)).toEqual([
      'min_organisations',
      'min_eligible_countries',
    ]);

    await join(c.id, org.ES, es, 'associated_partner');
    const assoc = await transition(c.id, 'ready');
    expect(assoc.body.code).toBe('RULES_NOT_MET');
    expect(assoc.body.details.failingRules[0]).toMatchObject({
      rule: 'min_organisations',
      reason: expect.stringContaining('2 of at least 3'),
    });

    const skip = await transition(c.id, 'submitted', gr, { applicationReference: 'KA220-VET-123' });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('INVALID_TRANSITION');
    expect(skip.body.details).toMatchObject({ from: 'forming', to: 'submitted', allowed: ['ready', 'closed'] });
    expect(skip.body.details.failingRules.length).toBeGreaterThan(0);

    await join(c.id, org.DE, de);
    const view = (await ctx.api.get(`/v1/consortia/${c.id}`, t(gr))).body;
    expect(view.eligibility.eligible).toBe(true);
    expect(view.composition).toMatchObject({
      countries: { DE: 1, ES: 1, GR: 1, PT: 1 },
      organisationTypes: { social_partner: 1, sme: 1, vet_provider: 2 },
      crossSector: { vetProvider: true, enterpriseOrSocialPartner: true, met: true },
      gaps: { organisations: 0, eligibleCountries: 0 },
    });
    expect((await transition(c.id, 'ready')).body.status).toBe('ready');
  });

  it('KA210-VET: a non-associated third country fails, exactly two eligible countries pass', async () => {
    const c = await consortium('KA210-VET');
    const alone = (await ctx.api.get(`/v1/consortia/${c.id}`, t(gr))).body.eligibility;
    expect(alone.rules.find((r: { rule: string }) => r.rule === 'min_organisations').passed).toBe(false);

    await join(c.id, org.UA, ua);
    const withUa = await transition(c.id, 'ready');
    expect(withUa.body.code).toBe('RULES_NOT_MET');
    expect(withUa.body.details.failingRules.map((r: { rule: string }) => r.rule)).toEqual([
      'min_eligible_countries',
      'no_non_associated_third_countries',
    ]);
    // UA leaves (its own admins take it out); PT joins: two organisations, two eligible countries.
    expect((await ctx.api.delete(`/v1/consortia/${c.id}/members/${org.UA}`, t(ua))).status).toBe(204);
    await join(c.id, org.PT, pt);
    expect((await transition(c.id, 'ready')).body).toMatchObject({ status: 'ready', eligibility: { eligible: true } });
    const history = (await ctx.api.get(`/v1/consortia/${c.id}/history`, t(gr))).body.items;
    expect(history.find((e: { action: string }) => e.action === 'left')).toMatchObject({
      organisationId: org.UA,
      actorOrganisationId: org.UA,
    });
  });

  it('hands coordination over, refuses a coordinator leaving, and falls back to forming when rules break', async () => {
    const c = await consortium('KA220-VET');
    await join(c.id, org.PT, pt);
    await join(c.id, org.DE, de);
    await join(c.id, org.ES, es, 'associated_partner');
    expect((await transition(c.id, 'ready')).status).toBe(200);

    const leave = await ctx.api.delete(`/v1/consortia/${c.id}/members/${org.GR}`, t(gr));
    expect(leave.status).toBe(409);
    expect(leave.body.code).toBe('COORDINATOR_MUST_HAND_OVER');
    expect((await ctx.api.delete(`/v1/consortia/${c.id}/members/${org.GR}`, t(pt))).status).toBe(403);
    const toAssociate = await ctx.api.post(`/v1/consortia/${c.id}/coordinator`, { organisationId: org.ES }, t(gr));
    expect(toAssociate.status).toBe(409);
    expect((await ctx.api.post(`/v1/consortia/${c.id}/coordinator`, { organisationId: org.DE }, t(pt))).status).toBe(
      403,
    );

    const handed = await ctx.api.post(`/v1/consortia/${c.id}/coordinator`, { organisationId: org.DE }, t(gr));
    expect(handed.body).toMatchObject({ coordinatorId: org.DE, canManage: false });
    expect(handed.body.members.find((m: { id: string }) => m.id === org.GR).role).toBe('partner');
    expect((await invite(c.id, org.UA, 'partner', gr)).status).toBe(403);

    // The new coordinator removes PT: two full partners are too few, so the consortium is forming again.
    expect((await ctx.api.delete(`/v1/consortia/${c.id}/members/${org.PT}`, t(de))).status).toBe(204);
    const after = (await ctx.api.get(`/v1/consortia/${c.id}`, t(de))).body;
    expect(after.status).toBe('forming');
    expect(after.members.map((m: { id: string }) => m.id)).not.toContain(org.PT);
    expect((await ctx.api.get(`/v1/consortia/${c.id}`, t(pt))).status).toBe(404);

    const history = (await ctx.api.get(`/v1/consortia/${c.id}/history?limit=100`, t(gr))).body.items;
    const actions = history.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual([
      'created',
      'invited',
      'joined',
      'invited',
      'joined',
      'invited',
      'joined',
      'status_changed',
      'coordination_handed_over',
      'removed',
      'status_changed',
    ]);
    expect(history[0]).toMatchObject({ detail: { from: 'ready', to: 'forming' } });
    expect(history[1]).toMatchObject({ action: 'removed', organisationId: org.PT, actorOrganisationId: org.DE });
    // Pages of history: a cursor walks back without repeats.
    const first = (await ctx.api.get(`/v1/consortia/${c.id}/history?limit=4`, t(gr))).body;
    const second = (await ctx.api.get(`/v1/consortia/${c.id}/history?limit=4&cursor=${first.nextCursor}`, t(gr))).body;
    expect([...first.items, ...second.items].map((e: { id: string }) => e.id)).toEqual(
      history.slice(0, 8).map((e: { id: string }) => e.id),
    );
  });

  it('goes ready → submitted → funded → closed, and freezes membership once submitted', async () => {
    const c = await consortium('KA210-VET');
    await join(c.id, org.PT, pt);
    expect((await transition(c.id, 'ready')).status).toBe(200);
    const noRef = await transition(c.id, 'submitted');
    expect(noRef.status).toBe(400);
    expect(noRef.body.details[0].field).toBe('applicationReference');
    const submitted = await transition(c.id, 'submitted', gr, { applicationReference: '2027-1-EL01-KA210-VET-000123' });
    expect(submitted.body).toMatchObject({ status: 'submitted', applicationReference: '2027-1-EL01-KA210-VET-000123' });

    const frozen = await invite(c.id, org.DE);
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('INVALID_STATE');
    expect((await ctx.api.delete(`/v1/consortia/${c.id}/members/${org.PT}`, t(pt))).status).toBe(409);
    expect((await transition(c.id, 'forming')).body.code).toBe('INVALID_TRANSITION');
    expect((await transition(c.id, 'funded')).body.status).toBe('funded');
    expect((await transition(c.id, 'submitted')).status).toBe(409);
    expect((await transition(c.id, 'closed')).body.status).toBe('closed');
    expect((await transition(c.id, 'forming')).body.details.allowed).toEqual([]);

    const mine = await ctx.api.get('/v1/consortia?limit=2', t(pt));
    expect(mine.body.items[0]).toMatchObject({ id: c.id, status: 'closed' });
    expect(mine.body.nextCursor).toEqual(expect.any(String));
  });

  it('answers in Greek when asked', async () => {
    const c = await consortium('KA220-VET');
    const res = await ctx.api.post(
      `/v1/consortia/${c.id}/transitions`,
      { to: 'ready' },
      {
        token: gr.accessToken,
        headers: { 'accept-language': 'el' },
      },
    );
    expect(res.body).toMatchObject({ code: 'RULES_NOT_MET', message: expect.stringContaining('κανόνες') });
  });
});
