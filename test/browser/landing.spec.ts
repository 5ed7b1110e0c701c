import { checkScreen, expect, LANGUAGES, LOCALE, t, test } from './support/fixtures';

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
