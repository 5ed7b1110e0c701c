import { createWorkerApp, type WorkerApp } from '../../apps/worker/src/worker.app';
import { partnerOrganisations } from '../factories/consortium.factory';
import { signInStaff, type SignedInStaff } from '../factories/staff.factory';
import type { SignedInUser } from '../factories/user.factory';
import type { HttpClient } from '../support/http-client';
import { freePort } from '../support/processes';
import { headerOf, SmtpSink } from '../support/smtp-sink';
import { TestEnv } from '../support/test-env';

// Mail scanners follow links: the link in a mail only asks; the button, or a mail client's
// RFC 8058 one-click POST, unsubscribes.
describe('unsubscribe links', () => {
  let env: TestEnv;
  let api: HttpClient;
  let worker: WorkerApp;
  let smtp: SmtpSink;
  let admin: SignedInStaff;
  const t = (u: { accessToken: string }) => ({ token: u.accessToken });
  const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

  beforeAll(async () => {
    smtp = new SmtpSink(await freePort());
    await smtp.start();
    env = await TestEnv.create({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, WORKER_HEALTH_PORT: '0' });
    api = await env.startApi();
    worker = await createWorkerApp(env.config);
    admin = await signInStaff(env, api, 'admin');
  });
  afterAll(async () => {
    await worker?.close();
    await env.close();
    await smtp.stop();
  });

  /** The unsubscribe link of a consortium invitation mailed to `invited` (path and query only). */
  async function linkFor(
    users: Record<string, SignedInUser>,
    org: Record<string, string>,
    invited: 'PT' | 'ES',
    name: string,
  ) {
    const c = (await api.post('/v1/consortia', { organisationId: org.GR, name, action: 'KA210-VET' }, t(users.GR)))
      .body;
    await api.post(`/v1/consortia/${c.id}/invitations`, { organisationId: org[invited], role: 'partner' }, t(users.GR));
    const mail = await smtp.waitFor(users[invited].input.email, new RegExp(name));
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = String(headerOf(mail, 'List-Unsubscribe')).replace(/^<|>$/g, '');
    return link.slice(link.indexOf('/v1/'));
  }
  const preference = (userId: string) =>
    env.query<{ kind: string; delivery: string }>(
      `SELECT kind, delivery FROM notification_preference WHERE user_id = $1`,
      [userId],
    );

  it('asks on GET, in the user’s language and naming the kind in words, and changes nothing; the button unsubscribes', async () => {
    const { users, org } = await partnerOrganisations(api, admin.accessToken);
    await api.patch('/v1/me', { preferredLanguage: 'el' }, t(users.PT));
    const path = await linkFor(users, org, 'PT', 'Scanner test');

    const page = await api.get(path, { headers: { 'accept-language': 'en' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = String(page.body);
    expect(html).toContain('<html lang="el">');
    expect(html).toContain('προσκλήσεις σε κοινοπραξίες');
    // The code is only in the signed parameters, never in the words.
    expect(html.replace(/action="[^"]*"/, '')).not.toContain('consortium.invited');
    expect(html).not.toMatch(/<script|style=|<style/i);
    const form = html.match(/<form method="post" action="([^"]+)">/);
    expect(form).not.toBeNull();
    expect(form![1].replace(/&amp;/g, '&')).toBe(path);
    // A scanner opening the link twice changed nothing.
    await api.get(path);
    expect(await preference(users.PT.id)).toEqual([]);

    const done = await api.request('POST', path, undefined, { headers: FORM, raw: 'confirm=yes' });
    expect(done.status).toBe(200);
    expect(done.headers.get('content-type')).toMatch(/^text\/html/);
    expect(String(done.body)).toContain('Δεν θα λαμβάνετε πλέον e-mail για προσκλήσεις σε κοινοπραξίες');
    expect(await preference(users.PT.id)).toEqual([{ kind: 'consortium.invited', delivery: 'in_app' }]);
  });

  it('keeps the RFC 8058 one-click POST: 204, and the kind’s e-mail stops', async () => {
    const { users, org } = await partnerOrganisations(api, admin.accessToken);
    const path = await linkFor(users, org, 'ES', 'One click');
    const forged = path.replace(/t=[^&]+/, 't=forged');
    const refused = await api.request('POST', forged, undefined, { headers: FORM, raw: 'List-Unsubscribe=One-Click' });
    expect(refused.status).toBe(404);
    expect(await preference(users.ES.id)).toEqual([]);
    const res = await api.request('POST', path, undefined, { headers: FORM, raw: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(204);
    expect(await preference(users.ES.id)).toEqual([{ kind: 'consortium.invited', delivery: 'in_app' }]);
    // A one-click POST without a body (some clients) works the same.
    expect((await api.post(path)).status).toBe(204);
  });

  it('shows a tampered or incomplete link as an HTML page with 404 or 400, in the browser’s language', async () => {
    const { users, org } = await partnerOrganisations(api, admin.accessToken);
    const path = await linkFor(users, org, 'PT', 'Tampered');
    const tampered = await api.get(path.replace(/t=[^&]+/, 't=forged'), { headers: { 'accept-language': 'el' } });
    expect(tampered.status).toBe(404);
    expect(tampered.headers.get('content-type')).toMatch(/^text\/html/);
    expect(String(tampered.body)).toContain('Ο σύνδεσμος δεν λειτουργεί');
    const otherKind = await api.get(path.replace(/k=[^&]+/, 'k=match.suggested'));
    expect(otherKind.status).toBe(404);
    expect(String(otherKind.body)).toContain('This link does not work');
    const incomplete = await api.get(path.replace(/&t=[^&]+/, ''));
    expect(incomplete.status).toBe(400);
    expect(incomplete.headers.get('content-type')).toMatch(/^text\/html/);
    const gone = await api.request('DELETE', '/v1/me', { password: users.PT.input.password }, t(users.PT));
    expect(gone.status).toBe(204);
    expect((await api.get(path)).status).toBe(404);
    expect(await preference(users.PT.id)).toEqual([]);
  });
});
