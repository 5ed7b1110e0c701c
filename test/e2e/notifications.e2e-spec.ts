import { randomUUID } from 'node:crypto';
import { QueueName } from '@syndesmos/jobs';
import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { day, partnerOrganisations } from '../factories/consortium.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import { aUser, registerUser, type SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { freePort } from '../support/processes';
import { headerOf, linkIn, SmtpSink } from '../support/smtp-sink';
import { TestEnv } from '../support/test-env';
import { until } from '../support/until';

// A real SMTP conversation: the worker sends through nodemailer to an SMTP server run here.
describe('notifications and e-mail', () => {
  const WEB = 'https://app.syndesmos.test';
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let smtp: SmtpSink;
  let admin: SignedInStaff;
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });

  beforeAll(async () => {
    smtp = new SmtpSink(await freePort());
    await smtp.start();
    env = await TestEnv.create({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_WEB_URL: WEB,
      WORKER_HEALTH_PORT: '0',
    });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    admin = await signInStaff(env, api, 'admin');
  });
  afterAll(async () => {
    await worker?.close();
    await env.close();
    await smtp.stop();
  });

  const kinds = async (u: SignedInUser | SignedInStaff) =>
    ((await api.get('/v1/me/notifications?limit=100', t(u))).body.items as { kind: string }[]).map((n) => n.kind);

  it('verifies an address from the mailed link, in the user’s language; until then no publishing', async () => {
    const user = await registerUser(api, { preferredLanguage: 'el' }, { verified: false });
    const mail = await smtp.waitFor(user.input.email);
    expect(mail.subject).toBe('Επιβεβαιώστε τη διεύθυνση e-mail σας');
    expect(headerOf(mail, 'List-Unsubscribe')).toBeUndefined();
    expect(mail.html).toContain('<a href="https://app.syndesmos.test/verify-email?token=');
    const link = linkIn(mail, `${WEB}/verify-email?token=`);

    expect((await api.get('/v1/me', t(user))).body.emailVerified).toBe(false);
    const org = await createOrganisation(api, user.accessToken);
    const refused = await api.post(`/v1/organisations/${org.id}/submit`, undefined, t(user));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');

    const token = new URL(link).searchParams.get('token');
    expect((await api.post('/v1/auth/verify-email', { token })).status).toBe(204);
    expect((await api.post('/v1/auth/verify-email', { token })).body.code).toBe('LINK_INVALID');
    expect((await api.get('/v1/me', t(user))).body.emailVerified).toBe(true);
    expect((await api.post(`/v1/organisations/${org.id}/submit`, undefined, t(user))).status).toBe(200);
  });

  it('writes mail in the recipient’s language, whatever language the request asked for', async () => {
    const input = aUser({ preferredLanguage: 'el' });
    const res = await api.post('/v1/auth/register', input, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(201);
    expect((await smtp.waitFor(input.email)).subject).toBe('Επιβεβαιώστε τη διεύθυνση e-mail σας');
  });

  it('resets a password by mail, answering an unknown address the same way and mailing nothing', async () => {
    const user = await registerUser(api);
    const unknown = `nobody.${randomUUID()}@vet-school.example`;
    const forUnknown = await api.post('/v1/auth/password-reset', { email: unknown });
    const forKnown = await api.post('/v1/auth/password-reset', { email: user.input.email.toUpperCase() });
    expect(forUnknown.status).toBe(202);
    expect(forKnown).toMatchObject({ status: 202, body: forUnknown.body });

    const mail = await smtp.waitFor(user.input.email, /Reset your password/);
    const token = new URL(linkIn(mail, `${WEB}/reset-password?token=`)).searchParams.get('token');
    const weak = await api.post('/v1/auth/password-reset/confirm', { token, newPassword: 'password123' });
    expect(weak.status).toBe(400);
    const newPassword = `Fresh-olive-${randomUUID().slice(0, 6)}`;
    expect((await api.post('/v1/auth/password-reset/confirm', { token, newPassword })).status).toBe(204);
    expect((await api.post('/v1/auth/password-reset/confirm', { token, newPassword })).status).toBe(404);
    expect((await api.get('/v1/me', t(user))).status).toBe(401);
    expect((await api.post('/v1/auth/login', { email: user.input.email, password: newPassword })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.to(unknown)).toEqual([]);
  });

  it('confirms a new address at that address before changing it', async () => {
    const user = await registerUser(api);
    const newEmail = `moved.${randomUUID().slice(0, 8)}@vet-school.example`;
    expect((await api.post('/v1/me/email', { newEmail, password: 'wrong-password-123' }, t(user))).status).toBe(403);
    expect((await api.post('/v1/me/email', { newEmail, password: user.input.password }, t(user))).status).toBe(202);
    const mail = await smtp.waitFor(newEmail, /Confirm your new e-mail address/);
    const token = new URL(linkIn(mail, `${WEB}/confirm-email?token=`)).searchParams.get('token');
    expect((await api.post('/v1/auth/confirm-email-change', { token })).status).toBe(204);
    expect((await api.get('/v1/me', t(user))).body.email).toBe(newEmail);
  });

  it('mails organisation invitations with the link to accept, and tells an existing account in the app', async () => {
    const owner = await registerUser(api, { displayName: 'Giorgos' });
    const org = await createOrganisation(api, owner.accessToken, { displayName: 'KEK Patras' });
    const colleague = await registerUser(api);
    const inv = await api.post(
      `/v1/organisations/${org.id}/invitations`,
      { email: colleague.input.email, role: 'admin' },
      t(owner),
    );
    expect(inv.body.acceptUrl).toMatch(`${WEB}/invitations/accept?token=`);
    const mail = await smtp.waitFor(colleague.input.email, /Invitation to KEK Patras/);
    expect(mail.text).toContain('Giorgos invites you to join KEK Patras');
    expect(linkIn(mail, `${WEB}/invitations/accept?token=`)).toBe(inv.body.acceptUrl);
    await until(async () => (await kinds(colleague)).includes('organisation.invitation'), 'in-app invitation');
  });

  it('tells every concerned person in the app, for each kind of event', async () => {
    const grStaff = await signInStaff(env, api, 'na_staff', ['GR']);
    const { users, org } = await partnerOrganisations(api, admin.accessToken);
    const { GR: gr, PT: pt, ES: es, DE: de } = users;

    // NA queue: a submission, a revision and a report in Greece.
    const draft = await createOrganisation(api, gr.accessToken, { displayName: 'Second school' });
    await api.post(`/v1/organisations/${draft.id}/submit`, undefined, t(gr));
    await api.post(`/v1/moderation/organisations/${draft.id}/reject`, { reason: 'OID does not match' }, t(grStaff));
    await api.patch(
      `/v1/organisations/${org.GR}`,
      { description: 'A revised description of our VET centre in Patras.' },
      t(gr),
    );
    const report = await api.post(
      `/v1/organisations/${org.GR}/reports`,
      { category: 'spam', text: 'Looks like an advert' },
      t(pt),
    );
    expect(report.status).toBe(201);
    const queue = await api.get('/v1/me/notifications?limit=100', t(grStaff));
    expect(
      queue.body.items
        .filter((n: { kind: string }) => n.kind === 'moderation.queue_item')
        .map((n: any) => n.payload.item)
        .sort(),
    ).toEqual(expect.arrayContaining(['report', 'revision', 'submission']));
    expect(
      queue.body.items.some((n: any) => n.payload.item === 'submission' && n.payload.organisationId === draft.id),
    ).toBe(true);

    // Decisions on profiles and reports.
    await api.post(`/v1/moderation/reports/${report.body.id}/suspend`, { reason: 'Misleading' }, t(grStaff));
    await api.post(`/v1/moderation/organisations/${org.GR}/reinstate`, {}, t(grStaff));
    expect(await kinds(gr)).toEqual(
      expect.arrayContaining([
        'organisation.rejected',
        'organisation.suspended',
        'organisation.reinstated',
        'organisation.approved',
      ]),
    );
    expect(await kinds(pt)).toContain('report.resolved');
    const rejected = (await api.get('/v1/me/notifications?limit=100', t(gr))).body.items.find(
      (n: { kind: string }) => n.kind === 'organisation.rejected',
    );
    expect(rejected.title).toContain('OID does not match');

    // Calls: answered, shortlisted, declined.
    const call = await api.post(
      '/v1/calls',
      {
        organisationId: org.GR,
        title: 'Notify me',
        summary: 'A call to test notifications.',
        action: 'KA210-VET',
        topics: [],
        sought: [
          { countries: [], naceSections: [], organisationTypes: [], count: 2, role: 'partner', tasks: 'Anything' },
        ],
        languages: ['en'],
        plannedStart: null,
        durationMonths: null,
        naDeadline: null,
        answerBy: day(10),
        open: true,
      },
      t(gr),
    );
    const answer = (by: SignedInUser, organisationId: string) =>
      api.post(
        `/v1/calls/${call.body.id}/answers`,
        {
          organisationId,
          role: 'partner',
          offer: 'We can help.',
          contact: { name: 'X', email: 'x@y.example', phone: null },
        },
        t(by),
      );
    const a1 = await answer(pt, org.PT);
    const a2 = await answer(es, org.ES);
    await api.post(`/v1/calls/${call.body.id}/answers/${a1.body.id}/decision`, { status: 'shortlisted' }, t(gr));
    await api.post(`/v1/calls/${call.body.id}/answers/${a2.body.id}/decision`, { status: 'declined' }, t(gr));
    const answered = (await api.get('/v1/me/notifications?limit=100', t(gr))).body.items.filter(
      (n: { kind: string }) => n.kind === 'call.answered',
    );
    // Two answers within minutes: one notification that counts them.
    expect(answered).toHaveLength(1);
    expect(answered[0].count).toBe(2);
    expect(await kinds(pt)).toContain('answer.shortlisted');
    expect(await kinds(es)).toContain('answer.declined');

    // Consortia: invited, accepted, declined, left, removed, state changed.
    const c = (
      await api.post('/v1/consortia', { organisationId: org.GR, name: 'Notified', action: 'KA210-VET' }, t(gr))
    ).body;
    const invPt = (
      await api.post(`/v1/consortia/${c.id}/invitations`, { organisationId: org.PT, role: 'partner' }, t(gr))
    ).body;
    const invEs = (
      await api.post(`/v1/consortia/${c.id}/invitations`, { organisationId: org.ES, role: 'partner' }, t(gr))
    ).body;
    const invDe = (
      await api.post(`/v1/consortia/${c.id}/invitations`, { organisationId: org.DE, role: 'partner' }, t(gr))
    ).body;
    expect(await kinds(pt)).toContain('consortium.invited');
    await api.post(`/v1/consortium-invitations/${invPt.id}/accept`, undefined, t(pt));
    await api.post(`/v1/consortium-invitations/${invEs.id}/decline`, undefined, t(es));
    await api.post(`/v1/consortium-invitations/${invDe.id}/accept`, undefined, t(de));
    await api.post(`/v1/consortia/${c.id}/transitions`, { to: 'ready' }, t(gr));
    await api.delete(`/v1/consortia/${c.id}/members/${org.DE}`, t(gr));
    await api.delete(`/v1/consortia/${c.id}/members/${org.PT}`, t(pt));
    expect(await kinds(gr)).toEqual(
      expect.arrayContaining([
        'consortium.invitation_accepted',
        'consortium.invitation_declined',
        'consortium.member_left',
        'consortium.status_changed',
      ]),
    );
    expect(await kinds(de)).toEqual(expect.arrayContaining(['consortium.member_removed', 'consortium.status_changed']));

    // A mention in a channel.
    const mentionedIn = await api.post(
      '/v1/channels/direct',
      { organisationId: org.GR, withOrganisationId: org.ES },
      t(gr),
    );
    await api.post(
      `/v1/channels/${mentionedIn.body.id}/messages`,
      { clientId: randomUUID(), body: '@es please have a look', mentions: [es.id] },
      t(gr),
    );
    expect(await kinds(es)).toContain('channel.mention');

    // The centre: unread count, one read, all read. Match suggestions reach people from the
    // worker on their own time: let every change relay and every matching job finish first.
    await until(
      async () => {
        const [{ n }] = await env.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL AND set_aside_at IS NULL`,
        );
        // The weekly refresh always waits as its scheduler's delayed job: not one of ours.
        const jobs = await worker.producer
          .queue(QueueName.Matching)
          .getJobs(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);
        return n === 0 && jobs.every((j) => j.repeatJobKey !== undefined || j.id?.startsWith('repeat:'));
      },
      'every matching job done',
      30_000,
    );
    const before = (await api.get('/v1/me/notifications/unread-count', t(gr))).body.unread;
    expect(before).toBeGreaterThan(3);
    const first = (await api.get('/v1/me/notifications?limit=1', t(gr))).body;
    expect(first.nextCursor).toEqual(expect.any(String));
    await api.post(`/v1/me/notifications/${first.items[0].id}/read`, undefined, t(gr));
    expect((await api.post(`/v1/me/notifications/${first.items[0].id}/read`, undefined, t(pt))).status).toBe(404);
    expect((await api.get('/v1/me/notifications/unread-count', t(gr))).body.unread).toBe(before - 1);
    expect((await api.post('/v1/me/notifications/read-all', undefined, t(gr))).body.marked).toBe(before - 1);
    expect((await api.get('/v1/me/notifications/unread-count', t(gr))).body.unread).toBe(0);
  });

  it('groups a digest, honours an unsubscribe, and sends nothing for a kind turned off by mail', async () => {
    const { users, org } = await partnerOrganisations(api, admin.accessToken);
    const { GR: gr, PT: pt, ES: es } = users;
    const prefs = await api.put(
      '/v1/me/notification-preferences',
      {
        preferences: [
          { kind: 'consortium.invited', delivery: 'daily' },
          { kind: 'answer.shortlisted', delivery: 'daily' },
        ],
      },
      t(pt),
    );
    expect(prefs.body.find((p: { kind: string }) => p.kind === 'consortium.invited')).toMatchObject({
      delivery: 'daily',
      default: 'immediate',
    });
    expect(
      (await api.put('/v1/me/notification-preferences', { preferences: [{ kind: 'x', delivery: 'hourly' }] }, t(pt)))
        .status,
    ).toBe(400);

    for (const name of ['Digest one', 'Digest two']) {
      const c = (await api.post('/v1/consortia', { organisationId: org.GR, name, action: 'KA210-VET' }, t(gr))).body;
      await api.post(`/v1/consortia/${c.id}/invitations`, { organisationId: org.PT, role: 'partner' }, t(gr));
    }
    await new Promise((r) => setTimeout(r, 1500));
    // Daily kinds wait for the digest: no mail at once.
    expect(smtp.to(pt.input.email).filter((m) => /invited to the consortium/.test(m.subject ?? ''))).toEqual([]);

    await worker.producer.enqueue(
      { name: 'notifications.digest', data: { frequency: 'daily' } },
      { jobId: `d-${randomUUID()}` },
    );
    const digest = await smtp.waitFor(pt.input.email, /daily summary/);
    expect(digest.subject).toBe('Your daily summary: 2 updates');
    expect(digest.text).toContain('Porto Metalworks is invited to the consortium Digest one');
    expect(digest.text).toContain('Porto Metalworks is invited to the consortium Digest two');
    expect(headerOf(digest, 'List-Unsubscribe')).toContain('/v1/unsubscribe?u=');
    // Run again: nothing new, no second digest.
    await worker.producer.enqueue(
      { name: 'notifications.digest', data: { frequency: 'daily' } },
      { jobId: `d-${randomUUID()}` },
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.to(pt.input.email).filter((m) => /summary/.test(m.subject ?? ''))).toHaveLength(1);

    // An immediate mail carries a one-click unsubscribe that works without signing in.
    const c3 = (
      await api.post('/v1/consortia', { organisationId: org.GR, name: 'Immediate', action: 'KA210-VET' }, t(gr))
    ).body;
    await api.post(`/v1/consortia/${c3.id}/invitations`, { organisationId: org.ES, role: 'partner' }, t(gr));
    const immediate = await smtp.waitFor(es.input.email, /invited to the consortium Immediate/);
    expect(headerOf(immediate, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = String(headerOf(immediate, 'List-Unsubscribe')).replace(/^<|>$/g, '');
    const path = unsubscribe.slice(unsubscribe.indexOf('/v1/'));
    expect((await api.post(`${path.replace(/t=[^&]+/, 't=forged')}`)).status).toBe(404);
    expect((await api.post(path)).status).toBe(204);
    expect((await api.get(path)).status).toBe(200);

    const c4 = (
      await api.post('/v1/consortia', { organisationId: org.GR, name: 'After unsubscribe', action: 'KA210-VET' }, t(gr))
    ).body;
    await api.post(`/v1/consortia/${c4.id}/invitations`, { organisationId: org.ES, role: 'partner' }, t(gr));
    await until(
      async () =>
        ((await api.get('/v1/me/notifications', t(es))).body.items as { title: string }[]).some((n) =>
          n.title.includes('After unsubscribe'),
        ),
      'still in the app',
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.to(es.input.email).filter((m) => /After unsubscribe/.test(m.subject ?? ''))).toEqual([]);
  });

  it('keeps mail while SMTP is down and delivers it once when it is back', async () => {
    const user = await registerUser(api);
    await smtp.stop();
    await api.post('/v1/auth/password-reset', { email: user.input.email });
    await until(async () => {
      const [row] = await env.query<{ attempts: number; status: string }>(
        `SELECT attempts, status FROM mail WHERE to_address = $1 AND template = 'password_reset'`,
        [user.input.email],
      );
      return row && row.attempts >= 1 && row.status === 'pending';
    }, 'a failed attempt');
    await smtp.start();
    await smtp.waitFor(user.input.email, /Reset your password/, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.to(user.input.email).filter((m) => /Reset your password/.test(m.subject ?? ''))).toHaveLength(1);
    const [row] = await env.query<{ status: string }>(
      `SELECT status FROM mail WHERE to_address = $1 AND template = 'password_reset'`,
      [user.input.email],
    );
    expect(row.status).toBe('sent');
  }, 60_000);
});
