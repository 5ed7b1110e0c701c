import { day, publishedOrganisation } from '../factories/consortium.factory';
import { anOrganisation, createOrganisation } from '../factories/organisation.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

// People write Greece EL (as the EU does) and the United Kingdom UK, in any case. Both are
// taken on input and in filters; what is stored and answered is ISO 3166-1 alpha-2.
describe('country codes as people write them', () => {
  const ctx = useApi();
  let owner: SignedInUser;
  let admin: SignedInStaff;
  let greekStaff: SignedInStaff;
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  beforeAll(async () => {
    owner = await registerUser(ctx.api);
    admin = await signInStaff(ctx.env, ctx.api, 'admin');
    greekStaff = await signInStaff(ctx.env, ctx.api, 'na_staff', ['GR']);
  });

  const stored = async (id: string) =>
    (
      await ctx.env.query<{ country: string; profile: any }>(
        `SELECT country, profile FROM organisation WHERE id = $1`,
        [id],
      )
    )[0];

  it('stores an organisation’s country and wished partner countries in ISO form', async () => {
    const org = await createOrganisation(ctx.api, owner.accessToken, {
      country: 'el',
      lookingFor: { countries: ['uk', 'Pt', ' es '], naceSections: [], organisationTypes: [], text: null },
    });
    expect(org.profile.country).toBe('GR');
    expect(org.profile.lookingFor.countries).toEqual(['GB', 'PT', 'ES']);
    const row = await stored(org.id);
    expect(row.country).toBe('GR');
    expect(row.profile.lookingFor.countries).toEqual(['GB', 'PT', 'ES']);

    const moved = await ctx.api.patch(`/v1/organisations/${org.id}`, { country: 'UK' }, t(owner));
    expect(moved.status).toBe(200);
    expect(moved.body.profile.country).toBe('GB');
    expect((await stored(org.id)).country).toBe('GB');
    const back = await ctx.api.patch(`/v1/organisations/${org.id}`, { country: 'El' }, t(owner));
    expect(back.body.profile.country).toBe('GR');
  });

  it('refuses an unknown code and says which codes are accepted', async () => {
    for (const country of ['XX', 'GRC', 'gb ', 42]) {
      const res = await ctx.api.post('/v1/organisations', anOrganisation({ country }), t(owner));
      if (country === 'gb ') {
        expect(res.status).toBe(201);
        expect(res.body.profile.country).toBe('GB');
        continue;
      }
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        {
          field: 'country',
          problem: 'countryCode',
          message: `country has unknown country code(s): ${JSON.stringify(country)}; ISO 3166-1 alpha-2 codes such as GR, PT or DE are accepted (EL and UK too, for GR and GB), in any case`,
        },
      ]);
    }
    const greek = await ctx.api.post('/v1/organisations', anOrganisation({ country: 'XX' }), {
      ...t(owner),
      headers: { 'accept-language': 'el' },
    });
    expect(greek.body.details[0].message).toBe(
      'Το πεδίο country έχει άγνωστους κωδικούς χωρών: "XX"· γίνονται δεκτοί κωδικοί ISO 3166-1 alpha-2, π.χ. GR, PT ή DE (και EL και UK, για GR και GB), με κεφαλαία ή πεζά',
    );
    const twice = await ctx.api.post(
      '/v1/organisations',
      anOrganisation({ lookingFor: { countries: ['GR', 'el'], naceSections: [], organisationTypes: [], text: null } }),
      t(owner),
    );
    expect(twice.status).toBe(400);
    expect(twice.body.details).toEqual([
      expect.objectContaining({ field: 'lookingFor.countries', problem: 'arrayUnique' }),
    ]);
  });

  it('stores the countries a partner call seeks in ISO form', async () => {
    const org = await publishedOrganisation(ctx.api, owner, admin.accessToken, { country: 'gr' });
    expect(org.country).toBe('GR');
    const res = await ctx.api.post(
      '/v1/calls',
      {
        organisationId: org.id,
        title: 'Welding apprenticeships for the green transition',
        summary:
          'We train welders for offshore wind and seek companies that host apprentices and shape the curriculum.',
        action: 'KA220-VET',
        topics: ['green_skills'],
        sought: [
          {
            countries: ['el', 'Uk', 'cy'],
            naceSections: ['C'],
            organisationTypes: ['sme'],
            count: 1,
            role: 'partner',
            tasks: 'Host apprentices',
          },
        ],
        languages: ['en'],
        plannedStart: '2027-11-01',
        durationMonths: 24,
        naDeadline: '2027-03-05',
        answerBy: day(30),
      },
      t(owner),
    );
    expect(res.status).toBe(201);
    expect(res.body.sought[0].countries).toEqual(['GR', 'GB', 'CY']);
    const bad = await ctx.api.post('/v1/calls', { organisationId: org.id, sought: [{ countries: ['EU'] }] }, t(owner));
    expect(bad.body.details).toContainEqual(
      expect.objectContaining({
        field: 'sought.0.countries',
        problem: 'countryCode',
        message: expect.stringMatching(/"EU"; .*EL and UK/),
      }),
    );
  });

  it('filters by EL and UK as by GR and GB: the organisation list and the moderation queue', async () => {
    const greek = await publishedOrganisation(ctx.api, owner, admin.accessToken, { displayName: 'Larisa Skills' });
    const british = await publishedOrganisation(ctx.api, owner, admin.accessToken, {
      displayName: 'Leeds Skills',
      country: 'GB',
    });
    const listed = async (query: string) =>
      (await ctx.api.get(`/v1/organisations?${query}`, t(owner))).body.items.map((o: { id: string }) => o.id);
    expect(await listed('country=el')).toContain(greek.id);
    expect(await listed('country=el')).not.toContain(british.id);
    expect(await listed('country=uk')).toEqual([british.id]);
    expect((await ctx.api.get('/v1/organisations?country=EN', t(owner))).status).toBe(400);

    // Greek staff moderate GR: asking for EL is asking for their own country.
    const waiting = await createOrganisation(ctx.api, owner.accessToken, { displayName: 'Volos Skills' });
    await ctx.api.post(`/v1/organisations/${waiting.id}/submit`, undefined, t(owner));
    for (const country of ['el', 'EL', 'gr']) {
      const queue = await ctx.api.get(`/v1/moderation/queue?country=${country}`, t(greekStaff));
      expect(queue.status).toBe(200);
      expect(queue.body.items.map((i: { organisationId: string }) => i.organisationId)).toContain(waiting.id);
    }
    expect((await ctx.api.get('/v1/moderation/stats?country=el', t(greekStaff))).status).toBe(200);
    expect((await ctx.api.get('/v1/moderation/audit?country=El', t(greekStaff))).status).toBe(200);
    expect((await ctx.api.get('/v1/moderation/queue?country=uk', t(greekStaff))).status).toBe(403);
  });
});
