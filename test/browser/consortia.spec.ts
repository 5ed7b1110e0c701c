import type { Page } from '@playwright/test';
import {
  checkA11y,
  checkScreen,
  chooseLanguage,
  DEMO,
  expect,
  LOCALE,
  setWidth,
  signIn,
  t,
  test,
  type Language,
} from './support/fixtures';
import { apiToken, bearer, myOrganisation } from './support/api';

// A consortium forms on screen: the demo coordinator creates a KA220-VET consortium, the
// report fails (too few countries), she invites a Portuguese organisation, whose admin accepts
// in a second browser; her open page follows live; a German one joins and the report passes;
// a state change is refused, then accepted; the history shows it; a member is removed. Then
// a shorter pass in Greek.

const JOAO = 'joao.silva@demo.syndesmos.eu';
const LUKAS = 'lukas.schmidt@demo.syndesmos.eu';

/** The per-screen check; each screen's label is its screenshot's name. */
const screen = (page: Page, name: string) => checkScreen(page, name, name);

async function createConsortium(page: Page, lang: Language, title: string, action: string): Promise<string> {
  await page.goto('/consortia');
  await page.getByRole('link', { name: t(lang, 'consortia.mine.create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'consortia.new.title') })).toBeVisible();
  await page.getByLabel(new RegExp(`^${t(lang, 'consortia.new.name')}`)).fill(title);
  await page.getByRole('radio', { name: new RegExp(`^${action}`) }).check();
  await page.getByRole('button', { name: t(lang, 'consortia.new.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** A button whose visible text is followed by the hidden name of what it acts on. */
const about = (action: string, what: string) =>
  new RegExp(`^${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const verdict = (page: Page) => page.getByTestId('eligibility-verdict');

test('a coordinator forms a KA220-VET consortium with partners who accept in their own browsers', async ({
  page,
  openContext,
  request,
}) => {
  test.setTimeout(120_000);
  const lang: Language = 'en';
  const title = `Green welding skills ${Date.now().toString(36)}`;

  // Creation: one organisation, one country: the report fails.
  await signIn(page, DEMO.member, DEMO.password);
  await chooseLanguage(page, lang);
  await page.goto('/consortia');
  await screen(page, 'consortia-list-en');
  await page.goto('/consortia/new');
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'consortia.new.title') })).toBeVisible();
  await screen(page, 'consortia-new-en');
  const id = await createConsortium(page, lang, title, 'KA220-VET');
  await expect(verdict(page)).toHaveAttribute('data-eligible', 'false');
  const countriesRule = page.locator('.report-rules li', {
    hasText: t(lang, 'consortia.rules.min_eligible_countries'),
  });
  await expect(countriesRule).toHaveClass(/rule-failed/);
  // Every gap is listed: two more organisations, two more countries, the world of work.
  const gaps = page.locator('.gap-list');
  await expect(gaps).toContainText(t(lang, 'consortia.gaps.organisations_other', { count: 2 }));
  await expect(gaps).toContainText(t(lang, 'consortia.gaps.countries_other', { count: 2 }));
  await expect(gaps).toContainText(t(lang, 'consortia.gaps.enterprise'));
  const gap = gaps.getByRole('link', { name: new RegExp(t(lang, 'consortia.gaps.countries_other', { count: 2 })) });
  await expect(gap).toHaveAttribute('href', /^\/search\?.*excludeCountry/);
  // The reasons are sentences that name the country.
  await expect(page.locator('.report-rules')).toContainText('The coordinator is in Greece, an eligible country');
  // Nobody left yet: no replacement call to post.
  await expect(page.getByRole('link', { name: t(lang, 'consortia.detail.replacementCall') })).toHaveCount(0);
  await screen(page, 'consortia-report-en');
  await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));

  // Invite a Portuguese organisation from the members tab: the one tab current, the button
  // just "Invite" (the consortium is this one).
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.members') }).click();
  const current = page.locator('.consortium-tabs [aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(t(lang, 'consortia.detail.tabs.members'));
  await page.getByLabel(t(lang, 'consortia.inviteSearch.label')).fill('MetalAve');
  await page.getByRole('button', { name: about(t(lang, 'consortia.inviteSearch.invite'), 'MetalAve') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(t(lang, 'consortia.invite.consortium'))).toHaveValue(id);
  await checkA11y(page, 'consortia-invite-dialog-en');
  await dialog.getByRole('button', { name: t(lang, 'consortia.invite.submit') }).click();
  await expect(page.getByTestId('pending-invitations')).toContainText('MetalAve');
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.overview') }).click();

  // Second browser: MetalAve's admin accepts; the coordinator's page follows without a reload.
  const partner = await (await openContext()).newPage();
  await signIn(partner, JOAO, DEMO.password);
  await chooseLanguage(partner, lang);
  await partner.goto('/consortia');
  const invitation = partner.getByTestId('received-invitations').locator('article', { hasText: title });
  await expect(invitation).toBeVisible();
  await screen(partner, 'consortia-invitation-en');
  await invitation.getByRole('button', { name: about(t(lang, 'consortia.received.accept'), title) }).click();
  await expect(partner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.country-chart')).toHaveAttribute('aria-label', /Portugal/);
  await expect(verdict(page)).toHaveAttribute('data-eligible', 'false');
  // The chart's names stay readable on a phone.
  await setWidth(page, 375);
  const chartText = await page
    .locator('.country-chart .chart-label')
    .first()
    .evaluate((el) => parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize));
  expect(chartText).toBeGreaterThanOrEqual(13);
  await setWidth(page, 1280);

  // Ready waits while the rules fail, saying which fail.
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.history') }).click();
  await expect(current).toHaveText(t(lang, 'consortia.detail.tabs.history'));
  await expect(page.getByRole('button', { name: t(lang, 'consortia.state.to.ready') })).toBeDisabled();
  await expect(page.getByTestId('state-blocked')).toContainText(t(lang, 'consortia.rules.min_eligible_countries'));

  // A German organisation joins (set up through the API): the report passes on screen.
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.overview') }).click();
  const coordinatorToken = await apiToken(request, DEMO.member);
  const lukas = await apiToken(request, LUKAS);
  const german = (await myOrganisation(request, lukas, { name: 'BBZ Rhein-Ruhr' })).id;
  const inv = await request.post(`/v1/consortia/${id}/invitations`, {
    ...bearer(coordinatorToken),
    data: { organisationId: german, role: 'partner' },
  });
  expect(inv.ok()).toBe(true);
  const accepted = await request.post(`/v1/consortium-invitations/${(await inv.json()).id}/accept`, {
    ...bearer(lukas),
  });
  expect(accepted.ok()).toBe(true);
  await expect(verdict(page)).toHaveAttribute('data-eligible', 'true');
  await expect(countriesRule).toHaveClass(/rule-passed/);
  await screen(page, 'consortia-passed-en');

  // Now ready is accepted, and the history says so.
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.history') }).click();
  await page.getByRole('button', { name: t(lang, 'consortia.state.to.ready') }).click();
  await expect(page.getByTestId('consortium-status')).toHaveText(t(lang, 'consortia.status.ready'));
  await expect(page.getByTestId('consortium-history')).toContainText(
    t(lang, 'consortia.history.actions.status_changed', {
      from: t(lang, 'consortia.status.forming'),
      to: t(lang, 'consortia.status.ready'),
    }),
  );
  await expect(page.getByTestId('consortium-history')).toContainText('MetalAve');
  await screen(page, 'consortia-history-en');

  // Removing the German member: confirmed, gone, and the consortium is forming again.
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.members') }).click();
  await page.getByRole('button', { name: about(t(lang, 'consortia.members.remove'), 'BBZ Rhein-Ruhr') }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('BBZ Rhein-Ruhr');
  await confirm.getByRole('button', { name: t(lang, 'consortia.confirm.remove.confirm') }).click();
  await expect(page.getByTestId('consortium-members')).not.toContainText('BBZ Rhein-Ruhr');
  await screen(page, 'consortia-members-en');
  await page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.overview') }).click();
  await expect(verdict(page)).toHaveAttribute('data-eligible', 'false');
  // A partner has gone: now a replacement call can be posted.
  await expect(page.getByRole('link', { name: t(lang, 'consortia.detail.replacementCall') })).toBeVisible();
  // The coordinator's page was never reloaded: every change above arrived live.
  expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test.describe('in Greek', () => {
  test.use({ locale: LOCALE.el });
  test('a small-scale partnership shows its report in Greek', async ({ page, request }) => {
    const lang: Language = 'el';
    // The coordinator's own language again (the journey above switched it to English).
    const token = await apiToken(request, DEMO.member);
    const me = await request.patch('/v1/me', {
      ...bearer(token),
      data: { preferredLanguage: 'el' },
    });
    expect(me.ok()).toBe(true);
    await signIn(page, DEMO.member, DEMO.password, lang);
    await chooseLanguage(page, lang);
    const title = `Μικρή σύμπραξη ${Date.now().toString(36)}`;
    await createConsortium(page, lang, title, 'KA210-VET');
    await expect(verdict(page)).toHaveText(t(lang, 'consortia.report.notEligible'));
    await expect(page.locator('.report-rules')).toContainText(t(lang, 'consortia.rules.min_organisations'));
    await expect(page.locator('.report-rules')).toContainText(t(lang, 'consortia.report.failed'));
    await expect(page.locator('.report-rules')).toContainText('Ελλάδα');
    await screen(page, 'consortia-report-el');
  });
});
