import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureMeilisearch, type MeiliServerHandle } from '@syndesmos/search';
import { registerUser } from '../factories/user.factory';
import { freePort } from '../support/processes';
import { TestEnv } from '../support/test-env';

describe('GET /health', () => {
  let env: TestEnv;
  afterAll(() => env.close());
  beforeAll(async () => {
    env = await TestEnv.create();
  });

  it('answers 200 with each dependency up', async () => {
    const api = await env.startApi();
    const res = await api.get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(Object.keys(res.body.checks).sort()).toEqual(['meilisearch', 'postgres', 'redis']);
    for (const check of Object.values(res.body.checks) as { status: string }[]) expect(check.status).toBe('up');
  });

  describe('with Meilisearch stopped', () => {
    let meili: MeiliServerHandle;
    let dataDir: string;

    beforeAll(async () => {
      // A Meilisearch of this test's own, started like `npm start` does, so stopping it
      // disturbs no other test file.
      dataDir = mkdtempSync(join(tmpdir(), 'syndesmos-meili-'));
      meili = await ensureMeilisearch({
        url: `http://127.0.0.1:${await freePort()}`,
        masterKey: env.config.meiliMasterKey,
        dataDir,
      });
    });
    afterAll(async () => {
      await meili.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers 503 naming meilisearch, while sign-in keeps working', async () => {
      const api = await env.startApi({ config: { ...env.config, meiliUrl: meili.url } });
      expect((await api.get('/health')).status).toBe(200);
      const user = await registerUser(api);

      await meili.stop();

      const res = await api.get('/health');
      expect(res.status).toBe(503);
      expect(res.body.down).toEqual(['meilisearch']);
      expect(res.body.checks.meilisearch.status).toBe('down');
      expect(res.body.checks.postgres.status).toBe('up');

      const login = await api.post('/v1/auth/login', { email: user.input.email, password: user.input.password });
      expect(login.status).toBe(200);
      expect((await registerUser(api)).accessToken).toBeTruthy();
    });
  });

  it('answers 503 naming redis when Redis does not answer, and sign-in still works', async () => {
    const port = await freePort();
    const api = await env.startApi({ config: { ...env.config, redisUrl: `redis://127.0.0.1:${port}` } });
    const user = await registerUser(api);
    const res = await api.get('/health');
    expect(res.status).toBe(503);
    expect(res.body.down).toEqual(['redis']);
    const login = await api.post('/v1/auth/login', { email: user.input.email, password: user.input.password });
    expect(login.status).toBe(200);
  });
});
