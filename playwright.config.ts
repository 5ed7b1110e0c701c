import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { BASE_URL } from './test/browser/support/browser-env';

// Browser journeys (test/browser/*.spec.ts) in Debian's Chromium against the real platform,
// which the global setup starts from dist/ (test/browser/README.md). Nothing here downloads a
// browser: Playwright 1.64.1 is the release built for Chromium 156, the one Debian ships.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium is not at ${chromium}. Install Debian's package (apt-get install chromium) or point ` +
      'CHROMIUM_PATH at a Chromium binary; the browser tests never download one.',
  );
}

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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
