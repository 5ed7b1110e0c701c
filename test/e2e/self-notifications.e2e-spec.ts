import { consortiumWith, day, partnerOrganisations, type PartnerCountry } from '../factories/consortium.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

// Someone who is admin of two organisations is among the people their own actions concern;
// the notifier leaves the one who acted out, and tells everyone else as before.
describe('nobody is told about what they did themselves', () => {
  const ctx = useApi();
  let users: Record<PartnerCountry, SignedInUser>;
  let org: Record<PartnerCountry, string>;
  /** An admin of both the Greek and the Portuguese organisation. */
  let bridge: SignedInUser;
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  async function joinAsAdmin(owner: SignedInUser, organisationId: string, user: SignedInUser): Promise<void> {
    const inv = await ctx.api.post(
      `/v1/organisations/${organisationId}/invitations`,
      { email: user.input.email, role: 'admin' },
      t(owner),
    );
    const res = await ctx.api.post('/v1/invitations/accept', { token: inv.body.token }, t(user));
    expect(res.status).toBeLessThan(300);
  }

  /** What a user was told of this kind about one thing (in the app), and the notification mails queued for it. */
  async function told(
    user: SignedInUser,
    kind: string,
    about: Record<string, string>,
  ): Promise<{ inApp: number; mails: number }> {
    const [{ inApp, mails }] = await ctx.env.query<{ inApp: number; mails: number }>(
      `WITH mine AS (SELECT id FROM notification WHERE user_id = $1 AND kind = $2 AND payload @> $3::jsonb)
       SELECT (SELECT count(*)::int FROM mine) AS "inApp",
              (SELECT count(*)::int FROM mail WHERE template = 'notification'
                  AND (data->>'notificationId')::uuid IN (SELECT id FROM mine)) AS mails`,
      [user.id, kind, JSON.stringify(about)],
    );
    return { inApp, mails };
  }

  beforeAll(async () => {
    const admin = await signInStaff(ctx.env, ctx.api, 'admin');
    ({ users, org } = await partnerOrganisations(ctx.api, admin.accessToken));
    bridge = await registerUser(ctx.api);
    await joinAsAdmin(users.GR, org.GR, bridge);
    await joinAsAdmin(users.PT, org.PT, bridge);
  }, 60_000);

  it('tells every member organisation’s admins of a state change, except the admin who made it', async () => {
    const c = await consortiumWith(
      ctx.api,
      { user: users.GR, organisationId: org.GR },
      [{ user: users.PT, organisationId: org.PT }],
      { name: 'Ready by the bridge', action: 'KA210-VET' },
    );
    const res = await ctx.api.post(`/v1/consortia/${c.id}/transitions`, { to: 'ready' }, t(bridge));
    expect(res.status).toBe(200);
    expect(await told(bridge, 'consortium.status_changed', { consortiumId: c.id })).toEqual({ inApp: 0, mails: 0 });
    expect(await told(users.GR, 'consortium.status_changed', { consortiumId: c.id })).toEqual({ inApp: 1, mails: 1 });
    expect(await told(users.PT, 'consortium.status_changed', { consortiumId: c.id })).toEqual({ inApp: 1, mails: 1 });
  });

  it('tells the coordinator’s admins that an invitation was accepted, except the admin who accepted it', async () => {
    const c = await consortiumWith(ctx.api, { user: users.GR, organisationId: org.GR }, [], {
      name: 'Accepted by the bridge',
      action: 'KA210-VET',
    });
    const inv = await ctx.api.post(
      `/v1/consortia/${c.id}/invitations`,
      { organisationId: org.PT, role: 'partner' },
      t(users.GR),
    );
    expect((await ctx.api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(bridge))).status).toBe(
      200,
    );
    const accepted = 'consortium.invitation_accepted';
    expect(await told(bridge, accepted, { consortiumId: c.id })).toEqual({ inApp: 0, mails: 0 });
    expect(await told(users.GR, accepted, { consortiumId: c.id })).toEqual({ inApp: 1, mails: 1 });
  });

  it('tells the calling and the answering organisations of an answer and a shortlisting, except who did it', async () => {
    const call = await ctx.api.post(
      '/v1/calls',
      {
        organisationId: org.GR,
        title: 'Welding apprenticeships for the green transition',
        summary: 'We train welders for offshore wind and seek companies that host apprentices.',
        action: 'KA220-VET',
        topics: ['green_skills'],
        sought: [
          { countries: ['PT'], naceSections: [], organisationTypes: [], count: 1, role: 'partner', tasks: 'Host' },
        ],
        languages: ['en'],
        plannedStart: '2027-11-01',
        durationMonths: 24,
        naDeadline: '2027-03-05',
        answerBy: day(30),
        open: true,
      },
      t(users.GR),
    );
    expect(call.status).toBe(201);
    const answer = await ctx.api.post(
      `/v1/calls/${call.body.id}/answers`,
      {
        organisationId: org.PT,
        role: 'partner',
        offer: 'Two workshops with welding cells.',
        contact: { name: 'Ana Sousa', email: 'ana@porto-metal.example', phone: null },
      },
      t(bridge),
    );
    expect(answer.status).toBe(201);
    expect(await told(bridge, 'call.answered', { callId: call.body.id })).toEqual({ inApp: 0, mails: 0 });
    expect(await told(users.GR, 'call.answered', { callId: call.body.id })).toEqual({ inApp: 1, mails: 1 });

    const decided = await ctx.api.post(
      `/v1/calls/${call.body.id}/answers/${answer.body.id}/decision`,
      { status: 'shortlisted' },
      t(bridge),
    );
    expect(decided.status).toBe(200);
    expect(await told(bridge, 'answer.shortlisted', { callId: call.body.id })).toEqual({ inApp: 0, mails: 0 });
    expect(await told(users.PT, 'answer.shortlisted', { callId: call.body.id })).toEqual({ inApp: 1, mails: 1 });
  });
});
