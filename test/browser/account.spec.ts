import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Locator, Page, WebSocketRoute } from '@playwright/test';
import {
  checkScreen,
  checkA11y,
  expect,
  LANGUAGES,
  LOCALE,
  shot,
  signIn,
  startingWith,
  t,
  test,
  uniqueEmail,
  type Language,
} from './support/fixtures';
import { bearer } from './support/api';

// The account journeys: sign up and confirm the address from the mail, forgot and reset the
// password, accept an invitation, change the address, and the account page (name and
// language, password, data download, deletion with what happens to the organisations).

const PASSWORD = 'Olive-harbour-1987';
const NEW_PASSWORD = 'Quiet-lighthouse-2031';

// ---- set-up through the API, for what a journey does not itself go through ----

interface Account {
  email: string;
  password: string;
  displayName: string;
  token: string;
  id: string;
}

async function register(
  request: APIRequestContext,
  tag: string,
  displayName: string,
  preferredLanguage: Language = 'en',
): Promise<Account> {
  const email = uniqueEmail(tag);
  const res = await request.post('/v1/auth/register', {
    data: { email, password: PASSWORD, displayName, preferredLanguage },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { accessToken: string; user: { id: string } };
  return { email, password: PASSWORD, displayName, token: body.accessToken, id: body.user.id };
}

async function createOrganisation(request: APIRequestContext, owner: Account, displayName: string): Promise<string> {
  const oid = `E${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const res = await request.post('/v1/organisations', {
    ...bearer(owner.token),
    data: { legalName: `${displayName} Ltd`, displayName, oid, country: 'GR', organisationType: 'vet_provider' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function invite(
  request: APIRequestContext,
  owner: Account,
  orgId: string,
  email: string,
  role: 'admin' | 'member',
): Promise<{ token: string; acceptUrl: string }> {
  const res = await request.post(`/v1/organisations/${orgId}/invitations`, {
    ...bearer(owner.token),
    data: { email, role },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { token: string; acceptUrl: string };
}

async function joinAs(request: APIRequestContext, orgId: string, owner: Account, member: Account, role: 'admin') {
  const { token } = await invite(request, owner, orgId, member.email, role);
  const res = await request.post('/v1/invitations/accept', { ...bearer(member.token), data: { token } });
  expect(res.status(), await res.text()).toBe(200);
}

const label = (page: Page, lang: Language, key: string) => page.getByLabel(startingWith(t(lang, key)));
/** A required field by its whole label ("New password" would also match "New password again"). */
const field = (scope: Page | Locator, lang: Language, key: string) =>
  scope.getByLabel(`${t(lang, key)} (${t(lang, 'common.required')})`, { exact: true });
const language = (page: Page, lang: Language) =>
  page.getByRole('combobox', { name: t(lang, 'fields.preferredLanguage') });
/** Matches a text that contains this one (descriptions join a field's hint and its error). */
const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const button = (page: Page, lang: Language, key: string) =>
  page.getByRole('button', { name: t(lang, key), exact: true });

// ---- sign up and confirm the address ----

for (const lang of LANGUAGES) {
  test.describe(`signing up in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    test('a new account confirms its address from the mail and sees it confirmed', async ({
      page,
      mail,
      allowConsoleError,
    }) => {
      allowConsoleError(/400/, 'the API refuses the common password the test types first', /\/v1\/auth\/register/);
      allowConsoleError(/404/, 'the test opens the used confirmation link a second time', /\/v1\/auth\/verify-email/);
      const email = uniqueEmail(`signup-${lang}`);

      await page.goto('/sign-up');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'signUp.title'));
      // The language defaults to the interface's.
      await expect(language(page, lang)).toHaveValue(lang);
      await checkScreen(page, `sign up (${lang})`);

      // Keyboard only: submit the empty form with Enter; each field says what it needs.
      await label(page, lang, 'fields.displayName').focus();
      await page.keyboard.press('Enter');
      await expect(label(page, lang, 'fields.displayName')).toHaveAccessibleDescription(
        containing(t(lang, 'validation.required')),
      );
      await expect(label(page, lang, 'fields.password')).toHaveAttribute('aria-invalid', 'true');
      await checkA11y(page, `sign up with errors (${lang})`);
      await shot(page, lang === 'en' ? 'sign-up' : 'sign-up-el');

      await label(page, lang, 'fields.displayName').fill(lang === 'en' ? 'Maria Tester' : 'Μαρία Δοκιμή');
      await label(page, lang, 'fields.email').fill(email);
      await label(page, lang, 'fields.password').fill('password1234');
      await page.keyboard.press('Enter');
      // The API refuses a common password; the form says so on the field.
      await expect(label(page, lang, 'fields.password')).toHaveAccessibleDescription(
        containing(t(lang, 'validation.passwordTooCommon')),
      );

      const since = new Date();
      await label(page, lang, 'fields.password').fill(PASSWORD);
      await button(page, lang, 'signUp.submit').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'signUp.doneTitle'));
      await expect(page.getByText(t(lang, 'signUp.doneBody', { email }))).toBeVisible();
      await expect(page.getByRole('link', { name: t(lang, 'signUp.createOrganisation') })).toHaveAttribute(
        'href',
        '/my/organisations/new',
      );
      await checkA11y(page, `sign up: check your mail (${lang})`);
      await shot(page, lang === 'en' ? 'sign-up-check-mail' : 'sign-up-check-mail-el');

      const message = await mail.latestTo(email, { since });
      const link = message.link('/verify-email');
      await page.goto(link);
      await expect(page.getByText(t(lang, 'verifyEmail.doneTitle'))).toBeVisible();
      await checkA11y(page, `e-mail confirmed (${lang})`);
      await shot(page, lang === 'en' ? 'verify-email' : 'verify-email-el');

      // Signed in all along: the account shows the address confirmed, with no reminder.
      await page
        .getByRole('main')
        .getByRole('link', { name: t(lang, 'verifyEmail.goToOrganisations') })
        .waitFor();
      await page
        .getByRole('navigation', { name: t(lang, 'layout.accountNav') })
        .getByRole('link', { name: t(lang, 'layout.account') })
        .click();
      await expect(page.getByText(t(lang, 'account.email.verified'), { exact: true })).toBeVisible();
      await expect(page.getByText(t(lang, 'account.email.unverifiedTitle'))).toHaveCount(0);

      // The link works once.
      await page.goto(link);
      await expect(page.getByText(t(lang, 'verifyEmail.invalidTitle'))).toBeVisible();
      await expect(page.getByText(t(lang, 'verifyEmail.alreadyConfirmed'))).toBeVisible();
      await checkA11y(page, `e-mail link used (${lang})`);
    });
  });
}

test('signing up with an address that has an account says so on the field, with a way to sign in', async ({
  page,
  request,
  allowConsoleError,
}) => {
  allowConsoleError(/409/, 'the address is taken on purpose', /\/v1\/auth\/register/);
  const taken = await register(request, 'taken', 'Already Here');
  await page.goto('/sign-up');
  await label(page, 'en', 'fields.displayName').fill('Someone Else');
  await label(page, 'en', 'fields.email').fill(taken.email);
  await label(page, 'en', 'fields.password').fill(NEW_PASSWORD);
  await button(page, 'en', 'signUp.submit').click();
  await expect(label(page, 'en', 'fields.email')).toHaveAccessibleDescription(containing(t('en', 'signUp.emailTaken')));
  await expect(label(page, 'en', 'fields.email')).toBeFocused();
  await expect(page.getByRole('link', { name: t('en', 'signUp.signInInstead') })).toBeVisible();
  await expect(page.getByRole('link', { name: t('en', 'signUp.forgotPassword') })).toBeVisible();
  await checkA11y(page, 'sign up: address taken');
});

// ---- forgot and reset the password ----

test('forgot password: the mailed link sets a new password, and signing in takes it', async ({
  page,
  request,
  mail,
}) => {
  const account = await register(request, 'reset', 'Reset Tester');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: t('en', 'signIn.forgot') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'forgotPassword.title'));
  await checkA11y(page, 'forgot password');

  const since = new Date();
  await label(page, 'en', 'fields.email').fill(account.email);
  await button(page, 'en', 'forgotPassword.submit').click();
  await expect(page.getByText(t('en', 'forgotPassword.sent', { email: account.email }))).toBeVisible();
  await checkA11y(page, 'forgot password: sent');

  const message = await mail.latestTo(account.email, { since });
  await page.goto(message.link('/reset-password'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'resetPassword.title'));
  await field(page, 'en', 'fields.newPassword').fill(NEW_PASSWORD);
  await field(page, 'en', 'fields.confirmPassword').fill(`${NEW_PASSWORD}!`);
  await button(page, 'en', 'resetPassword.submit').click();
  await expect(field(page, 'en', 'fields.confirmPassword')).toHaveAccessibleDescription(
    t('en', 'validation.passwordsDiffer'),
  );
  await checkA11y(page, 'reset password with errors');

  await field(page, 'en', 'fields.confirmPassword').fill(NEW_PASSWORD);
  await button(page, 'en', 'resetPassword.submit').click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: t('en', 'resetPassword.doneNotice') })).toBeVisible();
  await checkA11y(page, 'sign in after a reset');

  await signIn(page, account.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/my\/organisations$/);
  const old = await request.post('/v1/auth/login', { data: { email: account.email, password: PASSWORD } });
  expect(old.status()).toBe(401);
});

test('a tab whose session ended on another device asks to sign in again when its live connection drops', async ({
  page,
  request,
  allowConsoleError,
}) => {
  allowConsoleError(/401/, 'the ended session cannot be renewed: that is how the tab learns it', /\/v1\/auth\/refresh/);
  const account = await register(request, 'elsewhere', 'Ended Elsewhere');
  // The tab's realtime connections pass through the test, which can drop one as a network
  // would, and sees the gateway's frames: `ready` (signed in) or an `error` with its code.
  const connections: WebSocketRoute[] = [];
  const frames: string[] = [];
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const gateway = ws.connectToServer();
    gateway.onMessage((frame) => {
      frames.push(String(frame));
      ws.send(frame);
    });
    connections.push(ws);
  });
  await signIn(page, account.email, account.password);
  await page.goto('/channels');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'channels.list.title'));
  await expect.poll(() => frames.filter((f) => f.startsWith('42["ready"')).length).toBe(1);

  // A new password chosen on another device (the registration's session) ends every other
  // session, this tab's too; the tab has no reason to ask the API anything meanwhile.
  const changed = await request.post('/v1/me/password', {
    ...bearer(account.token),
    data: { currentPassword: account.password, newPassword: NEW_PASSWORD },
  });
  expect(changed.status(), await changed.text()).toBe(204);
  // The connection drops (the browser stays online). The tab connects again; the gateway
  // refuses its token; the tab tries to renew the token, cannot, and asks to sign in (before,
  // it offered the refused token again and again, for as long as the token was meant to last).
  await connections[0].close({ code: 1006 });
  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'signIn.title'));
  expect(frames.filter((f) => f.startsWith('42["error"') && f.includes('TOKEN_REVOKED'))).toHaveLength(1);
});

// ---- an invitation link ----

test('an invitation link brings a new colleague through sign-up and back, into the organisation', async ({
  page,
  request,
}) => {
  const owner = await register(request, 'inviter', 'Nikos Owner');
  const orgId = await createOrganisation(request, owner, `Invited School ${Date.now()}`);
  const email = uniqueEmail('invitee');
  const { acceptUrl } = await invite(request, owner, orgId, email, 'member');

  await page.goto(new URL(acceptUrl).pathname + new URL(acceptUrl).search);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'acceptInvitation.title'));
  await expect(page.getByText(t('en', 'acceptInvitation.signedOut'))).toBeVisible();
  await checkA11y(page, 'invitation, signed out');

  await page.getByRole('link', { name: t('en', 'acceptInvitation.signUp') }).click();
  await label(page, 'en', 'fields.displayName').fill('Eleni Invitee');
  await label(page, 'en', 'fields.email').fill(email);
  await label(page, 'en', 'fields.password').fill(PASSWORD);
  await button(page, 'en', 'signUp.submit').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'signUp.doneTitle'));
  await page.getByRole('link', { name: t('en', 'signUp.continue') }).click();

  await expect(page.getByText(t('en', 'acceptInvitation.signedInAs', { name: 'Eleni Invitee', email }))).toBeVisible();
  await checkA11y(page, 'invitation, signed in');
  await button(page, 'en', 'acceptInvitation.accept').click();
  await expect(page).toHaveURL(new RegExp(`/my/organisations/${orgId}$`));
});

test('an invitation for another address explains the mismatch and offers to switch account', async ({
  page,
  request,
  allowConsoleError,
}) => {
  allowConsoleError(/403/, 'the signed-in address is not the invited one, on purpose', /\/v1\/invitations\/accept/);
  const owner = await register(request, 'inviter2', 'Owner Two');
  const orgId = await createOrganisation(request, owner, `Mismatch Centre ${Date.now()}`);
  const someoneElse = await register(request, 'wrong-account', 'Wrong Account');
  const { acceptUrl } = await invite(request, owner, orgId, uniqueEmail('invited'), 'member');

  await signIn(page, someoneElse.email, someoneElse.password);
  await page.goto(new URL(acceptUrl).pathname + new URL(acceptUrl).search);
  await button(page, 'en', 'acceptInvitation.accept').click();
  await expect(page.getByText(t('en', 'acceptInvitation.mismatchTitle'))).toBeVisible();
  await checkA11y(page, 'invitation for another address');
  await button(page, 'en', 'acceptInvitation.switchAccount').click();
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
});

// ---- the account page ----

test('changing the e-mail address: the link sent to the new address confirms it', async ({
  page,
  request,
  mail,
  allowConsoleError,
}) => {
  allowConsoleError(/403/, 'the test types a wrong password first', /\/v1\/me\/email/);
  const account = await register(request, 'mover', 'Address Mover');
  const newEmail = uniqueEmail('moved');
  await signIn(page, account.email, account.password);
  await page.goto('/account');

  await label(page, 'en', 'fields.newEmail').fill(newEmail);
  const form = page.locator('form').filter({ has: label(page, 'en', 'fields.newEmail') });
  await field(form, 'en', 'fields.currentPassword').fill('not-my-password');
  await button(page, 'en', 'account.email.submit').click();
  await expect(field(form, 'en', 'fields.currentPassword')).toHaveAccessibleDescription(
    containing(t('en', 'account.wrongPassword')),
  );
  await expect(field(form, 'en', 'fields.currentPassword')).toBeFocused();

  const since = new Date();
  await field(form, 'en', 'fields.currentPassword').fill(account.password);
  await button(page, 'en', 'account.email.submit').click();
  await expect(page.getByText(t('en', 'account.email.changeSent', { email: newEmail }))).toBeVisible();

  const message = await mail.latestTo(newEmail, { since });
  await page.goto(message.link('/confirm-email'));
  await expect(page.getByText(t('en', 'confirmEmail.doneSignedIn', { email: newEmail }))).toBeVisible();
  await checkA11y(page, 'e-mail change confirmed');
  await page.getByRole('link', { name: t('en', 'confirmEmail.toAccount') }).click();
  await expect(page.getByText(newEmail, { exact: true })).toBeVisible();
});

test('the account page: name, language, password, my data, and deletion that says what happens to each organisation', async ({
  page,
  request,
  mail,
  allowConsoleError,
}) => {
  test.slow();
  allowConsoleError(/403/, 'the test types a wrong current password first', /\/v1\/me\/password/);
  const me = await register(request, 'account', 'Account Tester');
  const heir = await register(request, 'heir', 'Kostas Heir');
  const stamp = Date.now();
  const alone = `Alone Owned ${stamp}`;
  const handedOver = `Handed Over ${stamp}`;
  await createOrganisation(request, me, alone);
  const handedOverId = await createOrganisation(request, me, handedOver);
  await joinAs(request, handedOverId, me, heir, 'admin');

  await signIn(page, me.email, me.password);
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'account.title'));
  // Not confirmed yet: the page says so first, and mails a new link on request.
  await expect(page.getByText(t('en', 'account.email.unverifiedTitle'))).toBeVisible();
  const since = new Date();
  await button(page, 'en', 'verifyEmail.resend').click();
  await expect(page.getByText(t('en', 'verifyEmail.resent', { email: me.email }))).toBeVisible();
  expect((await mail.latestTo(me.email, { since })).link('/verify-email')).toContain('token=');
  await checkScreen(page, 'account', 'account');

  // Name, then language: saving Greek turns the page Greek.
  await label(page, 'en', 'fields.displayName').fill('Account Tester Renamed');
  await button(page, 'en', 'common.save').click();
  await expect(page.getByRole('status').filter({ hasText: t('en', 'account.profile.saved') })).toBeVisible();
  await language(page, 'en').selectOption('el');
  await button(page, 'en', 'common.save').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('el', 'account.title'));
  await expect(label(page, 'el', 'fields.displayName')).toHaveValue('Account Tester Renamed');
  await checkA11y(page, 'account in Greek');
  await shot(page, 'account-el');

  // Password: the wrong current one is refused on its field; then it changes.
  const passwordForm = page.locator('form').filter({ has: field(page, 'el', 'fields.confirmPassword') });
  const current = field(passwordForm, 'el', 'fields.currentPassword');
  await current.fill('not-my-password');
  await field(passwordForm, 'el', 'fields.newPassword').fill(NEW_PASSWORD);
  await field(passwordForm, 'el', 'fields.confirmPassword').fill(NEW_PASSWORD);
  await button(page, 'el', 'account.password.submit').click();
  await expect(current).toHaveAccessibleDescription(t('el', 'account.wrongPassword'));
  await expect(current).toBeFocused();
  await current.fill(me.password);
  await field(passwordForm, 'el', 'fields.newPassword').fill(NEW_PASSWORD);
  await field(passwordForm, 'el', 'fields.confirmPassword').fill(NEW_PASSWORD);
  await button(page, 'el', 'account.password.submit').click();
  await expect(page.getByText(t('el', 'account.password.done'))).toBeVisible();

  // My data: a download named as the API names it, holding my account.
  const downloading = page.waitForEvent('download');
  await button(page, 'el', 'account.data.download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^syndesmos-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { user: { email: string } };
  expect(exported.user.email).toBe(me.email);
  await expect(
    page.getByText(t('el', 'account.data.downloaded', { file: download.suggestedFilename() })),
  ).toBeVisible();

  // Deletion: the dialog first says what happens to each organisation.
  await button(page, 'el', 'account.delete.open').click();
  const dialog = page.getByRole('alertdialog', { name: t('el', 'account.delete.dialogTitle') });
  await expect(dialog).toBeVisible();
  const deleted = dialog.getByRole('list', { name: t('el', 'account.delete.deletedIntro') });
  await expect(deleted.getByRole('listitem')).toHaveText([alone]);
  const passes = dialog.getByRole('list', { name: t('el', 'account.delete.passesIntro') });
  await expect(passes.getByRole('listitem')).toHaveText([new RegExp(`^${handedOver}: ${heir.displayName} \\(`)]);
  await checkScreen(page, 'delete account dialog', 'account-delete-el');

  // Escape closes it without deleting; then delete for real.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await button(page, 'el', 'account.delete.open').click();
  await field(dialog, 'el', 'fields.currentPassword').fill(NEW_PASSWORD);
  await dialog.getByRole('button', { name: t('el', 'account.delete.confirm') }).click();
  // Deleting an account runs the organisation deletion path in one transaction: give it time.
  await expect(page).toHaveURL(/\/$/, { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: t('el', 'account.deletedNotice') })).toBeVisible();
  await checkA11y(page, 'home after deleting the account');

  const login = await request.post('/v1/auth/login', { data: { email: me.email, password: NEW_PASSWORD } });
  expect(login.status()).toBe(401);
  const members = await request.get(`/v1/organisations/${handedOverId}/members`, bearer(heir.token));
  const items = ((await members.json()) as { items: { userId: string; role: string }[] }).items;
  expect(items).toEqual([expect.objectContaining({ userId: heir.id, role: 'owner' })]);
});
