import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { aPartnerCall, publishedOrganisation } from '../factories/consortium.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// The hard rules of matching, through the real API, worker jobs and Meilisearch: what a call
// excludes, a consortium's own members, the countries a consortium still needs, the sector a
// subject seeks as its own, and candidates drawn from a consortium's gaps.

interface Suggestion {
  id: string;
  score: number;
  components: Record<string, number>;
  reasons: string[];
  target: { kind: string; id: string; country: string | null };
}

describe('matching hard rules', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let admin: SignedInStaff;
  let gr: SignedInUser;
  const users: Record<string, SignedInUser> = {};
  const org: Record<string, string> = {};
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });
  const keyOf = (id: string) => Object.keys(org).find((k) => org[k] === id) ?? id;

  const topics = ['green_skills', 'apprenticeships', 'work_based_learning'];
  const sme = (name: string, c: string, description: string, over: Record<string, unknown> = {}) => ({
    displayName: name,
    country: c,
    organisationType: 'sme',
    naceSections: ['C'],
    naceDivisions: ['25'],
    topics,
    languages: ['en'],
    description,
    lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
    ...over,
  });
  const profiles: Record<string, Record<string, unknown>> = {
    smePt: sme(
      'Porto Metalworks',
      'PT',
      'Welding apprentices in green skills, hosted in our Porto workshop every year by experienced masters.',
    ),
    smeDe: sme(
      'Köln Stahlbau',
      'DE',
      'Welding apprentices in green skills at a steel construction firm in Cologne, on bridges and halls.',
    ),
    smeCz: sme(
      'Brno Kovo',
      'CZ',
      'Welding apprentices in green skills, metal parts for trams and buses, in a family firm in Brno.',
    ),
    smeEs: sme(
      'Bilbao Soldadura',
      'ES',
      'Welding apprentices in green skills at a shipyard supplier in Bilbao, on hulls and offshore parts.',
    ),
    // A strong fit on every count but its country, which the consortium already has.
    smeGr: sme(
      'Patras Steel',
      'GR',
      'Welding apprentices in green skills and work-based learning in Patras, with a large training hall.',
      {
        naceSections: ['C', 'J'],
        naceDivisions: ['25', '62'],
        languages: ['el', 'en'],
        experience: { level: 'coordinated', pastProjects: 6 },
      },
    ),
    // A weak fit from a country the consortium needs: no topic, no language, the same sector.
    vetEs: {
      displayName: 'Instituto Sevilla',
      country: 'ES',
      organisationType: 'vet_provider',
      naceSections: ['P'],
      naceDivisions: ['85'],
      topics: ['inclusion'],
      languages: ['es'],
      description:
        'Secondary vocational school in Seville for hairdressing and beauty courses, open to adults at night.',
      lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
    },
    vetIt: {
      displayName: 'Istituto Bologna',
      country: 'IT',
      organisationType: 'vet_provider',
      naceSections: ['P'],
      naceDivisions: ['85'],
      topics,
      languages: ['en'],
      description:
        'A VET school teaching welding apprentices green skills in Bologna, with partner firms across Emilia.',
      lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
    },
    // Shares no word with the consortium's topics: only a gap filter finds it.
    bakeryFi: sme(
      'Oulu Rye Bakery',
      'FI',
      'Rye bread and pastries baked daily in Oulu, with a lakeside café and a shop for tourists in summer.',
      {
        naceSections: ['I'],
        naceDivisions: ['56'],
        topics: ['entrepreneurship'],
        languages: ['fi'],
      },
    ),
  };

  const suggestions = async (path: string, u: { accessToken: string } = gr): Promise<Suggestion[]> =>
    ((await api.get(`/v1/${path}/suggestions`, t(u))).body.items ?? []).filter(
      (s: Suggestion) => s.target.kind === 'organisation',
    );
  const keys = (list: Suggestion[]) => list.map((s) => keyOf(s.target.id));
  const refresh = (subjectKind: 'organisation' | 'call' | 'consortium', subjectId: string) =>
    worker.producer.enqueue(
      { name: 'matching.refresh', data: { subjectKind, subjectId } },
      { jobId: `rules-${subjectKind}-${subjectId}-${Date.now()}` },
    );
  const fits = async (call: string, key: string) =>
    (await api.get(`/v1/search/calls?fitsOrganisation=${org[key]}`, t(users[key]))).body.hits?.some(
      (h: { id: string }) => h.id === call,
    ) as boolean;
  /** Every candidate from a country already present comes after every candidate from a new eligible one. */
  const presentLast = (list: Suggestion[], present: string[]) => {
    const isPresent = list.map((s) => present.includes(s.target.country ?? ''));
    const firstPresent = isPresent.indexOf(true);
    return firstPresent >= 0 && isPresent.slice(firstPresent).every(Boolean);
  };

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    admin = await signInStaff(env, api, 'admin');
    for (const [key, profile] of Object.entries(profiles)) {
      users[key] = await registerUser(api);
      org[key] = (await publishedOrganisation(api, users[key], admin.accessToken, profile)).id;
    }
    // The coordinator reads Greek: reasons come in the language each answer chooses.
    gr = await registerUser(api, { preferredLanguage: 'el' });
    users.school = gr;
    org.school = (
      await publishedOrganisation(api, gr, admin.accessToken, {
        displayName: 'EPAL Patras',
        country: 'GR',
        organisationType: 'vet_provider',
        naceSections: ['P'],
        naceDivisions: ['85'],
        topics,
        languages: ['el', 'en'],
        experience: { level: 'none', pastProjects: 0 },
        description: 'A VET school in Patras training welders in green skills through apprenticeships.',
        lookingFor: { countries: [], naceSections: ['C'], organisationTypes: ['sme'], text: 'Welding companies' },
      })
    ).id;
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await env?.close();
  });

  const seekingSmes = (over: Record<string, unknown> = {}) =>
    aPartnerCall(org.school, {
      action: 'KA220-VET',
      title: 'Welding apprenticeships for the green transition',
      summary: 'We seek manufacturing SMEs hosting welding apprentices, not from Germany or Czechia.',
      topics,
      sought: [
        { countries: [], naceSections: ['C'], organisationTypes: ['sme'], count: 2, role: 'partner', tasks: 'Host' },
      ],
      open: true,
      ...over,
    });

  it('never suggests, nor shows among the calls it fits, an organisation from a country the call excludes', async () => {
    const created = await api.post('/v1/calls', seekingSmes({ excludedCountries: ['de', 'CZ'] }), t(gr));
    expect(created.status).toBe(201);
    expect(created.body.excludedCountries).toEqual(['DE', 'CZ']);
    const call = created.body.id as string;
    const list = await until(async () => {
      const l = await suggestions(`calls/${call}`);
      return l.length >= 3 ? l : null;
    }, 'call suggestions');
    expect(keys(list)).toEqual(expect.arrayContaining(['smePt', 'smeEs']));
    expect(keys(list)).not.toContain('smeDe');
    expect(keys(list)).not.toContain('smeCz');
    await until(() => fits(call, 'smePt'), 'the call among those the Portuguese SME fits');
    expect(await fits(call, 'smeDe')).toBe(false);
    expect(await fits(call, 'smeCz')).toBe(false);

    // The same call without the exclusion: both come back, in suggestions and in call search.
    const patched = await api.patch(`/v1/calls/${call}`, { excludedCountries: [] }, t(gr));
    expect(patched.body.excludedCountries).toEqual([]);
    await until(() => fits(call, 'smeDe'), 'the call among those the German SME fits');
    await refresh('call', call);
    await until(async () => keys(await suggestions(`calls/${call}`)).includes('smeDe'), 'the German SME suggested');
  });

  it('refuses a country both sought and excluded, and unknown country codes', async () => {
    const both = await api.post(
      '/v1/calls',
      seekingSmes({
        excludedCountries: ['PT'],
        sought: [
          { countries: ['PT'], naceSections: [], organisationTypes: [], count: 1, role: 'partner', tasks: 'Host' },
        ],
      }),
      t(gr),
    );
    expect(both.status).toBe(400);
    expect(both.body.details).toEqual([
      expect.objectContaining({ field: 'excludedCountries', problem: 'also_sought' }),
    ]);
    const unknown = await api.post('/v1/calls', seekingSmes({ excludedCountries: ['XX'] }), t(gr));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('excludedCountries');
  });

  it('never suggests the members of the consortium a call is for, and puts the countries it needs first', async () => {
    const call = (await api.post('/v1/calls', seekingSmes(), t(gr))).body.id as string;
    await until(async () => keys(await suggestions(`calls/${call}`)).includes('smePt'), 'the Portuguese SME suggested');
    const consortium = await api.post(`/v1/calls/${call}/consortium`, {}, t(gr));
    expect(consortium.status).toBe(201);
    const inv = await api.post(
      `/v1/consortia/${consortium.body.id}/invitations`,
      { organisationId: org.smePt, role: 'partner' },
      t(gr),
    );
    const accepted = await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(users.smePt));
    expect(accepted.status).toBeLessThan(300);
    await refresh('call', call);
    const list = await until(async () => {
      const l = await suggestions(`calls/${call}`);
      return l.length >= 3 && !keys(l).includes('smePt') ? l : null;
    }, 'the new member gone from the call’s suggestions');
    // Greece and Portugal are in; KA220-VET needs a third country before anything else.
    expect(keys(list)).toContain('smeGr');
    expect(presentLast(list, ['GR', 'PT'])).toBe(true);

    // Removed again, the SME is not suggested back: not to the call, not to the consortium.
    const removed = await api.delete(`/v1/consortia/${consortium.body.id}/members/${org.smePt}`, t(gr));
    expect(removed.status).toBeLessThan(300);
    const [{ at }] = await env.query<{ at: Date }>(`SELECT now() AS at`);
    await refresh('call', call);
    await refresh('consortium', consortium.body.id);
    // Both lists recomputed after the removal.
    await until(async () => {
      const rows = await env.query(
        `SELECT 1 FROM matching_subject_state WHERE subject_id = ANY($1) AND refreshed_at > $2`,
        [[call, consortium.body.id], at],
      );
      return rows.length === 2 ? true : null;
    }, 'both lists recomputed after the removal');
    expect(keys(await suggestions(`calls/${call}`))).not.toContain('smePt');
    expect(keys(await suggestions(`consortia/${consortium.body.id}`))).not.toContain('smePt');
  });

  it('ranks a weak candidate from a needed country above a strong one from a country present, and draws candidates from the gaps', async () => {
    const c = await api.post('/v1/consortia', { organisationId: org.school, name: 'Gaps', action: 'KA220-VET' }, t(gr));
    const inv = await api.post(
      `/v1/consortia/${c.body.id}/invitations`,
      { organisationId: org.smePt, role: 'partner' },
      t(gr),
    );
    await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(users.smePt));
    await refresh('consortium', c.body.id);
    const list = await until(async () => {
      const l = await suggestions(`consortia/${c.body.id}`);
      return keys(l).includes('smeGr') && !keys(l).includes('smePt') ? l : null;
    }, 'the consortium’s suggestions with its partner');
    const at = (key: string) => keys(list).indexOf(key);
    const score = (key: string) => list[at(key)].score;
    expect(at('vetEs')).toBeGreaterThanOrEqual(0);
    expect(score('smeGr')).toBeGreaterThan(score('vetEs'));
    expect(at('smeGr')).toBeGreaterThan(at('vetEs'));
    expect(presentLast(list, ['GR', 'PT'])).toBe(true);
    // No shared word with the consortium: found only because it fills a gap (a new country, another sector).
    expect(keys(list)).toContain('bakeryFi');
    expect(list[at('bakeryFi')].reasons.join(' | ')).toContain('Προσθέτει χώρα: Φινλανδία');
  });

  it('does not penalise the sector or type a subject seeks as its own', async () => {
    const call = (
      await api.post(
        '/v1/calls',
        seekingSmes({
          title: 'VET schools for a welding curriculum',
          sought: [
            {
              countries: [],
              naceSections: [],
              organisationTypes: ['vet_provider'],
              count: 1,
              role: 'partner',
              tasks: 'Co-write the curriculum',
            },
          ],
        }),
        t(gr),
      )
    ).body.id as string;
    const forCall = await until(async () => {
      const l = await suggestions(`calls/${call}`);
      return keys(l).includes('vetIt') ? l : null;
    }, 'the Italian VET school suggested for a call seeking VET schools');
    const vetIt = forCall.find((s) => s.target.id === org.vetIt)!;
    expect(vetIt.components.sameSector).toBeUndefined();
    expect(vetIt.components.soughtType).toBeGreaterThan(0);
    // The school's own profile seeks companies: there, another VET school is the same sector.
    await refresh('organisation', org.school);
    const forSchool = await until(async () => {
      const l = await suggestions(`organisations/${org.school}`);
      return keys(l).includes('vetIt') ? l : null;
    }, 'the Italian VET school among the school’s suggestions');
    expect(forSchool.find((s) => s.target.id === org.vetIt)!.components.sameSector).toBeLessThan(0);
  });

  it('writes reasons with language names, intact acronyms and no article errors, in the caller’s language', async () => {
    await refresh('organisation', org.school);
    const list = await until(async () => {
      const l = await suggestions(`organisations/${org.school}`);
      return l.length >= 3 ? l : null;
    }, 'the school’s suggestions');
    const english = (
      await api.get(`/v1/organisations/${org.school}/suggestions`, { ...t(gr), headers: { 'accept-language': 'en' } })
    ).body.items as Suggestion[];
    const text = [...list, ...english].flatMap((s) => s.reasons).join('\n');
    expect(text).toContain('Shared working languages: English');
    expect(text).toContain('Κοινές γλώσσες εργασίας: Αγγλικά');
    expect(text).toContain('(SME)');
    expect(text).not.toMatch(/\b(en|el|es|fi)\b(,|\n|$)/);
    expect(text).not.toMatch(/\(sme\)|\bsme\b|μμε|\ba (organisation|SME)\b/);
  });
});
