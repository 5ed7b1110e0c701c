import { registerUser } from '../factories/user.factory';
import { useApi } from '../support/test-env';

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
