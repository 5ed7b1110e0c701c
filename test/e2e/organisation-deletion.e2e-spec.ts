import { randomUUID } from 'node:crypto';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { addMember, aPartnerCall, partnerOrganisations, type PartnerCountry } from '../factories/consortium.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import type { SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { freePort, runCompiled, waitForStatus, type RunningProcess } from '../support/processes';
import { TestSocket } from '../support/socket-client';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// Deleting an organisation, by its owner or with its last owner's account, leaves nothing
// that points at it: consortia, invitations, calls, answers and messages all follow.
describe('deleting an organisation', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let gateway: RunningProcess;
  let gatewayPort: number;
  let admin: SignedInStaff;
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });
  type Cast = { users: Record<PartnerCountry, SignedInUser>; org: Record<PartnerCountry, string> };

  beforeAll(async () => {
    env = await TestEnv.create({ WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    gatewayPort = await freePort();
    gateway = runCompiled('apps/realtime/src/main.js', {
      ...env.env,
      REALTIME_PORT: String(gatewayPort),
      LOG_LEVEL: 'warn',
    });
    await waitForStatus(`http://127.0.0.1:${gatewayPort}/health`, 200);
    admin = await signInStaff(env, api, 'admin');
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    gateway?.child.kill('SIGTERM');
    await gateway?.exited;
    await env.close();
  });

  async function consortium(cast: Cast, action = 'KA220-VET', name = `Consortium ${randomUUID().slice(0, 6)}`) {
    const res = await api.post('/v1/consortia', { organisationId: cast.org.GR, name, action }, t(cast.users.GR));
    expect(res.status).toBe(201);
    return res.body as { id: string; channelId: string };
  }
  async function invite(
    cast: Cast,
    consortiumId: string,
    who: PartnerCountry,
    role: string,
    by: PartnerCountry = 'GR',
  ) {
    const res = await api.post(
      `/v1/consortia/${consortiumId}/invitations`,
      { organisationId: cast.org[who], role },
      t(cast.users[by]),
    );
    expect(res.status).toBe(201);
    return res.body as { id: string };
  }
  async function join(cast: Cast, consortiumId: string, who: PartnerCountry, role: string) {
    const inv = await invite(cast, consortiumId, who, role);
    const res = await api.post(`/v1/consortium-invitations/${inv.id}/accept`, undefined, t(cast.users[who]));
    expect(res.status).toBe(200);
  }
  const history = async (consortiumId: string, by: SignedInUser) =>
    (await api.get(`/v1/consortia/${consortiumId}/history?limit=100`, t(by))).body.items as {
      action: string;
      organisationId: string | null;
      detail: Record<string, unknown>;
    }[];
  const kinds = async (u: SignedInUser) =>
    ((await api.get('/v1/me/notifications?limit=100', t(u))).body.items as { kind: string; title: string }[]).map(
      (n) => n.kind,
    );
  const deleteOrganisation = async (cast: Cast, who: PartnerCountry) =>
    expect((await api.delete(`/v1/organisations/${cast.org[who]}`, t(cast.users[who]))).status).toBe(204);
  const deleteAccount = async (user: SignedInUser) =>
    expect((await api.request('DELETE', '/v1/me', { password: user.input.password }, t(user))).status).toBe(204);

  it('passes coordination to the longest-standing full partner, in the history, and tells the members', async () => {
    const cast = await partnerOrganisations(api, admin.accessToken);
    const c = await consortium(cast);
    await join(cast, c.id, 'ES', 'associated_partner'); // longest-standing, but not a full partner
    await join(cast, c.id, 'PT', 'partner');
    await join(cast, c.id, 'DE', 'partner');

    await deleteOrganisation(cast, 'GR');

    const view = (await api.get(`/v1/consortia/${c.id}`, t(cast.users.PT))).body;
    expect(view.coordinatorId).toBe(cast.org.PT);
    expect(view.canManage).toBe(true);
    expect(view.members.map((m: { id: string; role: string }) => [m.id, m.role])).toEqual([
      [cast.org.PT, 'coordinator'],
      [cast.org.DE, 'partner'],
      [cast.org.ES, 'associated_partner'],
    ]);
    const events = await history(c.id, cast.users.PT);
    expect(events.find((e) => e.action === 'coordination_handed_over')).toMatchObject({
      organisationId: cast.org.PT,
      detail: { from: cast.org.GR, to: cast.org.PT, because: 'coordinator_deleted' },
    });
    expect(events.find((e) => e.action === 'left')).toMatchObject({
      organisationId: cast.org.GR,
      detail: { role: 'coordinator', because: 'organisation_deleted' },
    });
    for (const member of [cast.users.PT, cast.users.DE, cast.users.ES]) {
      expect(await kinds(member)).toContain('consortium.coordinator_changed');
    }
    const titles = (await api.get('/v1/me/notifications', t(cast.users.DE))).body.items.map(
      (n: { title: string }) => n.title,
    );
    expect(titles).toContain(`Porto Metalworks now coordinates ${view.name}: KEK Patras was deleted`);
    // The new coordinator manages it: it invites, and hands over in turn.
    expect(
      (await api.post(`/v1/consortia/${c.id}/coordinator`, { organisationId: cast.org.DE }, t(cast.users.PT))).status,
    ).toBeLessThan(300);
  });

  it('closes the consortium with the reason when no full partner is left, withdrawing invitations sent and received', async () => {
    const cast = await partnerOrganisations(api, admin.accessToken);
    const c = await consortium(cast, 'KA210-VET');
    await join(cast, c.id, 'ES', 'associated_partner');
    const sent = await invite(cast, c.id, 'PT', 'partner');
    const elsewhere = (
      await api.post(
        '/v1/consortia',
        { organisationId: cast.org.DE, name: 'Köln-led', action: 'KA210-VET' },
        t(cast.users.DE),
      )
    ).body;
    const received = await invite(cast, elsewhere.id, 'GR', 'partner', 'DE');

    // The sole owner deletes their account: the organisation goes with it, on the same path.
    await deleteAccount(cast.users.GR);

    const view = (await api.get(`/v1/consortia/${c.id}`, t(cast.users.ES))).body;
    expect(view.status).toBe('closed');
    expect(view.members.map((m: { id: string }) => m.id)).toEqual([cast.org.ES]);
    expect(view.pendingInvitations).toEqual([]);
    const events = await history(c.id, cast.users.ES);
    expect(events.find((e) => e.action === 'status_changed')).toMatchObject({
      detail: { to: 'closed', because: 'coordinator_deleted' },
    });
    expect(events.find((e) => e.action === 'invitation_revoked')).toMatchObject({
      organisationId: cast.org.PT,
      detail: { invitationId: sent.id, because: 'coordinator_deleted' },
    });
    const told = (await api.get('/v1/me/notifications', t(cast.users.ES))).body.items as {
      kind: string;
      title: string;
    }[];
    expect(told.find((n) => n.kind === 'consortium.status_changed')?.title).toBe(
      `${view.name} is now closed: its coordinator was deleted and no full partner was left`,
    );
    expect((await api.get('/v1/consortium-invitations', t(cast.users.PT))).body.items).toEqual([]);

    const other = (await api.get(`/v1/consortia/${elsewhere.id}`, t(cast.users.DE))).body;
    expect(other.pendingInvitations).toEqual([]);
    expect((await history(elsewhere.id, cast.users.DE)).find((e) => e.action === 'invitation_revoked')).toMatchObject({
      organisationId: cast.org.GR,
      detail: { invitationId: received.id, because: 'organisation_deleted' },
    });
  });

  it('takes a deleted partner out of its consortia, in the history, so it counts in no rule', async () => {
    const cast = await partnerOrganisations(api, admin.accessToken);
    const c = await consortium(cast, 'KA210-VET');
    await join(cast, c.id, 'PT', 'partner');
    expect((await api.post(`/v1/consortia/${c.id}/transitions`, { to: 'ready' }, t(cast.users.GR))).status).toBe(200);

    await deleteOrganisation(cast, 'PT');

    const view = (await api.get(`/v1/consortia/${c.id}`, t(cast.users.GR))).body;
    expect(view.members.map((m: { id: string }) => m.id)).toEqual([cast.org.GR]);
    expect(view.eligibility.eligible).toBe(false);
    expect(view.status).toBe('forming');
    expect(JSON.stringify(view.composition)).not.toContain('PT');
    expect((await history(c.id, cast.users.GR)).find((e) => e.action === 'left')).toMatchObject({
      organisationId: cast.org.PT,
      detail: { role: 'partner', because: 'organisation_deleted' },
    });
    expect(await kinds(cast.users.GR)).toContain('consortium.member_left');
  });

  it('deletes in one transaction: when a later step fails, nothing of it happened', async () => {
    const cast = await partnerOrganisations(api, admin.accessToken);
    const c = await consortium(cast, 'KA210-VET');
    await join(cast, c.id, 'PT', 'partner');
    const pending = await invite(cast, c.id, 'ES', 'partner');
    const call = (await api.post('/v1/calls', { ...aPartnerCall(cast.org.GR), open: true }, t(cast.users.GR))).body;
    // The database refuses the history entry of the coordinator leaving, after the
    // organisation's status, its invitations and its calls were already changed in the transaction.
    await env.query(`CREATE FUNCTION refuse_left() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'left' AND NEW.organisation_id = '${cast.org.GR}' THEN RAISE EXCEPTION 'refused'; END IF;
      RETURN NEW; END $$`);
    await env.query(
      `CREATE TRIGGER refuse_left BEFORE INSERT ON consortium_event FOR EACH ROW EXECUTE FUNCTION refuse_left()`,
    );
    try {
      expect((await api.delete(`/v1/organisations/${cast.org.GR}`, t(cast.users.GR))).status).toBe(500);
    } finally {
      await env.query(`DROP TRIGGER refuse_left ON consortium_event`);
      await env.query(`DROP FUNCTION refuse_left()`);
    }
    expect((await api.get(`/v1/organisations/${cast.org.GR}`, t(cast.users.GR))).body.status).toBe('published');
    const view = (await api.get(`/v1/consortia/${c.id}`, t(cast.users.GR))).body;
    expect(view.coordinatorId).toBe(cast.org.GR);
    expect(view.pendingInvitations.map((i: { id: string }) => i.id)).toEqual([pending.id]);
    expect((await api.get(`/v1/calls/${call.id}`, t(cast.users.PT))).body.status).toBe('open');
    expect((await history(c.id, cast.users.GR)).map((e) => e.action)).not.toContain('invitation_revoked');
  });

  it('withdraws its draft, open and paused calls (they leave search) and its answers', async () => {
    const cast = await partnerOrganisations(api, admin.accessToken);
    const aCall = (title: string, by: PartnerCountry = 'GR') => aPartnerCall(cast.org[by], { title });
    const word = `zyx${randomUUID().slice(0, 6)}`;
    const open = (await api.post('/v1/calls', { ...aCall(`Open ${word}`), open: true }, t(cast.users.GR))).body;
    const draft = (await api.post('/v1/calls', aCall('Draft one'), t(cast.users.GR))).body;
    const paused = (await api.post('/v1/calls', { ...aCall('Paused one'), open: true }, t(cast.users.GR))).body;
    await api.post(`/v1/calls/${paused.id}/status`, { status: 'paused' }, t(cast.users.GR));
    const theirs = (await api.post('/v1/calls', { ...aCall('Sevilla call', 'ES'), open: true }, t(cast.users.ES))).body;
    const answer = await api.post(
      `/v1/calls/${theirs.id}/answers`,
      {
        organisationId: cast.org.GR,
        role: 'partner',
        offer: 'Two workshops with CNC and welding cells; 6 apprentices a year.',
        contact: { name: 'A', email: 'a@b.example', phone: null },
      },
      t(cast.users.GR),
    );
    expect(answer.status).toBe(201);
    const searchIds = async () =>
      ((await api.get(`/v1/search/calls?q=${word}`, t(cast.users.PT))).body.hits ?? []).map(
        (h: { id: string }) => h.id,
      );
    await until(async () => (await searchIds()).includes(open.id), 'open call indexed');

    await deleteOrganisation(cast, 'GR');

    const calls = await env.query<{ id: string; status: string; closed_reason: string }>(
      `SELECT id, status, closed_reason FROM partner_call WHERE organisation_id = $1`,
      [cast.org.GR],
    );
    expect(calls.map((c) => [c.id, c.status, c.closed_reason]).sort()).toEqual(
      [open.id, draft.id, paused.id].map((id) => [id, 'closed', 'withdrawn']).sort(),
    );
    const outbox = await env.query(`SELECT 1 FROM outbox WHERE topic = 'partner_call.changed' AND aggregate_id = $1`, [
      open.id,
    ]);
    expect(outbox.length).toBeGreaterThanOrEqual(2); // opened, then withdrawn
    await until(async () => !(await searchIds()).includes(open.id), 'withdrawn call left the index');
    const answers = (await api.get(`/v1/calls/${theirs.id}/answers?status=withdrawn`, t(cast.users.ES))).body;
    expect(answers.items.map((a: { id: string }) => a.id)).toEqual([answer.body.id]);
  });

  it('shows its people’s messages, and a deleted account’s, as written by a deleted user, in history and over the gateway', async () => {
    const cast = await partnerOrganisations(api, admin.accessToken);
    const c = await consortium(cast, 'KA210-VET');
    await join(cast, c.id, 'PT', 'partner');
    await join(cast, c.id, 'DE', 'partner');
    const grMember = await addMember(api, cast.users.GR.accessToken, cast.org.GR, 'member');
    // In the channel through two organisations: the other one keeps their name there.
    const both = await addMember(api, cast.users.GR.accessToken, cast.org.GR, 'member');
    const inv = await api.post(
      `/v1/organisations/${cast.org.DE}/invitations`,
      { email: both.input.email, role: 'member' },
      t(cast.users.DE),
    );
    await api.post('/v1/invitations/accept', { token: inv.body.token }, t(both));
    const deMember = await addMember(api, cast.users.DE.accessToken, cast.org.DE, 'member');
    const say = async (u: SignedInUser, body: string) => {
      const res = await api.post(`/v1/channels/${c.channelId}/messages`, { clientId: randomUUID(), body }, t(u));
      expect(res.status).toBe(201);
    };
    await say(cast.users.GR, 'from the owner');
    await say(grMember, 'from a colleague');
    await say(both, 'from someone in two organisations');
    await say(deMember, 'from someone who leaves');
    await say(cast.users.PT, 'from Porto');

    await deleteOrganisation(cast, 'GR');
    await deleteAccount(deMember);

    const expected = [
      ['from the owner', null, true],
      ['from a colleague', null, true],
      ['from someone in two organisations', both.id, false],
      ['from someone who leaves', null, true],
      ['from Porto', cast.users.PT.id, false],
    ];
    const items = (await api.get(`/v1/channels/${c.channelId}/messages`, t(cast.users.PT))).body.items as {
      body: string;
      authorId: string | null;
      authorDeleted: boolean;
    }[];
    expect(items.map((m) => [m.body, m.authorId, m.authorDeleted])).toEqual(expected);

    const socket = TestSocket.connect(gatewayPort, cast.users.PT.accessToken);
    try {
      await socket.ready;
      await socket.request('sync', { channels: [{ channelId: c.channelId, lastSeq: 0 }] });
      await until(async () => socket.messages(c.channelId).length >= expected.length, 'missed messages delivered');
      expect(socket.messages(c.channelId).map((m) => [m.body, m.authorId, m.authorDeleted])).toEqual(expected);
    } finally {
      socket.close();
    }
  });
});
