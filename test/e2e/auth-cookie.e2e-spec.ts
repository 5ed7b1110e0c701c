import { aUser, registerUser } from '../factories/user.factory';
import type { HttpClient, HttpResult } from '../support/http-client';
import { useApi } from '../support/test-env';

// Browsers sign in with the refresh token in an HttpOnly cookie; API clients keep the JSON one.

const COOKIE = 'syndesmos_refresh';
const THIRTY_DAYS = 30 * 86_400;

interface SetCookie {
  value: string;
  attributes: string[];
}

/** The refresh cookie the answer sets, if any. */
function refreshCookie(res: HttpResult): SetCookie | undefined {
  const line = res.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(';').map((p) => p.trim());
  return { value: pair.slice(COOKIE.length + 1), attributes };
}

function cookieHeader(value: string): Record<string, string> {
  return { cookie: `theme=dark; ${COOKIE}=${value}; other=1` };
}

describe('browser sign-in with the refresh cookie', () => {
  const ctx = useApi();
  // The API's own address, as a browser on the page it serves would send it.
  const own = (): string => ctx.api.baseUrl;

  async function cookieLogin(api: HttpClient = ctx.api, headers: Record<string, string> = {}) {
    const user = await registerUser(api);
    const res = await api.post(
      '/v1/auth/login',
      { email: user.input.email, password: user.input.password, refreshTokenIn: 'cookie' },
      { headers },
    );
    expect(res.status).toBe(200);
    return { user, res, cookie: refreshCookie(res)! };
  }

  function cookieRefresh(value: string, origin: string | null = own(), api: HttpClient = ctx.api) {
    return api.post('/v1/auth/refresh', undefined, {
      headers: { ...cookieHeader(value), ...(origin === null ? {} : { origin }) },
    });
  }

  it('signs in with the refresh token in an HttpOnly, SameSite=Strict cookie on the auth paths, not in the body', async () => {
    const { res, cookie } = await cookieLogin();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toEqual(['HttpOnly', 'SameSite=Strict', 'Path=/v1/auth', `Max-Age=${THIRTY_DAYS}`]);
    expect(res.body.refreshToken).toBeUndefined();
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, accessToken: expect.any(String) });
    expect((await ctx.api.get('/v1/me', { token: res.body.accessToken })).status).toBe(200);
  });

  it('registers in cookie mode the same way', async () => {
    const res = await ctx.api.post('/v1/auth/register', { ...aUser(), refreshTokenIn: 'cookie' });
    expect(res.status).toBe(201);
    expect(res.body.refreshToken).toBeUndefined();
    expect(refreshCookie(res)?.attributes).toContain('HttpOnly');
    expect((await cookieRefresh(refreshCookie(res)!.value)).status).toBe(200);
  });

  it('keeps sign-in for API clients as it was: the refresh token in the body and no cookie', async () => {
    const user = await registerUser(ctx.api);
    for (const body of [
      { email: user.input.email, password: user.input.password },
      { email: user.input.email, password: user.input.password, refreshTokenIn: 'body' },
    ]) {
      const res = await ctx.api.post('/v1/auth/login', body);
      expect(res.status).toBe(200);
      expect(res.body.refreshToken).toEqual(expect.any(String));
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('refuses an unknown refreshTokenIn', async () => {
    const user = await registerUser(ctx.api);
    const res = await ctx.api.post('/v1/auth/login', {
      email: user.input.email,
      password: user.input.password,
      refreshTokenIn: 'localStorage',
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'refreshTokenIn' })]);
  });

  it('refreshes from the cookie on a same-origin request and rotates the cookie', async () => {
    const { cookie } = await cookieLogin();
    const res = await cookieRefresh(cookie.value);
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).toBeUndefined();
    const next = refreshCookie(res)!;
    expect(next.value).not.toBe(cookie.value);
    expect(next.attributes).toEqual(['HttpOnly', 'SameSite=Strict', 'Path=/v1/auth', `Max-Age=${THIRTY_DAYS}`]);
    expect((await ctx.api.get('/v1/me', { token: res.body.accessToken })).status).toBe(200);
    // With an empty JSON body too, and from the web app's public origin (PUBLIC_WEB_URL).
    const again = await ctx.api.post(
      '/v1/auth/refresh',
      {},
      { headers: { ...cookieHeader(next.value), origin: 'http://127.0.0.1:3000' } },
    );
    expect(again.status).toBe(200);
    expect(refreshCookie(again)!.value).not.toBe(next.value);
  });

  it.each([
    ['no Origin', null],
    ['a foreign Origin', 'https://evil.example'],
    ['an opaque Origin', 'null'],
    ['another port of the same host', 'http://127.0.0.1:1'],
  ])('refuses a cookie refresh with %s as CROSS_SITE_REQUEST, leaving the cookie alone', async (_what, origin) => {
    const { cookie } = await cookieLogin();
    const res = await cookieRefresh(cookie.value, origin);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ statusCode: 403, code: 'CROSS_SITE_REQUEST' });
    expect(refreshCookie(res)).toBeUndefined();
    // Not used up: the page itself can still refresh with it.
    expect((await cookieRefresh(cookie.value)).status).toBe(200);
  });

  it('says CROSS_SITE_REQUEST in Greek too', async () => {
    const { cookie } = await cookieLogin();
    const res = await ctx.api.post('/v1/auth/refresh', undefined, {
      headers: { ...cookieHeader(cookie.value), 'accept-language': 'el' },
    });
    expect(res.body.code).toBe('CROSS_SITE_REQUEST');
    expect(res.body.message).toMatch(/εφαρμογή ιστού/);
  });

  it('ends the session when a rotated cookie comes back, and drops the cookie', async () => {
    const { cookie } = await cookieLogin();
    const first = await cookieRefresh(cookie.value);
    expect(first.status).toBe(200);

    const replay = await cookieRefresh(cookie.value);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect(refreshCookie(replay)).toEqual({
      value: '',
      attributes: ['HttpOnly', 'SameSite=Strict', 'Path=/v1/auth', 'Max-Age=0'],
    });
    // The whole family is dead, the newer cookie included.
    const next = await cookieRefresh(refreshCookie(first)!.value);
    expect(next.status).toBe(401);
    expect(next.body.code).toBe('TOKEN_REVOKED');
  });

  it('answers an unknown cookie with 401 TOKEN_INVALID and drops it', async () => {
    const res = await cookieRefresh('made-up-token');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('TOKEN_INVALID');
    expect(refreshCookie(res)?.attributes).toContain('Max-Age=0');
  });

  it('answers a refresh with neither token nor cookie with 401 UNAUTHENTICATED', async () => {
    for (const body of [undefined, {}]) {
      const res = await ctx.api.post('/v1/auth/refresh', body, { headers: { origin: own(), cookie: 'theme=dark' } });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    }
  });

  it('uses a token in the body over the cookie, as API clients always did, with no Origin asked', async () => {
    const { cookie } = await cookieLogin();
    const user = await registerUser(ctx.api);
    const res = await ctx.api.post(
      '/v1/auth/refresh',
      { refreshToken: user.refreshToken },
      { headers: cookieHeader(cookie.value) },
    );
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).toEqual(expect.any(String));
    expect(res.headers.getSetCookie()).toEqual([]);
    // The cookie was not touched.
    expect((await cookieRefresh(cookie.value)).status).toBe(200);
  });

  it('drops the cookie on logout, and the session it belonged to is over', async () => {
    const { res, cookie } = await cookieLogin();
    const out = await ctx.api.post('/v1/auth/logout', undefined, {
      token: res.body.accessToken,
      headers: cookieHeader(cookie.value),
    });
    expect(out.status).toBe(204);
    expect(refreshCookie(out)).toEqual({
      value: '',
      attributes: ['HttpOnly', 'SameSite=Strict', 'Path=/v1/auth', 'Max-Age=0'],
    });
    const after = await cookieRefresh(cookie.value);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('TOKEN_REVOKED');
  });

  it('does not believe X-Forwarded-Proto without TRUST_PROXY', async () => {
    const { cookie } = await cookieLogin(ctx.api, { 'x-forwarded-proto': 'https' });
    expect(cookie.attributes).not.toContain('Secure');
  });

  describe('over https', () => {
    it('marks the cookie Secure behind a trusted proxy that says https, and accepts its https origin', async () => {
      const api = await ctx.env.startApi({ config: { ...ctx.env.config, trustProxy: true } });
      const proxied = { 'x-forwarded-proto': 'https' };
      const { cookie } = await cookieLogin(api, proxied);
      expect(cookie.attributes).toContain('Secure');
      const host = new URL(api.baseUrl).host;
      const res = await api.post('/v1/auth/refresh', undefined, {
        headers: { ...proxied, ...cookieHeader(cookie.value), origin: `https://${host}` },
      });
      expect(res.status).toBe(200);
      expect(refreshCookie(res)!.attributes).toContain('Secure');
      const out = await api.post('/v1/auth/logout', undefined, { token: res.body.accessToken, headers: proxied });
      expect(refreshCookie(out)!.attributes).toEqual(expect.arrayContaining(['Secure', 'Max-Age=0']));
    });

    it('marks the cookie Secure whenever PUBLIC_WEB_URL is https, and takes that origin as its own', async () => {
      const api = await ctx.env.startApi({
        config: { ...ctx.env.config, publicWebUrl: 'https://syndesmos.example' },
      });
      const { cookie } = await cookieLogin(api);
      expect(cookie.attributes).toContain('Secure');
      const res = await cookieRefresh(cookie.value, 'https://syndesmos.example', api);
      expect(res.status).toBe(200);
      expect(refreshCookie(res)!.attributes).toContain('Secure');
    });
  });
});
