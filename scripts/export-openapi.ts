import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@syndesmos/config';
import { ensureDatabaseExists, runMigrations } from '@syndesmos/database';
import { createLogger } from '@syndesmos/logger';
// The script is the API's own tooling: it builds the real application to read its document.
// eslint-disable-next-line no-restricted-imports
import { createApiApp } from '../apps/api/src/api.app';

/** Where the checked-in document lives: the repository root (dist/scripts/ when built). */
export const OPENAPI_FILE = resolve(
  __dirname,
  basename(resolve(__dirname, '..')) === 'dist' ? '../..' : '..',
  'openapi.json',
);

/** The document as the file holds it: pretty-printed, keys in the API's own order, one newline. */
export function serialiseDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

// `npm run openapi`: builds the API (connected like `npm start`, never listening), asks it for
// GET /docs-json, and writes that exact document to openapi.json. Needs PostgreSQL and Redis.
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' });
  await ensureDatabaseExists(config.databaseUrl);
  await runMigrations(config.databaseUrl);
  const app = (await createApiApp(config, { logger: createLogger('openapi', 'silent') })) as NestFastifyApplication;
  try {
    await app.init();
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
    if (res.statusCode !== 200) throw new Error(`GET /docs-json answered ${res.statusCode}`);
    writeFileSync(OPENAPI_FILE, serialiseDocument(JSON.parse(res.body)));
    console.log(`wrote ${OPENAPI_FILE}`);
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
