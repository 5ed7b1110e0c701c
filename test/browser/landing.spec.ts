import { checkA11y, checkScreen, expect, LANGUAGES, LOCALE, t, test } from './support/fixtures';

// The first screen: in each language (the browser's own choosing it), and the switch between them.

for (const lang of LANGUAGES) {
  test.describe(`the landing page in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    test('says what the platform is for, fits 375 and 1280 px, and passes axe', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: t(lang, 'landing.title') })).toBeVisible();
      await expect(page).toHaveTitle(`${t(lang, 'landing.documentTitle')} · ${t(lang, 'app.name')}`);
      await expect(page.getByRole('link', { name: t(lang, 'landing.start') })).toBeVisible();
      await checkScreen(page, `landing (${lang})`, lang === 'en' ? 'landing' : 'landing-el');
    });
  });
}

test('the language switch turns the page Greek, keeps the choice over a reload, and turns it back', async ({
  page,
}) => {
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Ελληνικά' }).click();
  await expect(html).toHaveAttribute('lang', 'el');
  await expect(page.getByRole('heading', { level: 1, name: t('el', 'landing.title') })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ελληνικά' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(html).toHaveAttribute('lang', 'el');
  await expect(page.getByRole('heading', { level: 1, name: t('el', 'landing.title') })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'landing.title') })).toBeVisible();
});

test('signing in checks both fields before sending, and says when the password is wrong', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(/status of 401/, 'the test signs in with a wrong password', /\/v1\/auth\/login$/);
  await page.goto('/sign-in');
  const email = page.getByLabel(new RegExp(`^${t('en', 'fields.email')}`));
  const password = page.getByLabel(new RegExp(`^${t('en', 'fields.password')}`));
  const submit = page.getByRole('button', { name: t('en', 'signIn.submit'), exact: true });
  // Nothing typed: both fields say so and the first takes focus; nothing is sent.
  let sent = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/v1/auth/login')) sent += 1;
  });
  await submit.click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await expect(page.getByText(t('en', 'validation.required'))).toHaveCount(2);
  // A field once left is checked as it is typed in.
  await email.fill('maria@');
  await expect(page.getByText(t('en', 'validation.email'))).toBeVisible();
  await email.fill('maria.papadopoulou@demo.syndesmos.eu');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  expect(sent).toBe(0);
  // A wrong password: the API's answer, in the alert.
  await password.fill('not-the-password');
  await submit.click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(sent).toBe(1);
});

test('the accessibility check itself fails a screen with a serious violation, and runs again after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await checkA11y(page, 'landing');
  // An unlabelled button (axe: button-name, critical), added to the page the check has just passed.
  await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { body: { insertAdjacentHTML(w: string, h: string): void } } })
      .document;
    doc.body.insertAdjacentHTML('beforeend', '<button type="button" id="unnamed"></button>');
  });
  await expect(checkA11y(page, 'landing with an unnamed button')).rejects.toThrow(/button-name[\s\S]*#unnamed/);
  // A new document (a reload) needs axe again: the check must still run, and pass.
  await page.reload();
  await checkA11y(page, 'landing after a reload');
});
