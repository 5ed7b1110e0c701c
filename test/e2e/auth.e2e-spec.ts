import jwt from 'jsonwebtoken';
import { aUser, registerUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

describe('accounts and sign-in', () => {
  const ctx = useApi();

  describe('registration', () => {
    it('creates an account, signs it in and never returns the password hash', async () => {
      const input = aUser({ preferredLanguage: 'el', displayName: 'Νίκος Αντωνίου' });
      const res = await ctx.api.post('/v1/auth/register', input);
      expect(res.status).toBe(201);
      expect(res.body.user).toMatchObject({
        email: input.email,
        displayName: 'Νίκος Αντωνίου',
        preferredLanguage: 'el',
        role: 'user',
        naCountries: [],
      });
      expect(res.body.tokenType).toBe('Bearer');
      expect(res.body.expiresIn).toBe(900);
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
      const [row] = await ctx.env.query<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [
        res.body.user.id,
      ]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
    });

    it('refuses an email that differs only in case with 409', async () => {
      const first = await registerUser(ctx.api);
      const res = await ctx.api.post('/v1/auth/register', aUser({ email: first.input.email.toUpperCase() }));
      expect(res.status).toBe(409);
      expect(res.body).toEqual({
        statusCode: 409,
        code: 'EMAIL_TAKEN',
        message: expect.any(String),
        requestId: res.headers.get('x-request-id'),
      });
    });

    it('lists every bad field at once', async () => {
      const res = await ctx.api.post('/v1/auth/register', {
        email: 'not-an-email',
        password: 'short',
        displayName: '',
        preferredLanguage: 'fr',
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = (res.body.details as { field: string }[]).map((d) => d.field).sort();
      expect(fields).toEqual(['displayName', 'email', 'password', 'preferredLanguage']);
    });

    it.each(['password1234', 'Password2025!', '123456789012', 'qwertyuiop[]'])(
      'refuses the common password %s',
      async (password) => {
        const res = await ctx.api.post('/v1/auth/register', aUser({ password }));
        expect(res.status).toBe(400);
        expect(res.body.details).toEqual([
          expect.objectContaining({ field: 'password', message: expect.stringMatching(/too common/) }),
        ]);
      },
    );

    it('refuses a password shorter than 12 characters', async () => {
      const res = await ctx.api.post('/v1/auth/register', aUser({ password: 'Tr1cky-pw!' }));
      expect(res.status).toBe(400);
      expect(res.body.details[0].message).toMatch(/at least 12 characters/);
    });

    it('rejects an unknown body field instead of ignoring it', async () => {
      const res = await ctx.api.post('/v1/auth/register', { ...aUser(), role: 'admin' });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'role', problem: 'unknown_field' })]);
    });

    it('answers 413 to an oversized body', async () => {
      const res = await ctx.api.post('/v1/auth/register', { ...aUser(), displayName: 'x'.repeat(200_000) });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('answers 400 MALFORMED_JSON to a body that is not JSON', async () => {
      const res = await ctx.api.post('/v1/auth/login', undefined, { raw: '{"email": ' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('localises the message by Accept-Language and keeps the code stable', async () => {
      const first = await registerUser(ctx.api);
      const res = await ctx.api.post('/v1/auth/register', aUser({ email: first.input.email }), {
        headers: { 'accept-language': 'el-GR,el;q=0.9,en;q=0.5' },
      });
      expect(res.body.code).toBe('EMAIL_TAKEN');
      expect(res.body.message).toBe('Υπάρχει ήδη λογαριασμός με αυτό το email.');
    });
  });

  describe('login', () => {
    it('signs in with the right password, whatever the email case', async () => {
      const user = await registerUser(ctx.api);
      const res = await ctx.api.post('/v1/auth/login', {
        email: user.input.email.toUpperCase(),
        password: user.input.password,
      });
      expect(res.status).toBe(200);
      expect(res.body.user.id).toBe(user.id);
      const me = await ctx.api.get('/v1/me', { token: res.body.accessToken });
      expect(me.body.email).toBe(user.input.email);
    });

    it('gives a wrong password and an unknown account the same 401', async () => {
      const user = await registerUser(ctx.api);
      const wrong = await ctx.api.post('/v1/auth/login', { email: user.input.email, password: 'Not-the-password-1' });
      const unknown = await ctx.api.post('/v1/auth/login', {
        email: 'nobody@nowhere.example',
        password: 'Not-the-password-1',
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      // Identical but for each request's own id.
      expect({ ...wrong.body, requestId: 'same' }).toEqual({ ...unknown.body, requestId: 'same' });
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('tokens', () => {
    it('refuses a request without a token', async () => {
      const res = await ctx.api.get('/v1/me');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired access token', async () => {
      const user = await registerUser(ctx.api);
      const claims = jwt.decode(user.accessToken) as jwt.JwtPayload;
      const expired = jwt.sign(
        { sid: claims.sid, iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 60 },
        ctx.env.config.jwtAccessSecret,
        { subject: user.id, issuer: 'syndesmos', audience: 'syndesmos-api' },
      );
      const res = await ctx.api.get('/v1/me', { token: expired });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
    });

    it('refuses a token signed with another secret', async () => {
      const user = await registerUser(ctx.api);
      const claims = jwt.decode(user.accessToken) as jwt.JwtPayload;
      const forged = jwt.sign({ sid: claims.sid }, 'an-attacker-secret-that-is-long-enough', {
        subject: user.id,
        issuer: 'syndesmos',
        audience: 'syndesmos-api',
        expiresIn: 600,
      });
      const res = await ctx.api.get('/v1/me', { token: forged });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_INVALID');
    });

    it('refuses an unsigned (alg none) token', async () => {
      const user = await registerUser(ctx.api);
      const [, payload] = user.accessToken.split('.');
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const res = await ctx.api.get('/v1/me', { token: `${header}.${payload}.` });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_INVALID');
    });

    it('rotates the refresh token: the new pair works', async () => {
      const user = await registerUser(ctx.api);
      const res = await ctx.api.post('/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(res.status).toBe(200);
      expect(res.body.refreshToken).not.toBe(user.refreshToken);
      expect((await ctx.api.get('/v1/me', { token: res.body.accessToken })).status).toBe(200);
      expect((await ctx.api.post('/v1/auth/refresh', { refreshToken: res.body.refreshToken })).status).toBe(200);
    });

    it('revokes the whole family when a rotated refresh token is presented again', async () => {
      const user = await registerUser(ctx.api);
      const first = await ctx.api.post('/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(first.status).toBe(200);

      const replay = await ctx.api.post('/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');

      // Everything issued in that family is dead now, including the legitimate newer tokens.
      const next = await ctx.api.post('/v1/auth/refresh', { refreshToken: first.body.refreshToken });
      expect(next.status).toBe(401);
      expect(next.body.code).toBe('TOKEN_REVOKED');
      const me = await ctx.api.get('/v1/me', { token: first.body.accessToken });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('TOKEN_REVOKED');
    });

    it('refuses an unknown refresh token', async () => {
      const res = await ctx.api.post('/v1/auth/refresh', { refreshToken: 'made-up-token' });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_INVALID');
    });

    it('logout revokes the access token and the refresh token of that session only', async () => {
      const user = await registerUser(ctx.api);
      const other = await ctx.api.post('/v1/auth/login', { email: user.input.email, password: user.input.password });

      expect((await ctx.api.post('/v1/auth/logout', undefined, { token: user.accessToken })).status).toBe(204);

      const me = await ctx.api.get('/v1/me', { token: user.accessToken });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('TOKEN_REVOKED');
      expect((await ctx.api.post('/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
      // The other device stays signed in.
      expect((await ctx.api.get('/v1/me', { token: other.body.accessToken })).status).toBe(200);
    });
  });

  describe('the current user', () => {
    it('updates display name and language', async () => {
      const user = await registerUser(ctx.api);
      const res = await ctx.api.patch(
        '/v1/me',
        { displayName: 'Κώστας', preferredLanguage: 'el' },
        { token: user.accessToken },
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ displayName: 'Κώστας', preferredLanguage: 'el' });
      expect((await ctx.api.get('/v1/me', { token: user.accessToken })).body.displayName).toBe('Κώστας');
    });

    it('does not let a user make themselves admin', async () => {
      const user = await registerUser(ctx.api);
      const res = await ctx.api.patch('/v1/me', { role: 'admin' }, { token: user.accessToken });
      expect(res.status).toBe(400);
      expect((await ctx.api.get('/v1/me', { token: user.accessToken })).body.role).toBe('user');
    });

    it('changes the password only with the current one, and signs out other sessions', async () => {
      const user = await registerUser(ctx.api);
      const other = await ctx.api.post('/v1/auth/login', { email: user.input.email, password: user.input.password });

      const wrong = await ctx.api.post(
        '/v1/me/password',
        { currentPassword: 'Not-the-password-1', newPassword: 'Kalamata-olives-2027' },
        { token: user.accessToken },
      );
      expect(wrong.status).toBe(403);
      expect(wrong.body.code).toBe('WRONG_PASSWORD');

      const ok = await ctx.api.post(
        '/v1/me/password',
        { currentPassword: user.input.password, newPassword: 'Kalamata-olives-2027' },
        { token: user.accessToken },
      );
      expect(ok.status).toBe(204);
      expect((await ctx.api.get('/v1/me', { token: user.accessToken })).status).toBe(200);
      expect((await ctx.api.get('/v1/me', { token: other.body.accessToken })).status).toBe(401);
      const login = await ctx.api.post('/v1/auth/login', { email: user.input.email, password: 'Kalamata-olives-2027' });
      expect(login.status).toBe(200);
    });
  });

  describe('conventions', () => {
    it('echoes a request id and sets security headers', async () => {
      const res = await ctx.api.get('/health', { headers: { 'x-request-id': 'trace-123' } });
      expect(res.headers.get('x-request-id')).toBe('trace-123');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    });

    it('answers an unknown route with the error shape', async () => {
      const res = await ctx.api.get('/v1/does-not-exist');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: 'Not found.',
        requestId: res.headers.get('x-request-id'),
      });
    });

    it('publishes OpenAPI with the error answers of each endpoint', async () => {
      const res = await ctx.api.get('/docs-json');
      expect(res.status).toBe(200);
      const register = res.body.paths['/v1/auth/register'].post;
      expect(Object.keys(register.responses)).toEqual(expect.arrayContaining(['201', '400', '409', '413', '500']));
      const login = res.body.paths['/v1/auth/login'].post;
      expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(['200', '401', '429']));
      expect((await ctx.api.get('/docs')).status).toBe(200);
    });

    it('lets CORS through for a configured origin only', async () => {
      const allowed = await ctx.api.request('OPTIONS', '/v1/me', undefined, {
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const denied = await ctx.api.request('OPTIONS', '/v1/me', undefined, {
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
