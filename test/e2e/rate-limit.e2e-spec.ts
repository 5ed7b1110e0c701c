import { randomUUID } from 'node:crypto';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { aUser, registerUser } from '../factories/user.factory';
import { freePort } from '../support/processes';
import { SmtpSink } from '../support/smtp-sink';
import { TestEnv, useApi } from '../support/test-env';
import { until } from '../support/until';

describe('sign-in rate limits', () => {
  const ctx = useApi({
    LOGIN_RATE_LIMIT_ACCOUNT: '3',
    LOGIN_RATE_LIMIT_IP: '12',
    LOGIN_RATE_LIMIT_WINDOW_SECONDS: '600',
  });

  it('locks an account after repeated wrong passwords, with Retry-After, even for the right one', async () => {
    const user = await registerUser(ctx.api);
    for (let i = 0; i < 3; i++) {
      const res = await ctx.api.post('/v1/auth/login', { email: user.input.email, password: 'Wrong-password-123' });
      expect(res.status).toBe(401);
    }
    const locked = await ctx.api.post('/v1/auth/login', { email: user.input.email, password: user.input.password });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_REQUESTS');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(500);
    expect(retryAfter).toBeLessThanOrEqual(600);
    // The same wait in the body, where the web app reads it to say how long.
    expect(locked.body.details).toEqual({ retryAfterSeconds: retryAfter });
    // …and in the words the sign-in page shows, rounded up to whole minutes.
    expect(locked.body.message).toBe(`Too many attempts. Please try again in ${Math.ceil(retryAfter / 60)} minutes.`);
  });

  it('a successful sign-in clears the account counter', async () => {
    const user = await registerUser(ctx.api);
    for (let i = 0; i < 2; i++)
      await ctx.api.post('/v1/auth/login', { email: user.input.email, password: 'Wrong-password-123' });
    expect(
      (await ctx.api.post('/v1/auth/login', { email: user.input.email, password: user.input.password })).status,
    ).toBe(200);
    for (let i = 0; i < 2; i++)
      await ctx.api.post('/v1/auth/login', { email: user.input.email, password: 'Wrong-password-123' });
    expect(
      (await ctx.api.post('/v1/auth/login', { email: user.input.email, password: user.input.password })).status,
    ).toBe(200);
  });

  it('limits attempts per IP across accounts', async () => {
    // Earlier tests in this file used some of this IP's budget; spend the rest on unknown accounts.
    let status = 0;
    for (let i = 0; i < 20 && status !== 429; i++) {
      status = (
        await ctx.api.post('/v1/auth/login', { email: `nobody${i}@nowhere.example`, password: 'Wrong-password-123' })
      ).status;
    }
    expect(status).toBe(429);
    const fresh = await registerUser(ctx.api);
    const res = await ctx.api.post('/v1/auth/login', { email: fresh.input.email, password: fresh.input.password });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).not.toBeNull();
  });
});

describe('registration rate limit', () => {
  const ctx = useApi({ REGISTER_RATE_LIMIT_IP: '3', REGISTER_RATE_LIMIT_WINDOW_SECONDS: '3600' });

  it('refuses the registrations of one IP past its limit with 429 and Retry-After, creating no account', async () => {
    for (let i = 0; i < 3; i++) await registerUser(ctx.api, {}, { verified: false });
    const refused = aUser();
    const res = await ctx.api.post('/v1/auth/register', refused);
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('TOO_MANY_REQUESTS');
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const rows = await ctx.env.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [refused.email]);
    expect(rows).toEqual([]);
    const [{ n }] = await ctx.env.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM mail WHERE template = 'verify_email'`,
    );
    expect(n).toBe(3);
  });

  it('documents the 429 and its Retry-After header on the operations that answer it', async () => {
    const doc = (await ctx.api.get('/docs-json')).body;
    for (const [path, method] of [
      ['/v1/auth/register', 'post'],
      ['/v1/auth/login', 'post'],
      ['/v1/me/email', 'post'],
    ]) {
      expect(doc.paths[path][method].responses['429'].headers['Retry-After']).toMatchObject({
        schema: { type: 'integer' },
      });
    }
  });

  it('lets registration and password reset through while Redis does not answer', async () => {
    const dead = `redis://127.0.0.1:${await freePort()}`;
    const api = await ctx.env.startApi({ config: { ...ctx.env.config, redisUrl: dead, registerRateLimitIp: 1 } });
    const users = [];
    for (let i = 0; i < 3; i++) users.push(await registerUser(api));
    const reset = await api.post('/v1/auth/password-reset', { email: users[0].input.email });
    expect(reset.status).toBe(202);
    const rows = await ctx.env.query(`SELECT 1 FROM mail WHERE template = 'password_reset' AND user_id = $1`, [
      users[0].id,
    ]);
    expect(rows).toHaveLength(1);
  });
});

// Mail to an address someone typed: the answer never changes, the mail stops.
describe('account mail rate limits', () => {
  async function mailWorld(overrides: NodeJS.ProcessEnv) {
    const smtp = new SmtpSink(await freePort());
    await smtp.start();
    const env = await TestEnv.create({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      WORKER_HEALTH_PORT: '0',
      ...overrides,
    });
    const api = await env.startApi();
    const worker = await createWorkerApp(env.config);
    const close = async () => {
      await worker.close();
      await env.close();
      await smtp.stop();
    };
    /** Every queued mail to the address of this template has been sent, and only those reached SMTP. */
    const delivered = async (address: string, template: string, subject: RegExp): Promise<number> => {
      const rows = await env.query<{ status: string }>(
        `SELECT status FROM mail WHERE lower(to_address) = lower($1) AND template = $2`,
        [address, template],
      );
      await until(
        async () =>
          (await env.query(`SELECT 1 FROM mail WHERE status = 'pending'`)).length === 0 &&
          smtp.to(address).filter((m) => subject.test(m.subject ?? '')).length === rows.length,
        `mail to ${address} sent`,
      );
      return rows.length;
    };
    return { smtp, env, api, close, delivered };
  }
  const RESET = /Reset your password/;
  const VERIFY = /Confirm your e-mail address/;

  describe('per address', () => {
    let w: Awaited<ReturnType<typeof mailWorld>>;
    beforeAll(async () => {
      w = await mailWorld({ ACCOUNT_MAIL_RATE_LIMIT_ADDRESS: '2', ACCOUNT_MAIL_RATE_LIMIT_WINDOW_SECONDS: '3600' });
    });
    afterAll(() => w?.close());

    it('answers password reset the same past the limit and mails nothing more', async () => {
      const user = await registerUser(w.api);
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(await w.api.post('/v1/auth/password-reset', { email: user.input.email }));
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202]);
      for (const a of answers) expect(a.body).toEqual(answers[0].body);
      expect(await w.delivered(user.input.email, 'password_reset', RESET)).toBe(2);
    });

    it('answers a verification resend the same past the limit and mails nothing more', async () => {
      const user = await registerUser(w.api, {}, { verified: false });
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(await w.api.post('/v1/me/verification', undefined, { token: user.accessToken }));
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202]);
      for (const a of answers) expect(a.body).toEqual(answers[0].body);
      // The mail of the registration itself, then two resends.
      expect(await w.delivered(user.input.email, 'verify_email', VERIFY)).toBe(3);
    });

    it('refuses an address change past the limit per user with 429 and Retry-After', async () => {
      const user = await registerUser(w.api);
      const change = () =>
        w.api.post(
          '/v1/me/email',
          { newEmail: `moved.${randomUUID().slice(0, 8)}@vet-school.example`, password: user.input.password },
          { token: user.accessToken },
        );
      expect((await change()).status).toBe(202);
      expect((await change()).status).toBe(202);
      const refused = await change();
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500);
    });
  });

  describe('per IP', () => {
    let w: Awaited<ReturnType<typeof mailWorld>>;
    beforeAll(async () => {
      w = await mailWorld({ ACCOUNT_MAIL_RATE_LIMIT_IP: '3' });
    });
    afterAll(() => w?.close());

    it('stops mailing password resets to any address from one IP past its limit, with the same answer', async () => {
      const users = [];
      for (let i = 0; i < 4; i++) users.push(await registerUser(w.api));
      const answers = [];
      for (const u of users) answers.push(await w.api.post('/v1/auth/password-reset', { email: u.input.email }));
      expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202]);
      for (const a of answers) expect(a.body).toEqual(answers[0].body);
      const sent = [];
      for (const u of users) sent.push(await w.delivered(u.input.email, 'password_reset', RESET));
      expect(sent).toEqual([1, 1, 1, 0]);
    });
  });
});
