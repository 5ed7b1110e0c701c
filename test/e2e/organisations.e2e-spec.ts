import { anOrganisation, createOrganisation, nextOid } from '../factories/organisation.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

describe('organisation profiles', () => {
  const ctx = useApi();

  it('creates a draft owned by its creator', async () => {
    const owner = await registerUser(ctx.api);
    const res = await ctx.api.post('/v1/organisations', anOrganisation({ displayName: 'ΕΠΑΛ Χανίων' }), {
      token: owner.accessToken,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', myRole: 'owner', oidVerified: false });
    expect(res.body.profile).toMatchObject({ displayName: 'ΕΠΑΛ Χανίων', naceRevision: 'NACE_REV2' });
    const mine = await ctx.api.get('/v1/organisations/mine', { token: owner.accessToken });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ role: 'owner', organisation: expect.objectContaining({ id: res.body.id }) }),
    ]);
    expect(mine.body.nextCursor).toBeNull();
  });

  it.each([
    ['a malformed OID', { oid: 'E1234' }, 'oid'],
    ['an OID without the E', { oid: '123456789' }, 'oid'],
    ['a malformed PIC', { pic: '12345' }, 'pic'],
    ['an unknown country', { country: 'XX' }, 'country'],
    ['an unknown organisation type', { organisationType: 'spaceship' }, 'organisationType'],
    ['an unknown NACE section', { naceSections: ['Z'] }, 'naceSections'],
    ['an unknown topic', { topics: ['alchemy'] }, 'topics'],
    [
      'duplicate countries',
      { lookingFor: { countries: ['PT', 'PT'], naceSections: [], organisationTypes: [], text: null } },
      'lookingFor.countries',
    ],
    ['duplicate sections', { naceSections: ['P', 'P'] }, 'naceSections'],
    [
      'duplicate types',
      { lookingFor: { countries: [], naceSections: [], organisationTypes: ['sme', 'sme'], text: null } },
      'lookingFor.organisationTypes',
    ],
    ['an overlong description', { description: 'x'.repeat(10_001) }, 'description'],
    ['an overlong legal name', { legalName: 'x'.repeat(301) }, 'legalName'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
  ])('refuses %s with 400 naming the field', async (_label, overrides, field) => {
    const owner = await registerUser(ctx.api);
    const res = await ctx.api.post('/v1/organisations', anOrganisation(overrides), { token: owner.accessToken });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses NACE divisions whose section is not listed', async () => {
    const owner = await registerUser(ctx.api);
    const res = await ctx.api.post(
      '/v1/organisations',
      anOrganisation({ naceSections: ['P'], naceDivisions: ['10'] }),
      {
        token: owner.accessToken,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ field: 'naceDivisions', problem: 'section_missing' });
  });

  it('refuses a duplicate OID with 409', async () => {
    const a = await registerUser(ctx.api);
    const b = await registerUser(ctx.api);
    const oid = nextOid();
    await createOrganisation(ctx.api, a.accessToken, { oid });
    const res = await ctx.api.post('/v1/organisations', anOrganisation({ oid }), { token: b.accessToken });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('OID_TAKEN');
  });

  it('stores HTML and script exactly and returns them inert as JSON text', async () => {
    const owner = await registerUser(ctx.api);
    const nasty = '<script>alert("x")</script><img src=x onerror=alert(1)> Καλημέρα & <b>bold</b>';
    const org = await createOrganisation(ctx.api, owner.accessToken, {
      description: nasty,
      displayName: '<i>Name</i>',
    });
    const res = await ctx.api.get(`/v1/organisations/${org.id}`, { token: owner.accessToken });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.body.profile.description).toBe(nasty);
    expect(res.body.profile.displayName).toBe('<i>Name</i>');
  });

  it('lets a member edit a draft directly, but not another organisation (403)', async () => {
    const a = await registerUser(ctx.api);
    const b = await registerUser(ctx.api);
    const mine = await createOrganisation(ctx.api, a.accessToken);
    const theirs = await createOrganisation(ctx.api, b.accessToken);
    const ok = await ctx.api.patch(`/v1/organisations/${mine.id}`, { city: 'Ioannina' }, { token: a.accessToken });
    expect(ok.status).toBe(200);
    expect(ok.body.profile.city).toBe('Ioannina');

    // An unpublished profile of another organisation is invisible (404); a published one is 403.
    expect(
      (await ctx.api.patch(`/v1/organisations/${theirs.id}`, { city: 'X' }, { token: a.accessToken })).status,
    ).toBe(404);
    const staff = await signInStaff(ctx.env, ctx.api, 'na_staff', ['GR']);
    await ctx.api.post(`/v1/organisations/${theirs.id}/submit`, undefined, { token: b.accessToken });
    await ctx.api.post(`/v1/moderation/organisations/${theirs.id}/approve`, {}, { token: staff.accessToken });
    const refused = await ctx.api.patch(`/v1/organisations/${theirs.id}`, { city: 'X' }, { token: a.accessToken });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it('answers 422 listing what an incomplete profile lacks when submitted', async () => {
    const owner = await registerUser(ctx.api);
    const org = await createOrganisation(ctx.api, owner.accessToken, {
      description: 'Too short.',
      topics: [],
      contactPerson: null,
      sizeBand: null,
    });
    const res = await ctx.api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: owner.accessToken });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('PROFILE_INCOMPLETE');
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'contactPerson',
      'description',
      'sizeBand',
      'topics',
    ]);
  });

  describe('visibility', () => {
    it('hides drafts from other users and the public, shows them to NA staff of the country only', async () => {
      const owner = await registerUser(ctx.api);
      const other = await registerUser(ctx.api);
      const org = await createOrganisation(ctx.api, owner.accessToken, { country: 'CY' });
      const cy = await signInStaff(ctx.env, ctx.api, 'na_staff', ['CY']);
      const pt = await signInStaff(ctx.env, ctx.api, 'na_staff', ['PT']);
      expect((await ctx.api.get(`/v1/organisations/${org.id}`, { token: other.accessToken })).status).toBe(404);
      expect((await ctx.api.get(`/v1/public/organisations/${org.id}`)).status).toBe(404);
      expect((await ctx.api.get(`/v1/organisations/${org.id}`, { token: pt.accessToken })).status).toBe(404);
      const seen = await ctx.api.get(`/v1/organisations/${org.id}`, { token: cy.accessToken });
      expect(seen.status).toBe(200);
      expect(seen.body.status).toBe('draft');
    });

    it('shows a published profile to signed-in users with contact, and publicly without', async () => {
      const owner = await registerUser(ctx.api);
      const reader = await registerUser(ctx.api);
      const staff = await signInStaff(ctx.env, ctx.api, 'na_staff', ['GR']);
      const org = await createOrganisation(ctx.api, owner.accessToken, { displayName: 'Visible VET' });
      await ctx.api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: owner.accessToken });
      await ctx.api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: staff.accessToken });

      const signedIn = await ctx.api.get(`/v1/organisations/${org.id}`, { token: reader.accessToken });
      expect(signedIn.body.profile.contactPerson).toMatchObject({ name: 'Giorgos Nikolaou' });
      expect(signedIn.body.statusReason).toBeUndefined();
      expect(signedIn.body.myRole).toBeUndefined();
      const anonymous = await ctx.api.get(`/v1/public/organisations/${org.id}`);
      expect(anonymous.status).toBe(200);
      expect(anonymous.body.profile.contactPerson).toBeUndefined();
      expect(JSON.stringify(anonymous.body)).not.toContain('giorgos@kek-patras.example');
    });

    it('pages through published organisations with a cursor, filtering by country', async () => {
      const owner = await registerUser(ctx.api);
      const staff = await signInStaff(ctx.env, ctx.api, 'admin');
      for (const name of ['Alpha SI', 'Beta SI', 'Gamma SI']) {
        const org = await createOrganisation(ctx.api, owner.accessToken, { displayName: name, country: 'SI' });
        await ctx.api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: owner.accessToken });
        await ctx.api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: staff.accessToken });
      }
      await createOrganisation(ctx.api, owner.accessToken, { displayName: 'Draft SI', country: 'SI' });
      const first = await ctx.api.get('/v1/public/organisations?country=SI&limit=2');
      expect(first.body.items.map((o: any) => o.profile.displayName)).toEqual(['Alpha SI', 'Beta SI']);
      const second = await ctx.api.get(`/v1/public/organisations?country=SI&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((o: any) => o.profile.displayName)).toEqual(['Gamma SI']);
      expect(second.body.nextCursor).toBeNull();
      expect((await ctx.api.get('/v1/public/organisations?cursor=garbage')).status).toBe(400);
      expect((await ctx.api.get('/v1/public/organisations?limit=1000')).status).toBe(400);
    });
  });

  describe('membership', () => {
    it('invites by email with a single-use token; the invitee joins with the role', async () => {
      const owner = await registerUser(ctx.api);
      const colleague = await registerUser(ctx.api);
      const org = await createOrganisation(ctx.api, owner.accessToken);
      const inv = await ctx.api.post(
        `/v1/organisations/${org.id}/invitations`,
        { email: colleague.input.email.toUpperCase(), role: 'admin' },
        { token: owner.accessToken },
      );
      expect(inv.status).toBe(201);
      expect(inv.body.acceptUrl).toContain(inv.body.token);

      const accepted = await ctx.api.post(
        '/v1/invitations/accept',
        { token: inv.body.token },
        { token: colleague.accessToken },
      );
      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual({ organisationId: org.id, role: 'admin' });
      const again = await ctx.api.post(
        '/v1/invitations/accept',
        { token: inv.body.token },
        { token: colleague.accessToken },
      );
      expect(again.status).toBe(404);
      expect(again.body.code).toBe('INVITATION_INVALID');
      const members = await ctx.api.get(`/v1/organisations/${org.id}/members`, { token: colleague.accessToken });
      expect(members.body.items.map((m: any) => m.role)).toEqual(['owner', 'admin']);
    });

    it('refuses an invitation accepted by someone with another email', async () => {
      const owner = await registerUser(ctx.api);
      const stranger = await registerUser(ctx.api);
      const org = await createOrganisation(ctx.api, owner.accessToken);
      const inv = await ctx.api.post(
        `/v1/organisations/${org.id}/invitations`,
        { email: 'someone.else@vet.example', role: 'member' },
        { token: owner.accessToken },
      );
      const res = await ctx.api.post(
        '/v1/invitations/accept',
        { token: inv.body.token },
        { token: stranger.accessToken },
      );
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('INVITATION_EMAIL_MISMATCH');
    });

    async function orgWithMember(role: 'admin' | 'member') {
      const owner = await registerUser(ctx.api);
      const member = await registerUser(ctx.api);
      const org = await createOrganisation(ctx.api, owner.accessToken);
      const inv = await ctx.api.post(
        `/v1/organisations/${org.id}/invitations`,
        { email: member.input.email, role },
        { token: owner.accessToken },
      );
      await ctx.api.post('/v1/invitations/accept', { token: inv.body.token }, { token: member.accessToken });
      return { owner, member, org };
    }

    it('refuses a plain member changing roles or inviting (403)', async () => {
      const { owner, member, org } = await orgWithMember('member');
      const change = await ctx.api.patch(
        `/v1/organisations/${org.id}/members/${owner.id}`,
        { role: 'member' },
        { token: member.accessToken },
      );
      expect(change.status).toBe(403);
      const invite = await ctx.api.post(
        `/v1/organisations/${org.id}/invitations`,
        { email: 'x@y.example', role: 'member' },
        { token: member.accessToken },
      );
      expect(invite.status).toBe(403);
    });

    it('lets an admin manage members but not owners', async () => {
      const { owner, member: admin, org } = await orgWithMember('admin');
      const demoteOwner = await ctx.api.patch(
        `/v1/organisations/${org.id}/members/${owner.id}`,
        { role: 'member' },
        { token: admin.accessToken },
      );
      expect(demoteOwner.status).toBe(403);
      const makeOwner = await ctx.api.post(
        `/v1/organisations/${org.id}/invitations`,
        { email: 'boss@y.example', role: 'owner' },
        { token: admin.accessToken },
      );
      expect(makeOwner.status).toBe(403);
    });

    it('never leaves an organisation without an owner (409)', async () => {
      const { owner, member, org } = await orgWithMember('admin');
      const leave = await ctx.api.request('DELETE', `/v1/organisations/${org.id}/members/${owner.id}`, undefined, {
        token: owner.accessToken,
      });
      expect(leave.status).toBe(409);
      expect(leave.body.code).toBe('LAST_OWNER');
      const demote = await ctx.api.patch(
        `/v1/organisations/${org.id}/members/${owner.id}`,
        { role: 'admin' },
        { token: owner.accessToken },
      );
      expect(demote.status).toBe(409);

      // With a second owner, the first may step down.
      expect(
        (
          await ctx.api.patch(
            `/v1/organisations/${org.id}/members/${member.id}`,
            { role: 'owner' },
            { token: owner.accessToken },
          )
        ).status,
      ).toBe(200);
      expect(
        (
          await ctx.api.request('DELETE', `/v1/organisations/${org.id}/members/${owner.id}`, undefined, {
            token: owner.accessToken,
          })
        ).status,
      ).toBe(204);
      const members = await ctx.api.get(`/v1/organisations/${org.id}/members`, { token: member.accessToken });
      expect(members.body.items).toEqual([expect.objectContaining({ userId: member.id, role: 'owner' })]);
    });

    it('lets a user belong to several organisations', async () => {
      const user = await registerUser(ctx.api);
      await createOrganisation(ctx.api, user.accessToken, { displayName: 'One' });
      await createOrganisation(ctx.api, user.accessToken, { displayName: 'Two' });
      const mine = await ctx.api.get('/v1/organisations/mine', { token: user.accessToken });
      expect(mine.body.items.map((m: any) => m.organisation.profile.displayName)).toEqual(['One', 'Two']);
    });

    it('deletes an organisation for its owner only; it vanishes and its OID is free again', async () => {
      const { owner, member, org } = await orgWithMember('admin');
      expect(
        (await ctx.api.request('DELETE', `/v1/organisations/${org.id}`, undefined, { token: member.accessToken }))
          .status,
      ).toBe(403);
      expect(
        (await ctx.api.request('DELETE', `/v1/organisations/${org.id}`, undefined, { token: owner.accessToken }))
          .status,
      ).toBe(204);
      expect((await ctx.api.get(`/v1/organisations/${org.id}`, { token: owner.accessToken })).status).toBe(404);
      expect((await ctx.api.get('/v1/organisations/mine', { token: member.accessToken })).body.items).toEqual([]);
      const reuse = await ctx.api.post('/v1/organisations', anOrganisation({ oid: org.profile.oid }), {
        token: owner.accessToken,
      });
      expect(reuse.status).toBe(201);
    });
  });

  it('serves taxonomies in the requested language, without signing in', async () => {
    const en = await ctx.api.get('/v1/taxonomies');
    const el = await ctx.api.get('/v1/taxonomies', { headers: { 'accept-language': 'el' } });
    expect(en.status).toBe(200);
    const sectionC = (t: any) => t.naceSections.find((s: any) => s.code === 'C').label;
    expect(sectionC(en.body)).toBe('Manufacturing');
    expect(sectionC(el.body)).toMatch(/[α-ωΑ-Ω]/);
    const greece = el.body.countries.find((c: any) => c.code === 'GR');
    expect(greece).toMatchObject({ label: 'Ελλάδα', eligible: true });
    expect(en.body.countries.find((c: any) => c.code === 'US').eligible).toBe(false);
    expect(en.body.naceDivisions.length).toBe(88);
  });
});
