import type { APIRequestContext, Page } from '@playwright/test';
import {
  checkA11y,
  checkScreen,
  DEMO,
  expect,
  shot,
  signIn,
  startingWith,
  t,
  test,
  type Language,
} from './support/fixtures';
import { apiToken, bearer, myOrganisation, type OrganisationWanted } from './support/api';

// Suggestions, notifications and the admin dashboard. João (Portuguese manufacturer, prefers
// English) works through his organisation's suggestions: saves one, dismisses one with a reason
// (gone after a reload), messages one. Maria's organisation invites his into a new consortium:
// his bell counts it live, its entry opens the consortium invitations, and he reads everything.
// His preferences survive a reload. The demo admin sees the queues. Then, shorter, in Greek.

const JOAO = 'joao.silva@demo.syndesmos.eu';
/** The first published organisation the account owns or administers. */
const MANAGED: OrganisationWanted = { role: ['owner', 'admin'], status: 'published' };

interface SuggestionView {
  id: string;
  status: string;
  target: { kind: string; id: string; name: string };
}

/** The organisation's suggestions as the API lists them (the worker computes them after seeding). */
async function suggestionsOf(request: APIRequestContext, token: string, orgId: string): Promise<SuggestionView[]> {
  const res = await request.get(`/v1/organisations/${orgId}/suggestions?kind=organisation&limit=50`, bearer(token));
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: SuggestionView[] }).items;
}

const bellName = (lang: Language, count: number) =>
  count === 0
    ? t(lang, 'notifications.bell.none')
    : t(lang, count === 1 ? 'notifications.bell.unread_one' : 'notifications.bell.unread_other', { count });

const card = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('suggestions are saved, dismissed for good and acted on; a notification arrives live; preferences persist; the admin sees the queues', async ({
  page,
  request,
  openContext,
}) => {
  // Three people in three contexts, a live notification and the admin's dashboard with its
  // axe checks: more than the default 30 s once the reverse pass keeps the worker busier.
  test.setTimeout(90_000);
  const joao = await apiToken(request, JOAO);
  const org = await myOrganisation(request, joao, MANAGED);
  // The worker computes suggestions once the seeded profiles are indexed.
  await expect
    .poll(async () => (await suggestionsOf(request, joao, org.id)).filter((s) => s.status === 'new').length, {
      message: 'suggestions computed for the demo organisation',
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(3);
  const [toSave, toDismiss, toMessage] = (await suggestionsOf(request, joao, org.id)).filter((s) => s.status === 'new');

  await signIn(page, JOAO, DEMO.password);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`/suggestions?subject=organisation&id=${org.id}`);
  await expect(
    page.getByRole('heading', { level: 2, name: t('en', 'suggestions.for.organisation', { name: org.name }) }),
  ).toBeVisible();
  await expect(card(page, toSave!.target.name).getByText(t('en', 'suggestions.why'))).toBeVisible();
  await checkScreen(page, 'suggestions', 'suggestions');

  // Save one.
  const saving = card(page, toSave!.target.name);
  await saving.getByRole('button', { name: t('en', 'suggestions.actions.save'), exact: true }).click();
  await expect(saving.getByRole('button', { name: t('en', 'suggestions.actions.saved'), exact: true })).toBeDisabled();

  // Dismiss one, with a reason.
  await card(page, toDismiss!.target.name)
    .getByRole('button', { name: t('en', 'suggestions.actions.dismiss') })
    .click();
  const dialog = page.getByRole('dialog', {
    name: t('en', 'suggestions.dismiss.title', { name: toDismiss!.target.name }),
  });
  await dialog.getByLabel(t('en', 'suggestions.dismiss.reasons.alreadyInContact')).check();
  await dialog.getByLabel(startingWith(t('en', 'suggestions.dismiss.note'))).fill('We met at the Porto fair');
  await checkA11y(page, 'dismiss dialog');
  await shot(page, 'suggestions-dismiss');
  await dialog.getByRole('button', { name: t('en', 'suggestions.dismiss.confirm') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('en', 'suggestions.dismiss.done', { name: toDismiss!.target.name }) }),
  ).toBeVisible();
  await expect(card(page, toDismiss!.target.name)).toHaveCount(0);

  // After a reload: the dismissed one stays gone, the saved one stays saved.
  await page.reload();
  await expect(
    card(page, toSave!.target.name).getByRole('button', { name: t('en', 'suggestions.actions.saved'), exact: true }),
  ).toBeDisabled();
  await expect(card(page, toDismiss!.target.name)).toHaveCount(0);

  // Message one: the act is recorded and the direct conversation opens.
  await card(page, toMessage!.target.name)
    .getByRole('button', { name: t('en', 'suggestions.actions.message') })
    .click();
  await page.waitForURL(/\/channels\/[0-9a-f-]{36}$/);
  const after = await suggestionsOf(request, joao, org.id);
  expect(after.find((s) => s.id === toMessage!.id)?.status).toBe('acted');
  expect(after.find((s) => s.id === toSave!.id)?.status).toBe('saved');
  expect(after.some((s) => s.id === toDismiss!.id)).toBe(false);

  // A notification arrives live: Maria's organisation invites João's into a new consortium.
  await page.goto('/notifications');
  const nav = page.getByRole('navigation', { name: t('en', 'layout.accountNav') });
  const unreadBefore = (
    (await (await request.get('/v1/me/notifications/unread-count', bearer(joao))).json()) as { unread: number }
  ).unread;
  await expect(nav.getByRole('link', { name: bellName('en', unreadBefore) })).toBeVisible();
  const maria = await apiToken(request, DEMO.member);
  const mariasOrg = await myOrganisation(request, maria, MANAGED);
  const consortiumName = `Live bell ${Date.now().toString(36)}`;
  const created = await request.post('/v1/consortia', {
    ...bearer(maria),
    data: { organisationId: mariasOrg.id, name: consortiumName, action: 'KA220-VET' },
  });
  expect(created.status()).toBe(201);
  const consortium = (await created.json()) as { id: string };
  const invited = await request.post(`/v1/consortia/${consortium.id}/invitations`, {
    ...bearer(maria),
    data: { organisationId: org.id, role: 'partner' },
  });
  expect(invited.status()).toBe(201);
  const bell = nav.getByRole('link', { name: bellName('en', unreadBefore + 1) });
  await expect(bell).toBeVisible();
  // The centre shows it too, without a reload; its link opens the invitations.
  const entry = page.getByRole('listitem').filter({ hasText: consortiumName });
  await expect(entry).toBeVisible();
  await checkScreen(page, 'notifications', 'notifications');
  await entry.getByRole('link').click();
  await page.waitForURL((url) => url.pathname === '/consortia');
  await expect(nav.getByRole('link', { name: bellName('en', unreadBefore) })).toBeVisible();
  await bell.or(nav.getByRole('link', { name: bellName('en', unreadBefore) })).click();
  await page.waitForURL((url) => url.pathname === '/notifications');
  if (unreadBefore > 0) await page.getByRole('button', { name: t('en', 'notifications.markAllRead') }).click();
  await expect(nav.getByRole('link', { name: bellName('en', 0) })).toBeVisible();
  await expect(page.getByText(t('en', 'notifications.allRead'))).toBeVisible();

  // One tab is the current page at a time (matching the path alone marked both).
  const tabs = page.getByRole('navigation', { name: t('en', 'notifications.tabs') });
  const current = tabs.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(t('en', 'notifications.centre'));

  // Preferences: a change survives a reload.
  await page.getByRole('link', { name: t('en', 'notifications.preferences.tab') }).click();
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(t('en', 'notifications.preferences.tab'));
  const matches = page.getByLabel(t('en', 'notifications.kinds.match_suggested'));
  await expect(matches).toBeVisible();
  // João moderates nothing: no National Agency queue to be told about.
  await expect(page.getByText(t('en', 'notifications.kinds.moderation_queue_item'))).toHaveCount(0);
  const original = await matches.inputValue();
  const next = original === 'daily' ? 'weekly' : 'daily';
  await matches.selectOption(next);
  await checkScreen(page, 'notification preferences', 'notification-preferences');
  await page.getByRole('button', { name: t('en', 'notifications.preferences.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('en', 'notifications.preferences.saved') })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(t('en', 'notifications.kinds.match_suggested'))).toHaveValue(next);
  await request.put('/v1/me/notification-preferences', {
    ...bearer(joao),
    data: { preferences: [{ kind: 'match.suggested', delivery: original }] },
  });

  // A non-admin is told the dashboard is not for them; the demo admin sees it.
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'admin.forbidden.title') })).toBeVisible();
  const adminPage = await (await openContext()).newPage();
  await signIn(adminPage, DEMO.admin, DEMO.password);
  await adminPage.goto('/admin');
  await expect(adminPage.getByRole('heading', { level: 2, name: t('en', 'admin.queues.title') })).toBeVisible();
  await expect(adminPage.getByRole('heading', { level: 3, name: 'matching' })).toBeVisible();
  await expect(adminPage.getByRole('heading', { level: 2, name: t('en', 'admin.acceptance.title') })).toBeVisible();
  await expect(
    adminPage.getByRole('rowheader', { name: t('en', 'admin.acceptance.kinds.organisationOrganisation') }),
  ).toBeVisible();
  await checkScreen(adminPage, 'admin dashboard', 'admin');
});

test('the suggestions, the notification centre and its preferences in Greek', async ({ page, request }) => {
  // Every screen checked with axe at two widths: room beyond the default 30 s on a busy machine.
  test.setTimeout(60_000);
  // Maria prefers Greek: the app follows her account.
  const maria = await apiToken(request, DEMO.member);
  const org = await myOrganisation(request, maria, MANAGED);
  await signIn(page, DEMO.member, DEMO.password);
  await expect(page.locator('html')).toHaveAttribute('lang', 'el');
  await page.goto(`/suggestions?subject=organisation&id=${org.id}`);
  await expect(page.getByRole('heading', { level: 1, name: t('el', 'suggestions.title') })).toBeVisible();
  await expect(page.getByLabel(t('el', 'suggestions.subject'))).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: t('el', 'suggestions.for.organisation', { name: org.name }) }),
  ).toBeVisible();
  await expect(
    page
      .getByText(t('el', 'suggestions.why'))
      .first()
      .or(page.getByText(t('el', 'suggestions.empty.title'))),
  ).toBeVisible();
  await checkScreen(page, 'suggestions (el)', 'suggestions-el');
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1, name: t('el', 'notifications.title') })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: t('el', 'layout.accountNav') }).getByRole('link', { name: /^Ειδοποιήσεις, / }),
  ).toBeVisible();
  await checkScreen(page, 'notifications (el)', 'notifications-el');
  await page.goto('/notifications?tab=preferences');
  await expect(page.getByLabel(t('el', 'notifications.kinds.channel_mention'))).toBeVisible();
  await checkScreen(page, 'notification preferences (el)', 'notification-preferences-el');
});
