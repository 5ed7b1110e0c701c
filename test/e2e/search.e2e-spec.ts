import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { createOrganisation } from '../factories/organisation.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

describe('organisation search', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let owner: SignedInUser;
  let admin: SignedInStaff;

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    owner = await registerUser(api);
    admin = await signInStaff(env, api, 'admin');
  });
  afterAll(async () => {
    await worker?.close();
    await env.close();
  });

  async function publish(overrides: Record<string, unknown>) {
    const org = await createOrganisation(api, owner.accessToken, overrides);
    await api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: owner.accessToken });
    const res = await api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: admin.accessToken });
    expect(res.body).toMatchObject({ status: 'published' });
    return org;
  }

  const search = (query: string) => api.get(`/v1/search/organisations?${query}`, { token: owner.accessToken });
  const ids = async (query: string): Promise<string[]> =>
    (await search(query)).body.hits.map((h: { id: string }) => h.id);
  const found = (query: string, id: string) => until(async () => (await ids(query)).includes(id), `${id} in ${query}`);
  const gone = (query: string, id: string) =>
    until(async () => !(await ids(query)).includes(id), `${id} gone from ${query}`);

  let metal: { id: string };
  let greek: { id: string };
  let vet: { id: string };
  let sme: { id: string };
  let draft: { id: string };

  beforeAll(async () => {
    metal = await publish({
      displayName: 'Porto Metalworks',
      country: 'PT',
      organisationType: 'sme',
      naceSections: ['C'],
      naceDivisions: ['25'],
      sizeBand: '50-249',
      topics: ['green_skills', 'apprenticeships'],
      languages: ['pt', 'en'],
      description:
        'A manufacturing company in Porto producing metal parts; we host apprentices from partner schools every year.',
    });
    greek = await publish({
      displayName: 'Κέντρο Κατάρτισης Λάρισας',
      country: 'GR',
      naceSections: ['P'],
      naceDivisions: ['85'],
      topics: ['digital_skills'],
      languages: ['el'],
      description:
        'Επαγγελματική Εκπαίδευση και κατάρτιση ενηλίκων στη Λάρισα, με έμφαση στις ψηφιακές δεξιότητες της περιοχής μας.',
    });
    vet = await publish({
      displayName: 'Tallinn Skills Academy',
      country: 'EE',
      languages: ['et', 'en'],
      experience: { level: 'coordinated', pastProjects: 6 },
      topics: ['quality_assurance'],
      description:
        'We deliver vocational education and training for the hospitality sector and coordinate European projects.',
    });
    sme = await publish({
      displayName: 'Kraków Code Studio',
      country: 'PL',
      organisationType: 'sme',
      naceSections: ['J'],
      naceDivisions: ['62'],
      languages: ['pl', 'en'],
      openToPartnerships: false,
      topics: ['entrepreneurship'],
      description: 'A small and medium-sized enterprise building software; we mentor interns in web development.',
    });
    draft = await createOrganisation(api, owner.accessToken, {
      displayName: 'Hidden Draft Metalworks',
      description: 'manufacturing draft',
    });
    for (const org of [metal, greek, vet, sme]) await found('q=', org.id);
  });

  it('finds a published organisation by text, and never a draft', async () => {
    expect(await ids('q=metalworks')).toEqual([metal.id]);
    expect(await ids('q=Hidden Draft')).not.toContain(draft.id);
  });

  it('tolerates typos', async () => {
    expect(await ids('q=manufactoring')).toContain(metal.id);
  });

  it('matches Greek without accents or case', async () => {
    expect(await ids(`q=${encodeURIComponent('εκπαιδευση')}`)).toContain(greek.id);
    expect(await ids(`q=${encodeURIComponent('ΕΠΑΓΓΕΛΜΑΤΙΚΗ')}`)).toContain(greek.id);
    expect(await ids(`q=${encodeURIComponent('λαρισας')}`)).toContain(greek.id);
  });

  it('knows synonyms', async () => {
    expect(await ids('q=VET')).toContain(vet.id);
    expect(await ids('q=SME')).toContain(sme.id);
  });

  it('filters on each field and counts facets', async () => {
    expect(await ids('country=PT')).toEqual([metal.id]);
    expect((await ids('excludeCountry=PT')).sort()).toEqual([greek.id, vet.id, sme.id].sort());
    expect(await ids('naceSection=J')).toEqual([sme.id]);
    expect(await ids('naceDivision=25')).toEqual([metal.id]);
    expect((await ids('organisationType=sme')).sort()).toEqual([metal.id, sme.id].sort());
    expect(await ids('topic=digital_skills')).toEqual([greek.id]);
    expect(await ids('language=et')).toEqual([vet.id]);
    expect(await ids('sizeBand=50-249')).toEqual([metal.id]);
    expect(await ids('experience=coordinated')).toEqual([vet.id]);
    expect(await ids('openToPartnerships=false')).toEqual([sme.id]);
    expect(await ids('oidVerified=true')).toEqual([]);

    expect((await search('organisationType=sme')).body.facets).toEqual({});
    const some = await search('organisationType=sme&facets=country,sizeBand');
    expect(Object.keys(some.body.facets).sort()).toEqual(['country', 'sizeBand']);
    expect((await search('facets=country,nonsense')).status).toBe(400);
    const res = await search('organisationType=sme&facets=all');
    expect(Object.keys(res.body.facets)).toHaveLength(10);
    expect(res.body.facets.country).toEqual({ PT: 1, PL: 1 });
    expect(res.body.facets.naceSections).toEqual({ C: 1, J: 1 });
    expect(res.body.facets.openToPartnerships).toEqual({ true: 1, false: 1 });
    expect(res.body.totalHits).toBe(2);
  });

  it('takes country filters as people write them: any case, EL for GR and UK for GB', async () => {
    expect(await ids('country=el')).toEqual([greek.id]);
    expect(await ids('country=Gr')).toEqual([greek.id]);
    expect((await ids('excludeCountry=EL,pt')).sort()).toEqual([vet.id, sme.id].sort());
    expect(await ids('country=uk')).toEqual([]);
    const facets = await search('country=el&facets=country');
    expect(facets.body.facets.country).toEqual({ GR: 1 });
    const refused = await search('country=XX,el');
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      { field: 'country', problem: 'countryCode', message: expect.stringMatching(/"XX"; .*EL and UK/) },
    ]);
  });

  it('gives each hit its last change as an ISO 8601 time, like every other answer', async () => {
    const before = new Date(Date.now() - 60 * 60_000);
    const [hit] = (await search('country=PT')).body.hits;
    expect(hit.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(new Date(hit.updatedAt).getTime()).toBeGreaterThan(before.getTime());
    expect(new Date(hit.updatedAt).getTime()).toBeLessThanOrEqual(Date.now());
    const updated = await search('sort=updated');
    const times = updated.body.hits.map((h: { updatedAt: string }) => h.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('sorts by name and pages', async () => {
    const page1 = await search('sort=name&pageSize=2&page=1');
    const page2 = await search('sort=name&pageSize=2&page=2');
    const names = [...page1.body.hits, ...page2.body.hits].map((h: { name: string }) => h.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(page1.body).toMatchObject({ page: 1, pageSize: 2, totalHits: 4, totalPages: 2 });
  });

  it('highlights and crops the description', async () => {
    const [hit] = (await search('q=apprentices')).body.hits;
    expect(hit.highlight.description).toContain('<mark>apprentices</mark>');
    const [named] = (await search('q=tallinn')).body.hits;
    expect(named.highlight.name).toBe('<mark>Tallinn</mark> Skills Academy');
    // Greek, typed without accents, is marked where it stands with them; so is a typo.
    const greekHit = (await search(`q=${encodeURIComponent('εκπαιδευση')}`)).body.hits.find(
      (h: { id: string }) => h.id === greek.id,
    );
    expect(greekHit.highlight.description).toContain('<mark>Εκπαίδευση</mark>');
    const [typo] = (await search('q=manufactoring')).body.hits;
    expect(typo.highlight.description).toContain('<mark>manufacturing</mark>');
    // Filters alone mark nothing: the description's start, whole when it is short.
    const [byFilter] = (await search('country=PT')).body.hits;
    expect(byFilter.highlight).toEqual({
      name: byFilter.name,
      description:
        'A manufacturing company in Porto producing metal parts; we host apprentices from partner schools every year.',
    });
  });

  it('autocompletes organisation names by prefix', async () => {
    const res = await api.get('/v1/search/organisations/autocomplete?q=Tall', { token: owner.accessToken });
    expect(res.body).toEqual([{ id: vet.id, name: 'Tallinn Skills Academy', country: 'EE' }]);
  });

  it('refuses a filter value crafted to escape the expression, and never widens visibility', async () => {
    const attack = encodeURIComponent('PT" OR status = "draft');
    const res = await search(`country=${attack}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const text = await search(`q=${encodeURIComponent('" OR status = "draft')}`);
    expect(text.status).toBe(200);
    expect(text.body.hits.map((h: { id: string }) => h.id)).not.toContain(draft.id);
    const asList = await search(`organisationType=${encodeURIComponent('sme"] OR status = "draft" OR x IN ["a')}`);
    expect(asList.status).toBe(400);
  });

  it('reflects suspension, reinstatement, approved revisions and deletion', async () => {
    const org = await publish({
      displayName: 'Lifecycle Bakery',
      country: 'AT',
      description:
        'A family bakery in Graz that has trained apprentices in bread and pastry making for three generations.',
    });
    await found('q=bakery', org.id);

    await api.post(`/v1/moderation/organisations/${org.id}/suspend`, { reason: 'check' }, { token: admin.accessToken });
    await gone('q=bakery', org.id);
    await api.post(`/v1/moderation/organisations/${org.id}/reinstate`, {}, { token: admin.accessToken });
    await found('q=bakery', org.id);

    const edit = await api.patch(
      `/v1/organisations/${org.id}`,
      { displayName: 'Lifecycle Patisserie' },
      { token: owner.accessToken },
    );
    expect(await ids('q=patisserie')).toEqual([]);
    await api.post(
      `/v1/moderation/revisions/${edit.body.pendingRevision.id}/approve`,
      {},
      { token: admin.accessToken },
    );
    await found('q=patisserie', org.id);

    await api.request('DELETE', `/v1/organisations/${org.id}`, undefined, { token: owner.accessToken });
    await gone('q=patisserie', org.id);
  });

  it('needs a signed-in user and validates paging', async () => {
    expect((await api.get('/v1/search/organisations?q=x')).status).toBe(401);
    expect((await search('pageSize=500')).status).toBe(400);
    expect((await search('sort=random')).status).toBe(400);
  });
});
