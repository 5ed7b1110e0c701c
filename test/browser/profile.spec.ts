import type { APIRequestContext, Page } from '@playwright/test';
import {
  checkA11y,
  DEMO,
  expect,
  expectFitsWidth,
  LANGUAGES,
  LOCALE,
  setWidth,
  shot,
  signIn,
  startingWith,
  t,
  test,
  uniqueEmail,
  WIDTHS,
  type Language,
} from './support/fixtures';
import type { MailFolder } from './support/mail';

// The organisation profile from a member's side: a new account creates its organisation, fills
// the profile in the editor (the pickers with the keyboard alone), watches the checklist of what
// submit needs turn complete, and submits it; a published profile's edits wait as a revision,
// shown as a diff. Once in English and once in Greek.

const PASSWORD = 'Olive-harbour-1987';

/** A new account, confirmed through the link of the mail the platform sent. The sign-up and
 *  verification pages are another part of issue 15: the account is made through the API, and
 *  the link's token is confirmed the way that page confirms it. */
async function newVerifiedAccount(request: APIRequestContext, mail: MailFolder, lang: Language): Promise<string> {
  const email = uniqueEmail(`editor-${lang}`);
  const since = new Date();
  const registered = await request.post('/v1/auth/register', {
    data: {
      email,
      password: PASSWORD,
      displayName: lang === 'el' ? 'Ελένη Δοκιμή' : 'Helen Test',
      preferredLanguage: lang,
    },
  });
  expect(registered.status()).toBe(201);
  const message = await mail.latestTo(email, { since });
  const token = new URL(message.link('/verify-email')).searchParams.get('token');
  expect(token).toBeTruthy();
  const verified = await request.post('/v1/auth/verify-email', { data: { token } });
  expect(verified.ok()).toBe(true);
  return email;
}

/** An OID nobody has: E and 8 digits. */
function uniqueOid(): string {
  return `E${String(Date.now() % 1e8).padStart(8, '0')}`;
}

/** Chooses in a searchable picker with the keyboard only: type, arrow down, Enter. */
async function pick(page: Page, label: string, query: string, expected: string, multiple: boolean): Promise<void> {
  const box = page.getByRole('combobox', { name: startingWith(label) });
  await box.focus();
  if (query) await page.keyboard.type(query);
  else await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option', { name: expected, exact: true })).toBeVisible();
  if (query) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  if (multiple) {
    // The list stays open for more choices; Escape closes it and the choice is a tag below.
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('row', { name: expected })).toBeVisible();
  } else {
    await expect(box).toHaveValue(expected);
  }
}

interface Words {
  country: { query: string; label: string };
  type: { query: string; label: string };
  section: { query: string; label: string };
  division: string;
  topic: { query: string; label: string };
  language: { query: string; label: string };
}

// Labels come from /v1/taxonomies in the interface language (libs/taxonomies); the queries
// are typed the way people type them: lower case, without Greek accents.
const WORDS: Record<Language, Words> = {
  en: {
    country: { query: 'cypr', label: 'Cyprus' },
    type: { query: 'vet sch', label: 'VET school or provider' },
    section: { query: 'educ', label: 'P Education' },
    division: '85 Education',
    topic: { query: 'inclusion', label: 'Inclusion and diversity' },
    language: { query: 'gree', label: 'Greek' },
  },
  el: {
    country: { query: 'ελλαδα', label: 'Ελλάδα' },
    type: { query: 'σχολη', label: 'Σχολή ή πάροχος ΕΕΚ' },
    section: { query: 'εκπαιδευση', label: 'P Εκπαίδευση' },
    division: '85 Εκπαίδευση',
    topic: { query: 'ενταξη', label: 'Ένταξη και πολυμορφία' },
    language: { query: 'ελλην', label: 'Ελληνικά' },
  },
};

for (const lang of LANGUAGES) {
  test.describe(`the profile editor in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    test('a new member creates an organisation, fills the profile with the keyboard, and submits it', async ({
      page,
      mail,
    }) => {
      test.setTimeout(90_000);
      const w = WORDS[lang];
      const email = await newVerifiedAccount(page.request, mail, lang);
      await signIn(page, email, PASSWORD, lang);

      // No organisation yet: the list says so and invites to create one.
      await page.goto('/my/organisations');
      await expect(page.getByText(t(lang, 'organisations.mine.emptyTitle'))).toBeVisible();
      await checkA11y(page, `my organisations, empty (${lang})`);
      await page.getByRole('link', { name: t(lang, 'organisations.mine.createFirst') }).click();

      // Create: what POST /v1/organisations requires, with the formats checked as one types.
      await expect(page.getByRole('heading', { level: 1, name: t(lang, 'organisations.new.title') })).toBeVisible();
      await page.getByRole('button', { name: t(lang, 'organisations.new.submit') }).click();
      await expect(page.getByText(t(lang, 'validation.required')).first()).toBeVisible();
      await checkA11y(page, `new organisation with its errors (${lang})`);
      const name = `${lang === 'el' ? 'ΚΕΚ Δοκιμής' : 'Test VET Centre'} ${Date.now().toString(36)}`;
      await page.getByLabel(startingWith(t(lang, 'profile.fields.legalName'))).fill(`${name} Ltd`);
      await page.getByLabel(startingWith(t(lang, 'profile.fields.displayName'))).fill(name);
      const oid = page.getByLabel(startingWith(t(lang, 'profile.fields.oid')));
      await oid.fill('E123');
      await expect(page.getByText(t(lang, 'validation.oid'))).toBeVisible();
      await expect(oid).toHaveAttribute('aria-invalid', 'true');
      await oid.fill(uniqueOid());
      await expect(page.getByText(t(lang, 'validation.oid'))).toBeHidden();
      await expect(page.getByText(t(lang, 'editor.formatOk')).first()).toBeVisible();
      const pic = page.getByLabel(startingWith(t(lang, 'profile.fields.pic')));
      await pic.fill('12345');
      await pic.blur();
      await expect(page.getByText(t(lang, 'validation.pic'))).toBeVisible();
      await pic.fill('');
      await pick(page, t(lang, 'profile.fields.country'), w.country.query, w.country.label, false);
      await pick(page, t(lang, 'profile.fields.organisationType'), w.type.query, w.type.label, false);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');

      // The editor: a draft, nothing of the checklist done but what creating gave.
      await expect(page).toHaveURL(/\/my\/organisations\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.locator('#status-banner-title')).toContainText(t(lang, 'editor.banner.draftTitle'));
      const progress = page.locator('#checklist-progress');
      await expect(progress).toHaveText(t(lang, 'editor.checklist.progress', { done: 0, total: 7 }));
      for (const width of WIDTHS) {
        await setWidth(page, width);
        await expectFitsWidth(page);
        await checkA11y(page, `profile editor, new draft (${lang}, ${width} px)`);
      }
      await setWidth(page, 1280);

      // Divisions wait for a sector: they are listed under the sectors chosen.
      const divisions = page.getByRole('combobox', { name: startingWith(t(lang, 'profile.fields.naceDivisions')) });
      await expect(divisions).toBeDisabled();
      await pick(page, t(lang, 'profile.fields.naceSections'), w.section.query, w.section.label, true);
      await expect(divisions).toBeEnabled();
      await pick(page, t(lang, 'profile.fields.naceDivisions'), '', w.division, true);
      await pick(page, t(lang, 'profile.fields.topics'), w.topic.query, w.topic.label, true);
      await pick(page, t(lang, 'profile.fields.languages'), w.language.query, w.language.label, true);
      await page.getByLabel(startingWith(t(lang, 'profile.fields.city'))).fill(lang === 'el' ? 'Πάτρα' : 'Limassol');
      await page.getByLabel(startingWith(t(lang, 'profile.fields.sizeBand'))).selectOption('10-49');
      await page
        .getByLabel(startingWith(t(lang, 'profile.fields.description')))
        .fill(
          lang === 'el'
            ? 'Κέντρο επαγγελματικής κατάρτισης με προγράμματα στον τουρισμό, στην εφοδιαστική αλυσίδα και στις ψηφιακές δεξιότητες.'
            : 'A vocational training centre running courses in tourism, logistics and digital skills for young people and adults.',
        );
      await expect(progress).toHaveText(t(lang, 'editor.checklist.progress', { done: 6, total: 7 }));
      await page
        .getByLabel(startingWith(t(lang, 'editor.contact.name')))
        .fill(lang === 'el' ? 'Ελένη Δοκιμή' : 'Helen Test');
      await page.getByLabel(startingWith(t(lang, 'editor.contact.email'))).fill(email);

      // The checklist ticks as the profile fills; submitting waits for the save.
      await expect(progress).toHaveText(t(lang, 'editor.checklist.progress', { done: 7, total: 7 }));
      await expect(page.getByText(t(lang, 'editor.submit.saveFirst'))).toBeVisible();
      await page.getByRole('button', { name: t(lang, 'common.save'), exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByText(t(lang, 'editor.save.done'), { exact: true })).toBeVisible();
      await checkA11y(page, `profile editor, complete (${lang})`);
      await shot(page, lang === 'en' ? 'profile-editor' : 'profile-editor-el');

      // Submit, after saying what it means.
      const country = w.country.label;
      await page.getByRole('button', { name: t(lang, 'editor.submit.button', { country }) }).click();
      const dialog = page.getByRole('alertdialog', { name: t(lang, 'editor.submit.confirmTitle', { country }) });
      await expect(dialog).toBeVisible();
      await checkA11y(page, `submit confirmation (${lang})`);
      await dialog.getByRole('button', { name: t(lang, 'editor.submit.confirm'), exact: true }).click();
      await expect(page.locator('#status-banner-title')).toContainText(
        t(lang, 'editor.banner.submittedTitle', { country }),
      );
      await expect(page.getByRole('button', { name: t(lang, 'editor.withdraw.button') })).toBeVisible();
      await checkA11y(page, `profile editor, submitted (${lang})`);

      // The list shows it with its status and the member's role.
      await page.getByRole('link', { name: t(lang, 'organisations.backToList') }).click();
      const card = page.getByRole('listitem').filter({ hasText: name });
      await expect(card.getByText(t(lang, 'organisations.status.submitted'))).toBeVisible();
      await expect(card.getByText(t(lang, 'organisations.roles.owner'))).toBeVisible();
      await checkA11y(page, `my organisations (${lang})`);
      await shot(page, lang === 'en' ? 'my-organisations' : 'my-organisations-el');
    });
  });
}

test('edits to a published profile wait as a revision, shown beside the live values', async ({ page }) => {
  // A demo owner of published Polish organisations (no demo NA staff moderates Poland).
  await signIn(page, 'anna.kowalska@demo.syndesmos.eu', DEMO.password, 'en');
  await page.goto('/my/organisations');
  await page.getByRole('link', { name: 'ZSOiL Gdańsk' }).click();
  await expect(page.locator('#status-banner-title')).toContainText(t('en', 'organisations.status.published'));

  await page.getByLabel(startingWith(t('en', 'profile.fields.city'))).fill('Gdynia');
  await pick(page, t('en', 'profile.fields.topics'), 'inclusion', 'Inclusion and diversity', true);
  // The contact person applies at once: it never shows in the revision.
  await page.getByLabel(startingWith(t('en', 'editor.contact.phone'))).fill('+48 58 0000000');
  await page.getByRole('button', { name: t('en', 'common.save'), exact: true }).click();
  await expect(page.getByText(t('en', 'editor.save.revision'))).toBeVisible();

  const revision = page.getByRole('region', { name: t('en', 'editor.revision.title') });
  await expect(revision).toBeVisible();
  const city = revision.getByRole('row', { name: new RegExp(`^${t('en', 'profile.fields.city')}`) });
  await expect(city.getByRole('cell').nth(0)).toHaveText('Gdańsk');
  await expect(city.getByRole('cell').nth(1)).toHaveText('Gdynia');
  await expect(revision.locator('ins')).toContainText('Inclusion and diversity');
  await expect(revision.getByRole('rowheader', { name: t('en', 'profile.fields.contactPerson') })).toHaveCount(0);
  await expect(page.getByLabel(startingWith(t('en', 'profile.fields.city')))).toHaveValue('Gdynia');
  for (const width of WIDTHS) {
    await setWidth(page, width);
    await expectFitsWidth(page);
    await checkA11y(page, `profile editor with a pending revision (${width} px)`);
  }
  await shot(page, 'profile-revision');
});

test('unsaved changes ask before leaving, and an unconfirmed address cannot submit', async ({ page }) => {
  const email = uniqueEmail('editor-unverified');
  const registered = await page.request.post('/v1/auth/register', {
    data: { email, password: PASSWORD, displayName: 'Nikos Test', preferredLanguage: 'en' },
  });
  const { accessToken } = (await registered.json()) as { accessToken: string };
  const created = await page.request.post('/v1/organisations', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: {
      legalName: 'Unconfirmed VET Centre',
      displayName: 'UVC',
      oid: uniqueOid(),
      country: 'CY',
      organisationType: 'vet_provider',
    },
  });
  const { id } = (await created.json()) as { id: string };
  await signIn(page, email, PASSWORD, 'en');
  await page.goto(`/my/organisations/${id}`);

  const submit = page.getByRole('button', { name: t('en', 'editor.submit.button', { country: 'Cyprus' }) });
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText(t('en', 'editor.verify.needed', { email }))).toBeVisible();
  await page.getByRole('button', { name: t('en', 'editor.verify.resend') }).click();
  await expect(page.getByText(t('en', 'editor.verify.sent', { email }))).toBeVisible();

  await page.getByLabel(startingWith(t('en', 'profile.fields.city'))).fill('Nicosia');
  await page.getByRole('link', { name: t('en', 'organisationNav.decisions') }).click();
  const leave = page.getByRole('alertdialog', { name: t('en', 'editor.leave.title') });
  await expect(leave).toBeVisible();
  await checkA11y(page, 'leave without saving');
  await leave.getByRole('button', { name: t('en', 'editor.leave.stay') }).click();
  await expect(page).toHaveURL(new RegExp(`/my/organisations/${id}$`));
  await expect(page.getByLabel(startingWith(t('en', 'profile.fields.city')))).toHaveValue('Nicosia');
});
