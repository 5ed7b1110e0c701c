import { Writable } from 'node:stream';
import pino from 'pino';
import { registerUser } from '../factories/user.factory';
import { TestEnv } from '../support/test-env';

describe('unexpected failures and logs', () => {
  let env: TestEnv;
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info', redact: { paths: [], censor: '' } },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    }),
  );

  beforeAll(async () => {
    env = await TestEnv.create();
  });
  afterAll(() => env.close());

  it('answers a 500 with an errorId that is also in the log, and logs no secrets', async () => {
    const api = await env.startApi({ logger });
    const user = await registerUser(api);
    // Break the schema under the running app: the next sign-in hits a database error.
    await env.query('ALTER TABLE app_user RENAME TO app_user_gone');
    try {
      const res = await api.post('/v1/auth/login', { email: user.input.email, password: user.input.password });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: 'Something went wrong on our side.',
        errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        requestId: res.headers.get('x-request-id'),
      });
      const logged = lines.find((l) => l.errorId === res.body.errorId);
      expect(logged).toMatchObject({ msg: 'unhandled error', requestId: res.headers.get('x-request-id') });
    } finally {
      await env.query('ALTER TABLE app_user_gone RENAME TO app_user');
    }
    const all = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(all).not.toContain(user.input.password);
    expect(all).not.toContain(user.accessToken);
    expect(all).not.toContain(user.refreshToken);
  });
});
