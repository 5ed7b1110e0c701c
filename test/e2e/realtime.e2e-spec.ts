import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { addMember, partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { HttpClient } from '../support/http-client';
import { freePort, runCompiled, waitForStatus, type RunningProcess } from '../support/processes';
import { TestSocket } from '../support/socket-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// Two real gateway processes behind Redis, the API in process, PostgreSQL: sender and
// receiver sit on different nodes throughout.
describe('realtime channels', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  const nodes: number[] = [];
  const running: RunningProcess[] = [];
  const sockets: TestSocket[] = [];
  let gr: SignedInUser;
  let pt: SignedInUser;
  let es: SignedInUser;
  let de: SignedInUser;
  let org: Record<'GR' | 'PT' | 'ES' | 'DE', string>;
  let consortiumId: string;
  let channelId: string;
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  function connect(node: number, user: { accessToken: string } | string | undefined) {
    const s = TestSocket.connect(nodes[node], typeof user === 'object' ? user.accessToken : user);
    sockets.push(s);
    return s;
  }
  async function ready(node: number, user: { accessToken: string }) {
    const s = connect(node, user);
    await s.ready;
    return s;
  }
  const sync = (s: TestSocket, lastSeq: number, id = channelId) =>
    s.request('sync', { channels: [{ channelId: id, lastSeq }] });

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    // The worker relays notifications to the gateways (outbox → job → Redis event).
    worker = await createWorkerApp(env.config);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      nodes.push(port);
      running.push(
        runCompiled('apps/realtime/src/main.js', { ...env.env, REALTIME_PORT: String(port), LOG_LEVEL: 'warn' }),
      );
    }
    await Promise.all(nodes.map((port) => waitForStatus(`http://127.0.0.1:${port}/health`, 200)));
    const admin = await signInStaff(env, api, 'admin');
    const cast = await partnerOrganisations(api, admin.accessToken);
    ({ GR: gr, PT: pt, ES: es, DE: de } = cast.users);
    org = cast.org;
    const c = await api.post('/v1/consortia', { organisationId: org.GR, name: 'Chatty', action: 'KA210-VET' }, t(gr));
    consortiumId = c.body.id;
    channelId = c.body.channelId;
    const inv = await api.post(
      `/v1/consortia/${consortiumId}/invitations`,
      { organisationId: org.PT, role: 'partner' },
      t(gr),
    );
    await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(pt));
  }, 60_000);

  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });

  afterAll(async () => {
    await worker?.close();
    for (const p of running) p.child.kill('SIGTERM');
    await Promise.all(running.map((p) => p.exited));
    await env.close();
  });

  it('refuses a handshake without a token, with a forged one and with an expired one', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'UNAUTHENTICATED'],
      ['not-a-token', 'TOKEN_INVALID'],
      [
        jwt.sign({ sid: randomUUID() }, 'another-secret-that-is-long-enough-000', { subject: gr.id, expiresIn: 60 }),
        'TOKEN_INVALID',
      ],
      [
        jwt.sign({ sid: randomUUID(), exp: Math.floor(Date.now() / 1000) - 60 }, env.config.jwtAccessSecret, {
          subject: gr.id,
        }),
        'TOKEN_EXPIRED',
      ],
    ];
    for (const [token, code] of cases) {
      const s = connect(0, token);
      await expect(s.ready).rejects.toThrow(code);
      await until(async () => s.socket.disconnected, 'disconnected');
    }
  });

  it('lets a storm of handshakes wait for a busy database instead of failing them', async () => {
    // Every handshake reads the user's channels; while the channel table is locked they all wait.
    // Longer than the pool's 5-s connection timeout: had more handshakes than the pool's ten
    // connections gone to PostgreSQL together, the rest would have failed waiting for one.
    const { Client } = await import('pg');
    const locker = new Client({ connectionString: env.config.databaseUrl });
    await locker.connect();
    const before = running[0].output().length;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE channel IN ACCESS EXCLUSIVE MODE');
      const storm = Array.from({ length: 16 }, (_, i) => connect(0, i % 2 ? gr : pt));
      await new Promise((done) => setTimeout(done, 6000));
      await locker.query('COMMIT');
      const welcomed = await Promise.all(storm.map((s) => s.ready));
      expect(welcomed.map((w) => w.channels.some((c) => c.id === channelId))).toEqual(Array(16).fill(true));
      const synced = await Promise.all(storm.map((s) => sync(s, 0)));
      expect(synced.every((a: { ok: boolean }) => a.ok)).toBe(true);
    } finally {
      await locker.end();
    }
    expect(running[0].output().slice(before)).not.toMatch(/unhandled rejection|handshake failed|socket event failed/);
  }, 30_000);

  it('stores, acknowledges and delivers across nodes, once per client id', async () => {
    const sender = await ready(0, gr);
    const receiver = await ready(1, pt);
    await sync(sender, 0);
    const before = (await sync(receiver, 0)).channels[0].lastSeq;
    const clientId = randomUUID();
    const ack = await sender.request('message:send', {
      channelId,
      clientId,
      body: 'Καλημέρα! Draft is in https://docs.example/p1',
    });
    expect(ack).toMatchObject({ ok: true, duplicate: false, message: { id: expect.any(String), seq: before + 1 } });
    expect(ack.message.createdAt).toEqual(expect.any(String));
    expect(ack.message.links).toEqual(['https://docs.example/p1']);
    const again = await sender.request('message:send', {
      channelId,
      clientId,
      body: 'Καλημέρα! Draft is in https://docs.example/p1',
    });
    expect(again).toMatchObject({ ok: true, duplicate: true, message: { id: ack.message.id, seq: ack.message.seq } });
    const direct = await api.post('/v1/channels/direct', { organisationId: org.GR, withOrganisationId: org.PT }, t(gr));
    expect(direct.status).toBe(201);
    expect(
      await sender.request('message:send', { channelId: direct.body.id, clientId, body: 'the same id elsewhere' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: [{ field: 'clientId' }] } });

    await until(async () => receiver.messages(channelId).some((m) => m.id === ack.message.id), 'delivered on node 2');
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.messages(channelId).filter((m) => m.id === ack.message.id)).toHaveLength(1);
    const [{ n }] = await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM message WHERE client_id = $1`, [
      clientId,
    ]);
    expect(n).toBe(1);
  });

  it('numbers sends that arrive together on both nodes without a gap, delivering each once in order', async () => {
    // A channel of its own (ES and DE), so the other tests' users keep their rate limits.
    const direct = await api.post('/v1/channels/direct', { organisationId: org.ES, withOrganisationId: org.DE }, t(es));
    expect(direct.status).toBe(201);
    const ch = direct.body.id as string;
    const senders = [await ready(0, es), await ready(1, es), await ready(0, de), await ready(1, de)];
    const receiver = await ready(1, de);
    for (const s of senders) await sync(s, 0, ch);
    const from = (await sync(receiver, 0, ch)).channels[0].lastSeq;
    const twice = randomUUID();
    const acks = await Promise.all([
      ...senders.flatMap((s, k) => Array.from({ length: 5 }, (_, i) => s.send(ch, `together ${k}.${i}`))),
      // The same client id twice at once: one message, and the other send its duplicate.
      ...[0, 1].map(() => senders[0].request('message:send', { channelId: ch, clientId: twice, body: 'once' })),
    ]);
    expect(acks.every((a) => a.ok)).toBe(true);
    const once = acks.filter((a) => a.message.clientId === twice);
    expect(once.map((a) => a.duplicate).sort()).toEqual([false, true]);
    expect(new Set(once.map((a) => a.message.id)).size).toBe(1);
    const seqs = acks.filter((a) => !a.duplicate).map((a) => a.message.seq);
    const all = Array.from({ length: 21 }, (_, i) => from + 1 + i);
    expect([...seqs].sort((a, b) => a - b)).toEqual(all);
    await until(async () => receiver.messages(ch).length >= 21, 'all delivered');
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.messages(ch).map((m) => m.seq)).toEqual(all);
  });

  it('gives a reconnecting client every missed message, in order, without duplicates, on the other node', async () => {
    const sender = await ready(0, gr);
    await sync(sender, 0);
    const first = await ready(1, pt);
    const held = (await sync(first, 0)).channels[0].lastSeq;
    first.close();
    for (let i = 0; i < 5; i++) await sender.send(channelId, `missed ${i}`);

    const back = await ready(0, pt);
    // Messages keep coming while the client syncs.
    const during = Promise.all([0, 1, 2].map((i) => sender.send(channelId, `during ${i}`)));
    const answer = await sync(back, held);
    await during;
    const last = (await sender.send(channelId, 'after')).message.seq;
    await until(async () => back.messages(channelId).some((m) => m.seq === last), 'caught up');
    const seqs = back.messages(channelId).map((m) => m.seq);
    expect(seqs).toEqual(Array.from({ length: last - held }, (_, i) => held + 1 + i));
    expect(answer.channels[0].lastSeq).toBeGreaterThanOrEqual(held + 5);
    expect(
      back
        .messages(channelId)
        .slice(0, 5)
        .map((m) => m.body),
    ).toEqual([0, 1, 2, 3, 4].map((i) => `missed ${i}`));
  });

  it('refuses outsiders, bad payloads and unknown events with an error event, keeping the connection', async () => {
    const outsider = await ready(0, es);
    expect(outsider.events('ready')[0].channels.map((c: { id: string }) => c.id)).not.toContain(channelId);
    expect(await sync(outsider, 0)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const [{ n: before }] = await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM message`);
    expect(await outsider.send(channelId, 'let me in')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await outsider.request('typing', { channelId, typing: true })).toMatchObject({ ok: false });

    const member = await ready(1, gr);
    await sync(member, 0);
    const tooLong = await member.send(channelId, 'x'.repeat(4001));
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: [{ field: 'body', problem: 'too_long' }] },
    });
    expect(await member.send(channelId, '   ')).toMatchObject({
      ok: false,
      error: { details: [{ problem: 'empty' }] },
    });
    expect(await member.request('message:send', 'just a string')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await member.request('message:send', { channelId, clientId: 'nope', body: 'hi' })).toMatchObject({
      ok: false,
    });
    member.socket.emit('drop:tables', { please: true });
    await until(async () => member.events('error').some((e) => e.event === 'drop:tables'), 'unknown event refused');
    const [{ n: after }] = await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM message`);
    expect(after).toBe(before);
    expect(member.socket.connected).toBe(true);
    expect(await member.send(channelId, 'still here')).toMatchObject({ ok: true });
    expect(member.events('error').length).toBeGreaterThanOrEqual(4);
  });

  it('answers socket errors in the handshake’s language, else in the user’s', async () => {
    const greek = await registerUser(api, { preferredLanguage: 'el' });
    const open = async (user: { accessToken: string }, headers: Record<string, string> = {}) => {
      const s = TestSocket.connect(nodes[0], user.accessToken, headers);
      sockets.push(s);
      await s.ready;
      return s;
    };
    const refusal = async (s: TestSocket) => {
      const res = await s.request('message:send', { channelId, clientId: 'nope', body: 'hi' });
      expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      return { message: res.error.message, detail: res.error.details[0].message };
    };
    const greekText = {
      message: 'Ορισμένα πεδία λείπουν ή δεν είναι έγκυρα.',
      detail: 'Το πεδίο clientId πρέπει να είναι UUID',
    };
    expect(await refusal(await open(greek))).toEqual(greekText);
    expect(await refusal(await open(es, { 'accept-language': 'el-GR' }))).toEqual(greekText);
    expect(await refusal(await open(greek, { 'accept-language': 'en' }))).toEqual({
      message: 'Some fields are missing or invalid.',
      detail: 'clientId must be a UUID',
    });
  });

  it('rate-limits a flooding user with a retry time, and loses nothing of well-behaved users', async () => {
    const flooder = await ready(0, de);
    const direct = await api.post('/v1/channels/direct', { organisationId: org.DE, withOrganisationId: org.GR }, t(de));
    expect(direct.status).toBe(201);
    const floodChannel = direct.body.id;
    await sync(flooder, 0, floodChannel);
    const answers = await Promise.all(Array.from({ length: 61 }, (_, i) => flooder.send(floodChannel, `spam ${i}`)));
    const refused = answers.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].error).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterMs: expect.any(Number) });
    // Over the limit, a resend of a stored message is still answered with it, not refused.
    const stored = answers.find((a) => a.ok)!.message;
    expect(
      await flooder.request('message:send', { channelId: floodChannel, clientId: stored.clientId, body: stored.body }),
    ).toMatchObject({ ok: true, duplicate: true, message: { id: stored.id } });
    const [{ n }] = await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM message WHERE channel_id = $1`, [
      floodChannel,
    ]);
    expect(n).toBe(61 - refused.length);

    const sender = await ready(1, gr);
    const receiver = await ready(0, pt);
    await sync(sender, 0);
    await sync(receiver, (await api.get(`/v1/channels/${channelId}`, t(pt))).body.lastSeq);
    const sent: string[] = [];
    for (let i = 0; i < 10; i++) sent.push((await sender.send(channelId, `calm ${i}`)).message.id);
    await until(async () => sent.every((id) => receiver.messages(channelId).some((m) => m.id === id)), 'all delivered');
  });

  it('lets authors alone edit and delete, and shows others the change', async () => {
    const author = await ready(0, gr);
    const other = await ready(1, pt);
    await sync(author, 0);
    await sync(other, 0);
    const { message } = await author.send(channelId, 'Budget draft v1');
    expect(await other.request('message:edit', { messageId: message.id, body: 'mine now' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await other.request('message:delete', { messageId: message.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const edited = await author.request('message:edit', { messageId: message.id, body: 'Budget draft v2' });
    expect(edited.message).toMatchObject({ body: 'Budget draft v2', editedAt: expect.any(String) });
    await until(
      async () => other.events('message:updated').some((m) => m.id === message.id && m.body === 'Budget draft v2'),
      'edit seen',
    );
    const deleted = await author.request('message:delete', { messageId: message.id });
    expect(deleted.message).toMatchObject({ deleted: true, body: '' });
    const history = await api.get(`/v1/channels/${channelId}/messages?limit=100`, t(pt));
    expect(history.body.items.find((m: { id: string }) => m.id === message.id)).toMatchObject({
      deleted: true,
      body: '',
    });
    const rest = await api.patch(`/v1/channels/${channelId}/messages/${message.id}`, { body: 'back' }, t(gr));
    expect(rest.status).toBe(409);
  });

  it('keeps mentions with the edited text: dropped with their @Name, replaced when the edit names them', async () => {
    const author = await ready(0, gr);
    await sync(author, 0);
    const people = (await api.get(`/v1/channels/${channelId}/people`, t(gr))).body.items as {
      userId: string;
      name: string;
    }[];
    const ptName = people.find((p) => p.userId === pt.id)!.name;
    const grName = people.find((p) => p.userId === gr.id)!.name;
    const { message } = await author.send(channelId, `@${ptName} can you check the budget?`, { mentions: [pt.id] });
    expect(message.mentions).toEqual([pt.id]);

    // No mentions in the edit: the one whose name went from the text goes.
    const edited = await author.request('message:edit', { messageId: message.id, body: 'Can you check the budget?' });
    expect(edited.message.mentions).toEqual([]);
    const stored = await api.get(`/v1/channels/${channelId}/messages?limit=100`, t(pt));
    expect(stored.body.items.find((m: { id: string }) => m.id === message.id).mentions).toEqual([]);

    // Given mentions replace the stored ones, validated as people of the channel.
    const named = await author.request('message:edit', {
      messageId: message.id,
      body: `@${grName} and @${ptName}: the budget?`,
      mentions: [pt.id, gr.id],
    });
    expect([...named.message.mentions].sort()).toEqual([gr.id, pt.id].sort());
    expect(await author.request('message:edit', { messageId: message.id, body: 'x', mentions: [es.id] })).toMatchObject(
      { ok: false, error: { code: 'VALIDATION_FAILED', details: [{ problem: 'not_participant' }] } },
    );

    // Over REST the same: without mentions, a name still in the text keeps its mention.
    const rest = await api.patch(
      `/v1/channels/${channelId}/messages/${message.id}`,
      { body: `Thanks @${ptName}` },
      t(gr),
    );
    expect(rest.status).toBe(200);
    expect(rest.body.mentions).toEqual([pt.id]);
    const restGiven = await api.patch(
      `/v1/channels/${channelId}/messages/${message.id}`,
      { body: `Thanks @${ptName}`, mentions: [] },
      t(gr),
    );
    expect(restGiven.body.mentions).toEqual([]);
    const refused = await api.patch(
      `/v1/channels/${channelId}/messages/${message.id}`,
      { body: 'hi', mentions: [es.id] },
      t(gr),
    );
    expect(refused.status).toBe(400);
  });

  it('shows typing, presence, read markers and unread counts that agree with REST', async () => {
    const a = await ready(0, gr);
    const b = await ready(1, pt);
    await sync(a, 0);
    const bSync = await sync(b, 0);
    const sameNode = await ready(0, pt);
    await a.request('typing', { channelId, typing: true });
    // Heard on the other node and on the sender's own node, not by the sender.
    await until(async () => b.events('typing').some((e) => e.userId === gr.id && e.typing), 'typing seen');
    await until(async () => sameNode.events('typing').some((e) => e.userId === gr.id), 'typing seen on node 0');
    expect(a.events('typing')).toEqual([]);
    // Said again while still typing, it is not passed on again within 3 s; stopping is.
    expect(await a.request('typing', { channelId, typing: true })).toMatchObject({ ok: true });
    await a.request('typing', { channelId, typing: false });
    await until(async () => b.events('typing').some((e) => e.userId === gr.id && !e.typing), 'stopped seen');
    expect(
      b
        .events('typing')
        .filter((e) => e.userId === gr.id)
        .map((e) => e.typing),
    ).toEqual([true, false]);
    const presence = await b.request('presence:get', { channelId });
    expect(presence.online).toEqual(expect.arrayContaining([gr.id, pt.id]));

    const read = await b.request('read', { channelId, seq: bSync.channels[0].lastSeq });
    expect(read).toMatchObject({ ok: true, unread: 0 });
    await a.send(channelId, 'one');
    const { message } = await a.send(channelId, 'two');
    const list = await api.get('/v1/channels', t(pt));
    expect(list.body.items.find((c: { id: string }) => c.id === channelId)).toMatchObject({
      unread: 2,
      lastMessage: { id: message.id },
    });
    const second = await ready(0, pt);
    const marked = await b.request('read', { channelId, seq: message.seq });
    expect(marked).toMatchObject({ unread: 0, lastReadSeq: message.seq });
    await until(
      async () => second.events('unread').some((e) => e.channelId === channelId && e.unread === 0),
      'unread on other socket',
    );
    expect((await api.get(`/v1/channels/${channelId}`, t(pt))).body).toMatchObject({
      unread: 0,
      lastReadSeq: message.seq,
    });
  });

  it('pages history both ways, searches it, and delivers messages sent over REST', async () => {
    const listener = await ready(1, gr);
    await sync(listener, (await api.get(`/v1/channels/${channelId}`, t(gr))).body.lastSeq);
    const posted = await api.post(
      `/v1/channels/${channelId}/messages`,
      { clientId: randomUUID(), body: 'Posted from the web about apiculture' },
      t(pt),
    );
    expect(posted.status).toBe(201);
    await until(
      async () => listener.messages(channelId).some((m) => m.id === posted.body.id),
      'REST message delivered',
    );
    const repeated = await api.post(
      `/v1/channels/${channelId}/messages`,
      { clientId: posted.body.clientId, body: 'x' },
      t(pt),
    );
    expect(repeated.status).toBe(200);
    expect(repeated.body.id).toBe(posted.body.id);

    const latest = (await api.get(`/v1/channels/${channelId}/messages?limit=3`, t(gr))).body;
    expect(latest.items.map((m: { seq: number }) => m.seq)).toEqual([
      posted.body.seq - 2,
      posted.body.seq - 1,
      posted.body.seq,
    ]);
    const older = (await api.get(`/v1/channels/${channelId}/messages?limit=3&cursor=${latest.olderCursor}`, t(gr)))
      .body;
    expect(older.items.map((m: { seq: number }) => m.seq)).toEqual([
      posted.body.seq - 5,
      posted.body.seq - 4,
      posted.body.seq - 3,
    ]);
    const newer = (await api.get(`/v1/channels/${channelId}/messages?limit=2&cursor=${older.newerCursor}`, t(gr))).body;
    expect(newer.items.map((m: { seq: number }) => m.seq)).toEqual([posted.body.seq - 2, posted.body.seq - 1]);
    const found = (await api.get(`/v1/channels/${channelId}/messages?q=apiculture`, t(gr))).body;
    expect(found.items.map((m: { id: string }) => m.id)).toEqual([posted.body.id]);
    expect((await api.get(`/v1/channels/${channelId}/messages`, t(es))).status).toBe(404);
    expect(
      (await api.post(`/v1/channels/${channelId}/messages`, { clientId: randomUUID(), body: 'hi' }, t(es))).status,
    ).toBe(404);
  });

  it('pushes a mention to the mentioned person live, and refuses messages from unconfirmed addresses', async () => {
    const listener = await ready(1, pt);
    const author = await ready(0, gr);
    await sync(author, 0);
    const sent = await author.send(channelId, 'Can you check the budget?', { mentions: [pt.id] });
    expect(sent.ok).toBe(true);
    const live = await until(
      async () => listener.events('notification').find((e) => e.notification.kind === 'channel.mention'),
      'live notification',
    );
    expect(live).toMatchObject({
      notification: { payload: { messageId: sent.message.id } },
      unread: expect.any(Number),
    });
    expect(await author.send(channelId, 'hi', { mentions: [es.id] })).toMatchObject({
      ok: false,
      error: { details: [{ field: 'mentions', problem: 'not_participant' }] },
    });

    const newcomer = await registerUser(api, {}, { verified: false });
    const own = await createOrganisation(api, newcomer.accessToken);
    const direct = await api.post(
      '/v1/channels/direct',
      { organisationId: own.id, withOrganisationId: org.GR },
      t(newcomer),
    );
    const refused = await api.post(
      `/v1/channels/${direct.body.id}/messages`,
      { clientId: randomUUID(), body: 'hello' },
      t(newcomer),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');
    const socket = await ready(0, newcomer);
    expect(await socket.send(direct.body.id, 'hello')).toMatchObject({
      ok: false,
      error: { code: 'EMAIL_NOT_VERIFIED' },
    });
  });

  it('opens direct conversations for every member of both organisations', async () => {
    const esColleague = await addMember(api, es.accessToken, org.ES, 'member');
    const watcher = await ready(0, esColleague);
    const direct = await api.post('/v1/channels/direct', { organisationId: org.GR, withOrganisationId: org.ES }, t(gr));
    expect(direct.status).toBe(201);
    expect(direct.body).toMatchObject({
      kind: 'direct',
      organisations: expect.arrayContaining([expect.objectContaining({ id: org.ES })]),
    });
    const same = await api.post('/v1/channels/direct', { organisationId: org.ES, withOrganisationId: org.GR }, t(es));
    expect(same.body.id).toBe(direct.body.id);
    await until(
      async () => watcher.events('channel:added').some((c) => c.id === direct.body.id),
      'colleague joins the room',
    );
    await sync(watcher, 0, direct.body.id);
    const sender = await ready(1, gr);
    await sync(sender, 0, direct.body.id);
    const { message } = await sender.send(direct.body.id, 'Hola, ¿hablamos del proyecto?');
    await until(async () => watcher.messages(direct.body.id).some((m) => m.id === message.id), 'direct delivered');
    expect(
      (await api.post('/v1/channels/direct', { organisationId: org.PT, withOrganisationId: org.ES }, t(gr))).status,
    ).toBe(404);
  });

  it('stops delivering to an organisation removed from the consortium within the second, and lets a new one read history', async () => {
    const c = await api.post(
      '/v1/consortia',
      { organisationId: org.GR, name: 'Short-lived', action: 'KA210-VET' },
      t(gr),
    );
    const ch = c.body.channelId;
    const inv = await api.post(
      `/v1/consortia/${c.body.id}/invitations`,
      { organisationId: org.DE, role: 'partner' },
      t(gr),
    );
    const deSocket = await ready(1, de);
    await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(de));
    await until(async () => deSocket.events('channel:added').some((x) => x.id === ch), 'added');
    const coordinator = await ready(0, gr);
    await sync(coordinator, 0, ch);
    await coordinator.send(ch, 'history before you came');
    await sync(deSocket, 0, ch);
    await until(async () => deSocket.messages(ch).length === 1, 'history received');

    const removedAt = Date.now();
    expect((await api.delete(`/v1/consortia/${c.body.id}/members/${org.DE}`, t(gr))).status).toBe(204);
    await until(async () => deSocket.events('channel:removed').some((x) => x.channelId === ch), 'removed', 1000);
    expect(Date.now() - removedAt).toBeLessThan(1000);
    await coordinator.send(ch, 'after you left');
    await new Promise((r) => setTimeout(r, 500));
    expect(deSocket.messages(ch).map((m) => m.body)).toEqual(['history before you came']);
    expect((await api.get(`/v1/channels/${ch}/messages`, t(de))).status).toBe(404);
    expect(await sync(deSocket, 0, ch)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
  it('tells the open pages of every member organisation, and of one invited or removed, that a consortium changed', async () => {
    const c = await api.post(
      '/v1/consortia',
      { organisationId: org.GR, name: 'Live page', action: 'KA220-VET' },
      t(gr),
    );
    const id = c.body.id;
    const updates = (s: TestSocket) => s.events('consortium:updated').filter((x) => x.consortiumId === id).length;
    const coordinator = await ready(0, gr);
    const invited = await ready(1, es);
    const outsider = await ready(1, de);

    const inv = await api.post(`/v1/consortia/${id}/invitations`, { organisationId: org.ES, role: 'partner' }, t(gr));
    await until(async () => updates(coordinator) === 1 && updates(invited) === 1, 'invitation announced');
    await api.post(`/v1/consortium-invitations/${inv.body.id}/accept`, undefined, t(es));
    await until(async () => updates(coordinator) === 2 && updates(invited) === 2, 'acceptance announced');

    expect((await api.post(`/v1/consortia/${id}/transitions`, { to: 'ready' }, t(gr))).status).toBe(409);
    expect((await api.delete(`/v1/consortia/${id}/members/${org.ES}`, t(gr))).status).toBe(204);
    await until(async () => updates(coordinator) === 3 && updates(invited) === 3, 'removal announced');
    // Each page is told whether its reader is still inside: the invited one was not, then was, then is not.
    const member = (s: TestSocket) =>
      s
        .events('consortium:updated')
        .filter((x) => x.consortiumId === id)
        .map((x) => x.member);
    expect(member(invited)).toEqual([false, true, false]);
    expect(member(coordinator)).toEqual([true, true, true]);
    // A refused change announces nothing; an organisation with no part in it hears nothing.
    await new Promise((r) => setTimeout(r, 300));
    expect(updates(coordinator)).toBe(3);
    expect(updates(outsider)).toBe(0);
  });
});
