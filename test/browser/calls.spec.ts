import type { Locator, Page } from '@playwright/test';
import { checkScreen, DEMO, expect, LOCALE, signIn, startingWith, t, test, type Language } from './support/fixtures';
import { apiToken, myOrganisation, OWNED_PUBLISHED } from './support/api';

// Partner calls between two organisations, each person in their own browser context: a caller
// posts a call through the guided form and its preview; another organisation finds it with the
// filters and answers it; the caller shortlists the answer, forms the consortium from the call
// and invites the answer into it; the answerer sees where the answer stands; pause and reopen.
// Then a shorter pass in Greek over the same screens.

const CALLER = 'sofia.rossi@demo.syndesmos.eu';
const ANSWERER = 'joao.silva@demo.syndesmos.eu';
const ANSWERING_ORG = 'MetalAve';
/** Admin of BBZ Rhein-Ruhr (Germany): the third country. */
const THIRD = 'lukas.schmidt@demo.syndesmos.eu';

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The per-screen check, its screenshot named for the language (`calls-find`, `calls-find-el`). */
const screen = (page: Page, name: string, lang: Language) =>
  checkScreen(page, `${name} (${lang})`, lang === 'en' ? name : `${name}-el`);

/** Chooses one option of a searchable multiple picker, then closes its list. */
async function pick(page: Page, scope: Page | Locator, label: string, query: string, option: string) {
  const box = scope.getByRole('combobox', { name: startingWith(label) });
  await box.focus();
  await page.keyboard.type(query);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page
    .getByRole('option', { name: startingWith(option) })
    .first()
    .click();
  await page.keyboard.press('Escape');
  await expect(scope.getByRole('row', { name: startingWith(option) })).toBeVisible();
}

test('a call is posted, found, answered, shortlisted, formed into a consortium whose report passes once a third country accepts', async ({
  page,
  openContext,
  request,
}) => {
  test.setTimeout(120_000);
  const lang = 'en';
  const title = `Welding apprenticeships ${Date.now().toString(36)}`;
  const caller = await myOrganisation(request, await apiToken(request, CALLER), OWNED_PUBLISHED);
  const answering = await myOrganisation(request, await apiToken(request, ANSWERER), {
    ...OWNED_PUBLISHED,
    name: ANSWERING_ORG,
  });

  // The caller posts through the guided form.
  await signIn(page, CALLER, DEMO.password);
  await page.goto('/my/calls');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'calls.mine.title'));
  await page
    .getByRole('link', { name: t(lang, 'calls.mine.post') })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'calls.new.title'));
  // Submitting empty shows each problem on its field, the date rules with the rest.
  const deadline = page.getByLabel(startingWith(t(lang, 'calls.fields.naDeadline')));
  await deadline.fill(day(-2));
  // Leaving the field flags it at once (the error moves the button, so leave it first).
  await deadline.blur();
  await expect(page.getByText(t(lang, 'calls.validation.deadlinePast'))).toBeVisible();
  await page.getByRole('button', { name: t(lang, 'calls.new.preview') }).click();
  await expect(page.getByLabel(startingWith(t(lang, 'calls.fields.title')))).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(t(lang, 'calls.validation.action'))).toBeVisible();
  await expect(page.getByText(t(lang, 'validation.required')).first()).toBeVisible();
  await expect(page.getByText(t(lang, 'calls.validation.deadlinePast'))).toBeVisible();
  // Each action's radio sits right beside its words.
  const radio = await page.getByRole('radio', { name: startingWith('KA220-VET') }).boundingBox();
  const words = await page.locator('.call-choice strong').first().boundingBox();
  expect(words!.x - (radio!.x + radio!.width)).toBeLessThan(24);
  await screen(page, 'calls-new-errors', lang);

  await page.locator('select[name=organisationId]').selectOption(caller.id);
  await page.getByLabel(startingWith(t(lang, 'calls.fields.title'))).fill(title);
  await page
    .getByLabel(startingWith(t(lang, 'calls.fields.summary')))
    .fill('Work-based learning in welding for the green transition, with companies hosting apprentices.');
  await page.getByRole('radio', { name: startingWith('KA220-VET') }).check();
  const sought = page.getByRole('group', { name: t(lang, 'calls.new.soughtEntry', { n: 1 }) });
  await pick(page, sought, t(lang, 'calls.fields.countries'), 'Portugal', 'Portugal');
  await pick(page, sought, t(lang, 'calls.fields.naceSections'), 'Manufactur', 'C');
  await sought.getByLabel(startingWith(t(lang, 'calls.fields.tasks'))).fill('Host apprentices in the workshop.');
  // "Not from Czechia": a structured exclusion that matching and call search honour.
  await pick(page, page, t(lang, 'calls.fields.excludedCountries'), 'Czech', 'Czechia');
  // A date the API refuses is caught before sending: answers needed after the NA deadline.
  await page.getByLabel(startingWith(t(lang, 'calls.fields.naDeadline'))).fill(day(60));
  await page.getByLabel(startingWith(t(lang, 'calls.fields.answerBy'))).fill(day(90));
  await page.getByRole('button', { name: t(lang, 'calls.new.preview') }).click();
  await expect(page.getByText(t(lang, 'calls.validation.answerByAfterDeadline'))).toBeVisible();
  await page.getByLabel(startingWith(t(lang, 'calls.fields.answerBy'))).fill(day(30));
  await page.getByLabel(startingWith(t(lang, 'calls.fields.plannedStart'))).fill(day(200));
  await page.getByLabel(startingWith(t(lang, 'calls.fields.durationMonths'))).fill('24');
  await screen(page, 'calls-new', lang);
  await page.getByRole('button', { name: t(lang, 'calls.new.preview') }).click();

  // The preview, then open it.
  const preview = page.getByRole('article', { name: t(lang, 'calls.new.previewTitle') });
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  await expect(preview.getByText('Portugal')).toBeVisible();
  await expect(preview.getByText('Czechia')).toBeVisible();
  await screen(page, 'calls-new-preview', lang);
  await page.getByRole('button', { name: t(lang, 'calls.new.open') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Czechia')).toBeVisible();
  await expect(page.getByText(t(lang, 'calls.status.open'), { exact: true })).toBeVisible();
  await expect(page.getByText(t(lang, 'calls.inbox.empty'))).toBeVisible();
  const callUrl = page.url();

  // The answerer finds it with the filters, in a second browser context.
  const other = await openContext();
  const answerer = await other.newPage();
  await signIn(answerer, ANSWERER, DEMO.password);
  await answerer.goto('/calls');
  await expect(answerer.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'calls.find.title'));
  await answerer.getByLabel(t(lang, 'calls.find.fits'), { exact: true }).selectOption(answering.id);
  await expect(answerer).toHaveURL(new RegExp(`fits=${answering.id}`));
  await answerer.getByLabel(t(lang, 'calls.fields.action'), { exact: true }).selectOption('KA220-VET');
  await pick(answerer, answerer, t(lang, 'calls.find.soughtCountries'), 'Portugal', 'Portugal');
  await expect(answerer).toHaveURL(/soughtCountry=[^&]*PT/);
  await answerer.getByLabel(t(lang, 'calls.find.from'), { exact: true }).fill(day(59));
  await answerer.getByLabel(t(lang, 'calls.find.to'), { exact: true }).fill(day(61));
  await answerer.getByRole('searchbox', { name: t(lang, 'calls.find.q') }).fill(title);
  await answerer.getByRole('button', { name: t(lang, 'calls.find.search') }).click();
  // The index follows the outbox: the call appears within seconds.
  const hit = answerer.getByRole('link', { name: title });
  await expect(async () => {
    await answerer.reload();
    await expect(hit).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(answerer.getByRole('heading', { level: 2 })).toContainText('1');
  await screen(answerer, 'calls-find', lang);
  await hit.click();

  // … and answers it.
  await expect(answerer.getByRole('heading', { level: 1 })).toHaveText(title);
  await answerer
    .getByRole('combobox', { name: startingWith(t(lang, 'calls.answer.organisation')) })
    .selectOption(answering.id);
  await answerer
    .getByLabel(startingWith(t(lang, 'calls.fields.offer')))
    .fill('A metalworking SME with a training workshop.');
  // A phone that is not one is refused on its field.
  const phone = answerer.getByLabel(startingWith(t(lang, 'calls.answer.contactPhone')));
  await phone.fill('abc');
  await answerer.getByRole('button', { name: t(lang, 'calls.answer.send') }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(answerer.getByText(t(lang, 'calls.validation.phone'))).toBeVisible();
  await phone.fill('+351 21 000 0000');
  await screen(answerer, 'calls-answer', lang);
  await answerer.getByRole('button', { name: t(lang, 'calls.answer.send') }).click();
  await expect(answerer.getByText(t(lang, 'calls.answerStatus.pending'), { exact: true })).toBeVisible();

  // The caller sees it in the inbox, shortlists it, forms the consortium and invites it.
  await page.reload();
  const answerCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: answering.name }) });
  await expect(answerCard.getByText('A metalworking SME with a training workshop.')).toBeVisible();
  await expect(answerCard.getByText(t(lang, 'calls.roles.partner'), { exact: true })).toBeVisible();
  await expect(answerCard.getByRole('link', { name: '+351 21 000 0000' })).toHaveAttribute('href', 'tel:+351210000000');
  // The facts of the answer are kept apart: "Partner · Portugal · … · date".
  await expect(answerCard.locator('.call-meta')).toContainText(/Partner\s*·,?\s*Portugal\s*·/);
  await screen(page, 'calls-inbox', lang);
  await answerCard.getByRole('button', { name: t(lang, 'calls.inbox.shortlist') }).click();
  await expect(answerCard.getByText(t(lang, 'calls.answerStatus.shortlisted'), { exact: true })).toBeVisible();
  await expect(answerCard.getByText(t(lang, 'calls.inbox.inviteNeedsConsortium'))).toBeVisible();
  await page.getByRole('button', { name: t(lang, 'calls.manage.createConsortium') }).click();
  await expect(page).toHaveURL(/\/consortia\/[0-9a-f-]{36}$/);
  const consortiumUrl = new URL(page.url()).pathname;
  await page.goto(callUrl);
  await answerCard.getByRole('button', { name: t(lang, 'calls.inbox.invite') }).click();
  await expect(answerCard.getByText(t(lang, 'calls.inbox.invited'))).toBeVisible();
  await expect(answerCard.getByRole('button', { name: t(lang, 'calls.inbox.invite') })).toHaveCount(0);
  await expect(page.getByRole('link', { name: t(lang, 'calls.manage.openConsortium') })).toBeVisible();

  // Pause and reopen, from my calls.
  await page.getByRole('button', { name: t(lang, 'calls.manage.pause') }).click();
  await expect(page.getByText(t(lang, 'calls.status.paused'), { exact: true })).toBeVisible();
  await page.goto('/my/calls');
  const mine = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
  await expect(mine.getByText(t(lang, 'calls.status.paused'), { exact: true })).toBeVisible();
  await screen(page, 'calls-mine', lang);
  await mine.getByRole('button', { name: t(lang, 'calls.manage.reopen') }).click();
  await expect(mine.getByText(t(lang, 'calls.status.open'), { exact: true })).toBeVisible();

  // The answerer sees the answer shortlisted and invited.
  await answerer.goto('/my/answers');
  const answered = answerer.getByRole('listitem').filter({ has: answerer.getByRole('link', { name: title }) });
  await expect(answered.getByText(t(lang, 'calls.answerStatus.shortlisted'), { exact: true })).toBeVisible();
  await expect(answered.getByText(t(lang, 'calls.answer.invited'))).toBeVisible();
  await screen(answerer, 'calls-my-answers', lang);

  // The answerer accepts the invitation in their own browser: two countries, the report fails.
  await answerer.goto('/consortia');
  const invitation = answerer.getByTestId('received-invitations').locator('article', { hasText: title });
  await invitation.getByRole('button', { name: startingWith(t(lang, 'consortia.received.accept')) }).click();
  await expect(answerer.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.goto(consortiumUrl);
  const verdict = page.getByTestId('eligibility-verdict');
  await expect(page.locator('.country-chart')).toHaveAttribute('aria-label', /Portugal/);
  await expect(verdict).toHaveAttribute('data-eligible', 'false');
  const countriesRule = page.locator('.report-rules li', {
    hasText: t(lang, 'consortia.rules.min_eligible_countries'),
  });
  await expect(countriesRule).toHaveClass(/rule-failed/);

  // A third country: the caller invites a German organisation, whose admin accepts in a third
  // browser; the caller's open report turns to passed without a reload.
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.members') }).click();
  await page.getByLabel(t(lang, 'consortia.inviteSearch.label')).fill('BBZ Rhein-Ruhr');
  await page.getByRole('button', { name: startingWith(t(lang, 'consortia.inviteSearch.invite')) }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t(lang, 'consortia.invite.submit') })
    .click();
  await expect(page.getByTestId('pending-invitations')).toContainText('BBZ Rhein-Ruhr');
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.overview') }).click();
  await expect(verdict).toHaveAttribute('data-eligible', 'false');
  const third = await (await openContext()).newPage();
  await signIn(third, THIRD, DEMO.password);
  await third.goto('/consortia');
  await third
    .getByTestId('received-invitations')
    .locator('article', { hasText: title })
    .getByRole('button', { name: startingWith(t(lang, 'consortia.received.accept')) })
    .click();
  await expect(third.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(verdict).toHaveAttribute('data-eligible', 'true');
  await expect(countriesRule).toHaveClass(/rule-passed/);
  await expect(page.locator('.country-chart')).toHaveAttribute('aria-label', /Germany/);
});

test.describe('in Greek', () => {
  test.use({ locale: LOCALE.el });
  test('the calls screens read in Greek', async ({ page }) => {
    test.setTimeout(60_000);
    const lang = 'el';
    // The demo coordinator prefers Greek; her organisations have demo calls.
    await signIn(page, DEMO.member, DEMO.password, lang);
    await page.goto('/calls');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'calls.find.title'));
    await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    await screen(page, 'calls-find', lang);
    await page.goto('/my/calls');
    const first = page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link').first();
    await expect(first).toBeVisible();
    await screen(page, 'calls-mine', lang);
    await first.click();
    await expect(page.getByRole('heading', { name: t(lang, 'calls.inbox.title') })).toBeVisible();
    await screen(page, 'calls-detail', lang);
    await page.goto('/calls/new');
    await page.getByRole('button', { name: t(lang, 'calls.new.preview') }).click();
    await expect(page.getByText(t(lang, 'calls.validation.action'))).toBeVisible();
    await screen(page, 'calls-new-errors', lang);
    await page.goto('/my/answers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'calls.answers.title'));
    await expect(page.getByRole('status')).toHaveCount(0);
    await screen(page, 'calls-my-answers', lang);
  });
});
