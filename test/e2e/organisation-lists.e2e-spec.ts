import { addMember } from '../factories/consortium.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { useApi } from '../support/test-env';

// The organisation lists that grow (members, open invitations, your organisations) answer the
// one paging shape, { items, nextCursor }, like every other list.

/** Follows nextCursor from the first page to the last, returning every page's items. */
async function everyPage<T>(api: HttpClient, path: string, token: string, limit: number): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await api.get(`${path}${path.includes('?') ? '&' : '?'}${query}`, { token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['items', 'nextCursor']);
    pages.push(res.body.items as T[]);
    cursor = res.body.nextCursor as string | null;
  } while (cursor !== null && pages.length < 10);
  return pages;
}

describe('organisation lists', () => {
  const ctx = useApi();
  let owner: SignedInUser;
  let orgId: string;

  beforeAll(async () => {
    owner = await registerUser(ctx.api);
    orgId = (await createOrganisation(ctx.api, owner.accessToken, { displayName: 'Paged VET' })).id;
  });

  it('pages the members of an organisation, owners first, then admins, then members by joining date', async () => {
    const member1 = await addMember(ctx.api, owner.accessToken, orgId, 'member');
    const admin = await addMember(ctx.api, owner.accessToken, orgId, 'admin');
    const member2 = await addMember(ctx.api, owner.accessToken, orgId, 'member');
    const pages = await everyPage<{ userId: string; role: string }>(
      ctx.api,
      `/v1/organisations/${orgId}/members`,
      owner.accessToken,
      2,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
    expect(pages.flat().map((m) => [m.userId, m.role])).toEqual([
      [owner.id, 'owner'],
      [admin.id, 'admin'],
      [member1.id, 'member'],
      [member2.id, 'member'],
    ]);
    const all = await ctx.api.get(`/v1/organisations/${orgId}/members`, { token: member1.accessToken });
    expect(all.body).toEqual({ items: pages.flat(), nextCursor: null });
  });

  it('answers a role change with the changed member', async () => {
    const colleague = await addMember(ctx.api, owner.accessToken, orgId, 'member');
    const res = await ctx.api.patch(
      `/v1/organisations/${orgId}/members/${colleague.id}`,
      { role: 'admin' },
      { token: owner.accessToken },
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      userId: colleague.id,
      displayName: colleague.input.displayName,
      email: colleague.input.email,
      role: 'admin',
      joinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
  });

  it('pages the open invitations of an organisation, newest first', async () => {
    const own = await createOrganisation(ctx.api, owner.accessToken, { displayName: 'Inviting VET' });
    const invited: string[] = [];
    for (const name of ['first', 'second', 'third']) {
      const email = `${name}.${own.id.slice(0, 8)}@invited.example`;
      const res = await ctx.api.post(
        `/v1/organisations/${own.id}/invitations`,
        { email, role: 'member' },
        { token: owner.accessToken },
      );
      expect(res.status).toBe(201);
      invited.push(email);
    }
    const pages = await everyPage<{ email: string; token?: string }>(
      ctx.api,
      `/v1/organisations/${own.id}/invitations`,
      owner.accessToken,
      2,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((i) => i.email)).toEqual(invited.reverse());
    // The token is shown once, when the invitation is made; lists never carry it.
    expect(pages.flat().some((i) => 'token' in i)).toBe(false);
  });

  it('pages the organisations you belong to, by name, in any state', async () => {
    const user = await registerUser(ctx.api);
    for (const name of ['Gamma VET', 'Alpha VET', 'Beta VET']) {
      await createOrganisation(ctx.api, user.accessToken, { displayName: name });
    }
    const pages = await everyPage<{ role: string; organisation: { profile: { displayName: string }; status: string } }>(
      ctx.api,
      '/v1/organisations/mine',
      user.accessToken,
      2,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((m) => [m.organisation.profile.displayName, m.role, m.organisation.status])).toEqual([
      ['Alpha VET', 'owner', 'draft'],
      ['Beta VET', 'owner', 'draft'],
      ['Gamma VET', 'owner', 'draft'],
    ]);
  });

  it('refuses a cursor it did not issue and a limit over 100', async () => {
    for (const path of [
      `/v1/organisations/${orgId}/members`,
      `/v1/organisations/${orgId}/invitations`,
      '/v1/organisations/mine',
    ]) {
      const garbage = await ctx.api.get(`${path}?cursor=garbage`, { token: owner.accessToken });
      expect({ path, status: garbage.status, field: garbage.body.details?.[0]?.field }).toEqual({
        path,
        status: 400,
        field: 'cursor',
      });
      expect((await ctx.api.get(`${path}?limit=101`, { token: owner.accessToken })).status).toBe(400);
    }
  });
});
