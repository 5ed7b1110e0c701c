import { resolve } from 'node:path';
import type { PlatformOptions } from '../../support/platform';
import { ROOT } from '../../support/platform';

// Where the browser tests' platform lives. Fixed ports, so the config knows its baseURL before
// the platform starts; BROWSER_PORT_BASE moves all four (API, realtime, worker health, SMTP).
const base = Number(process.env.BROWSER_PORT_BASE ?? 3100);
if (!Number.isInteger(base) || base < 1024 || base > 65530) {
  throw new Error(`BROWSER_PORT_BASE must be a port between 1024 and 65530, not ${process.env.BROWSER_PORT_BASE}`);
}

const database = process.env.BROWSER_DATABASE ?? 'syndesmos_browser';

// The Redis and Meilisearch prefixes follow the database, so two checkouts that run the
// browser tests side by side (each with its own BROWSER_DATABASE and ports) never share keys.
export const BROWSER_PLATFORM: PlatformOptions = {
  database,
  prefix: database.replace(/^syndesmos_/, ''),
  ports: { api: base, realtime: base + 1, workerHealth: base + 2, smtp: base + 3 },
  dataDir: '.data/browser',
};

export const BASE_URL = `http://127.0.0.1:${BROWSER_PLATFORM.ports.api}`;
export const MAIL_DIR = resolve(ROOT, BROWSER_PLATFORM.dataDir, 'mail');
export const SCREENSHOT_DIR = resolve(ROOT, 'docs', 'screenshots');
