import { registerUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { useApi } from '../support/test-env';
import { until } from '../support/until';

// The API remembers who a session belongs to between requests. A change made anywhere (here:
// by SQL from another process, as an operator's CLI or another API node would) must reach it
// through PostgreSQL's NOTIFY, not after the entry's minute of life.

/** Within a second: the NOTIFY crosses processes, so "at once" means milliseconds. */
async function eventually(api: HttpClient, path: string, token: string, status: number): Promise<number> {
  await until(async () => (await api.get(path, { token })).status === status, `${path} to answer ${status}`, 1000);
  return status;
}

describe('who a token belongs to, remembered between requests', () => {
  const ctx = useApi();

  const listenerPids = async (): Promise<number[]> =>
    (
      await ctx.env.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = 'syndesmos-principal-cache' AND datname = current_database()`,
      )
    ).map((r) => r.pid);

  it('refuses a session revoked by another process', async () => {
    const user = await registerUser(ctx.api);
    for (let i = 0; i < 3; i++) expect((await ctx.api.get('/v1/me', { token: user.accessToken })).status).toBe(200);
    await ctx.env.query(`UPDATE auth_session SET revoked_at = now(), revoked_reason = 'logout' WHERE user_id = $1`, [
      user.id,
    ]);
    expect(await eventually(ctx.api, '/v1/me', user.accessToken, 401)).toBe(401);
    expect((await ctx.api.get('/v1/me', { token: user.accessToken })).body.code).toBe('TOKEN_REVOKED');
  });

  it('sees a role granted by another process', async () => {
    const user = await registerUser(ctx.api);
    expect((await ctx.api.get('/v1/admin/queues', { token: user.accessToken })).status).toBe(403);
    await ctx.env.query(`UPDATE app_user SET role = 'admin' WHERE id = $1`, [user.id]);
    expect(await eventually(ctx.api, '/v1/admin/queues', user.accessToken, 200)).toBe(200);
    await ctx.env.query(`UPDATE app_user SET role = 'user' WHERE id = $1`, [user.id]);
    expect(await eventually(ctx.api, '/v1/admin/queues', user.accessToken, 403)).toBe(403);
  });

  it('refuses a logged-out token on the very next request', async () => {
    const user = await registerUser(ctx.api);
    expect((await ctx.api.get('/v1/me', { token: user.accessToken })).status).toBe(200);
    expect((await ctx.api.post('/v1/auth/logout', {}, { token: user.accessToken })).status).toBe(204);
    expect((await ctx.api.get('/v1/me', { token: user.accessToken })).status).toBe(401);
  });

  it('stays right while its LISTEN connection is lost, and listens again', async () => {
    const user = await registerUser(ctx.api);
    expect((await ctx.api.get('/v1/me', { token: user.accessToken })).status).toBe(200);
    const [pid] = await listenerPids();
    expect(pid).toBeDefined();
    await ctx.env.query(`SELECT pg_terminate_backend($1)`, [pid]);
    // The revocation's NOTIFY has nobody to reach now: only dropping the cache keeps this right.
    await ctx.env.query(`UPDATE auth_session SET revoked_at = now(), revoked_reason = 'logout' WHERE user_id = $1`, [
      user.id,
    ]);
    expect(await eventually(ctx.api, '/v1/me', user.accessToken, 401)).toBe(401);

    const other = await registerUser(ctx.api);
    await until(async () => {
      await ctx.api.get('/v1/me', { token: other.accessToken });
      return (await listenerPids()).some((p) => p !== pid);
    }, 'a new LISTEN connection');
    expect(await listenerPids()).toHaveLength(1);
  });
});
