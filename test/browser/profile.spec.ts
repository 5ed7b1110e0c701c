import type { Locator, Page } from '@playwright/test';
import {
  checkScreen,
  checkA11y,
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
import { bearer } from './support/api';
import type { MailFolder } from './support/mail';

// The organisation profile from a member's side, and issue 15's journey: a newcomer signs up,
// confirms the address from the mail, creates the organisation, fills the profile in the editor,
// watches the checklist of what submit needs turn complete and submits it, all with the keyboard
// alone (Tab, typing, arrows, Enter); the National Agency approves it in a second browser and
// search finds it by a typo and by Greek without accents. Once in English and once in Greek.
// A published profile's edits wait as a revision, shown as a diff.

const PASSWORD = 'Olive-harbour-1987';

/** Presses Tab until `target` has the focus, as a keyboard user moves to it. */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  await expect(target).toBeVisible();
  // The element is found once (finding it by role and name again after every Tab took longer
  // than the Tab itself), and again only if React has replaced it meanwhile.
  let element = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    const focused = await element
      .evaluate((el) => (el.isConnected ? el === el.ownerDocument.activeElement : null))
      .catch(() => null);
    if (focused) return;
    if (focused === null) element = await target.elementHandle();
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Moves to a field with Tab, empties it and types: the keyboard alone, as in the issue. */
async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text);
}

/** Moves to a link or button with Tab and presses Enter. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Moves to a native select with Tab and steps through it with the arrow keys. */
async function chooseOption(page: Page, target: Locator, value: string): Promise<void> {
  await tabTo(page, target);
  for (let i = 0; i < 12 && (await target.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  await expect(target).toHaveValue(value);
}

/** A new account made the way a newcomer makes it: the sign-up page, then the link of the
 *  mail the platform sent, opened in the same browser (signed in all along). */
async function signUpAndVerify(page: Page, mail: MailFolder, lang: Language): Promise<string> {
  const email = uniqueEmail(`journey-${lang}`);
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'signUp.title'));
  await typeInto(
    page,
    page.getByLabel(startingWith(t(lang, 'fields.displayName'))),
    lang === 'el' ? 'Ελένη Δοκιμή' : 'Helen Test',
  );
  await typeInto(page, page.getByLabel(startingWith(t(lang, 'fields.email'))), email);
  await typeInto(page, page.getByLabel(startingWith(t(lang, 'fields.password'))), PASSWORD);
  const since = new Date();
  await activate(page, page.getByRole('button', { name: t(lang, 'signUp.submit') }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'signUp.doneTitle'));
  const message = await mail.latestTo(email, { since });
  await page.goto(message.link('/verify-email'));
  await expect(page.getByText(t(lang, 'verifyEmail.doneTitle'))).toBeVisible();
  await checkA11y(page, `e-mail confirmed (${lang})`);
  return email;
}

/** National Agency staff, in their own browser, approve the submission waiting for them. */
async function approveAsNationalAgency(staff: Page, asked: Language, name: string): Promise<void> {
  await signIn(staff, DEMO.naStaff, DEMO.password, asked);
  await staff.goto('/moderation');
  // Signing in brings the account's own language: the demo officer works in Greek.
  const lang: Language = 'el';
  await expect(staff.getByRole('heading', { level: 1, name: t(lang, 'moderation.title') })).toBeVisible();
  const queue = staff.getByRole('region', { name: t(lang, 'moderation.queue.title') });
  await queue.getByRole('link', { name: startingWith(name) }).click();
  const detail = staff.getByRole('region', { name: t(lang, 'moderation.detail.label') });
  await detail.getByRole('button', { name: t(lang, 'moderation.decisions.approve.button'), exact: true }).click();
  await checkA11y(staff, `approve dialog (${lang})`);
  await staff
    .getByRole('dialog')
    .getByRole('button', { name: t(lang, 'moderation.decisions.approve.confirm') })
    .click();
  await expect(staff.getByRole('status').getByText(t(lang, 'moderation.done.approve', { name }))).toBeVisible();
  await expect(queue.getByRole('link', { name: startingWith(name) })).toHaveCount(0);
}

/** Types a query into the search page as a person would, and waits for the results it answers. */
async function search(page: Page, query: string) {
  const box = page.getByTestId('search-input');
  await typeInto(page, box, '');
  await box.pressSequentially(query, { delay: 20 });
  const results = page.getByTestId('search-results');
  await expect(results).toHaveAttribute('data-query', query, { timeout: 15_000 });
  return results;
}

/** An OID nobody has: E and 8 digits. */
function uniqueOid(): string {
  return `E${String(Date.now() % 1e8).padStart(8, '0')}`;
}

/** Chooses in a searchable picker with the keyboard only: type, arrow down, Enter. */
async function pick(page: Page, label: string, query: string, expected: string, multiple: boolean): Promise<void> {
  const box = page.getByRole('combobox', { name: startingWith(label) });
  await tabTo(page, box);
  if (query) await page.keyboard.type(query);
  else await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option', { name: expected, exact: true })).toBeVisible();
  if (query) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  if (multiple) {
    // The list stays open for more choices, the chosen one marked; Escape closes it and the
    // choice is a tag below (while the list is open, the rest of the page is hidden from the
    // accessibility tree, so the tag is looked for after).
    const chosen = page.getByRole('option', { name: expected, exact: true, selected: true });
    await expect(chosen.or(box.and(page.locator('[aria-expanded="false"]')))).toBeVisible();
    if ((await box.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
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

    test('with the keyboard alone, a newcomer signs up, builds and submits a profile; the National Agency approves it, and search finds it', async ({
      page,
      mail,
      openContext,
    }) => {
      test.setTimeout(150_000);
      const w = WORDS[lang];
      const email = await signUpAndVerify(page, mail, lang);

      // No organisation yet: the list says so and invites to create one.
      await page.goto('/my/organisations');
      await expect(page.getByText(t(lang, 'organisations.mine.emptyTitle'))).toBeVisible();
      await checkA11y(page, `my organisations, empty (${lang})`);
      await activate(page, page.getByRole('link', { name: t(lang, 'organisations.mine.createFirst') }));

      // Create: what POST /v1/organisations requires, with the formats checked as one types.
      await expect(page.getByRole('heading', { level: 1, name: t(lang, 'organisations.new.title') })).toBeVisible();
      await activate(page, page.getByRole('button', { name: t(lang, 'organisations.new.submit') }));
      await expect(page.getByText(t(lang, 'validation.required')).first()).toBeVisible();
      await checkA11y(page, `new organisation with its errors (${lang})`);
      // A Greek legal name in both runs, so an accentless Greek query can find it too.
      const suffix = Date.now().toString(36);
      const name = `${lang === 'el' ? 'ΚΕΚ Κυπαρισσίας' : 'Kyparissia Training Centre'} ${suffix}`;
      await typeInto(
        page,
        page.getByLabel(startingWith(t(lang, 'profile.fields.legalName'))),
        `Κέντρο Επαγγελματικής Κατάρτισης Κυπαρισσίας ${suffix}`,
      );
      await typeInto(page, page.getByLabel(startingWith(t(lang, 'profile.fields.displayName'))), name);
      const oid = page.getByLabel(startingWith(t(lang, 'profile.fields.oid')));
      await typeInto(page, oid, 'E123');
      await expect(page.getByText(t(lang, 'validation.oid'))).toBeVisible();
      await expect(oid).toHaveAttribute('aria-invalid', 'true');
      await typeInto(page, oid, uniqueOid());
      await expect(page.getByText(t(lang, 'validation.oid'))).toBeHidden();
      await expect(page.getByText(t(lang, 'editor.formatOk')).first()).toBeVisible();
      const pic = page.getByLabel(startingWith(t(lang, 'profile.fields.pic')));
      await typeInto(page, pic, '12345');
      await page.keyboard.press('Tab');
      await expect(page.getByText(t(lang, 'validation.pic'))).toBeVisible();
      await typeInto(page, pic, '');
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
      await checkScreen(page, `profile editor, new draft (${lang})`);

      // Divisions wait for a sector: they are listed under the sectors chosen.
      const divisions = page.getByRole('combobox', { name: startingWith(t(lang, 'profile.fields.naceDivisions')) });
      await expect(divisions).toBeDisabled();
      await pick(page, t(lang, 'profile.fields.naceSections'), w.section.query, w.section.label, true);
      await expect(divisions).toBeEnabled();
      await pick(page, t(lang, 'profile.fields.naceDivisions'), '', w.division, true);
      await pick(page, t(lang, 'profile.fields.topics'), w.topic.query, w.topic.label, true);
      await pick(page, t(lang, 'profile.fields.languages'), w.language.query, w.language.label, true);
      await typeInto(
        page,
        page.getByLabel(startingWith(t(lang, 'profile.fields.city'))),
        lang === 'el' ? 'Πάτρα' : 'Limassol',
      );
      await chooseOption(page, page.getByLabel(startingWith(t(lang, 'profile.fields.sizeBand'))), '10-49');
      await typeInto(
        page,
        page.getByLabel(startingWith(t(lang, 'profile.fields.description'))),
        lang === 'el'
          ? 'Κέντρο επαγγελματικής κατάρτισης με προγράμματα στον τουρισμό, στην εφοδιαστική αλυσίδα και στις ψηφιακές δεξιότητες.'
          : 'A vocational training centre running courses in tourism, logistics and digital skills for young people and adults.',
      );
      await expect(progress).toHaveText(t(lang, 'editor.checklist.progress', { done: 6, total: 7 }));
      // Not offered while incomplete: the button says so and the note by it names what is missing.
      const submitButton = page.getByRole('button', {
        name: t(lang, 'editor.submit.button', { country: w.country.label }),
      });
      await expect(submitButton).toHaveAttribute('aria-disabled', 'true');
      await expect(submitButton).toHaveAttribute('aria-describedby', 'submit-blocked');
      await expect(page.locator('#submit-blocked')).toContainText(t(lang, 'editor.checklist.contactPerson'));
      await typeInto(
        page,
        page.getByLabel(startingWith(t(lang, 'editor.contact.name'))),
        lang === 'el' ? 'Ελένη Δοκιμή' : 'Helen Test',
      );
      await typeInto(page, page.getByLabel(startingWith(t(lang, 'editor.contact.email'))), email);

      // The checklist ticks as the profile fills; submitting waits for the save.
      await expect(progress).toHaveText(t(lang, 'editor.checklist.progress', { done: 7, total: 7 }));
      await expect(page.getByText(t(lang, 'editor.submit.saveFirst'))).toBeVisible();
      await activate(page, page.getByRole('button', { name: t(lang, 'common.save'), exact: true }));
      await expect(page.getByText(t(lang, 'editor.save.done'), { exact: true })).toBeVisible();
      await checkA11y(page, `profile editor, complete (${lang})`);
      await shot(page, lang === 'en' ? 'profile-editor' : 'profile-editor-el');

      // Submit, after saying what it means.
      const country = w.country.label;
      await activate(page, page.getByRole('button', { name: t(lang, 'editor.submit.button', { country }) }));
      const dialog = page.getByRole('alertdialog', { name: t(lang, 'editor.submit.confirmTitle', { country }) });
      await expect(dialog).toBeVisible();
      await checkA11y(page, `submit confirmation (${lang})`);
      await activate(page, dialog.getByRole('button', { name: t(lang, 'editor.submit.confirm'), exact: true }));
      await expect(page.locator('#status-banner-title')).toContainText(
        t(lang, 'editor.banner.submittedTitle', { country }),
      );
      await expect(page.getByRole('button', { name: t(lang, 'editor.withdraw.button') })).toBeVisible();
      await checkA11y(page, `profile editor, submitted (${lang})`);

      // The list shows it with its status and the member's role.
      await activate(page, page.getByRole('link', { name: t(lang, 'organisations.backToList') }));
      const card = page.getByRole('listitem').filter({ hasText: name });
      await expect(card.getByText(t(lang, 'organisations.status.submitted'))).toBeVisible();
      await expect(card.getByText(t(lang, 'organisations.roles.owner'))).toBeVisible();
      await checkA11y(page, `my organisations (${lang})`);
      await shot(page, lang === 'en' ? 'my-organisations' : 'my-organisations-el');

      // The National Agency of its country, in a second browser, approves it.
      const staff = await (await openContext({ locale: LOCALE[lang] })).newPage();
      await approveAsNationalAgency(staff, lang, name);

      // Back in the first browser: published, and found by a typo and by Greek without accents.
      await activate(page, card.getByRole('link', { name }));
      await expect(page.locator('#status-banner-title')).toContainText(t(lang, 'organisations.status.published'));
      await activate(
        page,
        page
          .getByRole('navigation', { name: t(lang, 'layout.mainNav') })
          .getByRole('link', { name: t(lang, 'layout.search') }),
      );
      const typo = lang === 'el' ? 'κυπαρισιας' : 'Kyparisia Trainng';
      await expect((await search(page, typo)).getByRole('link', { name })).toBeVisible();
      const accentless = 'επαγγελματικης καταρτισης κυπαρισσιας';
      await expect((await search(page, accentless)).getByRole('link', { name })).toBeVisible();
      await checkA11y(page, `search finds the new profile (${lang})`);
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
  await checkScreen(page, 'profile editor with a pending revision', 'profile-revision');
});

test('unsaved changes ask before leaving, and an unconfirmed address cannot submit', async ({ page }) => {
  const email = uniqueEmail('editor-unverified');
  const registered = await page.request.post('/v1/auth/register', {
    data: { email, password: PASSWORD, displayName: 'Nikos Test', preferredLanguage: 'en' },
  });
  const { accessToken } = (await registered.json()) as { accessToken: string };
  const created = await page.request.post('/v1/organisations', {
    ...bearer(accessToken),
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
