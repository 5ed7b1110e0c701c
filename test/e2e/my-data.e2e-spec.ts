import { createOrganisation } from '../factories/organisation.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
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
