import { existsSync } from 'node:fs';

// Debian's Chromium, driven by Playwright 1.64.1 (the release built for Chromium 156) through
// executablePath: nothing downloads a browser. The browser tests' config and the web
// benchmark launch it the same way.

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium; throws when it is missing. */
export function chromiumPath(): string {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium is not at ${path}. Install Debian's package (apt-get install chromium) or point ` +
        'CHROMIUM_PATH at a Chromium binary; nothing here downloads a browser.',
    );
  }
  return path;
}
