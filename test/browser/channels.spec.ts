import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { MESSAGE_RATE_WINDOW_MS } from '../../libs/messaging/src/message-limits';
import { DEMO_ACCOUNTS } from '../../scripts/demo-data';
import {
  checkA11y,
  checkScreen,
  DEMO,
  expect,
  LOCALE,
  expectFitsWidth,
  navTo,
  setWidth,
  signIn,
  startingWith,
  t,
  test,
  type Language,
} from './support/fixtures';
import { apiToken, bearer, myOrganisation, OWNED_PUBLISHED } from './support/api';

// Coordinator and partner chat live in their consortium's channel, each in a browser context
// of their own: a mention chosen from the autocomplete, a link, typing, a reply, an edit, a
// deletion; the partner goes offline while the coordinator goes on writing, and back online
// sees every message once, in order (and what they wrote meanwhile goes out); the unread count
// in the navigation; the partner's organisation leaves the consortium and the channel goes from
// the partner's screen at once. The partner reads in English, the coordinator in Greek (her
// language), so both catalogues are walked in one journey. Then a direct conversation from a
// profile.

const partnerEmail = 'joao.silva@demo.syndesmos.eu';
const partnerName = DEMO_ACCOUNTS.find((a) => a.email === partnerEmail)!.displayName;
const coordinatorName = DEMO_ACCOUNTS.find((a) => a.email === DEMO.member)!.displayName;

/** A consortium of the coordinator's and the partner's organisations, made through the API. */
async function consortium(
  request: APIRequestContext,
  coordinator: string,
  partner: string,
  coordinatorOrg: { id: string },
  partnerOrg: string,
) {
  const name = `Live welding ${Date.now()}`;
  const created = await request.post('/v1/consortia', {
    ...bearer(coordinator),
    data: { organisationId: coordinatorOrg.id, name, action: 'KA220-VET' },
  });
  expect(created.status()).toBe(201);
  const c = (await created.json()) as { id: string; channelId: string };
  const inv = await request.post(`/v1/consortia/${c.id}/invitations`, {
    ...bearer(coordinator),
    data: { organisationId: partnerOrg, role: 'partner' },
  });
  expect(inv.status()).toBe(201);
  const invitation = (await inv.json()) as { id: string };
  expect((await request.post(`/v1/consortium-invitations/${invitation.id}/accept`, bearer(partner))).ok()).toBe(true);
  return { ...c, name };
}

/**
 * The direct conversation of the two organisations with more than a page (50) of history:
 * "History begins" first, then both people at once (each under the gateway's 30 per 10 s).
 * Answers the channel, and when both have their sending budget back (`budgetBackAt`).
 */
async function directHistory(
  request: APIRequestContext,
  coordinator: string,
  partner: string,
  coordinatorOrg: string,
  partnerOrg: string,
): Promise<{ id: string; budgetBackAt: number }> {
  const res = await request.post('/v1/channels/direct', {
    ...bearer(coordinator),
    data: { organisationId: coordinatorOrg, withOrganisationId: partnerOrg },
  });
  expect(res.ok()).toBe(true);
  const { id } = (await res.json()) as { id: string };
  const post = async (token: string, body: string) =>
    expect(
      (
        await request.post(`/v1/channels/${id}/messages`, { ...bearer(token), data: { clientId: randomUUID(), body } })
      ).ok(),
    ).toBe(true);
  await post(coordinator, 'History begins');
  const sendAll = async (token: string, who: string) => {
    for (let n = 1; n <= 26; n++) await post(token, n === 7 ? `${who} drafted the welding plan` : `${who} says ${n}`);
  };
  await Promise.all([sendAll(coordinator, 'Maria'), sendAll(partner, 'João')]);
  return { id, budgetBackAt: Date.now() + MESSAGE_RATE_WINDOW_MS };
}

async function unreadTotal(request: APIRequestContext, token: string): Promise<number> {
  const res = await request.get('/v1/channels?limit=100', bearer(token));
  return ((await res.json()) as { items: { unread: number }[] }).items.reduce((n, c) => n + c.unread, 0);
}

/** The accessible name of the Messages link with `count` unread (English). */
const navLabel = (count: number) =>
  count === 0
    ? t('en', 'layout.channels')
    : t('en', count === 1 ? 'channels.nav.label_one' : 'channels.nav.label_other', { count });

const log = (page: Page, lang: Language) => page.getByRole('log', { name: t(lang, 'channels.conversation.log') });
const box = (page: Page, lang: Language) => page.getByRole('combobox', { name: t(lang, 'channels.composer.label') });
const bodies = (page: Page, lang: Language) => log(page, lang).locator('.message-body');
const messageWith = (page: Page, lang: Language, text: string): Locator =>
  log(page, lang).getByRole('listitem').filter({ hasText: text });

async function write(page: Page, lang: Language, text: string): Promise<void> {
  await box(page, lang).fill(text);
  await box(page, lang).press('Enter');
  await expect(box(page, lang)).toHaveValue('');
}

test('coordinator and partner chat live, through a lost connection and a removal', async ({
  page,
  openContext,
  request,
  context,
}) => {
  test.setTimeout(120_000);
  const en: Language = 'en';
  const el: Language = 'el';
  const coordinatorToken = await apiToken(request, DEMO.member);
  const partnerToken = await apiToken(request, partnerEmail);
  const partnerOrg = await myOrganisation(request, partnerToken, OWNED_PUBLISHED);
  const coordinatorOrg = await myOrganisation(request, coordinatorToken, OWNED_PUBLISHED);
  const direct = await directHistory(request, coordinatorToken, partnerToken, coordinatorOrg.id, partnerOrg.id);

  // The partner (English) is on the list when the consortium forms: its channel appears there
  // (channel:added); the coordinator (Greek) opens it.
  await signIn(page, partnerEmail, DEMO.password, en);
  await navTo(page, en, 'layout.channels');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(en, 'channels.list.title'));
  await expect(page.getByRole('link', { name: startingWith(coordinatorOrg.name) })).toBeVisible();
  const c = await consortium(request, coordinatorToken, partnerToken, coordinatorOrg, partnerOrg.id);
  const listed = page.getByRole('link', { name: c.name });
  await expect(listed).toBeVisible();
  await checkScreen(page, 'channel list', 'channels-list');

  const coordinatorContext = await openContext({ locale: LOCALE.el });
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, DEMO.member, DEMO.password, el);
  await coordinator.goto(`/channels/${c.channelId}`);
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(c.name);
  await expect(log(coordinator, el)).toContainText(t(el, 'channels.conversation.empty'));

  await listed.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.name);
  // Who is online: the coordinator, in the partner's list of people.
  const people = page.getByRole('complementary', { name: t(en, 'channels.people.label') });
  await expect(people.getByRole('listitem').filter({ hasText: coordinatorName })).toContainText(
    t(en, 'channels.people.online'),
  );

  // A mention chosen from the autocomplete, and a link.
  // The history took 27 of the coordinator's 30 messages a window: on a quick machine the chat
  // came within the same window and its fourth message was refused.
  await coordinator.waitForTimeout(Math.max(0, direct.budgetBackAt - Date.now()));
  await box(coordinator, el).fill('Καλημέρα @Jo');
  await expect(page.getByText(t(en, 'channels.typing_one', { names: coordinatorName }))).toBeVisible();
  const option = coordinator.getByRole('option', { name: startingWith(partnerName) });
  await expect(option).toBeVisible();
  await box(coordinator, el).press('Enter');
  await expect(box(coordinator, el)).toHaveValue(`Καλημέρα @${partnerName} `);
  // The space typed after the chosen name is not doubled.
  await box(coordinator, el).pressSequentially(' δείτε https://example.org/plan.');
  await expect(box(coordinator, el)).toHaveValue(`Καλημέρα @${partnerName} δείτε https://example.org/plan.`);
  await box(coordinator, el).press('Enter');
  const first = messageWith(page, en, 'Καλημέρα');
  await expect(first.locator('.mention')).toHaveText(`@${partnerName}`);
  const link = first.getByRole('link', { name: 'https://example.org/plan' });
  await expect(link).toHaveAttribute('href', 'https://example.org/plan');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(page.getByText(t(en, 'channels.typing_one', { names: coordinatorName }))).toBeHidden();

  // Shift+Enter starts a new line; a reply quotes what it answers.
  await first.getByRole('button', { name: t(en, 'channels.message.reply') }).click();
  await expect(page.getByText(t(en, 'channels.composer.replyingTo', { name: coordinatorName }))).toBeVisible();
  await box(page, en).pressSequentially('Good morning!');
  await box(page, en).press('Shift+Enter');
  await box(page, en).pressSequentially('Thursday works');
  await box(page, en).press('Enter');
  const reply = messageWith(coordinator, el, 'Good morning!');
  await expect(reply.locator('.message-body')).toHaveText('Good morning!\nThursday works');
  await expect(reply.locator('.message-quote')).toContainText(t(el, 'channels.message.inReplyToYou'));

  // Edit and delete one's own messages; the other side sees both at once.
  const mine = messageWith(page, en, 'Good morning!');
  await mine.getByRole('button', { name: t(en, 'channels.message.edit') }).click();
  await page
    .getByRole('textbox', { name: t(en, 'channels.message.editLabel') })
    .fill('Good morning!\nThursday at 10 works');
  await page.getByRole('textbox', { name: t(en, 'channels.message.editLabel') }).press('Enter');
  await expect(reply.locator('.message-body')).toHaveText('Good morning!\nThursday at 10 works');
  await expect(reply).toContainText(t(el, 'channels.message.edited'));
  await write(page, en, 'A typo');
  const typo = messageWith(page, en, 'A typo');
  await typo.getByRole('button', { name: t(en, 'channels.message.delete') }).click();
  await typo.getByRole('button', { name: t(en, 'channels.message.delete') }).click();
  await expect(coordinator.getByText(t(el, 'channels.message.deleted'))).toBeVisible();

  // A mention edited out goes: the partner's "mentions you" mark and the stored mention.
  await box(coordinator, el).fill('Ρωτήστε @Jo');
  await box(coordinator, el).press('Enter');
  await box(coordinator, el).pressSequentially(' για τον προϋπολογισμό');
  await box(coordinator, el).press('Enter');
  const ask = messageWith(page, en, 'προϋπολογισμό');
  await expect(ask).toHaveClass(/message-mentions-me/);
  await messageWith(coordinator, el, 'προϋπολογισμό')
    .getByRole('button', { name: t(el, 'channels.message.edit') })
    .click();
  const editor = coordinator.getByRole('textbox', { name: t(el, 'channels.message.editLabel') });
  await editor.fill('Ρωτήστε για τον προϋπολογισμό');
  await editor.press('Enter');
  await expect(ask.locator('.message-body')).toHaveText('Ρωτήστε για τον προϋπολογισμό');
  await expect(ask).not.toHaveClass(/message-mentions-me/);
  const stored = await request.get(`/v1/channels/${c.channelId}/messages?limit=100`, bearer(partnerToken));
  const items = ((await stored.json()) as { items: { body: string; mentions: string[] }[] }).items;
  expect(items.find((m) => m.body === 'Ρωτήστε για τον προϋπολογισμό')?.mentions).toEqual([]);

  // Keyboard: the log is one tab stop; arrows choose a message, Tab reaches its actions, and a
  // skip before the log goes to the message box.
  await log(page, en).focus();
  await page.keyboard.press('End');
  await expect(messageWith(page, en, 'προϋπολογισμό')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(messageWith(page, en, t(en, 'channels.message.deleted'))).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: t(en, 'channels.message.reply') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box(page, en)).toBeFocused();
  await page.getByRole('button', { name: t(en, 'channels.conversation.toComposer') }).focus();
  await page.keyboard.press('Enter');
  await expect(box(page, en)).toBeFocused();

  await checkScreen(page, 'conversation', 'channels-conversation', box(page, en));
  await checkScreen(coordinator, 'conversation in Greek', 'channels-conversation-el', box(coordinator, el));

  // Offline: the page says so and keeps what is written; the coordinator writes meanwhile.
  await context.setOffline(true);
  await expect(page.getByText(t(en, 'channels.connection.offline'))).toBeVisible();
  // Offline, nobody is shown as online.
  await expect(people.locator('summary')).toHaveText(t(en, 'channels.people.titleUnknown_other', { count: 2 }));
  await expect(people.getByRole('listitem').filter({ hasText: coordinatorName })).toContainText(
    t(en, 'channels.people.unknown'),
  );
  await write(page, en, 'Written on the train');
  await expect(messageWith(page, en, 'Written on the train')).toContainText(t(en, 'channels.pending.queued'));
  for (const text of ['Πρώτο ενώ λείπετε', 'Δεύτερο ενώ λείπετε', 'Τρίτο ενώ λείπετε']) {
    await write(coordinator, el, text);
    await expect(messageWith(coordinator, el, text).locator('.message-meta time')).toBeVisible();
  }
  await context.setOffline(false);
  const expected = [
    `Καλημέρα @${partnerName} δείτε https://example.org/plan.`,
    'Good morning!\nThursday at 10 works',
    t(en, 'channels.message.deleted'),
    'Ρωτήστε για τον προϋπολογισμό',
    'Πρώτο ενώ λείπετε',
    'Δεύτερο ενώ λείπετε',
    'Τρίτο ενώ λείπετε',
    'Written on the train',
  ];
  await expect(bodies(page, en)).toHaveText(expected);
  await expect(page.getByText(t(en, 'channels.connection.offline'))).toBeHidden();
  await expect(people.locator('summary')).toHaveText(t(en, 'channels.people.title_other', { count: 2, online: 2 }));
  await expect(bodies(coordinator, el)).toHaveText([
    ...expected.slice(0, 2),
    t(el, 'channels.message.deleted'),
    ...expected.slice(3),
  ]);

  // Unread: the partner is on the list when the coordinator writes.
  await navTo(page, en, 'layout.channels');
  await expect(listed).toBeVisible();
  const before = await unreadTotal(request, partnerToken);
  await write(coordinator, el, 'Ένα ακόμη');
  const nav = page.getByRole('navigation', { name: t(en, 'layout.accountNav') });
  await expect(nav.getByRole('link', { name: navLabel(before + 1), exact: true })).toBeAttached();
  await expect(page.getByRole('listitem').filter({ has: listed })).toContainText(
    t(en, 'channels.list.unread_one', { count: 1 }),
  );
  await expect(page.getByRole('listitem').filter({ has: listed })).toContainText('Ένα ακόμη');
  await checkScreen(page, 'channel list with unread', 'channels-list-unread');

  // A second tab holds the conversation open; the list is in the first. The partner's
  // organisation leaves the consortium: both screens change at once.
  const open = await context.newPage();
  await open.goto(`/channels/${c.channelId}`);
  await expect(bodies(open, en).last()).toHaveText('Ένα ακόμη');
  // What was unread is under a "New messages" divider.
  const divider = log(open, en).locator('.unread-divider');
  await expect(divider).toHaveText(t(en, 'channels.conversation.newMessages'));
  await expect(log(open, en).locator('.messages > li').last()).toContainText('Ένα ακόμη');
  await expect(log(open, en).locator('.unread-divider + li')).toContainText('Ένα ακόμη');
  // Read in the open tab: the count in the navigation is back where it was.
  await expect(nav.getByRole('link', { name: navLabel(before), exact: true })).toBeAttached();
  const removed = await request.delete(`/v1/consortia/${c.id}/members/${partnerOrg.id}`, bearer(coordinatorToken));
  expect(removed.status()).toBe(204);
  await expect(listed).toHaveCount(0);
  await expect(open.getByRole('alert')).toHaveText(new RegExp(t(en, 'channels.conversation.accessEnded').slice(0, 30)));
  await expect(log(open, en)).toHaveCount(0);
  await open.close();
  // The coordinator's open conversation no longer lists the partner, nor their organisation.
  const coordinatorPeople = coordinator.getByRole('complementary', { name: t(el, 'channels.people.label') });
  await expect(coordinatorPeople.getByRole('listitem').filter({ hasText: partnerName })).toHaveCount(0);
  await expect(coordinatorPeople.getByRole('listitem')).toHaveCount(1);
  await expect(coordinator.locator('.conversation-orgs')).not.toContainText(partnerOrg.name);
  await box(coordinator, el).fill('@Jo');
  await expect(coordinator.getByRole('option', { name: startingWith(partnerName) })).toHaveCount(0);
  await box(coordinator, el).fill('');

  // The coordinator's list, in Greek: the channel stays hers.
  await navTo(coordinator, el, 'layout.channels');
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(t(el, 'channels.list.title'));
  await expect(coordinator.getByRole('link', { name: c.name })).toBeVisible();
  await checkScreen(coordinator, 'channel list in Greek', 'channels-list-el');

  // A direct conversation from the coordinator's public profile: the one they already have.
  await page.goto(`/organisations/${coordinatorOrg.id}`);
  // The partner belongs to several organisations: a small chooser asks which one writes.
  await page.getByRole('button', { name: t(en, 'channels.direct.open') }).click();
  const from = page.getByRole('combobox', { name: t(en, 'channels.direct.chooseFrom') });
  await checkA11y(page, 'profile with the organisation chooser');
  await from.selectOption({ label: partnerOrg.name });
  await page.getByRole('button', { name: t(en, 'channels.direct.go') }).click();
  await expect(page).toHaveURL(/\/channels\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(coordinatorOrg.name);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(partnerOrg.name);
  expect(new URL(page.url()).pathname).toBe(`/channels/${direct.id}`);

  // History loads on scroll: the latest page first, the start of the conversation above it.
  await expect(bodies(page, en)).toHaveCount(50);
  await expect(bodies(page, en).last()).toHaveText(/says 26$/);
  await expect(log(page, en).getByText('History begins')).toHaveCount(0);
  await log(page, en).evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(bodies(page, en)).toHaveCount(53);
  await expect(bodies(page, en).first()).toHaveText('History begins');
  await expect(log(page, en).getByText(t(en, 'channels.conversation.start'))).toBeVisible();

  // Search within the conversation, kept in the address.
  await page.getByRole('searchbox', { name: t(en, 'channels.search.label') }).fill('welding');
  await page.getByRole('button', { name: t(en, 'channels.search.submit'), exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=welding/);
  const found = page.getByRole('region', { name: t(en, 'channels.search.results_other', { count: 2, q: 'welding' }) });
  // Both wrote it at about the same moment: in either order.
  await expect(found.locator('.message-body')).toHaveCount(2);
  for (const who of ['Maria', 'João']) await expect(found.getByText(`${who} drafted the welding plan`)).toBeVisible();
  await checkA11y(page, 'search within a conversation');
  // A result opens the conversation at it, brought into view and marked.
  await found
    .getByRole('listitem')
    .filter({ hasText: 'Maria drafted the welding plan' })
    .getByRole('link', { name: t(en, 'channels.search.show') })
    .click();
  await expect(page).toHaveURL(/[?&]at=\d+/);
  const target = log(page, en).locator('.message-highlighted');
  await expect(target).toContainText('Maria drafted the welding plan');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();

  // Nothing found: said once.
  await setWidth(page, 375);
  await page.getByRole('button', { name: t(en, 'channels.search.toggle') }).click();
  await page.getByRole('searchbox', { name: t(en, 'channels.search.label') }).fill('zeppelin');
  await page.getByRole('button', { name: t(en, 'channels.search.submit'), exact: true }).click();
  await expect(page.getByText(t(en, 'channels.search.none', { q: 'zeppelin' }))).toBeVisible();
  await expect(page.getByText(t(en, 'channels.search.results_other', { count: 0, q: 'zeppelin' }))).toHaveCount(0);
  await expectFitsWidth(page);
  await checkA11y(page, 'an empty search on a phone');
  await page.getByRole('button', { name: t(en, 'channels.search.clear') }).click();
  await expect(log(page, en)).toBeVisible();
  await expect(box(page, en)).toBeInViewport({ ratio: 1 });
  await setWidth(page, 1280);
});
