import { Client } from 'pg';
import { runMigrations } from '@syndesmos/database';
import { ensureMeilisearch } from '@syndesmos/search';
import { baseTestConfig, databaseUrlFor, TEMPLATE_DB } from './test-services';

// Once per run: a freshly migrated template database (each test file copies it) and a
// Meilisearch started the same way `npm start` starts it, if none answers.
export default async function globalSetup(): Promise<void> {
  const config = baseTestConfig();
  const admin = new Client({ connectionString: databaseUrlFor(config.databaseUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  await runMigrations(databaseUrlFor(config.databaseUrl, TEMPLATE_DB));
  const meili = await ensureMeilisearch({
    url: config.meiliUrl,
    masterKey: config.meiliMasterKey,
    dataDir: config.meiliDataDir,
  });
  (globalThis as { __meili?: typeof meili }).__meili = meili;
}
