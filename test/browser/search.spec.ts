import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../../scripts/demo-data';
import { anOrganisation } from '../factories/organisation.factory';
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
  type Language,
} from './support/fixtures';
import { apiToken, bearer } from './support/api';

// Finding organisations: typo-tolerant and accent-blind text, name suggestions, facet filters
// kept in the URL (the back button undoes them), pages, the empty and outage states, and text
// that profiles write rendered as text. In English and in Greek.

/** Who searches in each language: a member of demo organisations who prefers that language. */
function demoAccount(email: string): string {
  if (!DEMO_ACCOUNTS.some((a) => a.email === email)) throw new Error(`${email} is no longer a demo account`);
  return email;
}
const SEARCHER: Record<Language, string> = {
  en: demoAccount('joao.silva@demo.syndesmos.eu'),
  el: DEMO.member,
};
const COUNTRY_LABEL: Record<Language, string> = { en: 'Greece', el: 'Ελλάδα' };

async function openSearch(page: Page, lang: Language, path = '/search'): Promise<void> {
  await signIn(page, SEARCHER[lang], DEMO.password, lang);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'search.title') })).toBeVisible();
}

const results = (page: Page) => page.getByTestId('search-results');
const box = (page: Page, lang: Language) => page.getByRole('combobox', { name: t(lang, 'search.box.label') });

/** Types like a person, a key at a time, and waits for the results that answer these words. */
async function typeQuery(page: Page, lang: Language, text: string): Promise<void> {
  const field = box(page, lang);
  await field.clear();
  await field.pressSequentially(text, { delay: 25 });
  await expect(results(page)).toHaveAttribute('data-query', text);
}

const facetGroup = (page: Page, lang: Language, key: string) =>
  page.getByRole('group', { name: startingWith(t(lang, `search.facets.${key}`)) });

for (const lang of LANGUAGES) {
  test.describe(`searching in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    test('finds a demo organisation by a typo and a Greek one without accents, and a suggestion opens its profile', async ({
      page,
    }) => {
      await openSearch(page, lang);
      await expect(results(page)).toHaveAttribute('data-query', '');

      await typeQuery(page, lang, 'thalasa renewables');
      await expect(results(page).getByRole('link', { name: 'Thalassa Renewables' })).toBeVisible();
      await expect(results(page).locator('mark').first()).toBeVisible();

      await typeQuery(page, lang, 'κεντρο καριερας');
      await expect(results(page).getByRole('link', { name: 'Κέντρο Καριέρας Ηρακλείου' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /\d/ }).first()).toBeVisible();
      // Escape closes the suggestions and keeps the words.
      await page.keyboard.press('Escape');
      await expect(box(page, lang)).toHaveAttribute('aria-expanded', 'false');
      await expect(box(page, lang)).toHaveValue('κεντρο καριερας');

      for (const width of [1280, 375] as const) {
        await setWidth(page, width);
        await expectFitsWidth(page);
        await checkA11y(page, `search results (${lang}, ${width} px)`);
      }
      // On a phone the filters wait behind their button.
      const toggle = page.getByRole('button', { name: startingWith(t(lang, 'search.filters.toggle')) });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(facetGroup(page, lang, 'country')).toBeHidden();
      await toggle.click();
      await expect(facetGroup(page, lang, 'country')).toBeVisible();
      await expectFitsWidth(page);
      await checkA11y(page, `search filters open (${lang}, 375 px)`);
      await setWidth(page, 1280);
      await shot(page, lang === 'en' ? 'search' : 'search-el');

      // Suggestions are organisation names: the arrows pick one, Enter opens its profile.
      await box(page, lang).clear();
      await box(page, lang).pressSequentially('kydon', { delay: 25 });
      const option = page.getByRole('option', { name: startingWith('Kydonia Resorts') });
      await expect(option).toBeVisible();
      await expect(box(page, lang)).toHaveAttribute('aria-expanded', 'true');
      await checkA11y(page, `search suggestions (${lang})`);
      await page.keyboard.press('ArrowDown');
      await expect(option).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]{36}$/);
    });

    test('a facet filter changes the URL and the back button restores the filters before it', async ({ page }) => {
      await openSearch(page, lang);
      await expect(results(page)).toHaveAttribute('data-query', '');
      const greece = facetGroup(page, lang, 'country').getByRole('checkbox', {
        name: startingWith(COUNTRY_LABEL[lang]),
      });
      await greece.check();
      await expect(page).toHaveURL(/[?&]country=/);
      const chip = page.getByRole('button', { name: t(lang, 'search.chips.remove', { filter: COUNTRY_LABEL[lang] }) });
      await expect(chip).toBeVisible();
      const greekOnly = new URL(page.url()).search;

      // A second filter, from another group.
      const firstType = facetGroup(page, lang, 'organisationType').getByRole('checkbox').first();
      await firstType.check();
      await expect(page).toHaveURL(/[?&]organisationType=/);
      await checkA11y(page, `search with filters (${lang})`);

      await page.goBack();
      await expect(page).toHaveURL((url) => url.search === greekOnly);
      await expect(greece).toBeChecked();
      await expect(facetGroup(page, lang, 'organisationType').getByRole('checkbox', { checked: true })).toHaveCount(0);

      await page.goBack();
      await expect(page).not.toHaveURL(/country=/);
      await expect(greece).not.toBeChecked();
      await expect(chip).toBeHidden();

      await page.goForward();
      await expect(page).toHaveURL((url) => url.search === greekOnly);
      await expect(greece).toBeChecked();

      // Typing after filtering: one history entry for the words, and back returns to the filters.
      await typeQuery(page, lang, 'vet');
      await expect(page).toHaveURL(/[?&]q=vet/);
      await page.goBack();
      await expect(page).toHaveURL((url) => url.search === greekOnly);
      await expect(box(page, lang)).toHaveValue('');
    });
  });
}

test('"not my country" leaves out the countries of my organisations', async ({ page }) => {
  await openSearch(page, 'en');
  await expect(results(page)).toHaveAttribute('data-query', '');
  const notMine = page.getByRole('checkbox', { name: /^Not in my countr/ });
  await expect(notMine).toBeVisible();
  const mine = /\((.+)\)/.exec((await notMine.locator('..').textContent()) ?? '')?.[1] ?? '';
  expect(mine).not.toBe('');
  await notMine.check();
  await expect(page).toHaveURL(/[?&]excludeCountry=/);
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  const countries = await results(page).locator('.result-meta').allTextContents();
  for (const country of mine.split(/, | and /)) {
    expect(countries.filter((line) => line.includes(country))).toEqual([]);
  }
  await notMine.uncheck();
  await expect(page).not.toHaveURL(/excludeCountry=/);
});

test('pages are links in the URL, and the results of a new page take the focus', async ({ page }) => {
  await openSearch(page, 'en');
  const pages = page.getByRole('navigation', { name: t('en', 'search.pager.label') });
  await pages.getByRole('link', { name: t('en', 'search.pager.page', { page: 2 }) }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pages.getByRole('link', { name: t('en', 'search.pager.page', { page: 2 }) })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 2, name: t('en', 'search.results.title') })).toBeFocused();
  await page.goBack();
  await expect(page).not.toHaveURL(/page=/);
});

test('nothing found offers to widen the search: drop the last filter, then the words', async ({ page }) => {
  await openSearch(page, 'en', '/search?q=qqzzxvnothing&country=GR');
  await expect(results(page)).toHaveAttribute('data-query', 'qqzzxvnothing');
  await expect(page.getByText(t('en', 'search.empty.title'))).toBeVisible();
  await checkA11y(page, 'search: nothing found');
  await shot(page, 'search-empty');

  await page.getByRole('button', { name: t('en', 'search.empty.removeFilter', { filter: 'Greece' }) }).click();
  await expect(page).not.toHaveURL(/country=/);
  await expect(page).toHaveURL(/q=qqzzxvnothing/);
  await page.getByRole('button', { name: t('en', 'search.empty.withoutWords', { q: 'qqzzxvnothing' }) }).click();
  await expect(results(page)).toHaveAttribute('data-query', '');
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText(t('en', 'search.empty.title'))).toBeHidden();
});

test('an outage says search is unavailable right now, not that nothing was found', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(/status of 503/, 'the test makes the search API answer 503 SEARCH_UNAVAILABLE');
  await openSearch(page, 'en');
  await expect(results(page)).toHaveAttribute('data-query', '');
  await page.route('**/v1/search/organisations?*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ statusCode: 503, code: 'SEARCH_UNAVAILABLE', message: 'Search is unavailable' }),
    }),
  );
  await box(page, 'en').pressSequentially('outage', { delay: 25 });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(t('en', 'search.outage.title'));
  await expect(page.getByText(t('en', 'search.empty.title'))).toBeHidden();
  await checkA11y(page, 'search: outage');
  await shot(page, 'search-outage');

  await page.unroute('**/v1/search/organisations?*');
  await alert.getByRole('button', { name: t('en', 'common.retry') }).click();
  await expect(results(page)).toHaveAttribute('data-query', 'outage');
  await expect(alert).toBeHidden();
});

test('a signed-out visitor is asked to sign in and comes back to the same search', async ({ page }) => {
  await page.goto('/search?q=hotel');
  await expect(page.getByText(t('en', 'search.signIn.title'))).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await checkA11y(page, 'search: signed out');
  await page
    .getByRole('main')
    .getByRole('link', { name: t('en', 'search.signIn.signIn'), exact: true })
    .click();
  await page.getByLabel(startingWith(t('en', 'fields.email'))).fill(SEARCHER.en);
  await page.getByLabel(startingWith(t('en', 'fields.password'))).fill(DEMO.password);
  await page.getByRole('button', { name: t('en', 'signIn.submit'), exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=hotel$/);
  await expect(results(page)).toHaveAttribute('data-query', 'hotel');
  await expect(box(page, 'en')).toHaveValue('hotel');
});

// ---------------------------------------------------------------------------------------------
// Text a profile writes is text

/** A published organisation whose name and description carry markup, found by `word`. */
async function publishHostileOrganisation(request: APIRequestContext, word: string): Promise<string> {
  const owner = await apiToken(request, DEMO.member);
  const staff = await apiToken(request, DEMO.naStaff);
  const created = await request.post('/v1/organisations', {
    ...bearer(owner),
    data: anOrganisation({
      displayName: `<img src=x onerror="window.__hacked=1"> ${word} <b>Academy</b>`,
      legalName: `${word} <script>window.__hacked=1</script> Legal`,
      description: `${word} <script>window.__hacked=1</script> trains <iframe src="javascript:window.__hacked=1"></iframe> chefs in Patras, with hotels and restaurants across Western Greece.`,
    }),
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const submitted = await request.post(`/v1/organisations/${id}/submit`, {
    ...bearer(owner),
    data: {},
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const approved = await request.post(`/v1/moderation/organisations/${id}/approve`, {
    ...bearer(staff),
    data: {},
  });
  expect(approved.status(), await approved.text()).toBe(200);
  // Published means indexed a moment later (outbox → worker → Meilisearch).
  await expect
    .poll(
      async () => {
        const res = await request.get(`/v1/search/organisations?q=${word}`, {
          ...bearer(owner),
        });
        return ((await res.json()) as { hits: { id: string }[] }).hits.some((h) => h.id === id);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return id;
}

test('markup in a profile is shown as text: only the matches are marked', async ({ page, request }) => {
  // Letters only, so the index keeps it one word.
  const word = `Xenodochia${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
  await publishHostileOrganisation(request, word);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });

  await openSearch(page, 'en');
  await typeQuery(page, 'en', word.toLowerCase());
  const hit = results(page).getByRole('listitem').filter({ hasText: word });
  await expect(hit).toHaveCount(1);
  await expect(hit.getByRole('link')).toHaveText(`<img src=x onerror="window.__hacked=1"> ${word} <b>Academy</b>`);
  await expect(hit).toContainText('<script>window.__hacked=1</script>');
  await expect(hit).toContainText('<iframe src="javascript:window.__hacked=1"></iframe>');
  await expect(results(page).locator('img, script, iframe, b')).toHaveCount(0);
  await expect(hit.locator('mark').first()).toHaveText(word);
  expect(await page.evaluate('window.__hacked')).toBeUndefined();
  expect(dialogs).toBe(0);
  await checkA11y(page, 'search: a hit with markup');
});
