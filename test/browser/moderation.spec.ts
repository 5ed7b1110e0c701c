import type { APIRequestContext, Locator, Page } from '@playwright/test';
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
  type Language,
} from './support/fixtures';
import { apiToken, bearer, myOrganisation, type Organisation } from './support/api';

// The National Agency's desk (/moderation): the demo officer for Greece and Cyprus reads the
// queue of their countries oldest first, rejects one submission with a reason its member then
// reads, approves another with the keyboard alone and finds it in search, decides a revision
// from its side-by-side diff and a report, and reads the audit log by name. Someone who is not
// NA staff is told, kindly, that the desk is not theirs.
//
// The demo data (scripts/demo-organisations.ts) has four Greek and Cypriot submissions waiting,
// in this order, and two Portuguese ones the officer must not see. Revisions and reports are
// made here through the API by the demo members who own (or read) the organisations.

const GR_CY_SUBMISSIONS = ['2ο ΕΠΑΛ Πειραιά', 'ΑΣ Ελαιοπαραγωγών Πύλου', 'ΚΕΔ Λάρισας', 'ΚΕΚ Αμμοχώστου'];
const PT_SUBMISSIONS = ['EPHT Algarve', 'TêxtilNorte'];
/** Owned by maria.papadopoulou (DEMO.member). */
const TO_REJECT = 'ΚΕΔ Λάρισας';
/** Owned by eva.novak. */
const TO_APPROVE = 'ΑΣ Ελαιοπαραγωγών Πύλου';
const SOFIA = 'sofia.rossi@demo.syndesmos.eu'; // owns Kydonia Resorts (GR, published, OID E10000003)
const LUKAS = 'lukas.schmidt@demo.syndesmos.eu'; // owns Thalassa Renewables (GR, published, OID E10000007)
const JOAO = 'joao.silva@demo.syndesmos.eu'; // an ordinary member, in Portugal
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

// ---------------------------------------------------------------------------------------------
// The API, for what other people do meanwhile

async function ownedBy(request: APIRequestContext, email: string, oid: string) {
  const accessToken = await apiToken(request, email);
  return { accessToken, organisation: await myOrganisation(request, accessToken, { oid }) };
}

/** The officer's interface language is their account's: set it before they sign in. */
async function preferLanguage(request: APIRequestContext, email: string, lang: Language): Promise<void> {
  const res = await request.patch('/v1/me', {
    ...bearer(await apiToken(request, email)),
    data: { preferredLanguage: lang },
  });
  expect(res.status()).toBe(200);
}

// ---------------------------------------------------------------------------------------------
// The desk, as the officer uses it

async function openDesk(page: Page, request: APIRequestContext, lang: Language): Promise<void> {
  await preferLanguage(request, DEMO.naStaff, lang);
  await signIn(page, DEMO.naStaff, DEMO.password, lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page
    .getByRole('navigation', { name: t(lang, 'layout.mainNav') })
    .getByRole('link', { name: t(lang, 'layout.moderation') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'moderation.title') })).toBeVisible();
}

const queueRegion = (page: Page, lang: Language) =>
  page.getByRole('region', { name: t(lang, 'moderation.queue.title') });

const queueLink = (page: Page, lang: Language, name: string) =>
  queueRegion(page, lang).getByRole('link', { name: startingWith(name) });

const detail = (page: Page, lang: Language) => page.getByRole('region', { name: t(lang, 'moderation.detail.label') });

const dialog = (page: Page) => page.getByRole('dialog');

/** The organisations' names in the queue, top to bottom. */
async function queueNames(page: Page, lang: Language): Promise<string[]> {
  await expect(queueRegion(page, lang).getByRole('listitem').first()).toBeVisible();
  return queueRegion(page, lang).locator('.queue-item-name').allInnerTexts();
}

/** Presses Tab until `target` has the focus, as a keyboard user would move to it. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

// ---------------------------------------------------------------------------------------------

test.describe.configure({ mode: 'serial' });

for (const lang of LANGUAGES) {
  test.describe(`the desk in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    test('lists the Greek and Cypriot queue oldest first, with its figures, and passes axe', async ({
      page,
      request,
    }) => {
      await openDesk(page, request, lang);
      await expect(
        page.getByText(
          t(lang, 'moderation.scope', { countries: lang === 'en' ? 'Cyprus and Greece' : 'Κύπρος και Ελλάδα' }),
        ),
      ).toBeVisible();

      const names = await queueNames(page, lang);
      const positions = GR_CY_SUBMISSIONS.map((name) => names.indexOf(name));
      expect(positions, `queue: ${names.join(' | ')}`).not.toContain(-1);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const name of PT_SUBMISSIONS) expect(names).not.toContain(name);
      // Each item says its kind, country and how long it has waited (the exact time beside it).
      const first = queueLink(page, lang, GR_CY_SUBMISSIONS[0]);
      await expect(first).toContainText(t(lang, 'moderation.kinds.submission'));
      await expect(first).toContainText(t(lang, 'moderation.waitingSince.submission'));
      await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

      // The figures: a chart with a spoken summary, and the same numbers as text.
      const figures = page.getByRole('region', { name: t(lang, 'moderation.figures.title') });
      const stats = (await (
        await request.get('/v1/moderation/stats', bearer(await apiToken(request, DEMO.naStaff)))
      ).json()) as { submissions: number; revisions: number; reports: number };
      await expect(figures.getByRole('img')).toHaveAttribute(
        'aria-label',
        t(lang, 'moderation.figures.chartSummary', { ...stats }),
      );
      await expect(figures.getByText(t(lang, 'moderation.figures.pending'))).toBeVisible();
      await expect(figures.getByText(t(lang, 'moderation.figures.median'))).toBeVisible();

      await checkScreen(page, `moderation queue (${lang})`, lang === 'en' ? 'moderation-queue' : 'moderation-queue-el');

      // An opened submission shows the whole profile beside the queue.
      await queueLink(page, lang, GR_CY_SUBMISSIONS[0]).click();
      await expect(page).toHaveURL(/[?&]item=submission%3A/);
      await expect(detail(page, lang).getByRole('heading', { level: 2, name: GR_CY_SUBMISSIONS[0] })).toBeVisible();
      await expect(detail(page, lang).getByText(t(lang, 'profile.fields.legalName'))).toBeVisible();
      await expect(detail(page, lang).getByText('2ο Επαγγελματικό Λύκειο Πειραιά')).toBeVisible();
      await checkScreen(
        page,
        `moderation submission (${lang})`,
        lang === 'en' ? 'moderation-submission' : 'moderation-submission-el',
      );
    });
  });
}

test('rejects a submission with a reason, and its member reads that reason', async ({ page, request, openContext }) => {
  const lang = 'en';
  await openDesk(page, request, lang);
  await queueLink(page, lang, TO_REJECT).click();
  await detail(page, lang)
    .getByRole('button', { name: t(lang, 'moderation.decisions.reject.button'), exact: true })
    .click();

  // A reason is required: confirming without one says so on the field.
  await expect(dialog(page)).toBeVisible();
  await expect(
    dialog(page).getByRole('heading', { name: t(lang, 'moderation.decisions.reject.title', { name: TO_REJECT }) }),
  ).toBeVisible();
  const reason = dialog(page).getByLabel(startingWith(t(lang, 'moderation.dialog.reason')));
  await expect(reason).toBeFocused();
  await dialog(page)
    .getByRole('button', { name: t(lang, 'moderation.decisions.reject.confirm') })
    .click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(new RegExp(t(lang, 'moderation.validation.reasonRequired')));
  await reason.fill('   ');
  await dialog(page)
    .getByRole('button', { name: t(lang, 'moderation.decisions.reject.confirm') })
    .click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await checkA11y(page, 'moderation reject dialog with its error');
  await shot(page, 'moderation-reject-dialog');

  const text = 'The OID E10000053 belongs to another body: please check it in the Organisation Registration System.';
  await reason.fill(text);
  await dialog(page)
    .getByRole('button', { name: t(lang, 'moderation.decisions.reject.confirm') })
    .click();
  await expect(dialog(page)).toBeHidden();
  await expect(
    page.getByRole('status').getByText(t(lang, 'moderation.done.reject', { name: TO_REJECT })),
  ).toBeVisible();
  // It left the queue, and focus went on to the next item, whose detail is open.
  await expect(queueLink(page, lang, TO_REJECT)).toHaveCount(0);
  const heading = detail(page, lang).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).not.toHaveText(TO_REJECT);

  // Its member sees the reason: on the organisation's own page, and in the editor's banner.
  const maria = await apiToken(request, DEMO.member);
  const rejected = await myOrganisation(request, maria, { name: TO_REJECT });
  expect(rejected).toMatchObject({ status: 'rejected', statusReason: text });
  const member = await (await openContext()).newPage();
  await signIn(member, DEMO.member, DEMO.password, lang);
  await member.goto(`/organisations/${rejected.id}`);
  await expect(member.getByText(text)).toBeVisible();
  await member.goto(`/my/organisations/${rejected.id}`);
  const banner = member.locator('#status-banner-title');
  await expect(banner).toBeVisible();
  const bannerLang = ((await member.locator('html').getAttribute('lang')) ?? lang) as Language;
  await expect(banner).toContainText(t(bannerLang, 'organisations.status.rejected'));
  await expect(member.getByRole('main').getByText(text)).toBeVisible();
  await checkA11y(member, 'editor of a rejected profile, with its reason');
});

test('approves a submission with the keyboard alone, and it can then be found in search', async ({ page, request }) => {
  const lang = 'en';
  await openDesk(page, request, lang);
  const link = queueLink(page, lang, TO_APPROVE);
  await expect(link).toBeVisible();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]item=submission%3A/);
  const approve = detail(page, lang).getByRole('button', {
    name: t(lang, 'moderation.decisions.approve.button'),
    exact: true,
  });
  await tabTo(page, approve);
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // The note is optional: straight on to the confirmation.
  await expect(dialog(page).getByLabel(t(lang, 'moderation.dialog.note'))).toBeFocused();
  await tabTo(page, dialog(page).getByRole('button', { name: t(lang, 'moderation.decisions.approve.confirm') }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').getByText(t(lang, 'moderation.done.approve', { name: TO_APPROVE })),
  ).toBeVisible();
  await expect(queueLink(page, lang, TO_APPROVE)).toHaveCount(0);
  await expect(detail(page, lang).getByRole('heading', { level: 2 })).toBeFocused();

  // Published: search finds it once the worker has indexed it.
  const reader = await apiToken(request, DEMO.naStaffPortugal);
  await expect
    .poll(
      async () => {
        const res = await request.get(`/v1/search/organisations?q=${encodeURIComponent('Ελαιοπαραγωγών Πύλου')}`, {
          ...bearer(reader),
        });
        return res.ok() ? ((await res.json()) as { hits: { name: string }[] }).hits.map((h) => h.name) : [];
      },
      { timeout: 20_000, message: `${TO_APPROVE} in search` },
    )
    .toContain(TO_APPROVE);
});

test.describe('a revision, in Greek', () => {
  test.use({ locale: LOCALE.el });

  test('shows a pending revision side by side, and approving it makes it live', async ({ page, request }) => {
    const lang = 'el';
    const { accessToken, organisation } = await ownedBy(request, SOFIA, 'E10000003');
    const city = `Χανιά ${Date.now().toString(36)}`;
    const edit = await request.patch(`/v1/organisations/${organisation.id}`, {
      ...bearer(accessToken),
      data: { city, topics: ['green_skills', 'digital_skills'] },
    });
    expect(edit.status()).toBe(200);

    await openDesk(page, request, lang);
    await page.getByLabel(t(lang, 'moderation.filters.kind'), { exact: true }).selectOption('revision');
    await expect(page).toHaveURL(/[?&]kind=revision/);
    await queueLink(page, lang, organisation.profile.displayName).click();
    const table = detail(page, lang).getByRole('table', { name: t(lang, 'moderation.detail.changesCaption') });
    await expect(table.getByRole('columnheader', { name: t(lang, 'profile.live') })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: t(lang, 'profile.proposed') })).toBeVisible();
    const cityRow = table.getByRole('row', { name: new RegExp(t(lang, 'profile.fields.city')) });
    await expect(cityRow.getByRole('cell').nth(0)).toHaveText(organisation.profile.city);
    await expect(cityRow.getByRole('cell').nth(1)).toHaveText(city);
    await checkScreen(page, 'moderation revision (el)', 'moderation-revision-el');

    await detail(page, lang)
      .getByRole('button', { name: t(lang, 'moderation.decisions.approveRevision.button'), exact: true })
      .click();
    await dialog(page)
      .getByRole('button', { name: t(lang, 'moderation.decisions.approveRevision.confirm') })
      .click();
    await expect(
      page
        .getByRole('status')
        .getByText(t(lang, 'moderation.done.approveRevision', { name: organisation.profile.displayName })),
    ).toBeVisible();
    const live = await request.get(`/v1/organisations/${organisation.id}`, bearer(accessToken));
    expect(((await live.json()) as Organisation).profile.city).toBe(city);
  });
});

test('shows a report, and explains a decision a colleague took first', async ({ page, request, allowConsoleError }) => {
  const lang = 'en';
  const { organisation } = await ownedBy(request, LUKAS, 'E10000007');
  const words = `Their website lists a different company (${Date.now().toString(36)}).`;
  const report = await request.post(`/v1/organisations/${organisation.id}/reports`, {
    ...bearer(await apiToken(request, JOAO)),
    data: { category: 'inaccurate_information', text: words },
  });
  expect(report.status()).toBe(201);
  const reportId = ((await report.json()) as { id: string }).id;

  await openDesk(page, request, lang);
  await page.getByLabel(t(lang, 'moderation.filters.kind'), { exact: true }).selectOption('report');
  await queueLink(page, lang, organisation.profile.displayName).click();
  await expect(detail(page, lang).getByText(words)).toBeVisible();
  await expect(detail(page, lang).getByText('Inaccurate information')).toBeVisible();
  await checkA11y(page, 'moderation report');
  await shot(page, 'moderation-report');

  // A colleague dismisses it first; upholding it now is refused, and the desk says why.
  allowConsoleError(
    /status of 409/,
    'the report was dismissed through the API first, so the desk’s decision is refused with 409',
    /\/v1\/moderation\/reports\//,
  );
  const dismissed = await request.post(`/v1/moderation/reports/${reportId}/dismiss`, {
    ...bearer(await apiToken(request, DEMO.naStaff)),
    data: {},
  });
  expect(dismissed.status()).toBe(204);
  await detail(page, lang)
    .getByRole('button', { name: t(lang, 'moderation.decisions.upholdReport.button'), exact: true })
    .click();
  await dialog(page)
    .getByLabel(startingWith(t(lang, 'moderation.dialog.reason')))
    .fill('Fake company.');
  await dialog(page)
    .getByRole('button', { name: t(lang, 'moderation.decisions.upholdReport.confirm') })
    .click();
  await expect(dialog(page).getByRole('alert')).toHaveText(t(lang, 'moderation.errors.invalidState'));
  await dialog(page)
    .getByRole('button', { name: t(lang, 'common.cancel') })
    .click();
  await expect(dialog(page)).toBeHidden();
  // Read again, it has left the queue; the detail says so, and focus is back on the queue.
  await expect(queueLink(page, lang, organisation.profile.displayName)).toHaveCount(0);
  await expect(detail(page, lang).getByText(t(lang, 'moderation.detail.goneTitle'))).toBeVisible();
  await expect(queueRegion(page, lang).getByRole('heading', { level: 2 })).toBeFocused();
  const still = await request.get(`/v1/organisations/${organisation.id}`, {
    ...bearer(await apiToken(request, LUKAS)),
  });
  expect(((await still.json()) as Organisation).status).toBe('published');
});

for (const lang of LANGUAGES) {
  test.describe(`the audit log in ${lang}`, () => {
    test.use({ locale: LOCALE[lang] });

    test('names who decided what, never by id', async ({ page, request }) => {
      await openDesk(page, request, lang);
      await page.getByRole('link', { name: t(lang, 'moderation.tabs.audit') }).click();
      await expect(page).toHaveURL(/[?&]tab=audit/);
      await expect(page.getByRole('link', { name: t(lang, 'moderation.tabs.audit') })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const log = page.getByRole('table');
      const rejection = log
        .getByRole('row')
        .filter({ hasText: TO_REJECT })
        .filter({
          hasText: t(lang, 'moderation.actions.rejected'),
        });
      await expect(rejection).toHaveCount(1);
      await expect(rejection).toContainText('Ελένη Γεωργίου (IKY)');
      await expect(rejection).toContainText('E10000053 belongs to another body');
      await expect(log.getByRole('row').filter({ hasText: TO_APPROVE }).first()).toContainText(
        t(lang, 'moderation.actions.approved'),
      );
      expect(await log.innerText()).not.toMatch(UUID);
      await checkScreen(
        page,
        `moderation audit log (${lang})`,
        lang === 'en' ? 'moderation-audit' : 'moderation-audit-el',
      );
    });
  });
}

test('tells someone who is not National Agency staff that the desk is not theirs', async ({ page, request }) => {
  const lang = 'en';
  await preferLanguage(request, JOAO, lang);
  await signIn(page, JOAO, DEMO.password, lang);
  await expect(page.getByRole('navigation', { name: t(lang, 'layout.mainNav') })).not.toContainText(
    t(lang, 'layout.moderation'),
  );
  await page.goto('/moderation');
  await expect(page.getByRole('heading', { level: 1, name: t(lang, 'moderation.notStaff.title') })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: t(lang, 'moderation.notStaff.search') })).toBeVisible();
  await checkA11y(page, 'moderation for someone else');
  await shot(page, 'moderation-not-staff');
});
