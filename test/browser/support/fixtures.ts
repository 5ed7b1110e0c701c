import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import {
  expect,
  test as base,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Locator,
  type Page,
} from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../scripts/demo-data';
import { MAIL_DIR, SCREENSHOT_DIR } from './browser-env';
import { MailFolder } from './mail';
import { t, type Language } from '../../support/web-ui';

// What every journey gets: a `test` that fails on anything in the browser console, axe on
// each screen, screenshots for the README, the caught mail, and the interface's own words from
// the catalogues (so one journey runs in English and in Greek). See test/browser/README.md.

export { expect };
export type { CaughtMail, LatestToOptions } from './mail';
export { LANGUAGES, LOCALE, signIn, startingWith, t, type Language } from '../../support/web-ui';

// ---------------------------------------------------------------------------------------------
// Nothing in the console

interface Allowed {
  text: RegExp;
  /** The message's source (for "Failed to load resource", the resource's address). */
  url?: RegExp;
  why: string;
}

// Console errors every test tolerates. Each needs its reason; keep this list empty unless the
// browser itself, not the app, makes the noise.
const ALLOWED: Allowed[] = [];

interface Problem {
  kind: 'console.error' | 'page error';
  text: string;
  url: string;
  page: string;
}

class ConsoleWatch {
  readonly problems: Problem[] = [];
  private readonly allowed: Allowed[] = [...ALLOWED];

  watch(context: BrowserContext): void {
    context.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      this.problems.push({
        kind: 'console.error',
        text: message.text(),
        url: message.location().url,
        page: message.page()?.url() ?? '',
      });
    });
    context.on('weberror', (error) => {
      this.problems.push({
        kind: 'page error',
        text: error.error().stack ?? error.error().message,
        url: '',
        page: error.page()?.url() ?? '',
      });
    });
  }

  allow(text: RegExp, why: string, url?: RegExp): void {
    if (!why.trim()) throw new Error('allowConsoleError needs the reason the error is expected');
    this.allowed.push({ text, url, why });
  }

  unexpected(): Problem[] {
    return this.problems.filter((p) => !this.allowed.some((a) => a.text.test(p.text) && (!a.url || a.url.test(p.url))));
  }
}

// ---------------------------------------------------------------------------------------------
// Fixtures

export interface JourneyFixtures {
  /** The mail the platform sent in this run. */
  mail: MailFolder;
  /**
   * Lets this test pass with console errors matching `text` (and, when given, coming from a
   * resource matching `url`), e.g. a 401 that the test provokes. `why` is required.
   */
  allowConsoleError: (text: RegExp, why: string, url?: RegExp) => void;
  /** A second browser context (another user), watched like the first and closed at the end. */
  openContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  consoleWatch: ConsoleWatch;
}

export const test = base.extend<JourneyFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  consoleWatch: async ({}, use, testInfo) => {
    const watch = new ConsoleWatch();
    await use(watch);
    const problems = watch.unexpected();
    if (problems.length) {
      await testInfo.attach('console', {
        body: JSON.stringify(watch.problems, null, 2),
        contentType: 'application/json',
      });
      throw new Error(
        `the browser console reported ${problems.length} problem(s):\n` +
          problems
            .map(
              (p) => `  ${p.kind} on ${p.page}${p.url && p.url !== p.page ? ` (from ${p.url})` : ''}:\n    ${p.text}`,
            )
            .join('\n'),
      );
    }
  },
  context: async ({ context, consoleWatch }, use) => {
    consoleWatch.watch(context);
    await use(context);
  },
  allowConsoleError: async ({ consoleWatch }, use) => {
    await use((text, why, url) => consoleWatch.allow(text, why, url));
  },
  openContext: async ({ browser, consoleWatch, baseURL, locale, viewport }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, locale, viewport, ...options });
      consoleWatch.watch(context);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  mail: async ({}, use) => {
    await use(new MailFolder(MAIL_DIR));
  },
});

// ---------------------------------------------------------------------------------------------
// Accessibility, screenshots, signing in

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function describeViolation(v: axe.Result): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map((n) => `      - ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
    .join('\n');
  const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
  return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
}

/**
 * axe.run in the page, axe injected once per document. (AxeBuilder, from @axe-core/playwright,
 * injected its 500 kB twice on every run and finished each run in a new blank page: a third of
 * a long journey's time went there.) The app has no frames, so the one document is the page.
 */
async function runAxe(page: Page): Promise<axe.AxeResults> {
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`checkA11y checks one document; this page has ${frames} frames`);
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  return page.evaluate(
    (tags) =>
      // In the page, on its document (no context given), where the injected axe is a global
      // (these tests compile without the DOM types).
      (globalThis as unknown as { axe: typeof axe }).axe.run({
        runOnly: { type: 'tag', values: tags },
        // Only violations are read: passes and the rest carry one example each, not every node.
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
}

/**
 * Runs axe (WCAG 2.2 A/AA and best practices) on the page as it is now; fails on any serious
 * or critical violation and prints each with the elements concerned. Every violation, minor
 * ones included, is attached to the test's report.
 */
export async function checkA11y(page: Page, screenName: string): Promise<void> {
  const results = await runAxe(page);
  if (results.violations.length) {
    await test.info().attach(`axe: ${screenName}`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    throw new Error(
      `axe found ${blocking.length} serious or critical violation(s) on "${screenName}" (${page.url()}):\n` +
        blocking.map(describeViolation).join('\n'),
    );
  }
}

/** The two widths every screen must work at. */
export const WIDTHS = [375, 1280] as const;
const HEIGHT: Record<(typeof WIDTHS)[number], number> = { 375: 812, 1280: 800 };

/** Sets the viewport to one of the widths every screen must work at. */
export async function setWidth(page: Page, width: (typeof WIDTHS)[number]): Promise<void> {
  await page.setViewportSize({ width, height: HEIGHT[width] });
}

/** Fails when the page scrolls sideways (something does not fit the width). */
export async function expectFitsWidth(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.locator('html').evaluate((html) => ({
    scrollWidth: html.scrollWidth,
    clientWidth: html.clientWidth,
  }));
  expect(scrollWidth, `the page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(
    clientWidth,
  );
}

/**
 * What every journey checks on a screen: at each of WIDTHS nothing scrolls sideways and axe
 * finds nothing serious (`label`, with the width, names the screen in a failure); then the
 * viewport is back at 1280 px and, given `shotName`, the screenshot is taken.
 */
export async function checkScreen(page: Page, label: string, shotName?: string, inView?: Locator): Promise<void> {
  for (const width of WIDTHS) {
    await setWidth(page, width);
    await expectFitsWidth(page);
    // When given: this part is wholly on screen without scrolling the page (e.g. a message box).
    if (inView) await expect(inView).toBeInViewport({ ratio: 1 });
    await checkA11y(page, `${label} (${width} px)`);
  }
  await setWidth(page, 1280);
  if (shotName) await shot(page, shotName);
}

/**
 * With SCREENSHOTS=1 (`npm run screenshots`), saves the page at 375 and 1280 px wide as
 * docs/screenshots/<name>-375.png and <name>-1280.png, then puts the viewport back.
 * Otherwise does nothing, so journeys can call it freely.
 */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`screenshot names are kebab-case, not "${name}"`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const width of WIDTHS) {
    await setWidth(page, width);
    await page.screenshot({
      path: resolve(SCREENSHOT_DIR, `${name}-${width}.png`),
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  if (before) await page.setViewportSize(before);
}

/** A fresh address for a new account in one test: never seen by the platform before. */
export function uniqueEmail(tag: string): string {
  return `${tag}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@browser.example`;
}

function demoAccount(email: string): string {
  if (!DEMO_ACCOUNTS.some((a) => a.email === email)) throw new Error(`${email} is no longer a demo account`);
  return email;
}

/** Demo accounts that `npm start` seeds (scripts/demo-data.ts), all with the one password. */
export const DEMO = {
  password: DEMO_PASSWORD,
  /** National Agency staff for Greece and Cyprus; prefers Greek. */
  naStaff: demoAccount('na.staff@demo.syndesmos.eu'),
  /** National Agency staff for Portugal; prefers English. */
  naStaffPortugal: demoAccount('na.staff.pt@demo.syndesmos.eu'),
  /** Platform administrator (the queue dashboard). */
  admin: demoAccount('admin@demo.syndesmos.eu'),
  /** Coordinator at a Greek VET school, member of published organisations. */
  member: demoAccount('maria.papadopoulou@demo.syndesmos.eu'),
  /** Owns partners in Slovenia, Croatia…: in MedHospitality, leads its second work package. */
  partner: demoAccount('eva.novak@demo.syndesmos.eu'),
} as const;

/**
 * Follows a link of the header by its catalogue key (`layout.calls`, `layout.account`…),
 * opening the Menu first where the main links fold behind it (phone widths).
 */
export async function navTo(page: Page, lang: Language, key: string): Promise<void> {
  const header = page.getByRole('banner');
  const link = header.getByRole('link', { name: t(lang, key) }).first();
  const toggle = header.getByRole('button', { name: t(lang, 'layout.menu') });
  if (!(await link.isVisible()) && (await toggle.isVisible())) await toggle.click();
  await link.click();
}

/** Signing in brings the account's language (the coordinator prefers Greek, unless an earlier
 *  run switched it): once it applied, switch to `lang`. */
export async function chooseLanguage(page: Page, lang: Language): Promise<void> {
  const html = page.locator('html');
  await page.waitForLoadState('networkidle');
  if ((await html.getAttribute('lang')) === lang) return;
  const saved = page.waitForResponse((r) => r.url().endsWith('/v1/me') && r.request().method() === 'PATCH');
  await page.getByRole('button', { name: lang === 'el' ? 'Ελληνικά' : 'English' }).click();
  await expect(html).toHaveAttribute('lang', lang);
  expect((await saved).ok()).toBe(true);
}
