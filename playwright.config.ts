import { defineConfig } from '@playwright/test';
import { BASE_URL } from './test/browser/support/browser-env';
import { CHROMIUM_ARGS, chromiumPath } from './test/support/chromium';

// Browser journeys (test/browser/*.spec.ts) in Debian's Chromium against the real platform,
// which the global setup starts from dist/ (test/browser/README.md). Nothing here downloads a
// browser: Playwright 1.64.1 is the release built for Chromium 156, the one Debian ships.
// chromiumPath() throws, saying what to install, when /usr/bin/chromium (or CHROMIUM_PATH) is missing.
const chromium = chromiumPath();

export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results',
  globalSetup: './test/browser/support/global-setup.ts',
  // One worker: the platform (API, worker, gateway, PostgreSQL, Meilisearch) shares the two
  // cores with the browser; see test/browser/README.md for the measurement.
  workers: Number(process.env.BROWSER_WORKERS ?? 1),
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['./test/browser/support/summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    locale: 'en-GB',
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    launchOptions: {
      executablePath: chromium,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
