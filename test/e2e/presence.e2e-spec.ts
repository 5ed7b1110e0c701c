import { consortiumWith, partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff } from '../factories/staff.factory';
import type { SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { freePort, runCompiled, waitForStatus, type RunningProcess } from '../support/processes';
import { TestSocket } from '../support/socket-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// Two real gateway processes; one of them is killed without a chance to clean up.
describe('presence across gateway nodes', () => {
  const TTL_SECONDS = 2;
  const HEARTBEAT_SECONDS = 1;
  let env: TestEnv;
  let api: HttpClient;
  const nodes: number[] = [];
  const running: RunningProcess[] = [];
  const sockets: TestSocket[] = [];
  let gr: SignedInUser;
  let pt: SignedInUser;
  let channelId: string;

  async function ready(node: number, user: SignedInUser): Promise<TestSocket> {
    const s = TestSocket.connect(nodes[node], user.accessToken);
    sockets.push(s);
    await s.ready;
    return s;
  }
  const offline = (s: TestSocket, userId: string) =>
    s.events('presence').some((e) => e.channelId === channelId && e.userId === userId && e.online === false);
  const online = (s: TestSocket, userId: string) =>
    s.events('presence').some((e) => e.channelId === channelId && e.userId === userId && e.online === true);

  beforeAll(async () => {
    env = await TestEnv.create();
    api = await env.startApi();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      nodes.push(port);
      running.push(
        runCompiled('apps/realtime/src/main.js', {
          ...env.env,
          REALTIME_PORT: String(port),
          PRESENCE_TTL_SECONDS: String(TTL_SECONDS),
          PRESENCE_HEARTBEAT_SECONDS: String(HEARTBEAT_SECONDS),
          LOG_LEVEL: 'warn',
        }),
      );
    }
    await Promise.all(nodes.map((port) => waitForStatus(`http://127.0.0.1:${port}/health`, 200)));
    const admin = await signInStaff(env, api, 'admin');
    const cast = await partnerOrganisations(api, admin.accessToken);
    ({ GR: gr, PT: pt } = cast.users);
    ({ channelId } = await consortiumWith(
      api,
      { user: gr, organisationId: cast.org.GR },
      [{ user: pt, organisationId: cast.org.PT }],
      { name: 'Online', action: 'KA210-VET' },
    ));
  }, 60_000);

  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });

  afterAll(async () => {
    for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    await Promise.all(running.map((p) => p.exited));
    await env.close();
  });

  it('tells the channel’s members on the other node when someone closes their last connection', async () => {
    const watcher = await ready(0, gr);
    const leaving = await ready(1, pt);
    await until(async () => online(watcher, pt.id), 'online event');
    expect((await watcher.request('presence:get', { channelId })).online).toEqual(
      expect.arrayContaining([gr.id, pt.id]),
    );
    leaving.close();
    await until(async () => offline(watcher, pt.id), 'offline event after a clean disconnect');
    expect((await watcher.request('presence:get', { channelId })).online).toEqual([gr.id]);
  });

  it('stays online while a second connection remains, and says nothing until the last one goes', async () => {
    const watcher = await ready(0, gr);
    const first = await ready(1, pt);
    const second = await ready(0, pt);
    first.close();
    // The second connection keeps the user online: presence:get still lists them.
    await until(
      async () => (await watcher.request('presence:get', { channelId })).online.includes(pt.id),
      'still online',
    );
    expect(offline(watcher, pt.id)).toBe(false);
    second.close();
    await until(async () => offline(watcher, pt.id), 'offline after the last connection');
  });

  it('expires the entries of a killed node and tells the members on a surviving node', async () => {
    const watcher = await ready(0, gr);
    await ready(1, pt);
    await until(async () => online(watcher, pt.id), 'online event');
    const killedAt = Date.now();
    running[1].child.kill('SIGKILL');
    await running[1].exited;
    await until(async () => offline(watcher, pt.id), 'offline event after the node died', 15_000);
    // The heartbeat expires within the TTL; a surviving node notices at its next beat.
    expect(Date.now() - killedAt).toBeLessThan((TTL_SECONDS + HEARTBEAT_SECONDS) * 1000 + 1500);
    expect((await watcher.request('presence:get', { channelId })).online).toEqual([gr.id]);
  });
});
