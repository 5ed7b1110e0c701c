import { randomUUID } from 'node:crypto';
import { day, partnerOrganisations } from '../factories/consortium.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { signInStaff } from '../factories/staff.factory';
import type { SignedInUser } from '../factories/user.factory';
import type { HttpClient, HttpResult } from '../support/http-client';
import { useApi } from '../support/test-env';

// Lists of partner calls, consortia and channels that can grow answer cursor pages, and every
// operation of these features documents who may call it and what it answers.

describe('lists and documentation of calls, consortia and channels', () => {
  const ctx = useApi();
  let gr: SignedInUser;
  let pt: SignedInUser;
  let es: SignedInUser;
  let de: SignedInUser;
  const org: Record<string, string> = {};
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  beforeAll(async () => {
    const admin = await signInStaff(ctx.env, ctx.api, 'admin');
    const cast = await partnerOrganisations(ctx.api, admin.accessToken);
    ({ GR: gr, PT: pt, ES: es, DE: de } = cast.users);
    Object.assign(org, cast.org);
  });

  /** Follows `nextCursor` from the first page, `limit` at a time; every page but the last is full. */
  async function allPages(api: HttpClient, path: string, limit: number, token: string) {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 20; n++) {
      const sep = path.includes('?') ? '&' : '?';
      const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res: HttpResult<{ items: { id: string }[]; nextCursor: string | null }> = await api.get(url, { token });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['items', 'nextCursor']);
      ids.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
      if (cursor === null) return ids;
      expect(res.body.items).toHaveLength(limit);
    }
    throw new Error(`${path} never ended`);
  }

  it('pages the answers an organisation has sent, newest first', async () => {
    const answered: string[] = [];
    for (const title of ['Welding for wind', 'Welding for ships', 'Welding for bridges']) {
      const call = await ctx.api.post(
        '/v1/calls',
        {
          organisationId: org.GR,
          title,
          summary: 'We seek a manufacturing SME.',
          action: 'KA220-VET',
          topics: ['green_skills'],
          sought: [
            { countries: [], naceSections: ['C'], organisationTypes: [], count: 1, role: 'partner', tasks: 'Host' },
          ],
          languages: ['en'],
          plannedStart: null,
          durationMonths: null,
          naDeadline: null,
          answerBy: day(30),
          open: true,
        },
        t(gr),
      );
      expect(call.status).toBe(201);
      const answer = await ctx.api.post(
        `/v1/calls/${call.body.id}/answers`,
        {
          organisationId: org.PT,
          role: 'partner',
          offer: 'Apprentices',
          contact: { name: 'Ana', email: 'ana@example.pt', phone: null },
        },
        t(pt),
      );
      expect(answer.status).toBe(201);
      answered.push(answer.body.id);
    }
    expect(await allPages(ctx.api, `/v1/organisations/${org.PT}/answers`, 2, pt.accessToken)).toEqual(
      answered.reverse(),
    );
    // Members only: to anyone else the list does not exist.
    expect((await ctx.api.get(`/v1/organisations/${org.PT}/answers`, t(es))).status).toBe(404);
  });

  it('pages the pending consortium invitations of an organisation, in both of its lists', async () => {
    const invited: string[] = [];
    for (const name of ['Wind welding', 'Ship welding', 'Bridge welding']) {
      const c = await ctx.api.post('/v1/consortia', { organisationId: org.GR, name, action: 'KA220-VET' }, t(gr));
      expect(c.status).toBe(201);
      const inv = await ctx.api.post(
        `/v1/consortia/${c.body.id}/invitations`,
        { organisationId: org.ES, role: 'partner' },
        t(gr),
      );
      expect(inv.status).toBe(201);
      invited.push(inv.body.id);
    }
    const newestFirst = invited.reverse();
    expect(await allPages(ctx.api, `/v1/consortium-invitations?organisationId=${org.ES}`, 2, es.accessToken)).toEqual(
      newestFirst,
    );
    expect(await allPages(ctx.api, `/v1/organisations/${org.ES}/consortium-invitations`, 2, es.accessToken)).toEqual(
      newestFirst,
    );
    expect(await allPages(ctx.api, '/v1/consortium-invitations', 1, es.accessToken)).toEqual(newestFirst);
  });

  it('pages your channels by latest activity, then the ones never used', async () => {
    const open = async (withOrganisationId: string) => {
      const res = await ctx.api.post('/v1/channels/direct', { organisationId: org.DE, withOrganisationId }, t(de));
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    // A second organisation of DE's own: a conversation may link two of one's organisations.
    const own = (await createOrganisation(ctx.api, de.accessToken, { displayName: 'Köln Werkstatt' })).id;
    const [withGr, withPt, withEs, withOwn] = [
      await open(org.GR),
      await open(org.PT),
      await open(org.ES),
      await open(own),
    ];
    const send = async (channelId: string) =>
      expect(
        (await ctx.api.post(`/v1/channels/${channelId}/messages`, { clientId: randomUUID(), body: 'Hallo' }, t(de)))
          .status,
      ).toBe(201);
    await send(withPt);
    await send(withGr);
    // Never used: after the others, in id order.
    const quiet = [withEs, withOwn].sort();
    const expected = [withGr, withPt, ...quiet];
    for (const limit of [1, 2]) {
      expect(await allPages(ctx.api, '/v1/channels', limit, de.accessToken)).toEqual(expected);
    }
    // Reading and deleting over REST answer what the channel now shows.
    const last = (await ctx.api.get(`/v1/channels/${withGr}/messages`, t(de))).body.items[0];
    const read = await ctx.api.post(`/v1/channels/${withGr}/read`, { seq: last.seq }, t(gr));
    expect(read.body).toEqual({ channelId: withGr, lastReadSeq: last.seq, unread: 0 });
    const deleted = await ctx.api.delete(`/v1/channels/${withGr}/messages/${last.id}`, t(de));
    expect(deleted.body).toMatchObject({ id: last.id, body: '', deleted: true });
    const bad = await ctx.api.get('/v1/channels?cursor=not-ours', t(de));
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('answers a burst of messages over REST with 429 and Retry-After, as the document says', async () => {
    const channel = await ctx.api.post(
      '/v1/channels/direct',
      { organisationId: org.GR, withOrganisationId: org.PT },
      t(gr),
    );
    let res = channel;
    // The limit counts per window of wall-clock time: a burst that straddles two windows needs twice as many.
    for (let i = 0; i < 70 && res.status !== 429; i++) {
      res = await ctx.api.post(
        `/v1/channels/${channel.body.id}/messages`,
        { clientId: randomUUID(), body: `Burst ${i}` },
        t(gr),
      );
      if (res.status !== 429) expect(res.status).toBe(201);
    }
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const doc = (await ctx.api.get('/docs-json')).body;
    expect(doc.paths['/v1/channels/{id}/messages'].post.responses['429'].headers['Retry-After']).toMatchObject({
      schema: { type: 'integer' },
    });
  });

  it('documents every call, consortium, channel and queue operation: who may call it and what it answers', async () => {
    const doc = (await ctx.api.get('/docs-json')).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    // Suggestions of calls and consortia are documented with the suggestions.
    const ours = Object.entries(doc.paths).filter(
      ([path]) =>
        /^\/v1\/(calls|consortia|consortium-invitations|channels|search\/calls|admin\/queues|organisations\/\{id\}\/(calls|answers|consortium-invitations))(\/|$)/.test(
          path,
        ) && !path.endsWith('/suggestions'),
    );
    const operations = ours.flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(35);

    const undocumented = operations.filter(({ op }) => {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      const answers = success.every(
        // JSON, or a file (the workplan's export) whose media types each carry a schema.
        ([status, r]) =>
          status === '204' ||
          (r.content !== undefined &&
            Object.keys(r.content).length > 0 &&
            Object.values(r.content).every((c) => c?.schema !== undefined)),
      );
      return !op.summary || !op.description || success.length === 0 || !answers || !op.tags?.length;
    });
    expect(undocumented.map((o) => o.key)).toEqual([]);

    // No answer of these features holds an object of unknown shape.
    const refs = (s: unknown): string[] =>
      s && typeof s === 'object'
        ? Object.entries(s).flatMap(([k, v]) =>
            k === '$ref' && typeof v === 'string' ? [v.split('/').pop()!] : refs(v),
          )
        : [];
    const seen = new Set<string>();
    const queue = operations.flatMap(({ op }) =>
      Object.entries(op.responses).flatMap(([status, r]) => (status.startsWith('2') ? refs(r) : [])),
    );
    while (queue.length) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...refs(doc.components.schemas[name]));
    }
    const shapeless = [...seen].flatMap((name) =>
      Object.entries(doc.components.schemas[name].properties ?? {})
        .filter(([, p]) => p.type === 'object' && !p.properties && p.additionalProperties === undefined)
        .map(([prop]) => `${name}.${prop}`),
    );
    expect(shapeless).toEqual([]);
  });
});

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
}
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
