import { loadConfig } from '@syndesmos/config';
import { ensureDatabaseExists, runMigrations } from '@syndesmos/database';

// `npm run migrate`: creates the database if needed and applies every pending migration.
async function main(): Promise<void> {
  const config = loadConfig();
  if (await ensureDatabaseExists(config.databaseUrl)) console.log('created database');
  const applied = await runMigrations(config.databaseUrl);
  console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'schema up to date');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
