import type { Page } from '@playwright/test';
import {
  checkA11y,
  checkScreen,
  DEMO,
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
import { apiToken, bearer, myOrganisation, OWNED_PUBLISHED } from './support/api';

// An organisation's people and its public face: the demo coordinator invites a new address,
// the invited person joins through the link in the caught mail, roles change, the decision
// history names who did what, a visitor sees the profile without contact details, and a
// signed-in user reports it. Once in English and once in Greek.

const INVITEE_PASSWORD = 'Olive-harbour-1987-team';

/** Signing in brings the account's own language (`account`; the coordinator prefers Greek):
 *  wait for it to apply, then choose `lang`. */
async function useLanguage(page: Page, lang: Language, account: Language): Promise<void> {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', account);
  if (lang === account) return;
  // The switch keeps the choice in the account: wait for that, or the next page load would
  // restore the account's old language.
  const saved = page.waitForResponse((r) => r.url().endsWith('/v1/me') && r.request().method() === 'PATCH');
  await page.getByRole('button', { name: lang === 'el' ? 'Ελληνικά' : 'English' }).click();
  await expect(html).toHaveAttribute('lang', lang);
  expect((await saved).ok()).toBe(true);
}

const suffix = (lang: Language) => (lang === 'en' ? '' : '-el');

/** A catalogue text up to its first value left unfilled (a date formatted by the app, say). */
const upToUnfilled = (text: string) => text.split('{{')[0]!;

for (const lang of LANGUAGES) {
  test.describe(`an organisation's members and public profile in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    // The coordinator prefers Greek; the English run changes that through the switch. Put it
    // back whatever happened, so other journeys meet the demo account as seeded.
    test.afterEach(async ({ request }) => {
      const token = await apiToken(request, DEMO.member, DEMO.password);
      await request.patch('/v1/me', {
        ...bearer(token),
        data: { preferredLanguage: 'el' },
      });
    });

    test('the coordinator invites a new address, who joins from the mail, changes role, reports a profile and leaves', async ({
      page,
      request,
      mail,
      openContext,
    }) => {
      // Two people, two languages' worth of screens, axe at both widths: longer than the default.
      test.setTimeout(120_000);
      const organisation = await myOrganisation(request, await apiToken(request, DEMO.member), OWNED_PUBLISHED);
      const inviteeEmail = uniqueEmail(`team-${lang}`);
      const inviteeName = lang === 'el' ? 'Νίκος Αντωνίου' : 'Nikos Antoniou';
      const coordinatorName = 'Μαρία Παπαδοπούλου';

      // The coordinator opens the members of her organisation.
      await signIn(page, DEMO.member, DEMO.password, lang);
      await useLanguage(page, lang, 'el');
      await page.goto(`/my/organisations/${organisation.id}/members`);
      await expect(page.getByRole('heading', { level: 1, name: t(lang, 'members.title') })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t(lang, 'members.listTitle') })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: coordinatorName })).toBeVisible();
      await checkScreen(page, `members (${lang})`, `team-members${suffix(lang)}`);

      // An empty invitation says what is missing, on the field.
      const emailField = page.getByLabel(startingWith(t(lang, 'members.invite.email')));
      await page.getByRole('button', { name: t(lang, 'members.invite.submit') }).click();
      await expect(emailField).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(t(lang, 'validation.required'))).toBeVisible();
      await checkA11y(page, `invitation errors (${lang})`);

      // She invites the new address as an admin.
      const since = new Date();
      await emailField.fill(inviteeEmail);
      await page.getByLabel(t(lang, 'members.invite.role'), { exact: true }).selectOption('admin');
      await page.getByRole('button', { name: t(lang, 'members.invite.submit') }).click();
      const sent = t(lang, 'members.invite.sent', { email: inviteeEmail, role: t(lang, 'members.roles.admin') });
      await expect(page.getByText(startingWith(upToUnfilled(sent)))).toBeVisible();
      const shownLink = await page.getByLabel(t(lang, 'members.invite.link')).inputValue();
      expect(new URL(shownLink).pathname).toBe('/invitations/accept');
      await expect(
        page.getByRole('button', { name: t(lang, 'members.invitations.revokeNamed', { email: inviteeEmail }) }),
      ).toBeVisible();
      await checkScreen(page, `invitation sent (${lang})`, `team-invited${suffix(lang)}`);

      // The invitation arrives by mail, with the same single-use link.
      const message = await mail.latestTo(inviteeEmail, { since });
      const link = message.link('/invitations/accept');
      expect(link).toBe(shownLink);
      const token = new URL(link).searchParams.get('token');
      expect(token).toBeTruthy();

      // The invited person signs up. (The sign-up and /invitations/accept pages come with the
      // account screens; until those are on main this journey signs up and accepts through
      // the API, with the token from the caught mail.)
      const registered = await request.post('/v1/auth/register', {
        data: { email: inviteeEmail, password: INVITEE_PASSWORD, displayName: inviteeName, preferredLanguage: lang },
      });
      expect(registered.ok()).toBe(true);
      const inviteeToken = ((await registered.json()) as { accessToken: string }).accessToken;

      // Before joining, as any signed-in user, they report the organisation's profile.
      const invitee = await (await openContext()).newPage();
      await signIn(invitee, inviteeEmail, INVITEE_PASSWORD, lang);
      await invitee.goto(`/organisations/${organisation.id}`);
      await expect(invitee.getByRole('heading', { level: 1, name: organisation.name })).toBeVisible();
      await invitee.getByRole('button', { name: t(lang, 'report.open') }).click();
      const dialog = invitee.getByRole('dialog', { name: t(lang, 'report.title', { name: organisation.name }) });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: t(lang, 'report.submit') }).click();
      await expect(dialog.getByText(t(lang, 'report.categoryRequired'))).toBeVisible();
      await checkA11y(invitee, `report dialog with errors (${lang})`);
      await shot(invitee, `report-dialog${suffix(lang)}`);
      await dialog.getByRole('radio').nth(1).check();
      await dialog
        .getByLabel(startingWith(t(lang, 'report.text')))
        .fill('The OID looks like it belongs to another school.\nPlease check it.');
      await dialog.getByRole('button', { name: t(lang, 'report.submit') }).click();
      await expect(dialog).toBeHidden();
      await expect(invitee.getByText(t(lang, 'report.sent'))).toBeFocused();
      await checkA11y(invitee, `report sent (${lang})`);

      // They accept the invitation (see above: through the API until the accept page lands).
      const accepted = await request.post('/v1/invitations/accept', {
        ...bearer(inviteeToken),
        data: { token },
      });
      expect(accepted.ok()).toBe(true);
      expect(((await accepted.json()) as { role: string }).role).toBe('admin');

      // The coordinator sees them among the members, and the invitation is no longer open.
      await page.reload();
      const row = page.getByRole('listitem').filter({ hasText: inviteeEmail });
      const role = row.getByLabel(t(lang, 'members.roleOf', { name: inviteeName }), { exact: true });
      await expect(role).toHaveValue('admin');
      await expect(page.getByText(t(lang, 'members.invitations.empty'))).toBeVisible();

      // She makes them a member.
      await role.selectOption('member');
      await row.getByRole('button', { name: t(lang, 'members.saveRoleOf', { name: inviteeName }) }).click();
      await expect(
        page.getByText(t(lang, 'members.roleChanged', { name: inviteeName, role: t(lang, 'members.roles.member') })),
      ).toBeVisible();
      await expect(role).toHaveValue('member');
      await checkA11y(page, `role changed (${lang})`);

      // Removing asks first; Escape keeps everything as it was.
      await row.getByRole('button', { name: t(lang, 'members.removeNamed', { name: inviteeName }) }).click();
      const confirm = page.getByRole('alertdialog', { name: t(lang, 'members.removeTitle', { name: inviteeName }) });
      await expect(confirm).toBeVisible();
      await checkA11y(page, `remove confirmation (${lang})`);
      await page.keyboard.press('Escape');
      await expect(confirm).toBeHidden();
      await expect(
        row.getByRole('button', { name: t(lang, 'members.removeNamed', { name: inviteeName }) }),
      ).toBeFocused();

      // The decision history names who did what.
      await page.goto(`/my/organisations/${organisation.id}/decisions`);
      await expect(page.getByRole('heading', { level: 1, name: t(lang, 'decisions.title') })).toBeVisible();
      await expect(page.getByText(t(lang, 'decisions.actions.submitted')).first()).toBeVisible();
      const byCoordinator = t(lang, 'decisions.byWhen', { who: coordinatorName, when: '' });
      await expect(page.getByText(startingWith(byCoordinator)).first()).toBeVisible();
      await expect(page.getByText(t(lang, 'decisions.actions.approved')).first()).toBeVisible();
      await checkScreen(page, `decisions (${lang})`, `team-decisions${suffix(lang)}`);

      // The new member sees the members but cannot invite, and leaves after confirming.
      await invitee.goto(`/my/organisations/${organisation.id}/members`);
      await expect(invitee.getByText(t(lang, 'members.readOnly'))).toBeVisible();
      await expect(invitee.getByRole('heading', { name: t(lang, 'members.invite.title') })).toHaveCount(0);
      await checkA11y(invitee, `members as a member (${lang})`);
      await invitee.getByRole('button', { name: t(lang, 'members.leave'), exact: true }).click();
      const leave = invitee.getByRole('alertdialog', {
        name: t(lang, 'members.leaveTitle', { organisation: organisation.name }),
      });
      await leave.getByRole('button', { name: t(lang, 'members.leaveConfirm') }).click();
      await expect(invitee).toHaveURL(/\/my\/organisations$/);

      await page.goto(`/my/organisations/${organisation.id}/members`);
      await expect(page.getByRole('listitem').filter({ hasText: coordinatorName })).toBeVisible();
      await expect(page.getByText(inviteeEmail)).toHaveCount(0);
    });

    test('a visitor reads the public profile without contact details; an unknown one is a friendly not-found', async ({
      page,
      request,
      allowConsoleError,
    }) => {
      const organisation = await myOrganisation(request, await apiToken(request, DEMO.member), OWNED_PUBLISHED);
      await page.goto(`/organisations/${organisation.id}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: organisation.name })).toBeVisible();
      await expect(
        page.getByRole('heading', { level: 2, name: t(lang, 'profile.fields.contactPerson') }),
      ).toBeVisible();
      await expect(page.getByText(t(lang, 'publicProfile.contactSignIn'))).toBeVisible();
      await expect(page.locator('a[href^="mailto:"], a[href^="tel:"]')).toHaveCount(0);
      await expect(page.getByRole('button', { name: t(lang, 'report.open') })).toHaveCount(0);
      const website = page.locator('a[target="_blank"]');
      for (const a of await website.all()) await expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      await checkScreen(page, `public profile (${lang})`, `public-profile${suffix(lang)}`);

      allowConsoleError(
        /Failed to load resource: the server responded with a status of 404/,
        'the API answers 404 for an organisation that does not exist, and the browser logs every 404',
        /\/v1\/public\/organisations\//,
      );
      await page.goto('/organisations/00000000-0000-4000-8000-000000000000');
      await expect(page.getByRole('heading', { level: 1, name: t(lang, 'publicProfile.notFoundTitle') })).toBeVisible();
      await expect(page.getByRole('link', { name: t(lang, 'publicProfile.notFoundSearch') })).toBeVisible();
      await checkA11y(page, `organisation not found (${lang})`);
    });
  });
}

test('a member opening their own unpublished organisation is offered its editor, not a bare not-found', async ({
  page,
  request,
}) => {
  const token = await apiToken(request, DEMO.member, DEMO.password);
  const created = await request.post('/v1/organisations', {
    ...bearer(token),
    data: {
      legalName: 'Κέντρο Επαγγελματικής Κατάρτισης Δοκιμής',
      displayName: `ΚΕΚ Δοκιμής ${Date.now().toString(36)}`,
      oid: `E${String(Date.now()).slice(-8)}`,
      country: 'GR',
      organisationType: 'vet_provider',
    },
  });
  expect(created.ok()).toBe(true);
  const draft = (await created.json()) as { id: string; profile: { displayName: string } };
  try {
    await signIn(page, DEMO.member, DEMO.password, 'en');
    await page.goto(`/organisations/${draft.id}`);
    await expect(page.getByRole('heading', { level: 1, name: draft.profile.displayName })).toBeVisible();
    // She prefers Greek: the page follows her language once signed in.
    await expect(page.locator('html')).toHaveAttribute('lang', 'el');
    await expect(page.getByRole('link', { name: t('el', 'publicProfile.openEditor') })).toHaveAttribute(
      'href',
      `/my/organisations/${draft.id}`,
    );
    await checkA11y(page, 'own unpublished organisation');
  } finally {
    await request.delete(`/v1/organisations/${draft.id}`, { headers: { Authorization: `Bearer ${token}` } });
  }
});
