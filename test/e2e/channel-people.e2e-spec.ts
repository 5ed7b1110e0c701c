import { consortiumWith, partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

// The people of a channel by name: who wrote each message, and whom the web app offers to mention.

describe('the people of a channel', () => {
  const ctx = useApi();
  let gr: SignedInUser;
  let pt: SignedInUser;
  let es: SignedInUser;
  const org: Record<string, string> = {};
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  beforeAll(async () => {
    const admin = await signInStaff(ctx.env, ctx.api, 'admin');
    const cast = await partnerOrganisations(ctx.api, admin.accessToken);
    ({ GR: gr, PT: pt, ES: es } = cast.users);
    Object.assign(org, cast.org);
  });

  it('lists everyone of the member organisations by name, and follows membership', async () => {
    const { id, channelId } = await consortiumWith(
      ctx.api,
      { user: gr, organisationId: org.GR },
      [{ user: pt, organisationId: org.PT }],
      { name: 'Green welding', action: 'KA220-VET' },
    );
    const people = await ctx.api.get(`/v1/channels/${channelId}/people`, t(pt));
    expect(people.status).toBe(200);
    expect(people.body.items).toEqual(
      [
        { userId: gr.id, name: gr.input.displayName, organisations: [{ id: org.GR, name: 'KEK Patras' }] },
        { userId: pt.id, name: pt.input.displayName, organisations: [{ id: org.PT, name: 'Porto Metalworks' }] },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );

    // Someone outside the channel learns nothing about it.
    expect((await ctx.api.get(`/v1/channels/${channelId}/people`, t(es))).status).toBe(404);
    const stranger = await registerUser(ctx.api);
    expect((await ctx.api.get(`/v1/channels/${channelId}/people`, t(stranger))).status).toBe(404);

    // A removed organisation's people leave the list, and lose it.
    expect((await ctx.api.delete(`/v1/consortia/${id}/members/${org.PT}`, t(gr))).status).toBe(204);
    const after = await ctx.api.get(`/v1/channels/${channelId}/people`, t(gr));
    expect(after.body.items.map((p: { userId: string }) => p.userId)).toEqual([gr.id]);
    expect((await ctx.api.get(`/v1/channels/${channelId}/people`, t(pt))).status).toBe(404);
  });
});
