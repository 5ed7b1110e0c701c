import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { day, publishedOrganisation } from '../factories/consortium.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

describe('match suggestions', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let admin: SignedInStaff;
  let gr: SignedInUser;
  let pt: SignedInUser;
  const org: Record<string, string> = {};
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  async function publish(key: string, owner: SignedInUser, overrides: Record<string, unknown>) {
    org[key] = (await publishedOrganisation(api, owner, admin.accessToken, overrides)).id;
  }

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    admin = await signInStaff(env, api, 'admin');
    gr = await registerUser(api, { preferredLanguage: 'el' });
    pt = await registerUser(api);
    const other = await registerUser(api);
    const base = { topics: ['green_skills', 'apprenticeships'], languages: ['en'], openToPartnerships: true };
    await publish('metalPt', pt, {
      ...base,
      displayName: 'Porto Metalworks',
      country: 'PT',
      organisationType: 'sme',
      naceSections: ['C'],
      naceDivisions: ['25'],
      languages: ['pt', 'en'],
      description:
        'A manufacturing SME in Porto hosting welding apprentices from VET schools every year, with a training workshop.',
    });
    await publish('schoolIt', other, {
      ...base,
      displayName: 'Istituto Tecnico Bologna',
      country: 'IT',
      organisationType: 'vet_provider',
      naceSections: ['P'],
      naceDivisions: ['85'],
      description: 'A VET school teaching welding, green skills and apprenticeships, just like the others.',
    });
    await publish('smeGr', other, {
      ...base,
      displayName: 'Patras Steel',
      country: 'GR',
      organisationType: 'sme',
      naceSections: ['C'],
      naceDivisions: ['25'],
      description:
        'A manufacturing SME in Patras with apprentices from local VET schools, producing steel parts for shipyards.',
    });
    await publish('ngoUa', other, {
      ...base,
      displayName: 'Kyiv Skills',
      country: 'UA',
      organisationType: 'ngo',
      naceSections: ['S'],
      naceDivisions: ['94'],
      description:
        'Green skills and apprenticeships for young people in Kyiv, run by volunteers and trainers since 2015.',
    });
    await publish('suspendedPt', other, {
      ...base,
      displayName: 'Braga Welding',
      country: 'PT',
      organisationType: 'sme',
      naceSections: ['C'],
      naceDivisions: ['25'],
      description:
        'A manufacturing SME with welding apprentices and green skills, based in Braga near the Spanish border.',
    });
    await api.post(`/v1/moderation/organisations/${org.suspendedPt}/suspend`, { reason: 'Fake' }, t(admin));
    // The subject, published last: its suggestions are computed when it is published.
    await publish('schoolGr', gr, {
      ...base,
      displayName: 'EPAL Patras',
      country: 'GR',
      organisationType: 'vet_provider',
      naceSections: ['P'],
      naceDivisions: ['85'],
      languages: ['el', 'en'],
      experience: { level: 'coordinated', pastProjects: 5 },
      description: 'A VET school in Patras training welders in green skills through apprenticeships.',
      lookingFor: {
        countries: ['PT', 'ES'],
        naceSections: ['C'],
        organisationTypes: ['sme'],
        text: 'Companies hosting welding apprentices',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await env.close();
  });

  const suggestions = (path: string, u: { accessToken: string } = gr) => api.get(`/v1/${path}/suggestions`, t(u));
  /** The suggested organisations (or calls) of a subject's page. */
  const targets = (body: { items?: { target: { kind: string } }[] }, kind = 'organisation'): any[] | undefined =>
    body.items?.filter((s) => s.target.kind === kind);

  it('suggests partners for a newly published organisation, with reasons in the user’s language', async () => {
    const list = await until(async () => {
      const res = await suggestions(`organisations/${org.schoolGr}`);
      return (targets(res.body)?.length ?? 0) >= 3 ? targets(res.body)! : null;
    }, 'suggestions');
    const ids = list.map((s: { target: { id: string } }) => s.target.id);
    expect(ids[0]).toBe(org.metalPt);
    expect(ids).not.toContain(org.schoolGr);
    expect(ids).not.toContain(org.suspendedPt);
    // A perfect fit from one's own country ranks below the same fit from abroad.
    expect(ids.indexOf(org.smeGr)).toBeGreaterThan(ids.indexOf(org.metalPt));
    const top = list[0];
    expect(top.target).toMatchObject({ kind: 'organisation', name: 'Porto Metalworks', country: 'PT' });
    expect(top.reasons.join(' | ')).toContain('Κοινά θέματα');
    expect(top.components).toMatchObject({ soughtSector: expect.any(Number), soughtType: expect.any(Number) });
    expect(top.score).toBeGreaterThan(list[1].score);

    expect((await suggestions(`organisations/${org.schoolGr}`, pt)).status).toBe(404);
    const english = (await suggestions(`organisations/${org.metalPt}`, pt)).body;
    expect(english).toEqual({ items: expect.any(Array), nextCursor: null });
    await until(async () => {
      const res = await api.get('/v1/me/notifications', t(gr));
      return res.body.items.some((n: { kind: string }) => n.kind === 'match.suggested');
    }, 'a notification about good suggestions');
  });

  it('answers a subject’s suggestions a page at a time, organisations first, in the one paging shape', async () => {
    const all = (await suggestions(`organisations/${org.schoolGr}`)).body;
    expect(all).toEqual({ items: expect.any(Array), nextCursor: null });
    const first = await api.get(`/v1/organisations/${org.schoolGr}/suggestions?limit=1`, t(gr));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0].id).toBe(all.items[0].id);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get(
      `/v1/organisations/${org.schoolGr}/suggestions?limit=2&cursor=${first.body.nextCursor}`,
      t(gr),
    );
    expect(second.body.items.map((s: { id: string }) => s.id)).toEqual(all.items.slice(1, 3).map((s: any) => s.id));
    const kinds = all.items.map((s: { target: { kind: string } }) => s.target.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'organisation' ? -1 : 1)));
    expect(all.items[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const onlyOrgs = await api.get(`/v1/organisations/${org.schoolGr}/suggestions?kind=organisation`, t(gr));
    expect(onlyOrgs.body.items.every((s: { target: { kind: string } }) => s.target.kind === 'organisation')).toBe(true);
    const bad = await api.get(`/v1/organisations/${org.schoolGr}/suggestions?cursor=bm90LW1pbmU`, t(gr));
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
    expect((await api.get(`/v1/organisations/${org.schoolGr}/suggestions?kind=person`, t(gr))).status).toBe(400);
  });

  it('documents every suggestions operation: who may call it, its answer and its errors', async () => {
    const doc = (await api.get('/docs-json')).body;
    const ops: [string, string, string][] = [
      ['/v1/organisations/{id}/suggestions', 'get', '200'],
      ['/v1/calls/{id}/suggestions', 'get', '200'],
      ['/v1/consortia/{id}/suggestions', 'get', '200'],
      ['/v1/suggestions/{id}/dismiss', 'post', '204'],
      ['/v1/suggestions/{id}/save', 'post', '204'],
      ['/v1/suggestions/{id}/act', 'post', '200'],
      ['/v1/admin/suggestions/stats', 'get', '200'],
    ];
    for (const [path, method, success] of ops) {
      const op = doc.paths[path]?.[method];
      expect({ path, summary: typeof op?.summary, description: typeof op?.description }).toEqual({
        path,
        summary: 'string',
        description: 'string',
      });
      expect(op.description).toMatch(/admins|Members/);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining([success, '401', '500']));
      if (success === '200') expect(op.responses['200'].content['application/json'].schema).toBeDefined();
    }
    const page = doc.paths['/v1/organisations/{id}/suggestions'].get.responses['200'].content['application/json'];
    const pageSchema = doc.components.schemas[page.schema.$ref.split('/').pop()];
    expect(Object.keys(pageSchema.properties).sort()).toEqual(['items', 'nextCursor']);
    const item = doc.components.schemas.SuggestionResponseDto;
    expect(item.properties.createdAt.format).toBe('date-time');
    expect(item.properties.rank.type).toBe('integer');
    expect(item.properties.target.$ref ?? item.properties.target.allOf?.[0]?.$ref).toMatch(/SuggestionTargetDto/);
    expect(doc.components.schemas.SuggestionTargetDto.properties.country.nullable).toBe(true);
  });

  it('gives suggestion reasons in the request’s language, else the user’s', async () => {
    const reasons = async (language?: string) => {
      const headers: Record<string, string> = language ? { 'accept-language': language } : {};
      const res = await api.get(`/v1/organisations/${org.schoolGr}/suggestions`, { token: gr.accessToken, headers });
      const top = res.body.items.find((s: { target: { id: string } }) => s.target.id === org.metalPt);
      return top.reasons.join(' | ');
    };
    expect(await reasons()).toContain('Κοινά θέματα');
    expect(await reasons('fr')).toContain('Κοινά θέματα');
    expect(await reasons('en')).toContain('Shares topics');
    expect(await reasons('de, en-GB;q=0.5')).toContain('Shares topics');
    expect(await reasons('el')).toContain('Κοινά θέματα');
  });

  it('holds a dismissal through refreshes, and records saves and actions', async () => {
    const list = targets((await suggestions(`organisations/${org.schoolGr}`)).body)!;
    const metal = list.find((s: { target: { id: string } }) => s.target.id === org.metalPt);
    const italian = list.find((s: { target: { id: string } }) => s.target.id === org.schoolIt);
    expect((await api.post(`/v1/suggestions/${metal.id}/dismiss`, { reason: 'Already talking' }, t(pt))).status).toBe(
      404,
    );
    expect((await api.post(`/v1/suggestions/${metal.id}/dismiss`, { reason: 'Already talking' }, t(gr))).status).toBe(
      204,
    );
    await worker.producer.enqueue(
      { name: 'matching.refresh', data: { subjectKind: 'organisation', subjectId: org.schoolGr } },
      { jobId: `manual-${Date.now()}` },
    );
    await until(async () => {
      const [row] = await env.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM suggestion WHERE subject_id = $1 AND updated_at > now() - interval '2 seconds'`,
        [org.schoolGr],
      );
      return row.n > 0;
    }, 'refreshed');
    const after = targets((await suggestions(`organisations/${org.schoolGr}`)).body)!;
    expect(after.map((s: { target: { id: string } }) => s.target.id)).not.toContain(org.metalPt);

    expect(italian).toBeDefined();
    expect((await api.post(`/v1/suggestions/${italian.id}/save`, undefined, t(gr))).status).toBe(204);
    const acted = await api.post(`/v1/suggestions/${italian.id}/act`, { action: 'message' }, t(gr));
    expect(acted.body.channel).toMatchObject({ kind: 'direct' });
    expect((await api.post(`/v1/suggestions/${italian.id}/act`, { action: 'invite' }, t(gr))).status).toBe(400);
    const stats = await api.get('/v1/admin/suggestions/stats', t(admin));
    expect(stats.body.find((r: { kind: string }) => r.kind === 'organisation→organisation')).toMatchObject({
      dismissed: 1,
      acceptanceRate: expect.any(Number),
    });
    expect((await api.get('/v1/admin/suggestions/stats', t(gr))).status).toBe(403);
    const queues = await api.get('/v1/admin/queues', t(admin));
    expect(queues.body.queues.map((q: { queue: string }) => q.queue)).toEqual(
      expect.arrayContaining(['matching', 'search']),
    );
    expect((await api.get('/v1/admin/queues', t(gr))).status).toBe(403);
  });

  it('suggests organisations for a call, and the call to organisations it fits', async () => {
    const call = await api.post(
      '/v1/calls',
      {
        organisationId: org.schoolGr,
        title: 'Welding apprenticeships for the green transition',
        summary: 'We seek manufacturing SMEs hosting welding apprentices.',
        action: 'KA220-VET',
        topics: ['green_skills', 'apprenticeships'],
        sought: [
          {
            countries: ['PT', 'ES'],
            naceSections: ['C'],
            organisationTypes: ['sme'],
            count: 1,
            role: 'partner',
            tasks: 'Host apprentices',
          },
        ],
        languages: ['en'],
        plannedStart: null,
        durationMonths: null,
        naDeadline: null,
        answerBy: day(20),
        open: true,
      },
      t(gr),
    );
    expect(call.status).toBe(201);
    const forCall = await until(async () => {
      const res = await suggestions(`calls/${call.body.id}`);
      return targets(res.body)?.length ? targets(res.body) : null;
    }, 'call suggestions');
    expect(forCall[0].target.id).toBe(org.metalPt);

    await worker.producer.enqueue(
      { name: 'matching.refresh', data: { subjectKind: 'organisation', subjectId: org.metalPt } },
      { jobId: `manual-pt-${Date.now()}` },
    );
    const callsForPt = await until(async () => {
      const res = await suggestions(`organisations/${org.metalPt}`, pt);
      return targets(res.body, 'call')?.length ? targets(res.body, 'call') : null;
    }, 'calls suggested to the SME');
    expect(callsForPt[0]).toMatchObject({ target: { kind: 'call', id: call.body.id } });
    expect(callsForPt[0].reasons.join(' ')).toContain('Seeks');
    const answer = await api.post(`/v1/suggestions/${callsForPt[0].id}/act`, { action: 'answer' }, t(pt));
    expect(answer.body).toMatchObject({ callId: call.body.id });
  });

  it('closes a consortium’s gaps, never with a non-associated country for KA210-VET', async () => {
    const c = (
      await api.post('/v1/consortia', { organisationId: org.schoolGr, name: 'Gaps', action: 'KA210-VET' }, t(gr))
    ).body;
    const list = await until(async () => {
      const res = await suggestions(`consortia/${c.id}`);
      return targets(res.body)?.length ? targets(res.body) : null;
    }, 'consortium suggestions');
    const ids = list.map((s: { target: { id: string } }) => s.target.id);
    expect(ids).not.toContain(org.ngoUa);
    expect(ids).not.toContain(org.schoolGr);
    const adds = list.find((s: { reasons: string[] }) => s.reasons.some((r) => r.startsWith('Προσθέτει')));
    expect(adds).toBeDefined();
    const invited = await api.post(`/v1/suggestions/${adds.id}/act`, { action: 'invite' }, t(gr));
    expect(invited.body.invitation).toMatchObject({ consortiumId: c.id, organisationId: adds.target.id });
  });

  it('trusts PostgreSQL over an index that has not caught up', async () => {
    expect(targets((await suggestions(`organisations/${org.schoolGr}`)).body)!.map((s: any) => s.target.id)).toContain(
      org.smeGr,
    );
    // Suspended behind the index's back (no outbox row): the document is still in Meilisearch.
    await env.query(`UPDATE organisation SET status = 'suspended' WHERE id = $1`, [org.smeGr]);
    await worker.producer.enqueue(
      { name: 'matching.refresh', data: { subjectKind: 'organisation', subjectId: org.schoolGr } },
      { jobId: `manual-lag-${Date.now()}` },
    );
    await until(async () => {
      const ids = targets((await suggestions(`organisations/${org.schoolGr}`)).body)!.map((s: any) => s.target.id);
      return !ids.includes(org.smeGr);
    }, 'gone although still indexed');
  });
});
