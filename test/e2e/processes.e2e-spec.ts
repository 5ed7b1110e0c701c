import { connect } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { registerUser } from '../factories/user.factory';
import { HttpClient } from '../support/http-client';
import { freePort, runCompiled, waitForStatus, type RunningProcess } from '../support/processes';
import { TestEnv } from '../support/test-env';

// The three apps as real processes, from the compiled output `npm start` runs.
describe('the three processes', () => {
  let env: TestEnv;
  const running: RunningProcess[] = [];
  const ports = { api: 0, realtime: 0, worker: 0 };

  beforeAll(async () => {
    env = await TestEnv.create();
    ports.api = await freePort();
    ports.realtime = await freePort();
    ports.worker = await freePort();
    const processEnv = {
      ...env.env,
      API_PORT: String(ports.api),
      REALTIME_PORT: String(ports.realtime),
      WORKER_HEALTH_PORT: String(ports.worker),
      LOG_LEVEL: 'info',
    };
    running.push(runCompiled('apps/api/src/main.js', processEnv));
    running.push(runCompiled('apps/realtime/src/main.js', processEnv));
    running.push(runCompiled('apps/worker/src/main.js', processEnv));
    await Promise.all([
      waitForStatus(`http://127.0.0.1:${ports.api}/health`, 200),
      waitForStatus(`http://127.0.0.1:${ports.realtime}/health`, 200),
      waitForStatus(`http://127.0.0.1:${ports.worker}/health`, 200),
    ]);
  });

  afterAll(async () => {
    for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await env.close();
  });

  it('each answers its health check', async () => {
    const worker: any = await (await fetch(`http://127.0.0.1:${ports.worker}/health`)).json();
    expect(worker.workers).toEqual([
      { queue: 'maintenance', running: true },
      { queue: 'search', running: true },
      { queue: 'notifications', running: true },
      { queue: 'matching', running: true },
    ]);
    expect(worker.searchIndexReady).toBe(true);
    const realtime: any = await (await fetch(`http://127.0.0.1:${ports.realtime}/health`)).json();
    expect(realtime.checks).toEqual({
      postgres: expect.objectContaining({ status: 'up' }),
      redis: expect.objectContaining({ status: 'up' }),
    });
  });

  it('start against healthy services without a warning or an error in their logs', () => {
    const troubles = running.flatMap((p) =>
      p
        .output()
        .split('\n')
        .filter((line) => /"level":"(warn|error|fatal)"/.test(line)),
    );
    expect(troubles).toEqual([]);
  });

  describe('realtime authentication', () => {
    const connect = (auth: Record<string, unknown>): Socket =>
      io(`http://127.0.0.1:${ports.realtime}`, { auth, transports: ['websocket'], reconnection: false });

    it('accepts a socket with a valid access token', async () => {
      const user = await registerUser(new HttpClient(`http://127.0.0.1:${ports.api}`));
      const socket = connect({ token: user.accessToken });
      const ready = await new Promise<{ userId: string }>((resolve, reject) => {
        socket.once('ready', resolve);
        socket.once('error', reject);
      });
      expect(ready.userId).toBe(user.id);
      socket.close();
    });

    it.each([
      ['no token', {}, 'UNAUTHENTICATED'],
      ['a forged token', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' }, 'TOKEN_INVALID'],
    ])('answers %s with an error event and disconnects', async (_label, auth, code) => {
      const socket = connect(auth);
      const [error] = await Promise.all([
        new Promise<{ code: string }>((resolve) => socket.once('error', resolve)),
        new Promise<void>((resolve) => socket.once('disconnect', () => resolve())),
      ]);
      expect(error.code).toBe(code);
      socket.close();
    });
  });

  it('each stops gracefully on SIGTERM, finishing a request in flight', async () => {
    const user = await registerUser(new HttpClient(`http://127.0.0.1:${ports.api}`));
    // Start a login and hold its body back until the server has taken the request (it answers
    // 100 Continue); only then send SIGTERM, then the body. The answer must still arrive.
    const body = JSON.stringify({ email: user.input.email, password: user.input.password });
    const socket = connect(ports.api, '127.0.0.1');
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString()));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
    await until(() => received.includes('100 Continue'));
    for (const p of running) p.child.kill('SIGTERM');
    socket.write(body);
    await new Promise((resolve) => socket.once('close', resolve));
    expect(received).toMatch(/HTTP\/1.1 200 OK/);
    expect(received).toContain('"accessToken"');

    const exits = await Promise.all(running.map((p) => p.exited));
    for (const [i, exit] of exits.entries()) {
      expect({ app: i, ...exit }).toEqual({ app: i, code: 0, signal: null });
      expect(running[i].output()).toMatch(/"msg":"(api|realtime|worker) stopped"/);
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('configuration', () => {
  it('refuses to start with bad values, listing every problem at once', async () => {
    const p = runCompiled('apps/api/src/main.js', {
      DATABASE_URL: 'mysql://nope',
      API_PORT: 'eighty',
      JWT_ACCESS_SECRET: 'short',
    });
    const exit = await p.exited;
    expect(exit.code).toBe(1);
    const out = p.output();
    expect(out).toMatch(/DATABASE_URL must use postgres: or postgresql:/);
    expect(out).toMatch(/API_PORT must be an integer/);
    expect(out).toMatch(/JWT_ACCESS_SECRET must be at least 32 characters/);
    // The exit itself takes under a second; starting Node under the load of a full CI run
    // (the web benchmark's smoke drives Chromium beside it) once took longer than 30 s.
  }, 90_000);

  it('refuses to start in production with the development secrets', async () => {
    const p = runCompiled('apps/worker/src/main.js', {
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: '',
      MEILI_MASTER_KEY: '',
    });
    expect((await p.exited).code).toBe(1);
    expect(p.output()).toMatch(/JWT_ACCESS_SECRET must be set in production/);
    expect(p.output()).toMatch(/MEILI_MASTER_KEY must be set in production/);
  }, 90_000);
});
