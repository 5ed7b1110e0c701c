import { randomUUID } from 'node:crypto';
import { createMeiliClient, ORGANISATION_INDEX } from '@syndesmos/search';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { addMember, day, partnerOrganisations, publishedOrganisation } from '../factories/consortium.factory';
import { anOrganisation, createOrganisation, nextOid } from '../factories/organisation.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// Every field a client can change, sent alone, must read back exactly as sent. A field that
// may be empty is cleared with null and reads back null; any other field refuses null with
// 400 naming it. Each table must list every property of its request schema in the OpenAPI
// document, so a field added later cannot be left out of this test.

interface FieldCase {
  /** A valid value that differs from what the resource holds before. */
  value: unknown;
  /** True when null clears the field; false when null is refused. */
  nullable: boolean;
  /** The part's version, which every write carries (roundTrip sends the current one). */
  version?: true;
}
type FieldTable = Record<string, FieldCase>;

const ORGANISATION_FIELDS: FieldTable = {
  legalName: { value: 'Κέντρο Επαγγελματικής Κατάρτισης Πάτρας  (KEK)', nullable: false },
  displayName: { value: 'KEK Πάτρας', nullable: false },
  oid: { value: 'fresh OID', nullable: false },
  pic: { value: '949123456', nullable: true },
  country: { value: 'CY', nullable: false },
  city: { value: 'Λεμεσός', nullable: false },
  website: { value: 'https://kek.example/en/about?x=1', nullable: true },
  organisationType: { value: 'sme', nullable: false },
  naceSections: { value: ['P', 'C'], nullable: false },
  naceDivisions: { value: [], nullable: false },
  sizeBand: { value: '50-249', nullable: true },
  foundingYear: { value: 2004, nullable: true },
  description: {
    value:
      '  Two lines:\nwelding and <b>hospitality</b> courses for adults, apprentices and their in-company tutors.  ',
    nullable: false,
  },
  topics: { value: ['green_skills', 'digital_skills'], nullable: false },
  targetGroups: { value: ['apprentices', 'ivet_learners'], nullable: false },
  languages: { value: ['pt', 'el', 'en'], nullable: false },
  experience: { value: { level: 'coordinated', pastProjects: 7 }, nullable: false },
  lookingFor: {
    value: { countries: ['DE', 'IT'], naceSections: ['C'], organisationTypes: ['vet_provider'], text: null },
    nullable: false,
  },
  contactPerson: {
    value: { name: 'Eleni Papadaki', email: 'eleni@kek.example', phone: '+30 2610 000000', role: null },
    nullable: true,
  },
  logoUrl: { value: 'https://kek.example/logo.png', nullable: true },
  openToPartnerships: { value: false, nullable: false },
};

/** Fields that apply at once on a published profile; the others wait for NA staff. */
const MINOR = ['contactPerson', 'logoUrl', 'openToPartnerships'];

/** What the search document holds of each indexed profile field. */
function indexed(p: Record<string, any>) {
  return {
    legalName: p.legalName,
    name: p.displayName,
    country: p.country,
    city: p.city,
    organisationType: p.organisationType,
    naceSections: p.naceSections,
    naceDivisions: p.naceDivisions,
    sizeBand: p.sizeBand,
    description: p.description,
    topics: p.topics,
    targetGroups: p.targetGroups,
    languages: p.languages,
    experience: p.experience.level,
    pastProjects: p.experience.pastProjects,
    lookingForText: p.lookingFor.text ?? '',
    openToPartnerships: p.openToPartnerships,
  };
}

const CALL_FIELDS: FieldTable = {
  title: { value: 'Hospitality apprenticeships, round two', nullable: false },
  summary: { value: 'We now also seek hotels.\nAnd restaurants.', nullable: false },
  action: { value: 'KA210-VET', nullable: false },
  topics: { value: ['digital_skills', 'green_skills'], nullable: false },
  sought: {
    value: [
      {
        countries: ['ES', 'IT'],
        naceSections: ['I'],
        organisationTypes: ['sme'],
        count: 2,
        role: 'partner',
        tasks: 'Host learners for six weeks',
      },
    ],
    nullable: false,
  },
  languages: { value: ['es', 'en'], nullable: false },
  excludedCountries: { value: ['DE', 'CZ'], nullable: false },
  plannedStart: { value: '2027-12-01', nullable: true },
  durationMonths: { value: 30, nullable: true },
  naDeadline: { value: '2027-04-01', nullable: true },
  answerBy: { value: day(40), nullable: false },
};

const CONSORTIUM_FIELDS: FieldTable = {
  name: { value: 'Green welding alliance', nullable: false },
  summary: { value: 'Five countries, one curriculum.', nullable: false },
  naDeadline: { value: '2027-03-05', nullable: true },
};

const ME_FIELDS: FieldTable = {
  displayName: { value: 'Μαρία Παπαδοπούλου', nullable: false },
  preferredLanguage: { value: 'el', nullable: false },
};

const MESSAGE_FIELDS: FieldTable = {
  body: { value: 'Edited: see you in Porto 🙂', nullable: false },
  mentions: { value: [], nullable: false },
};

// Workplan parts: ids of member organisations and of other parts are filled in by the test.
const VERSION: FieldCase = { value: undefined, nullable: false, version: true };
const FRAME_FIELDS: FieldTable = {
  version: VERSION,
  lumpSum: { value: 250000, nullable: true },
  durationMonths: { value: 24, nullable: true },
  plannedStart: { value: '2027-09-01', nullable: true },
  aim: { value: 'exchange_of_good_practices', nullable: true },
  summary: { value: 'Welding for wind:\nfour countries, one curriculum.', nullable: false },
};
const WORK_PACKAGE_FIELDS: FieldTable = {
  version: VERSION,
  title: { value: 'Curriculum, second draft', nullable: false },
  objectives: { value: 'One shared curriculum\nin four languages', nullable: false },
  indicators: { value: '1 curriculum, 4 languages', nullable: false },
  leadOrganisationId: { value: 'ES', nullable: true },
  participantIds: { value: ['PT'], nullable: false },
  amount: { value: 150000, nullable: false },
};
const ACTIVITY_FIELDS: FieldTable = {
  version: VERSION,
  workPackageId: { value: 'WP1', nullable: true },
  title: { value: 'Draft the modules', nullable: false },
  description: { value: 'Six modules, EQF 4', nullable: false },
  kind: { value: 'quality_assurance', nullable: false },
  leadOrganisationId: { value: 'ES', nullable: true },
  participantIds: { value: ['GR', 'PT'], nullable: false },
  startMonth: { value: 2, nullable: false },
  endMonth: { value: 20, nullable: false },
  expectedResults: { value: 'A reviewed draft', nullable: false },
  amount: { value: 90000, nullable: false },
};
const RESULT_FIELDS: FieldTable = {
  version: VERSION,
  title: { value: 'Green welding curriculum', nullable: false },
  description: { value: 'EQF 4, open licence', nullable: false },
  type: { value: 'open_educational_resource', nullable: false },
  languages: { value: ['pt', 'el', 'en'], nullable: false },
  targetGroups: { value: ['apprentices', 'vet_teachers_trainers'], nullable: false },
  leadOrganisationId: { value: 'ES', nullable: true },
  contributorIds: { value: ['GR'], nullable: false },
  dueMonth: { value: 12, nullable: false },
  activityIds: { value: ['ACTIVITY'], nullable: false },
};
const EVENT_FIELDS: FieldTable = {
  version: VERSION,
  title: { value: 'Multiplier event in Porto', nullable: false },
  description: { value: 'Open day for companies', nullable: false },
  hostOrganisationId: { value: 'PT', nullable: true },
  country: { value: 'PT', nullable: false },
  month: { value: 22, nullable: false },
  participantsLocal: { value: 35, nullable: false },
  participantsInternational: { value: 12, nullable: false },
  resultIds: { value: [], nullable: false },
};

const PREFERENCE_FIELDS: FieldTable = {
  preferences: { value: [{ kind: 'consortium.invited', delivery: 'weekly' }], nullable: false },
};

const MEMBER_FIELDS: FieldTable = { role: { value: 'admin', nullable: false } };

describe('PATCH keeps exactly what was sent', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let admin: SignedInStaff;
  let owner: SignedInUser;
  let schemas: Record<string, { properties: Record<string, { nullable?: boolean }> }>;
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    admin = await signInStaff(env, api, 'admin');
    owner = await registerUser(api);
    schemas = (await api.get('/docs-json')).body.components.schemas;
  });
  afterAll(async () => {
    await worker?.close();
    await env?.close();
  });

  const TABLES: [string, FieldTable][] = [
    ['UpdateOrganisationDto', ORGANISATION_FIELDS],
    ['UpdateCallDto', CALL_FIELDS],
    ['UpdateConsortiumDto', CONSORTIUM_FIELDS],
    ['UpdateMeDto', ME_FIELDS],
    ['EditMessageDto', MESSAGE_FIELDS],
    ['PreferencesDto', PREFERENCE_FIELDS],
    ['ChangeRoleDto', MEMBER_FIELDS],
    ['UpdateFrameDto', FRAME_FIELDS],
    ['UpdateWorkPackageDto', WORK_PACKAGE_FIELDS],
    ['UpdateActivityDto', ACTIVITY_FIELDS],
    ['UpdateResultDto', RESULT_FIELDS],
    ['UpdateEventDto', EVENT_FIELDS],
  ];

  it('has a table for the body of every PATCH and PUT in the API', async () => {
    const paths: Record<string, Record<string, any>> = (await api.get('/docs-json')).body.paths;
    const bodies = Object.values(paths).flatMap((operations) =>
      ['patch', 'put']
        .filter((method) => operations[method])
        .map((method) => {
          const ref: string = operations[method].requestBody?.content?.['application/json']?.schema?.$ref ?? '';
          return ref.replace('#/components/schemas/', '');
        }),
    );
    expect(bodies.sort()).toEqual(TABLES.map(([name]) => name).sort());
  });

  it.each(TABLES)('the table for %s covers every field of its schema, with its null rule', (name, table) => {
    const properties = schemas[name].properties;
    expect(Object.keys(table).sort()).toEqual(Object.keys(properties).sort());
    for (const [field, { nullable }] of Object.entries(table)) {
      expect({ field, nullable: properties[field].nullable === true }).toEqual({ field, nullable });
    }
  });

  /** Sends each field alone, then reads the resource back and compares all of it. */
  async function roundTrip(
    table: FieldTable,
    opts: {
      patch: (body: Record<string, unknown>) => Promise<{ status: number; body: any }>;
      read: () => Promise<Record<string, unknown>>;
      value?: (field: string, value: unknown) => unknown;
      /** Fields whose null this resource refuses although the schema allows it (the test checks them itself). */
      keepOnNull?: string[];
    },
  ) {
    let expected = await opts.read();
    const fields = Object.entries(table).filter(([, c]) => !c.version);
    for (const [field, c] of fields) {
      const value = opts.value ? opts.value(field, c.value) : c.value;
      const res = await opts.patch({ [field]: value });
      expect({ field, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({
        field,
        status: 200,
        body: undefined,
      });
      expected = { ...expected, [field]: value };
      expect(await opts.read()).toEqual(expected);
    }
    for (const [field, c] of fields.filter(([f]) => !opts.keepOnNull?.includes(f))) {
      const res = await opts.patch({ [field]: null });
      if (c.nullable) {
        expect({ field, status: res.status }).toEqual({ field, status: 200 });
        expected = { ...expected, [field]: null };
      } else {
        expect({ field, status: res.status, code: res.body.code, details: res.body.details }).toEqual({
          field,
          status: 400,
          code: 'VALIDATION_FAILED',
          details: [{ field, problem: 'null', message: `${field} cannot be null` }],
        });
      }
      expect(await opts.read()).toEqual(expected);
    }
  }

  const organisationValue = (field: string, value: unknown) => (field === 'oid' ? nextOid() : value);

  it('a draft organisation takes every field alone, clears optional ones with null and refuses null for the rest', async () => {
    const org = await createOrganisation(api, owner.accessToken);
    await roundTrip(ORGANISATION_FIELDS, {
      patch: (body) => api.patch(`/v1/organisations/${org.id}`, body, t(owner)),
      read: async () => (await api.get(`/v1/organisations/${org.id}`, t(owner))).body.profile,
      value: organisationValue,
    });
  });

  it('a draft filled through PATCH alone can be submitted', async () => {
    const org = await createOrganisation(api, owner.accessToken, {
      naceSections: [],
      naceDivisions: [],
      topics: [],
      languages: [],
    });
    for (const body of [
      { naceSections: ['P', 'C'] },
      { naceDivisions: ['85', '25'] },
      { topics: ['green_skills', 'digital_skills'] },
      { languages: ['el', 'en'] },
      { targetGroups: ['apprentices'] },
    ]) {
      expect((await api.patch(`/v1/organisations/${org.id}`, body, t(owner))).status).toBe(200);
    }
    const stored = await env.query<{ profile: Record<string, unknown> }>(
      `SELECT profile FROM organisation WHERE id = $1`,
      [org.id],
    );
    expect(stored[0].profile).toMatchObject({
      naceSections: ['P', 'C'],
      naceDivisions: ['85', '25'],
      topics: ['green_skills', 'digital_skills'],
      languages: ['el', 'en'],
      targetGroups: ['apprentices'],
    });
    const submitted = await api.post(`/v1/organisations/${org.id}/submit`, undefined, t(owner));
    expect({ status: submitted.status, body: submitted.body.status }).toEqual({ status: 200, body: 'submitted' });
  });

  it('a published organisation takes every field alone through a revision, approval and the search index', async () => {
    const org = await publishedOrganisation(api, owner, admin.accessToken);
    const index = createMeiliClient({
      url: env.config.meiliUrl,
      masterKey: env.config.meiliMasterKey,
      indexPrefix: env.config.meiliIndexPrefix,
    }).index(`${env.config.meiliIndexPrefix}${ORGANISATION_INDEX}`);
    const read = async () => (await api.get(`/v1/organisations/${org.id}`, t(owner))).body;
    const inIndex = (profile: Record<string, unknown>, what: string) =>
      until(async () => {
        const doc = await index.getDocument(org.id);
        expect(doc).toMatchObject(indexed(profile));
        return true;
      }, `the search document after ${what}`);

    const change = async (field: string, value: unknown, expected: Record<string, unknown>) => {
      const before = (await read()).profile;
      const res = await api.patch(`/v1/organisations/${org.id}`, { [field]: value }, t(owner));
      expect({ field, status: res.status }).toEqual({ field, status: 200 });
      if (MINOR.includes(field)) {
        expect(res.body.pendingRevision).toBeNull();
      } else {
        // The live profile stays; the revision holds exactly the one change.
        expect(res.body.profile).toEqual(before);
        expect(res.body.pendingRevision.changes).toEqual([{ field, before: before[field], after: value }]);
        const [revision] = await env.query<{ profile: Record<string, unknown> }>(
          `SELECT profile FROM organisation_revision WHERE id = $1`,
          [res.body.pendingRevision.id],
        );
        expect(revision.profile).toEqual(expected);
        const approved = await api.post(
          `/v1/moderation/revisions/${res.body.pendingRevision.id}/approve`,
          {},
          t(admin),
        );
        expect({ field, status: approved.status }).toEqual({ field, status: 200 });
      }
      const after = await read();
      expect(after.profile).toEqual(expected);
      expect(after.pendingRevision).toBeNull();
      await inIndex(expected, `${field} = ${JSON.stringify(value)}`);
    };

    let expected = (await read()).profile;
    await inIndex(expected, 'publication');
    for (const [field, c] of Object.entries(ORGANISATION_FIELDS)) {
      const value = organisationValue(field, c.value);
      expected = { ...expected, [field]: value };
      await change(field, value, expected);
    }
    for (const [field, c] of Object.entries(ORGANISATION_FIELDS)) {
      if (c.nullable) {
        expected = { ...expected, [field]: null };
        await change(field, null, expected);
      } else {
        const res = await api.patch(`/v1/organisations/${org.id}`, { [field]: null }, t(owner));
        expect({ field, status: res.status, details: res.body.details }).toEqual({
          field,
          status: 400,
          details: [{ field, problem: 'null', message: `${field} cannot be null` }],
        });
      }
    }
    expect((await read()).profile).toEqual(expected);
  });

  it('the nested fields of an organisation refuse null unless they may be empty', async () => {
    const org = await createOrganisation(api, owner.accessToken);
    const res = await api.patch(
      `/v1/organisations/${org.id}`,
      {
        experience: { level: null, pastProjects: 1 },
        lookingFor: { countries: null, naceSections: [], organisationTypes: [], text: null },
        contactPerson: { name: 'A', email: null, phone: null, role: null },
      },
      t(owner),
    );
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { field: 'experience.level', problem: 'null', message: 'experience.level cannot be null' },
      { field: 'lookingFor.countries', problem: 'null', message: 'lookingFor.countries cannot be null' },
      { field: 'contactPerson.email', problem: 'null', message: 'contactPerson.email cannot be null' },
    ]);
  });

  it('a partner call takes every field alone and reads it back', async () => {
    const caller = await registerUser(api);
    const { id: organisationId } = await publishedOrganisation(api, caller, admin.accessToken);
    const created = await api.post(
      '/v1/calls',
      {
        organisationId,
        title: 'Welding apprenticeships for the green transition',
        summary: 'We train welders and seek companies that host apprentices.',
        action: 'KA220-VET',
        topics: ['green_skills'],
        sought: [
          {
            countries: ['PT'],
            naceSections: ['C'],
            organisationTypes: ['sme'],
            count: 1,
            role: 'partner',
            tasks: 'Host',
          },
        ],
        languages: ['en'],
        plannedStart: '2027-11-01',
        durationMonths: 24,
        naDeadline: '2027-03-05',
        answerBy: day(30),
      },
      t(caller),
    );
    expect(created.status).toBe(201);
    const fields = Object.keys(CALL_FIELDS);
    await roundTrip(CALL_FIELDS, {
      patch: (body) => api.patch(`/v1/calls/${created.body.id}`, body, t(caller)),
      read: async () => {
        const call = (await api.get(`/v1/calls/${created.body.id}`, t(caller))).body;
        return Object.fromEntries(fields.map((f) => [f, call[f]]));
      },
    });
  });

  it('a consortium, the signed-in user, a message, notification preferences and a member role take every field alone', async () => {
    const coordinator = await registerUser(api);
    const { id: organisationId } = await publishedOrganisation(api, coordinator, admin.accessToken);
    const consortium = (
      await api.post('/v1/consortia', { organisationId, name: 'Welding alliance', action: 'KA220-VET' }, t(coordinator))
    ).body;
    const consortiumFields = Object.keys(CONSORTIUM_FIELDS);
    await roundTrip(CONSORTIUM_FIELDS, {
      patch: (body) => api.patch(`/v1/consortia/${consortium.id}`, body, t(coordinator)),
      read: async () => {
        const c = (await api.get(`/v1/consortia/${consortium.id}`, t(coordinator))).body;
        return Object.fromEntries(consortiumFields.map((f) => [f, c[f]]));
      },
    });

    await roundTrip(ME_FIELDS, {
      // One of the fields makes Greek the user's language, which errors then speak: ask for English.
      patch: (body) => api.patch('/v1/me', body, { ...t(coordinator), headers: { 'accept-language': 'en' } }),
      read: async () => {
        const me = (await api.get('/v1/me', t(coordinator))).body;
        return { displayName: me.displayName, preferredLanguage: me.preferredLanguage };
      },
    });
    // Back to English, which the messages below are written in.
    expect((await api.patch('/v1/me', { preferredLanguage: 'en' }, t(coordinator))).status).toBe(200);

    const channelId = consortium.channelId as string;
    const sent = await api.post(
      `/v1/channels/${channelId}/messages`,
      { clientId: randomUUID(), body: 'hi' },
      t(coordinator),
    );
    expect(sent.status).toBe(201);
    const message = async () =>
      (await api.get(`/v1/channels/${channelId}/messages`, t(coordinator))).body.items.find(
        (m: { id: string }) => m.id === sent.body.id,
      );
    await roundTrip(MESSAGE_FIELDS, {
      // An edit always carries the text; `mentions` rides along with the text as it stands.
      patch: async (body) =>
        api.patch(
          `/v1/channels/${channelId}/messages/${sent.body.id}`,
          { body: (await message()).body, ...body },
          t(coordinator),
        ),
      read: async () => {
        const m = await message();
        return { body: m.body, mentions: m.mentions };
      },
    });

    const kinds = (PREFERENCE_FIELDS.preferences.value as { kind: string }[]).map((p) => p.kind);
    await roundTrip(PREFERENCE_FIELDS, {
      patch: (body) => api.put('/v1/me/notification-preferences', body, t(coordinator)),
      read: async () => {
        const all = (await api.get('/v1/me/notification-preferences', t(coordinator))).body;
        return {
          preferences: all
            .filter((p: { kind: string }) => kinds.includes(p.kind))
            .map((p: { kind: string; delivery: string }) => ({ kind: p.kind, delivery: p.delivery })),
        };
      },
    });

    const colleague = await addMember(api, coordinator.accessToken, organisationId, 'member');
    await roundTrip(MEMBER_FIELDS, {
      patch: (body) => api.patch(`/v1/organisations/${organisationId}/members/${colleague.id}`, body, t(coordinator)),
      read: async () => {
        const members = (await api.get(`/v1/organisations/${organisationId}/members`, t(coordinator))).body.items;
        return { role: members.find((m: { userId: string }) => m.userId === colleague.id).role };
      },
    });
  });

  it('every part of a workplan takes each field alone, with its version, and reads it back', async () => {
    const cast = await partnerOrganisations(api, admin.accessToken);
    const org = cast.org as Record<string, string>;
    const gr = cast.users.GR!;
    const consortium = (
      await api.post(
        '/v1/consortia',
        { organisationId: org.GR, name: 'Workplan round trip', action: 'KA220-VET' },
        t(gr),
      )
    ).body;
    for (const code of ['PT', 'ES']) {
      const inv = await api.post(
        `/v1/consortia/${consortium.id}/invitations`,
        { organisationId: org[code], role: 'partner' },
        t(gr),
      );
      expect(
        (
          await api.post(
            `/v1/consortium-invitations/${inv.body.id}/accept`,
            undefined,
            t(cast.users[code as 'PT' | 'ES']),
          )
        ).status,
      ).toBe(200);
    }
    const base = `/v1/consortia/${consortium.id}/workplan`;
    const plan = async () => (await api.get(base, t(gr))).body;
    const created = async (path: string, body: Record<string, unknown>) => {
      const res = await api.post(`${base}/${path}`, body, t(gr));
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    expect(
      (await api.patch(`${base}/frame`, { version: (await plan()).frame.version, durationMonths: 30 }, t(gr))).status,
    ).toBe(200);
    const wp1 = (await plan()).workPackages[0].id as string;
    const wp2 = await created('work-packages', { title: 'Curriculum', leadOrganisationId: org.PT, amount: 100000 });
    const activity = await created('activities', {
      workPackageId: wp2,
      title: 'Draft',
      kind: 'result_development',
      leadOrganisationId: org.PT,
      startMonth: 1,
      endMonth: 24,
      amount: 50000,
    });
    const result = await created('results', { title: 'Curriculum', type: 'curriculum', dueMonth: 10 });
    const event = await created('events', { title: 'Open day', country: 'ES', month: 25 });
    // Codes in the tables stand for this test's organisations and parts.
    const ids: Record<string, string> = { ...org, WP1: wp1, ACTIVITY: activity };
    const value = (field: string, v: unknown) => {
      if (!/Ids?$/.test(field)) return v;
      if (!Array.isArray(v)) return typeof v === 'string' && ids[v] ? ids[v] : v;
      const list = v.map((x) => ids[x as string] ?? x);
      return SETS.includes(field) ? list.sort() : list;
    };
    const versioned = (path: string, read: (p: any) => Record<string, unknown>) => ({
      value,
      patch: async (body: Record<string, unknown>) =>
        api.patch(`${base}/${path}`, { ...body, version: read(await plan()).version }, t(gr)),
      read: async () => {
        const { version: _version, ...rest } = read(await plan());
        return rest;
      },
    });
    // Lists of ids are sets (the contract says the order is not kept): compared sorted.
    const SETS = ['participantIds', 'contributorIds', 'activityIds', 'resultIds'];
    const pick = (part: Record<string, unknown>, table: FieldTable) =>
      Object.fromEntries(
        Object.keys(table).map((f) => [f, SETS.includes(f) ? [...(part[f] as string[])].sort() : part[f]]),
      );
    const find = (list: { id: string }[], id: string) => list.find((x) => x.id === id)! as Record<string, unknown>;

    await roundTrip(
      FRAME_FIELDS,
      versioned('frame', (p) => pick(p.frame, FRAME_FIELDS)),
    );
    await roundTrip(
      WORK_PACKAGE_FIELDS,
      versioned(`work-packages/${wp2}`, (p) => pick(find(p.workPackages, wp2), WORK_PACKAGE_FIELDS)),
    );
    // A KA220-VET activity always sits in a work package (null is for KA210-VET plans, which have none).
    await roundTrip(ACTIVITY_FIELDS, {
      ...versioned(`activities/${activity}`, (p) => pick(find(p.activities, activity), ACTIVITY_FIELDS)),
      keepOnNull: ['workPackageId'],
    });
    const outOfPackage = await api.patch(
      `${base}/activities/${activity}`,
      { version: find((await plan()).activities, activity).version, workPackageId: null },
      t(gr),
    );
    expect(outOfPackage.status).toBe(400);
    expect(outOfPackage.body.details).toEqual([expect.objectContaining({ field: 'workPackageId' })]);
    await roundTrip(
      RESULT_FIELDS,
      versioned(`results/${result}`, (p) => pick(find(p.results, result), RESULT_FIELDS)),
    );
    await roundTrip(
      EVENT_FIELDS,
      versioned(`events/${event}`, (p) => pick(find(p.events, event), EVENT_FIELDS)),
    );
  });

  it('a create body refuses null where a PATCH does', async () => {
    const res = await api.post('/v1/organisations', anOrganisation({ city: null, topics: null }), t(owner));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { field: 'city', problem: 'null', message: 'city cannot be null' },
      { field: 'topics', problem: 'null', message: 'topics cannot be null' },
    ]);
  });
});
