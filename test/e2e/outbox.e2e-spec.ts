import type { AddressInfo } from 'node:net';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { publishedOrganisation } from '../factories/consortium.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { runCompiled } from '../support/processes';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

interface SetAsideView {
  id: string;
  topic: string;
  error: string;
  attempts: number;
}

// A row the worker cannot relay (a topic only a newer release knows, a payload that fails
// validation) is set aside with its error; the rows behind it flow on; an operator retries it.
describe('outbox rows that cannot be relayed', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp | undefined;
  let owner: SignedInUser;
  let admin: SignedInStaff;

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    owner = await registerUser(api);
    admin = await signInStaff(env, api, 'admin');
  });
  afterAll(async () => {
    await worker?.close();
    await env.close();
  });

  const publish = (displayName: string) => publishedOrganisation(api, owner, admin.accessToken, { displayName });
  const found = async (q: string): Promise<string[]> => {
    const res = await api.get(`/v1/search/organisations?q=${encodeURIComponent(q)}&pageSize=50`, {
      token: owner.accessToken,
    });
    if (res.status !== 200) throw new Error(`search answered ${res.status}`);
    return res.body.hits.map((h: { id: string }) => h.id);
  };
  const insertRow = async (topic: string, aggregateId: string, payload: unknown): Promise<string> => {
    const [row] = await env.query<{ id: string }>(
      `INSERT INTO outbox (topic, aggregate_id, payload) VALUES ($1, $2, $3) RETURNING id::text AS id`,
      [topic, aggregateId, JSON.stringify(payload)],
    );
    return row.id;
  };
  const workerHealth = async () => {
    const { port } = worker!.healthServer.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const cli = async (...args: string[]) => {
    const p = runCompiled('scripts/cli.js', env.env, args);
    const { code } = await p.exited;
    return { code, output: p.output() };
  };

  it('sets aside an unknown topic and an invalid payload, relays the rows behind them, and retries them on demand', async () => {
    // Everything is written before any worker runs, so the bad rows stand in line before good ones.
    const first = await publish('Queue Alpha Weavers');
    // Two published organisations whose only way into the index is a bad row.
    const viaTopic = await publish('Queue Delta Weavers');
    const viaPayload = await publish('Queue Gamma Weavers');
    await env.query(`DELETE FROM outbox WHERE aggregate_id = ANY($1::uuid[])`, [[viaTopic.id, viaPayload.id]]);
    // As a newer API in a rolling deploy writes a topic this worker has not heard of...
    const unknownTopic = await insertRow('organisation.verified', viaTopic.id, {});
    // ...and a writer sends a payload its topic does not take.
    const badPayload = await insertRow('organisation.changed', viaPayload.id, { fields: 'name' });
    const behind = await publish('Queue Beta Weavers');

    worker = await createWorkerApp(env.config);
    // The relay's own record, not the index: the worker's index self-repair would index these
    // organisations from PostgreSQL whatever the outbox did.
    const rowStates = async () =>
      (
        await env.query<{ pending: number; setAside: number }>(
          `SELECT count(*) FILTER (WHERE relayed_at IS NULL AND set_aside_at IS NULL)::int AS "pending",
                  count(*) FILTER (WHERE set_aside_at IS NOT NULL)::int AS "setAside"
             FROM outbox`,
        )
      )[0];
    await until(async () => {
      const { pending, setAside } = await rowStates();
      return pending === 0 && setAside === 2;
    }, 'the rows before and behind the bad ones relayed, the bad ones set aside');
    const relayed = await env.query<{ id: string }>(
      `SELECT id::text AS id FROM outbox WHERE relayed_at IS NOT NULL AND aggregate_id = ANY($1::uuid[])`,
      [[first.id, behind.id]],
    );
    expect(relayed.length).toBeGreaterThanOrEqual(2);

    const expected = [
      {
        id: unknownTopic,
        topic: 'organisation.verified',
        error: expect.stringMatching(/no job for outbox topic/),
        attempts: 1,
      },
      {
        id: badPayload,
        topic: 'organisation.changed',
        error: expect.stringMatching(/invalid payload.*takes no payload/),
        attempts: 1,
      },
    ];
    // Seen by the worker's health (which stays ready: restarting it would not help; it may
    // still be building the fresh index at start)...
    let health = await workerHealth();
    await until(async () => (health = await workerHealth()).status === 200, 'worker ready');
    expect(health.body.outbox).toMatchObject({ pending: 0, setAside: 2 });
    expect(health.body.outbox.setAsideRows).toEqual(expected.map((e) => expect.objectContaining(e)));
    // ...by the admins' queue dashboard...
    const dashboard = await api.get('/v1/admin/queues', { token: admin.accessToken });
    expect(dashboard.status).toBe(200);
    // Its times are ISO 8601, as everywhere else in the API (the worker registered its schedules).
    const schedules: { next: unknown }[] = dashboard.body.queues.flatMap((q: { schedules: unknown[] }) => q.schedules);
    expect(schedules.length).toBeGreaterThan(0);
    expect(schedules.filter((sc) => typeof sc.next !== 'string' || Number.isNaN(Date.parse(sc.next)))).toEqual([]);
    expect(dashboard.body.outbox).toMatchObject({ pending: 0, setAside: 2 });
    expect(dashboard.body.outbox.setAsideRows as SetAsideView[]).toEqual(
      expected.map((e) => expect.objectContaining(e)),
    );
    // ...and by the CLI.
    const listed = await cli('outbox-list');
    expect(listed.code).toBe(0);
    expect(listed.output).toContain('0 pending, 2 set aside');
    expect(listed.output).toMatch(new RegExp(`#${unknownTopic} organisation\\.verified .* 1 attempt\\(s\\): no job`));

    // Retried as it is, a row still cannot be relayed: set aside again, one attempt more.
    const unchanged = await cli('outbox-retry', '--id', badPayload);
    expect(unchanged.code).toBe(1);
    expect(unchanged.output).toContain(`#${badPayload} set aside again (2 attempts)`);
    // The admins' dashboard retries one row too; only admins may, and only a set-aside row.
    const retryUrl = (id: string) => `/v1/admin/outbox/${id}/retry`;
    expect((await api.post(retryUrl(badPayload), {}, { token: owner.accessToken })).status).toBe(403);
    const retried = await api.post(retryUrl(badPayload), {}, { token: admin.accessToken });
    expect(retried.status).toBe(204);
    await until(async () => {
      const [row] = await env.query<{ attempts: number; setAside: boolean }>(
        `SELECT attempts, set_aside_at IS NOT NULL AS "setAside" FROM outbox WHERE id = $1`,
        [badPayload],
      );
      return row.setAside && Number(row.attempts) === 3;
    }, 'the row retried from the API set aside again, one attempt more');
    for (const id of ['999999', 'seven', relayed[0].id]) {
      const missing = await api.post(retryUrl(id), {}, { token: admin.accessToken });
      expect({ id, status: missing.status, code: missing.body.code }).toEqual({ id, status: 404, code: 'NOT_FOUND' });
    }

    // Fixed, it goes out; so does the other once its topic is one this worker knows.
    await env.query(`UPDATE outbox SET payload = '{}' WHERE id = $1`, [badPayload]);
    const fixed = await cli('outbox-retry', '--id', badPayload);
    expect(fixed.code).toBe(0);
    expect(fixed.output).toContain(`#${badPayload} relayed`);
    await env.query(`UPDATE outbox SET topic = 'organisation.changed' WHERE id = $1`, [unknownTopic]);
    const all = await cli('outbox-retry');
    expect(all.code).toBe(0);
    expect(all.output).toContain(`#${unknownTopic} relayed`);
    await until(async () => {
      const ids = await found('Weavers');
      return ids.includes(viaTopic.id) && ids.includes(viaPayload.id);
    }, 'the retried rows indexed');
    expect((await workerHealth()).body.outbox).toMatchObject({ pending: 0, setAside: 0, setAsideRows: [] });
    expect((await cli('outbox-retry')).output).toContain('no set-aside outbox rows');
  }, 90_000);

  it('refuses an id that is not an outbox row id, and says when there is no such set-aside row', async () => {
    const bad = await cli('outbox-retry', '--id', 'seven');
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--id must be an outbox row id/);
    const none = await cli('outbox-retry', '--id', '999999');
    expect(none.code).toBe(1);
    expect(none.output).toContain('no set-aside outbox row #999999');
  });
});
