import { publishedOrganisation } from '../factories/consortium.factory';
import { anOrganisation } from '../factories/organisation.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

// One rule for every answer: the request's Accept-Language when it names en or el, else the
// signed-in user's preferred language, else English.
describe('the language of an answer', () => {
  const ctx = useApi();
  let greek: SignedInUser; // prefers el
  let english: SignedInUser; // prefers en
  const org: Record<string, string> = {};

  beforeAll(async () => {
    const admin = await signInStaff(ctx.env, ctx.api, 'admin');
    greek = await registerUser(ctx.api, { preferredLanguage: 'el' });
    english = await registerUser(ctx.api, { preferredLanguage: 'en' });
    org.GR = (await publishedOrganisation(ctx.api, greek, admin.accessToken, { displayName: 'KEK Larisas' })).id;
    org.PT = (
      await publishedOrganisation(ctx.api, english, admin.accessToken, {
        displayName: 'Porto Metalworks',
        country: 'PT',
        organisationType: 'sme',
        naceSections: ['C'],
        naceDivisions: ['25'],
      })
    ).id;
  });

  const as = (u: SignedInUser, language?: string) => {
    const headers: Record<string, string> = language === undefined ? {} : { 'accept-language': language };
    return { token: u.accessToken, headers };
  };

  describe('a validation error and each of its details', () => {
    const badBody = anOrganisation({
      displayName: 'x'.repeat(121),
      organisationType: 'robot_factory',
      contactPerson: { name: 'Maria', email: 'not-an-address', phone: null, role: null },
      colour: 'blue',
    });
    const post = (u: SignedInUser, language?: string) => ctx.api.post('/v1/organisations', badBody, as(u, language));
    const byField = (details: { field: string; problem: string; message: string }[]) =>
      Object.fromEntries(details.map((d) => [d.field, d]));

    it('speaks English when asked, whatever the user prefers', async () => {
      const res = await post(greek, 'en-GB,en;q=0.9');
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('Some fields are missing or invalid.');
      expect(byField(res.body.details)).toEqual({
        displayName: {
          field: 'displayName',
          problem: 'isLength',
          message: 'displayName must be 1 to 120 characters long',
        },
        organisationType: {
          field: 'organisationType',
          problem: 'taxonomyCode',
          message: 'organisationType has unknown organisation type code(s): "robot_factory"',
        },
        'contactPerson.email': {
          field: 'contactPerson.email',
          problem: 'isEmail',
          message: 'contactPerson.email must be an e-mail address',
        },
        colour: { field: 'colour', problem: 'unknown_field', message: 'colour is not an accepted field' },
      });
    });

    it('speaks Greek when asked, whatever the user prefers, with the same fields and problem codes', async () => {
      const [el, en] = [await post(english, 'el'), await post(english, 'en')];
      expect(el.body.message).toBe('Ορισμένα πεδία λείπουν ή δεν είναι έγκυρα.');
      expect(el.body.details.map((d: { field: string; problem: string }) => [d.field, d.problem])).toEqual(
        en.body.details.map((d: { field: string; problem: string }) => [d.field, d.problem]),
      );
      expect(byField(el.body.details)).toEqual({
        displayName: expect.objectContaining({
          message: 'Το πεδίο displayName πρέπει να έχει από 1 έως 120 χαρακτήρες',
        }),
        organisationType: expect.objectContaining({
          message: 'Το πεδίο organisationType έχει άγνωστους κωδικούς: "robot_factory"',
        }),
        'contactPerson.email': expect.objectContaining({
          message: 'Το πεδίο contactPerson.email πρέπει να είναι διεύθυνση e-mail',
        }),
        colour: expect.objectContaining({ message: 'Το πεδίο colour δεν είναι αποδεκτό' }),
      });
    });

    it('speaks the user’s preferred language when the request names none it can use', async () => {
      for (const header of [undefined, 'fr-FR,de;q=0.5', '*']) {
        const res = await post(greek, header);
        expect(res.body.message).toBe('Ορισμένα πεδία λείπουν ή δεν είναι έγκυρα.');
        expect(byField(res.body.details).colour.message).toBe('Το πεδίο colour δεν είναι αποδεκτό');
        expect((await post(english, header)).body.message).toBe('Some fields are missing or invalid.');
      }
      // Every rule of a large body has its Greek message, not only the ones above.
      const incomplete = await ctx.api.post('/v1/calls', { organisationId: org.GR, sought: [{}] }, as(greek));
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.details.length).toBeGreaterThan(5);
      for (const d of incomplete.body.details) expect(`${d.problem}: ${d.message}`).toMatch(/[α-ω]/);
    });

    it('says a problem found by domain code in Greek by its code, and keeps its own English', async () => {
      const same = (language?: string) =>
        ctx.api.post(
          '/v1/channels/direct',
          { organisationId: org.GR, withOrganisationId: org.GR },
          as(greek, language),
        );
      expect((await same()).body.details).toEqual([
        {
          field: 'withOrganisationId',
          problem: 'same',
          message: 'Το πεδίο withOrganisationId πρέπει να είναι διαφορετικό',
        },
      ]);
      expect((await same('en')).body.details).toEqual([
        { field: 'withOrganisationId', problem: 'same', message: 'a conversation needs two different organisations' },
      ]);
    });
  });

  describe('a consortium’s eligibility report', () => {
    let consortiumId: string;
    beforeAll(async () => {
      const res = await ctx.api.post(
        '/v1/consortia',
        { organisationId: org.GR, name: 'Green welding', action: 'KA220-VET' },
        as(greek, 'en'),
      );
      expect(res.status).toBe(201);
      consortiumId = res.body.id;
      const inv = await ctx.api.post(
        `/v1/consortia/${consortiumId}/invitations`,
        { organisationId: org.PT, role: 'partner' },
        as(greek),
      );
      expect(inv.status).toBe(201);
      expect(
        (await ctx.api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, as(english))).status,
      ).toBe(200);
    });

    const reasons = async (u: SignedInUser, language?: string) =>
      Object.fromEntries(
        (await ctx.api.get(`/v1/consortia/${consortiumId}`, as(u, language))).body.eligibility.rules.map(
          (r: { rule: string; reason: string }) => [r.rule, r.reason],
        ),
      );

    it('gives each rule’s reason in the request’s language, else the user’s', async () => {
      const en = {
        min_organisations: '2 of at least 3 organisations (associated partners do not count)',
        min_eligible_countries: '2 of at least 3 different eligible countries (Greece, Portugal)',
        coordinator_eligible: 'The coordinator is in Greece, an eligible country',
      };
      const el = {
        min_organisations: '2 από τουλάχιστον 3 οργανισμούς (οι συνδεδεμένοι εταίροι δεν μετρούν)',
        min_eligible_countries: '2 από τουλάχιστον 3 διαφορετικές επιλέξιμες χώρες (Ελλάδα, Πορτογαλία)',
        coordinator_eligible: 'Η χώρα του συντονιστή (Ελλάδα) είναι επιλέξιμη',
      };
      expect(await reasons(greek, 'en')).toEqual(en);
      expect(await reasons(greek, 'el')).toEqual(el);
      expect(await reasons(greek)).toEqual(el);
      expect(await reasons(english)).toEqual(en);
      expect(await reasons(english, 'el-GR')).toEqual(el);
    });

    it('gives the failing rules of a refused transition in the same language', async () => {
      const ready = (language?: string) =>
        ctx.api.post(`/v1/consortia/${consortiumId}/transitions`, { to: 'ready' }, as(greek, language));
      const [el, en] = [await ready(), await ready('en')];
      expect(el.status).toBe(409);
      expect(el.body.code).toBe('RULES_NOT_MET');
      expect(el.body.message).toBe(
        'Η κοινοπραξία δεν πληροί ακόμη τους κανόνες του προγράμματος· δείτε ποιοι κανόνες δεν τηρούνται.',
      );
      expect(el.body.details.failingRules.map((r: { reason: string }) => r.reason)).toEqual([
        '2 από τουλάχιστον 3 οργανισμούς (οι συνδεδεμένοι εταίροι δεν μετρούν)',
        '2 από τουλάχιστον 3 διαφορετικές επιλέξιμες χώρες (Ελλάδα, Πορτογαλία)',
      ]);
      expect(en.body.details.failingRules.map((r: { reason: string }) => r.reason)).toEqual([
        '2 of at least 3 organisations (associated partners do not count)',
        '2 of at least 3 different eligible countries (Greece, Portugal)',
      ]);
    });

    it('titles notifications in the request’s language, else the user’s', async () => {
      const titles = async (u: SignedInUser, language?: string) =>
        (await ctx.api.get('/v1/me/notifications', as(u, language))).body.items.map((n: { title: string }) => n.title);
      // The Portuguese owner was invited; the Greek owner heard that the invitation was accepted.
      expect(await titles(english)).toContain('Porto Metalworks is invited to the consortium Green welding');
      expect(await titles(english, 'el')).toContain(
        'Ο οργανισμός Porto Metalworks προσκλήθηκε στην κοινοπραξία Green welding',
      );
      expect(await titles(greek)).toContain('Ο οργανισμός Porto Metalworks εντάχθηκε στην κοινοπραξία Green welding');
      expect(await titles(greek, 'en;q=0.8, fr')).toContain('Porto Metalworks joined Green welding');
    });
  });

  it('answers errors raised while signing in in the request’s language', async () => {
    const res = await ctx.api.get('/v1/me', { token: 'not-a-token', headers: { 'accept-language': 'el' } });
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/[α-ω]/);
  });
});
