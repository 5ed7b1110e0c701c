import { randomUUID } from 'node:crypto';
import { aPartnerCall, partnerOrganisations } from '../factories/consortium.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { signInStaff } from '../factories/staff.factory';
import { aUser, registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

describe('your data', () => {
  const ctx = useApi();

  async function join(orgId: string, owner: SignedInUser, role: 'admin' | 'member') {
    const user = await registerUser(ctx.api);
    const inv = await ctx.api.post(
      `/v1/organisations/${orgId}/invitations`,
      { email: user.input.email, role },
      { token: owner.accessToken },
    );
    await ctx.api.post('/v1/invitations/accept', { token: inv.body.token }, { token: user.accessToken });
    return user;
  }

  it('exports everything about the user and their organisations as JSON, without secrets', async () => {
    const user = await registerUser(ctx.api);
    const org = await createOrganisation(ctx.api, user.accessToken, { displayName: 'Exported VET' });
    const res = await ctx.api.get('/v1/me/export', { token: user.accessToken });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, email: user.input.email });
    expect(res.body.sessions).toHaveLength(1);
    expect(res.body.organisations).toEqual([
      expect.objectContaining({
        role: 'owner',
        organisation: expect.objectContaining({ id: org.id }),
        members: [expect.objectContaining({ userId: user.id })],
      }),
    ]);
    expect(res.body.notifications).toEqual([]);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/argon2|passwordHash|password_hash|tokenHash/);
  });

  it('holds every part, each filled through the API first, as a dated attachment', async () => {
    const { api, env } = ctx;
    const admin = await signInStaff(env, api, 'admin');
    const { users, org } = await partnerOrganisations(api, admin.accessToken);
    const me = users.GR;
    const t = (u: { accessToken: string }) => ({ token: u.accessToken });
    const invited = aUser().email;
    const orgInvitation = await api.post(
      `/v1/organisations/${org.GR}/invitations`,
      { email: invited, role: 'member' },
      t(me),
    );
    const c = (
      await api.post(
        '/v1/consortia',
        { organisationId: org.GR, name: 'Exported consortium', action: 'KA210-VET' },
        t(me),
      )
    ).body;
    const toPt = (
      await api.post(`/v1/consortia/${c.id}/invitations`, { organisationId: org.PT, role: 'partner' }, t(me))
    ).body;
    await api.post(`/v1/consortium-invitations/${toPt.id}/accept`, undefined, t(users.PT));
    const toEs = (
      await api.post(`/v1/consortia/${c.id}/invitations`, { organisationId: org.ES, role: 'partner' }, t(me))
    ).body;
    const mine = (await api.post('/v1/calls', aPartnerCall(org.GR), t(me))).body;
    const theirs = (await api.post('/v1/calls', { ...aPartnerCall(org.ES), open: true }, t(users.ES))).body;
    const answer = (
      await api.post(
        `/v1/calls/${theirs.id}/answers`,
        {
          organisationId: org.GR,
          role: 'partner',
          offer: 'Two workshops with CNC and welding cells; 6 apprentices a year.',
          contact: { name: 'A', email: 'a@b.example', phone: null },
        },
        t(me),
      )
    ).body;
    const message = (
      await api.post(`/v1/channels/${c.channelId}/messages`, { clientId: randomUUID(), body: 'Exported hello' }, t(me))
    ).body;
    // Suggestions come from the matching job; one stored for the organisation stands in for it.
    const [suggestion] = await env.query<{ id: string }>(
      `INSERT INTO suggestion (subject_kind, subject_id, target_kind, target_id, score, rank, components, reasons)
       VALUES ('organisation', $1, 'organisation', $2, 7, 1, '{}', '[]') RETURNING id`,
      [org.GR, org.DE],
    );
    expect((await api.post(`/v1/suggestions/${suggestion.id}/save`, undefined, t(me))).status).toBeLessThan(300);
    await api.put(
      '/v1/me/notification-preferences',
      { preferences: [{ kind: 'call.answered', delivery: 'weekly' }] },
      t(me),
    );

    const res = await api.get('/v1/me/export', t(me));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="syndesmos-export-${new Date().toISOString().slice(0, 10)}.json"`,
    );
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    const body = res.body;
    expect(ids(body.organisationInvitations)).toContain(orgInvitation.body.id);
    expect(body.consortiumMemberships).toEqual([
      expect.objectContaining({ consortiumId: c.id, organisationId: org.GR, role: 'coordinator' }),
    ]);
    expect(ids(body.consortiumInvitations).sort()).toEqual([toPt.id, toEs.id].sort());
    expect(body.consortiumHistory.map((e: { action: string }) => e.action)).toEqual(
      ['created', 'invited', 'invited'], // by its organisation or about it
    );
    expect(ids(body.partnerCalls)).toEqual([mine.id]);
    expect(ids(body.callAnswers)).toEqual([answer.id]);
    expect(body.messages).toEqual([
      expect.objectContaining({ id: message.id, body: 'Exported hello', authorId: me.id }),
    ]);
    expect(body.suggestionActions).toEqual([
      expect.objectContaining({ suggestionId: suggestion.id, action: 'save', targetId: org.DE }),
    ]);
    expect(body.notificationPreferences).toContainEqual({
      kind: 'call.answered',
      delivery: 'weekly',
      default: 'immediate',
    });
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash|password_hash|tokenHash/);
  });

  it('deletes the account only with the password', async () => {
    const user = await registerUser(ctx.api);
    const wrong = await ctx.api.request(
      'DELETE',
      '/v1/me',
      { password: 'Not-the-password-1' },
      { token: user.accessToken },
    );
    expect(wrong.status).toBe(403);
    expect(
      (await ctx.api.request('DELETE', '/v1/me', { password: user.input.password }, { token: user.accessToken }))
        .status,
    ).toBe(204);
    expect((await ctx.api.get('/v1/me', { token: user.accessToken })).status).toBe(401);
    expect(
      (await ctx.api.post('/v1/auth/login', { email: user.input.email, password: user.input.password })).status,
    ).toBe(401);
    expect(await ctx.env.query('SELECT 1 FROM app_user WHERE id = $1', [user.id])).toEqual([]);
  });

  it('hands an organisation the user alone owns to its longest-standing admin', async () => {
    const owner = await registerUser(ctx.api);
    const org = await createOrganisation(ctx.api, owner.accessToken);
    const firstAdmin = await join(org.id, owner, 'admin');
    await join(org.id, owner, 'admin');
    await join(org.id, owner, 'member');
    await ctx.api.request('DELETE', '/v1/me', { password: owner.input.password }, { token: owner.accessToken });
    const members = await ctx.api.get(`/v1/organisations/${org.id}/members`, { token: firstAdmin.accessToken });
    expect(members.body.items.map((m: any) => [m.userId === firstAdmin.id, m.role])).toEqual([
      [true, 'owner'],
      [false, 'admin'],
      [false, 'member'],
    ]);
  });

  it('deletes an organisation left without owner or admin', async () => {
    const owner = await registerUser(ctx.api);
    const org = await createOrganisation(ctx.api, owner.accessToken);
    const member = await join(org.id, owner, 'member');
    await ctx.api.request('DELETE', '/v1/me', { password: owner.input.password }, { token: owner.accessToken });
    expect((await ctx.api.get(`/v1/organisations/${org.id}`, { token: member.accessToken })).status).toBe(404);
    expect((await ctx.api.get('/v1/organisations/mine', { token: member.accessToken })).body.items).toEqual([]);
  });
});
