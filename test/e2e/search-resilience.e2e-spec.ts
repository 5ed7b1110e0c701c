import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureMeilisearch, type MeiliServerHandle } from '@syndesmos/search';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { createOperatorContext } from '../../scripts/operator-context';
import { createOrganisation } from '../factories/organisation.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { freePort } from '../support/processes';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// Outages and rebuilds, against a Meilisearch of this file's own so stopping it disturbs no
// other test file.
describe('search under outages and rebuilds', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let owner: SignedInUser;
  let admin: SignedInStaff;
  let meili: MeiliServerHandle;
  let meiliUrl: string;
  let dataDir: string;

  const startMeili = async () => {
    meili = await ensureMeilisearch({ url: meiliUrl, masterKey: env.config.meiliMasterKey, dataDir });
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'syndesmos-meili-'));
    meiliUrl = `http://127.0.0.1:${await freePort()}`;
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0', MEILI_URL: meiliUrl });
    await startMeili();
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    owner = await registerUser(api);
    admin = await signInStaff(env, api, 'admin');
  });
  afterAll(async () => {
    await worker?.close();
    await env.close();
    await meili?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function publish(displayName: string) {
    const org = await createOrganisation(api, owner.accessToken, { displayName });
    await api.post(`/v1/organisations/${org.id}/submit`, undefined, { token: owner.accessToken });
    const res = await api.post(`/v1/moderation/organisations/${org.id}/approve`, {}, { token: admin.accessToken });
    expect(res.status).toBe(200);
    return org;
  }
  const ids = async (q: string): Promise<string[]> => {
    const res = await api.get(`/v1/search/organisations?q=${encodeURIComponent(q)}&pageSize=50`, {
      token: owner.accessToken,
    });
    if (res.status !== 200) throw new Error(`search answered ${res.status}`);
    return res.body.hits.map((h: { id: string }) => h.id);
  };

  it('keeps accepting writes while Meilisearch is down, answers 503, and converges when it returns', async () => {
    const before = await publish('Outage Alpha Ironworks');
    await until(async () => (await ids('Ironworks')).includes(before.id), 'first document indexed');

    await meili.stop();
    const during = await publish('Outage Beta Ironworks');
    const edit = await api.patch(
      `/v1/organisations/${before.id}`,
      { openToPartnerships: false },
      { token: owner.accessToken },
    );
    expect(edit.status).toBe(200);
    const res = await api.get('/v1/search/organisations?q=Ironworks', { token: owner.accessToken });
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('SEARCH_UNAVAILABLE');

    await startMeili();
    // Every change made during the outage arrives: the new organisation and the edit.
    await until(
      async () => {
        const found = await ids('Ironworks');
        const closed = await api.get('/v1/search/organisations?q=Ironworks&openToPartnerships=false', {
          token: owner.accessToken,
        });
        const closedIds = closed.body.hits.map((h: { id: string }) => h.id);
        return (
          found.includes(before.id) && found.includes(during.id) && closedIds.length === 1 && closedIds[0] === before.id
        );
      },
      'index converged after the outage',
      60_000,
    );
  });

  it('keeps outbox rows in PostgreSQL while Redis is down, and relays them when it returns', async () => {
    // A worker whose Redis does not answer: it cannot enqueue, so nothing may be marked relayed.
    await worker.close();
    const deadRedis = `redis://127.0.0.1:${await freePort()}`;
    const stranded = await createWorkerApp({ ...env.config, redisUrl: deadRedis });
    try {
      const org = await publish('Stranded Gamma Foundry');
      await new Promise((r) => setTimeout(r, 300));
      const pending = await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
      expect(pending[0].n).toBeGreaterThan(0);
      expect(await ids('Foundry')).not.toContain(org.id);

      stranded.relay.kick();
      await stranded.close();
      worker = await createWorkerApp(env.config);
      await until(async () => (await ids('Foundry')).includes(org.id), 'relayed after Redis returned');
      const after = await env.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
      expect(after[0].n).toBe(0);
    } finally {
      await stranded.close().catch(() => undefined);
    }
  });

  it('never lets an older version overwrite a newer one', async () => {
    const org = await publish('Versioned Delta Mill');
    await until(async () => (await ids('Versioned')).includes(org.id), 'indexed');
    const ctx = await createOperatorContext(env.config);
    try {
      const search = (ctx.indexer as unknown as { search: import('@syndesmos/search').OrganisationSearch }).search;
      const [row] = await env.query<{ version: number }>('SELECT version FROM organisation WHERE id = $1', [org.id]);
      const { toSearchDocument } = await import('@syndesmos/organisations');
      const [entity] = await env.query<any>('SELECT * FROM organisation WHERE id = $1', [org.id]);
      const stale = toSearchDocument({
        ...entity,
        profile: { ...entity.profile, displayName: 'Stale Name' },
        oidVerifiedAt: null,
        updatedAt: new Date(),
        version: row.version - 1,
      });
      expect(await search.upsert(stale)).toBe('stale');
      expect(await ids('Stale Name')).not.toContain(org.id);
    } finally {
      await ctx.close();
    }
  });

  it('rebuilds the index into a fresh one and swaps it in while searches keep answering', async () => {
    const orgs = [];
    for (const name of ['Rebuild Epsilon Works', 'Rebuild Zeta Works', 'Rebuild Eta Works'])
      orgs.push(await publish(name));
    await until(async () => (await ids('Rebuild')).length === 3, 'three indexed');

    const ctx = await createOperatorContext(env.config);
    let searching = true;
    const answers: number[] = [];
    const searches = (async () => {
      while (searching) answers.push((await ids('Rebuild')).length);
    })();
    try {
      const progress: number[] = [];
      const indexed = await ctx.indexer.reindexAll((n) => progress.push(n));
      expect(indexed).toBeGreaterThanOrEqual(3);
      expect(progress.at(-1)).toBe(indexed);
    } finally {
      searching = false;
      await searches;
      await ctx.close();
    }
    // Every search during the rebuild answered, and found all three.
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((n) => n === 3)).toBe(true);
    expect((await ids('Rebuild')).sort()).toEqual(orgs.map((o) => o.id).sort());
  });
});
