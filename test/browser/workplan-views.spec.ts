import type { APIRequestContext, Locator, Page } from '@playwright/test';
import {
  checkScreen,
  DEMO,
  expect,
  expectFitsWidth,
  LOCALE,
  setWidth,
  signIn,
  t,
  test,
  type Language,
} from './support/fixtures';
import { DEMO_ACCOUNTS } from '../../scripts/demo-data';
import { apiToken, bearer, myOrganisation } from './support/api';

// The workplan's read views, read by a demo coordinator: every view of a demo consortium's
// complete plan checked against the API's own figures, the failing plan's problems shown in
// words, the history paged with "older changes" on a consortium of her own; then in Greek.

interface Part {
  id: string;
  title: string;
  leadOrganisationId: string | null;
  participantIds: string[];
  amount: number;
}
interface Plan {
  consortiumId: string;
  action: 'KA220-VET' | 'KA210-VET';
  frame: { lumpSum: number | null; durationMonths: number | null; version: number };
  workPackages: (Part & { number: number })[];
  activities: (Part & { startMonth: number; endMonth: number; workPackageId: string | null })[];
  report: { passed: boolean; lumpSum: number | null; allocated: number; rules: { rule: string; passed: boolean }[] };
  partners: { organisationId: string; name: string; country: string; roles: string[]; budget: number }[];
}

async function readPlan(request: APIRequestContext, token: string, id: string): Promise<Plan> {
  const res = await request.get(`/v1/consortia/${id}/workplan`, bearer(token));
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Plan;
}

/** The plans of the account's consortia. */
async function plansOf(request: APIRequestContext, token: string): Promise<Plan[]> {
  const res = await request.get('/v1/consortia?limit=100', bearer(token));
  expect(res.status(), await res.text()).toBe(200);
  const ids = ((await res.json()) as { items: { id: string }[] }).items.map((c) => c.id);
  return Promise.all(ids.map((id) => readPlan(request, token, id)));
}

/** The coordinator's demo consortium whose KA220-VET plan passes every rule. */
async function completePlan(request: APIRequestContext, token: string): Promise<Plan> {
  const plan = (await plansOf(request, token)).find(
    (p) => p.report.passed && p.action === 'KA220-VET' && p.activities.length > 1,
  );
  expect(plan, 'a demo consortium of hers with a complete KA220-VET plan').toBeDefined();
  return plan!;
}

/** A demo member in a consortium whose plan fails rules, one of them a partner with no role. */
async function failingPlan(request: APIRequestContext): Promise<{ email: string; token: string; plan: Plan }> {
  for (const { email } of DEMO_ACCOUNTS.filter((a) => !/na\.staff|admin/.test(a.email))) {
    const token = await apiToken(request, email);
    const plan = (await plansOf(request, token)).find(
      (p) => !p.report.passed && p.activities.length > 0 && p.partners.some((m) => m.roles.length === 0),
    );
    if (plan) return { email, token, plan };
  }
  throw new Error('no demo account is in a consortium with a plan to fix');
}

/** The account's language, set before signing in so the app opens in it. */
async function preferLanguage(request: APIRequestContext, token: string, lang: Language): Promise<void> {
  const res = await request.patch('/v1/me', { ...bearer(token), data: { preferredLanguage: lang } });
  expect(res.status(), await res.text()).toBe(200);
}

/** A calendar month as the page writes it ("Sep 2027"; Chromium may say "Sept"). */
function monthOf(page: Page, lang: Language) {
  return (iso: string) =>
    page.evaluate(
      ([d, locale]) =>
        new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(d)),
      [iso, lang === 'el' ? 'el-GR' : 'en-GB'] as const,
    );
}

/** Euros as the page writes them (the browser's own Intl, in the page's language). */
function euros(page: Page, lang: Language) {
  return (value: number) =>
    page.evaluate(
      ([v, locale]) =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'EUR',
          minimumFractionDigits: 0,
          maximumFractionDigits: 2,
        }).format(v),
      [value, lang === 'el' ? 'el-GR' : 'en-GB'] as const,
    );
}

const views = (page: Page, lang: Language) => page.getByRole('navigation', { name: t(lang, 'workplan.views.nav') });

async function openView(page: Page, lang: Language, view: string): Promise<void> {
  const link = views(page, lang).getByRole('link', { name: t(lang, `workplan.views.tabs.${view}`), exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
  if (view === 'outline') await expect(page).not.toHaveURL(/view=/);
  else await expect(page).toHaveURL(new RegExp(`view=${view}`));
}

/** The budget bar's sentence for the report's figures. */
async function verdict(page: Page, lang: Language, plan: Plan): Promise<string> {
  const euro = euros(page, lang);
  const { lumpSum, allocated } = plan.report;
  const status = lumpSum === null ? 'unset' : allocated < lumpSum ? 'under' : allocated > lumpSum ? 'over' : 'exact';
  return t(lang, `workplan.views.bar.${status}`, {
    allocated: await euro(allocated),
    lumpSum: await euro(lumpSum ?? 0),
    rest: await euro(Math.abs((lumpSum ?? 0) - allocated)),
  });
}

const row = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });

/** The coordinator, signed in in `lang`, with her complete plan open on its outline. */
async function openCompletePlan(page: Page, request: APIRequestContext, lang: Language): Promise<Plan> {
  const token = await apiToken(request, DEMO.member);
  await preferLanguage(request, token, lang);
  const plan = await completePlan(request, token);
  await signIn(page, DEMO.member, DEMO.password, lang);
  await page.goto(`/consortia/${plan.consortiumId}?tab=workplan`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  return plan;
}

test('a coordinator walks every view of a complete workplan and sees the API’s figures', async ({ page, request }) => {
  test.setTimeout(120_000);
  const lang: Language = 'en';
  // The outline is the default view; the bar sits above it and above every view.
  const plan = await openCompletePlan(page, request, lang);
  const euro = euros(page, lang);
  const name = new Map(plan.partners.map((p) => [p.organisationId, p.name]));
  await expect(
    page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.workplan'), exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(views(page, lang).getByRole('link', { name: t(lang, 'workplan.views.tabs.outline') })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByTestId('budget-bar-verdict')).toHaveText(await verdict(page, lang, plan));
  const legend = page.getByTestId('budget-bar-legend').getByRole('listitem');
  await expect(legend).toHaveCount(plan.workPackages.length);
  for (const wp of [...plan.workPackages].sort((a, b) => a.number - b.number)) {
    await expect(legend.nth(wp.number - 1)).toContainText(`WP${wp.number} ${wp.title}`);
    await expect(legend.nth(wp.number - 1)).toContainText(await euro(wp.amount));
  }
  await checkScreen(page, 'workplan outline', 'workplan-views-outline');

  // Activities: every one, with its lead, months and amount; filtered by partner and by WP.
  await openView(page, lang, 'activities');
  await expect(
    page.getByRole('link', { name: t(lang, 'consortia.detail.tabs.workplan'), exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  const table = page.getByTestId('activities-table');
  await expect(table.locator('tbody tr')).toHaveCount(plan.activities.length);
  for (const a of plan.activities) {
    const r = row(table, a.title);
    await expect(r).toContainText(name.get(a.leadOrganisationId!)!);
    await expect(r).toContainText(`M${a.startMonth} – M${a.endMonth}`);
    await expect(r).toContainText(await euro(a.amount));
  }
  const largest = [...plan.activities].sort((x, y) => y.amount - x.amount)[0]!;
  await page
    .getByLabel(t(lang, 'workplan.views.activities.sort'))
    .selectOption({ label: t(lang, 'workplan.views.activities.sorts.amount') });
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText(largest.title);
  const wp2 = plan.workPackages.find((w) => w.number === 2)!;
  await page
    .getByLabel(t(lang, 'workplan.views.activities.filterWp'), { exact: true })
    .selectOption({ label: `WP2 ${wp2.title}` });
  await expect(table.locator('tbody tr')).toHaveCount(plan.activities.filter((a) => a.workPackageId === wp2.id).length);
  await page
    .getByLabel(t(lang, 'workplan.views.activities.filterWp'), { exact: true })
    .selectOption({ label: t(lang, 'workplan.views.activities.allWps') });
  const partner = plan.partners.at(-1)!;
  await page.getByLabel(t(lang, 'workplan.views.activities.filterPartner')).selectOption({ label: partner.name });
  const theirs = plan.activities.filter(
    (a) => a.leadOrganisationId === partner.organisationId || a.participantIds.includes(partner.organisationId),
  );
  await expect(table.locator('tbody tr')).toHaveCount(theirs.length);
  await checkScreen(page, 'workplan activities', 'workplan-views-activities');

  // Timeline: M1…Mn (no planned start), one row per activity with its months in words.
  await openView(page, lang, 'timeline');
  const timeline = page.getByTestId('timeline');
  await expect(
    page.getByText(
      t(lang, 'workplan.views.timeline.span_other', {
        count: plan.frame.durationMonths!,
        from: 'M1',
        to: `M${plan.frame.durationMonths}`,
      }),
    ),
  ).toBeVisible();
  for (const a of plan.activities)
    await expect(row(timeline, a.title)).toContainText(`M${a.startMonth} – M${a.endMonth}`);
  await expect(timeline.getByText(t(lang, 'workplan.views.timeline.pastEnd'))).toHaveCount(0);
  await checkScreen(page, 'workplan timeline', 'workplan-views-timeline');

  // Budget: the work packages add up to the report's allocation; each partner's share is the API's.
  await openView(page, lang, 'budget');
  await expect(page.getByTestId('budget-per-wp-total')).toContainText(await euro(plan.report.allocated));
  await expect(page.getByTestId('budget-per-partner-total')).toContainText(await euro(plan.report.allocated));
  const perPartner = page.getByTestId('budget-per-partner');
  for (const p of plan.partners)
    await expect(row(perPartner, `${p.name} (${p.country})`)).toContainText(await euro(p.budget));
  await checkScreen(page, 'workplan budget', 'workplan-views-budget');

  // Partners × work packages: each package's lead reads "Lead" in its column.
  await openView(page, lang, 'partners');
  const matrix = page.getByTestId('role-matrix');
  for (const wp of plan.workPackages) {
    const lead = row(matrix, name.get(wp.leadOrganisationId!)!);
    await expect(lead.getByRole('cell').nth(wp.number - 1)).toHaveText(t(lang, 'workplan.views.partners.lead'));
  }
  await expect(page.getByTestId('idle-partners')).toHaveCount(0);
  await checkScreen(page, 'workplan partners', 'workplan-views-partners');

  // History: the seeding's changes, newest first.
  await openView(page, lang, 'history');
  await expect(page.getByTestId('plan-history').getByRole('listitem').first()).toBeVisible();
  await checkScreen(page, 'workplan history', 'workplan-views-history');
});

test('a plan to fix shows its partner with no role and what is wrong, in words', async ({ page, request }) => {
  const lang: Language = 'en';
  const { email, token, plan } = await failingPlan(request);
  await preferLanguage(request, token, lang);
  await signIn(page, email, DEMO.password, lang);

  await page.goto(`/consortia/${plan.consortiumId}?tab=workplan&view=partners`);
  await expect(page.getByTestId('budget-bar-verdict')).toHaveText(await verdict(page, lang, plan));
  const idle = plan.partners.filter((p) => p.roles.length === 0);
  const roleRule = plan.report.rules.find((r) => r.rule === 'every_member_has_a_role')!;
  expect(roleRule.passed).toBe(false);
  const matrix = page.getByTestId('role-matrix');
  for (const p of plan.partners) {
    const badge = row(matrix, `${p.name} ${t(lang, 'workplan.views.partners.idle')}`);
    await expect(badge).toHaveCount(p.roles.length === 0 ? 1 : 0);
  }
  await expect(page.getByTestId('idle-partners')).toContainText(idle[0]!.name);
  await checkScreen(page, 'workplan partners to fix', 'workplan-views-partners-to-fix');

  await openView(page, lang, 'timeline');
  const past = plan.activities.filter((a) => a.endMonth > plan.frame.durationMonths!);
  expect(past.length, 'the plan to fix has an activity past the last month').toBeGreaterThan(0);
  for (const a of past)
    await expect(row(page.getByTestId('timeline'), a.title)).toContainText(t(lang, 'workplan.views.timeline.pastEnd'));
  await setWidth(page, 375);
  await expectFitsWidth(page);
  await setWidth(page, 1280);
});

test('the plan’s history reads older changes page by page, with calendar months once a start is planned', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const lang: Language = 'en';
  const token = await apiToken(request, DEMO.member);
  await preferLanguage(request, token, lang);
  const org = await myOrganisation(request, token, { role: ['owner', 'admin'], status: 'published' });
  const created = await request.post('/v1/consortia', {
    ...bearer(token),
    data: { organisationId: org.id, name: `Workplan history ${Date.now().toString(36)}`, action: 'KA220-VET' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  let plan = await readPlan(request, token, id);
  // 21 changes of the frame, one more than a page: the frame first, then the summary alone.
  for (let i = 0; i <= 20; i++) {
    const frame = i === 0 ? { lumpSum: 250_000, durationMonths: 12, plannedStart: '2027-09-01' } : {};
    const res = await request.patch(`/v1/consortia/${id}/workplan/frame`, {
      ...bearer(token),
      data: { version: plan.frame.version, ...frame, summary: `Draft ${i}` },
    });
    expect(res.status(), await res.text()).toBe(200);
    plan = (await res.json()) as Plan;
  }
  const me = (await (await request.get('/v1/me', bearer(token))).json()) as { displayName: string };
  await signIn(page, DEMO.member, DEMO.password, lang);

  await page.goto(`/consortia/${id}?tab=workplan&view=history`);
  const entries = page.getByTestId('plan-history').getByRole('listitem');
  await expect(entries).toHaveCount(20);
  await expect(entries.first()).toContainText(
    t(lang, 'workplan.views.history.actions.updated', {
      actor: me.displayName,
      organisation: org.name,
      part: t(lang, 'workplan.views.history.parts.frame'),
    }),
  );
  await expect(entries.first()).toContainText(
    t(lang, 'workplan.views.history.fieldsChanged', { fields: t(lang, 'workplan.views.history.fields.summary') }),
  );
  await page.getByRole('button', { name: t(lang, 'workplan.views.history.more') }).click();
  await expect(entries).toHaveCount(21);
  await expect(page.getByRole('button', { name: t(lang, 'workplan.views.history.more') })).toHaveCount(0);

  // Nothing allocated yet: the whole lump sum is left, in words; the only member has no role.
  await expect(page.getByTestId('budget-bar-verdict')).toHaveText(await verdict(page, lang, plan));
  await openView(page, lang, 'timeline');
  await expect(
    page.getByText(
      t(lang, 'workplan.views.timeline.span_other', {
        count: 12,
        from: await monthOf(page, lang)('2027-09-01'),
        to: await monthOf(page, lang)('2028-08-01'),
      }),
    ),
  ).toBeVisible();
  await openView(page, lang, 'partners');
  await expect(row(page.getByTestId('role-matrix'), org.name).getByRole('cell').first()).toHaveText(
    t(lang, 'workplan.views.partners.lead'),
  );
});

test.describe('in Greek', () => {
  test.use({ locale: LOCALE.el });

  test('the views of a complete plan read in Greek, on a phone too', async ({ page, request }) => {
    test.setTimeout(90_000);
    const lang: Language = 'el';
    const plan = await openCompletePlan(page, request, lang);
    const euro = euros(page, lang);
    await expect(page.getByTestId('budget-bar-verdict')).toHaveText(await verdict(page, lang, plan));
    await checkScreen(page, 'workplan outline (el)', 'workplan-views-outline-el');
    for (const view of ['activities', 'timeline', 'budget', 'partners', 'history']) {
      await openView(page, lang, view);
      await checkScreen(page, `workplan ${view} (el)`, `workplan-views-${view}-el`);
    }
    await openView(page, lang, 'budget');
    await expect(page.getByTestId('budget-per-wp-total')).toContainText(await euro(plan.report.allocated));
    await setWidth(page, 375);
    await openView(page, lang, 'timeline');
    // The timeline scrolls inside its own region, never the page.
    const region = page.getByRole('region', { name: t(lang, 'workplan.views.timeline.table') });
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await expectFitsWidth(page);
  });
});
