import { randomUUID } from 'node:crypto';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { addMember, day, partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import type { SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

describe('partner calls', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let admin: SignedInStaff;
  let gr: SignedInUser;
  let pt: SignedInUser;
  let es: SignedInUser;
  let de: SignedInUser;
  const org: Record<string, string> = {};
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    admin = await signInStaff(env, api, 'admin');
    const cast = await partnerOrganisations(api, admin.accessToken);
    ({ GR: gr, PT: pt, ES: es, DE: de } = cast.users);
    Object.assign(org, cast.org);
  });
  afterAll(async () => {
    await worker?.close();
    await env.close();
  });

  /** A call that seeks a Portuguese manufacturing SME; override what the test is about. */
  function aCall(overrides: Record<string, unknown> = {}) {
    return {
      organisationId: org.GR,
      title: 'Welding apprenticeships for the green transition',
      summary: 'We train welders for offshore wind and seek companies that host apprentices and shape the curriculum.',
      action: 'KA220-VET',
      topics: ['green_skills', 'apprenticeships'],
      sought: [
        {
          countries: ['PT'],
          naceSections: ['C'],
          organisationTypes: ['sme'],
          count: 1,
          role: 'partner',
          tasks: 'Host apprentices, co-design the welding module',
        },
        {
          countries: [],
          naceSections: [],
          organisationTypes: ['social_partner'],
          count: 1,
          role: 'associated_partner',
          tasks: 'Validate learning outcomes with employers',
        },
      ],
      languages: ['en'],
      plannedStart: '2027-11-01',
      durationMonths: 24,
      naDeadline: '2027-03-05',
      answerBy: day(30),
      ...overrides,
    };
  }
  async function openCall(overrides: Record<string, unknown> = {}, by = gr) {
    const res = await api.post('/v1/calls', { ...aCall(overrides), open: true }, t(by));
    expect(res.status).toBe(201);
    return res.body as { id: string; [k: string]: any };
  }
  const search = (query: string, by = pt) => api.get(`/v1/search/calls?${query}`, t(by));
  const ids = async (query: string, by = pt): Promise<string[]> =>
    (await search(query, by)).body.hits.map((h: { id: string }) => h.id);
  const found = (query: string, id: string, by = pt) =>
    until(async () => (await ids(query, by)).includes(id), `${id} in ${query}`);
  const gone = (query: string, id: string) => until(async () => !(await ids(query)).includes(id), `${id} gone`);

  it('refuses dates that do not fit: answer-by passed (422), after the deadline, start before it', async () => {
    const past = await api.post('/v1/calls', aCall({ answerBy: day(-1) }), t(gr));
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ code: 'INVALID_DATES', details: [{ field: 'answerBy', problem: 'in_past' }] });
    const afterDeadline = await api.post('/v1/calls', aCall({ answerBy: '2027-04-01' }), t(gr));
    expect(afterDeadline.body.details[0]).toMatchObject({ problem: 'after_deadline' });
    const startFirst = await api.post('/v1/calls', aCall({ plannedStart: '2027-01-01' }), t(gr));
    expect(startFirst.body.details[0]).toMatchObject({ field: 'plannedStart' });
    expect((await api.post('/v1/calls', aCall({ answerBy: day(0) }), t(gr))).status).toBe(201);
  });

  it('validates the body and who may post', async () => {
    const bad = await api.post(
      '/v1/calls',
      aCall({ sought: [], topics: ['nonsense'], answerBy: '2027-02-30x', action: 'KA1' }),
      t(gr),
    );
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.details.map((d: { field: string }) => d.field))].sort()).toEqual([
      'action',
      'answerBy',
      'sought',
      'topics',
    ]);
    const nested = await api.post('/v1/calls', aCall({ sought: [{ countries: ['XX'], count: 0 }] }), t(gr));
    expect(nested.status).toBe(400);
    expect((await api.post('/v1/calls', aCall(), t(pt))).status).toBe(403);
    const member = await addMember(api, gr.accessToken, org.GR, 'member');
    expect((await api.post('/v1/calls', aCall(), t(member))).status).toBe(403);
    expect((await api.post('/v1/calls', aCall())).status).toBe(401);
    const replacementWithout = await api.post('/v1/calls', aCall({ kind: 'replacement' }), t(gr));
    expect(replacementWithout.status).toBe(400);
    expect(replacementWithout.body.details[0].field).toBe('consortiumId');
  });

  it('keeps drafts to the calling organisation, and search shows only open calls', async () => {
    const draft = await api.post('/v1/calls', aCall({ title: 'Draft about beekeeping curricula' }), t(gr));
    expect(draft.body).toMatchObject({ status: 'draft', canManage: true, answerCounts: { pending: 0 } });
    expect((await api.get(`/v1/calls/${draft.body.id}`, t(pt))).status).toBe(404);
    expect((await api.get(`/v1/organisations/${org.GR}/calls`, t(pt))).body.items.map((c: any) => c.id)).not.toContain(
      draft.body.id,
    );

    const opened = await api.post(`/v1/calls/${draft.body.id}/status`, { status: 'open' }, t(gr));
    expect(opened.body.status).toBe('open');
    const seen = await api.get(`/v1/calls/${draft.body.id}`, t(pt));
    expect(seen.body).toMatchObject({ status: 'open', canManage: false, organisation: { id: org.GR } });
    expect(seen.body.answerCounts).toBeUndefined();
    await found('q=beekeeping', draft.body.id);

    expect((await api.post(`/v1/calls/${draft.body.id}/status`, { status: 'paused' }, t(gr))).body.status).toBe(
      'paused',
    );
    await gone('q=beekeeping', draft.body.id);
    await api.post(`/v1/calls/${draft.body.id}/status`, { status: 'open' }, t(gr));
    await found('q=beekeeping', draft.body.id);
    const noReason = await api.post(`/v1/calls/${draft.body.id}/status`, { status: 'closed' }, t(gr));
    expect(noReason.status).toBe(400);
    const closed = await api.post(
      `/v1/calls/${draft.body.id}/status`,
      { status: 'closed', reason: 'withdrawn' },
      t(gr),
    );
    expect(closed.body).toMatchObject({ status: 'closed', closedReason: 'withdrawn' });
    await gone('q=beekeeping', draft.body.id);
    const reopen = await api.post(`/v1/calls/${draft.body.id}/status`, { status: 'open' }, t(gr));
    expect(reopen.status).toBe(409);
    expect(reopen.body.code).toBe('INVALID_TRANSITION');
  });

  it('searches calls by text, action, sought country, sector and type, deadline, and what my organisation fits', async () => {
    const call = await openCall({ title: 'Smart welding cells for SMEs' });
    const small = await openCall(
      {
        title: 'Smart welding mentors',
        action: 'KA210-VET',
        sought: [
          {
            countries: ['DE'],
            naceSections: ['P'],
            organisationTypes: ['vet_provider'],
            count: 1,
            role: 'partner',
            tasks: 'Mentoring',
          },
        ],
        naDeadline: '2027-10-01',
        answerBy: day(20),
        organisationId: org.PT,
      },
      pt,
    );
    await found('q=smart%20welding', call.id);
    await found('q=smart%20welding', small.id, gr);
    expect(await ids('q=smart%20welding&action=KA210-VET', gr)).toEqual([small.id]);
    expect(await ids('q=smart%20welding&soughtCountry=PT')).toEqual([call.id]);
    expect(await ids('q=smart%20welding&soughtCountry=pt')).toEqual([call.id]);
    expect(await ids('q=smart%20welding&country=el')).toEqual([call.id]);
    expect(await ids('q=smart%20welding&soughtNaceSection=P', gr)).toEqual([small.id]);
    expect(await ids('q=smart%20welding&soughtOrganisationType=sme')).toEqual([call.id]);
    expect(await ids('q=smart%20welding&deadlineFrom=2027-06-01', gr)).toEqual([small.id]);
    expect(await ids('q=smart%20welding&deadlineTo=2027-06-01')).toEqual([call.id]);
    expect(await ids('q=welding%20smrat')).toContain(call.id);

    // PT is a manufacturing SME: it fits the GR call, not its own. ES fits through the open-country,
    // social-partner entry. DE, a VET school, fits the PT call only.
    expect(await ids(`q=smart%20welding&fitsOrganisation=${org.PT}`)).toEqual([call.id]);
    expect(await ids(`q=smart%20welding&fitsOrganisation=${org.ES}`, es)).toEqual([call.id]);
    expect(await ids(`q=smart%20welding&fitsOrganisation=${org.DE}`, de)).toEqual([small.id]);
    expect((await search(`fitsOrganisation=${org.DE}`, pt)).status).toBe(404);

    const facets = await search('q=smart%20welding&facets=action,soughtCountries', gr);
    expect(facets.body.facets.action).toEqual({ 'KA210-VET': 1, 'KA220-VET': 1 });
    expect(Object.keys(facets.body.facets)).toEqual(['action', 'soughtCountries']);
    expect((await search('deadlineFrom=tomorrow')).status).toBe(400);
    // Filter values are codes, checked before any filter is built: a quote never reaches Meilisearch.
    const injected = await search(`soughtCountry=${encodeURIComponent('PT" OR status = "draft')}`);
    expect(injected.status).toBe(400);
    expect(injected.body.details[0].field).toBe('soughtCountry');
    const draft = await api.post('/v1/calls', aCall({ title: 'Smart welding draft never shown' }), t(gr));
    expect(draft.body.status).toBe('draft');
    expect(await ids(`q=${encodeURIComponent('smart welding draft')}`, gr)).not.toContain(draft.body.id);
    expect(facets.body.hits[0]).toMatchObject({
      organisation: { id: expect.any(String) },
      answerBy: expect.any(String),
    });
  });

  it('takes one answer per organisation, never from the caller, and lets the owner shortlist, decline and invite', async () => {
    const call = await openCall({ title: 'Call for answers' });
    const answer = (orgId: string, by: SignedInUser, role = 'partner', phone: string | null = null) =>
      api.post(
        `/v1/calls/${call.id}/answers`,
        {
          organisationId: orgId,
          role,
          offer: 'Two workshops with CNC and welding cells; 6 apprentices a year.',
          contact: { name: 'Ana Sousa', email: 'ana@porto-metal.example', phone },
        },
        t(by),
      );
    for (const phone of ['abc', '1234', '+30 210 abc 0000', '1'.repeat(31)]) {
      const bad = await answer(org.PT, pt, 'partner', phone);
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'contact.phone' })]);
    }
    const own = await answer(org.GR, gr);
    expect(own.status).toBe(422);
    expect(own.body.code).toBe('OWN_CALL');
    expect((await answer(org.PT, es)).status).toBe(403);

    const first = await answer(org.PT, pt);
    expect(first.status).toBe(201);
    const twice = await answer(org.PT, pt);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_ANSWERED');
    expect((await api.post(`/v1/calls/${call.id}/answers/${first.body.id}/withdraw`, undefined, t(es))).status).toBe(
      404,
    );
    expect((await api.post(`/v1/calls/${call.id}/answers/${first.body.id}/withdraw`, undefined, t(pt))).status).toBe(
      204,
    );
    const again = await answer(org.PT, pt);
    expect(again.status).toBe(201);
    const chamber = await answer(org.ES, es, 'associated_partner', '+34 (91) 000-00.00/1');
    expect(chamber.status).toBe(201);
    expect(chamber.body.contact.phone).toBe('+34 (91) 000-00.00/1');

    expect((await api.get(`/v1/calls/${call.id}/answers`, t(pt))).status).toBe(403);
    const list = await api.get(`/v1/calls/${call.id}/answers?limit=1`, t(gr));
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: again.body.id,
        organisation: expect.objectContaining({ id: org.PT, country: 'PT' }),
      }),
    ]);
    const rest = await api.get(`/v1/calls/${call.id}/answers?limit=1&cursor=${list.body.nextCursor}`, t(gr));
    expect(rest.body).toMatchObject({ items: [{ id: chamber.body.id }], nextCursor: null });

    const decide = (id: string, status: string, by = gr) =>
      api.post(`/v1/calls/${call.id}/answers/${id}/decision`, { status }, t(by));
    expect((await decide(again.body.id, 'shortlisted', pt)).status).toBe(403);
    const plainMember = await addMember(api, gr.accessToken, org.GR, 'member');
    expect((await api.get(`/v1/calls/${call.id}/answers`, t(plainMember))).status).toBe(200);
    expect((await decide(again.body.id, 'shortlisted', plainMember)).status).toBe(403);
    expect((await api.post(`/v1/calls/${call.id}/status`, { status: 'paused' }, t(plainMember))).status).toBe(403);
    const cleared = await api.patch(`/v1/calls/${call.id}`, { answerBy: null, title: null }, t(gr));
    expect(cleared.status).toBe(400);
    expect(cleared.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['answerBy', 'title']);
    expect((await api.patch(`/v1/calls/${call.id}`, { naDeadline: null }, t(gr))).body.naDeadline).toBeNull();
    expect((await decide(again.body.id, 'shortlisted')).body.status).toBe('shortlisted');
    expect((await decide(chamber.body.id, 'declined')).body.status).toBe('declined');
    expect((await decide(first.body.id, 'shortlisted')).status).toBe(409);
    expect((await api.get(`/v1/calls/${call.id}/answers?status=declined`, t(gr))).body.items).toHaveLength(1);
    expect((await api.get(`/v1/organisations/${org.PT}/answers`, t(pt))).body.items[0]).toMatchObject({
      status: 'shortlisted',
    });

    const noConsortium = await api.post(`/v1/calls/${call.id}/answers/${again.body.id}/invite`, undefined, t(gr));
    expect(noConsortium.status).toBe(409);
    const consortium = await api.post(`/v1/calls/${call.id}/consortium`, {}, t(gr));
    expect(consortium.status).toBe(201);
    expect(consortium.body).toMatchObject({ name: 'Call for answers', fromCallId: call.id, action: 'KA220-VET' });
    expect(consortium.body.composition.gaps.soughtOrganisationTypes).toEqual(['sme', 'social_partner']);
    expect((await api.post(`/v1/calls/${call.id}/consortium`, {}, t(gr))).status).toBe(409);

    expect((await api.post(`/v1/calls/${call.id}/answers/${chamber.body.id}/invite`, undefined, t(gr))).status).toBe(
      409,
    );
    const invited = await api.post(`/v1/calls/${call.id}/answers/${again.body.id}/invite`, undefined, t(gr));
    expect(invited.body).toMatchObject({ organisationId: org.PT, role: 'partner', answerId: again.body.id });
    expect((await api.post(`/v1/consortium-invitations/${invited.body.id}/accept`, undefined, t(pt))).status).toBe(200);
    const joined = await api.get(`/v1/consortia/${consortium.body.id}`, t(pt));
    expect(joined.body.members.map((m: { id: string }) => m.id)).toEqual([org.GR, org.PT]);

    await api.post(`/v1/calls/${call.id}/status`, { status: 'paused' }, t(gr));
    const paused = await answer(org.DE, de);
    expect(paused.status).toBe(409);
    expect(paused.body.code).toBe('CALL_NOT_OPEN');
  });

  it('posts urgent replacement calls for a consortium the organisation coordinates', async () => {
    const c = (
      await api.post('/v1/consortia', { organisationId: org.GR, name: 'Lost a partner', action: 'KA220-VET' }, t(gr))
    ).body;
    const notCoordinated = await api.post(
      '/v1/calls',
      aCall({ organisationId: org.PT, kind: 'replacement', consortiumId: c.id }),
      t(pt),
    );
    expect(notCoordinated.status).toBe(400);
    // Nothing to replace until a partner has left.
    expect(c.canOpenReplacementCall).toBe(false);
    const early = await api.post('/v1/calls', aCall({ kind: 'replacement', consortiumId: c.id }), t(gr));
    expect(early.status).toBe(400);
    expect(early.body.details[0]).toMatchObject({ field: 'consortiumId', problem: 'nothing_to_replace' });
    const invited = await api.post(
      `/v1/consortia/${c.id}/invitations`,
      { organisationId: org.PT, role: 'partner' },
      t(gr),
    );
    await api.post(`/v1/consortium-invitations/${invited.body.id}/accept`, undefined, t(pt));
    expect((await api.delete(`/v1/consortia/${c.id}/members/${org.PT}`, t(pt))).status).toBe(204);
    expect((await api.get(`/v1/consortia/${c.id}`, t(gr))).body.canOpenReplacementCall).toBe(true);
    expect((await api.get(`/v1/consortia/${c.id}`, t(pt))).status).toBe(404);
    const call = await openCall({ kind: 'replacement', consortiumId: c.id, title: 'Replacement partner for robotics' });
    expect(call).toMatchObject({ kind: 'replacement', urgent: true, consortiumId: c.id });
    await found('q=robotics&urgent=true', call.id);
    expect(await ids('q=robotics&urgent=false')).toEqual([]);
    expect(await ids('q=robotics&kind=project')).toEqual([]);
  });

  it('expires calls whose answer-by day is over, tells the owners once, and drops them from search', async () => {
    const call = await openCall({ title: 'Tiling and ceramics', answerBy: day(0) });
    await found('q=ceramics', call.id);
    await env.query(`UPDATE partner_call SET answer_by = current_date - 1 WHERE id = $1`, [call.id]);

    await worker.producer.enqueue({ name: 'calls.expire-due', data: {} }, { jobId: `expire-${randomUUID()}` });
    await until(async () => (await api.get(`/v1/calls/${call.id}`, t(gr))).body.status === 'expired', 'expired');
    // Run the job again over the same call (as a retry would): the owners are still told once.
    await env.query(`UPDATE partner_call SET status = 'open' WHERE id = $1`, [call.id]);
    await worker.producer.enqueue({ name: 'calls.expire-due', data: {} }, { jobId: `expire-${randomUUID()}` });
    await until(async () => (await api.get(`/v1/calls/${call.id}`, t(gr))).body.status === 'expired', 'expired again');
    const notes = await until(async () => {
      const res = await api.get('/v1/me/notifications', t(gr));
      const mine = res.body.items.filter((n: any) => n.kind === 'call.expired' && n.payload.callId === call.id);
      return mine.length > 0 ? mine : null;
    }, 'notified');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ payload: { title: 'Tiling and ceramics' }, readAt: null });
    expect(
      (await api.get('/v1/me/notifications', t(pt))).body.items.some((n: any) => n.payload.callId === call.id),
    ).toBe(false);
    expect((await api.post(`/v1/me/notifications/${notes[0].id}/read`, undefined, t(pt))).status).toBe(404);
    expect((await api.post(`/v1/me/notifications/${notes[0].id}/read`, undefined, t(gr))).status).toBe(204);
    const [doc] = await env.query(`SELECT status, closed_at FROM partner_call WHERE id = $1`, [call.id]);
    expect(doc).toMatchObject({ status: 'expired', closed_at: expect.any(Date) });
    await gone('q=ceramics', call.id);
    const expiredAnswer = await api.post(
      `/v1/calls/${call.id}/answers`,
      {
        organisationId: org.PT,
        role: 'partner',
        offer: 'Late',
        contact: { name: 'A', email: 'a@b.example', phone: null },
      },
      t(pt),
    );
    expect(expiredAnswer.body.code).toBe('CALL_NOT_OPEN');
  });

  it('takes an organisation’s calls out of search when the organisation is suspended', async () => {
    const call = await openCall({ title: 'Hydroponics in VET', organisationId: org.ES }, es);
    await found('q=hydroponics', call.id);
    await api.post(`/v1/moderation/organisations/${org.ES}/suspend`, { reason: 'Checking the OID' }, t(admin));
    await gone('q=hydroponics', call.id);
    expect((await api.get(`/v1/calls/${call.id}`, t(pt))).status).toBe(404);
  });
});
