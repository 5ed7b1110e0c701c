import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from '@syndesmos/config';
import { ensureDatabaseExists, runMigrations } from '@syndesmos/database';
import { SERVICE_NODE_FLAGS } from '@syndesmos/runtime';
import { ensureMeilisearch, type MeiliServerHandle } from '@syndesmos/search';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './demo-data';
import { ensureMailCatcher } from './dev-mail-catcher';
import { createOperatorContext } from './operator-context';

// `npm start`: the whole platform on one machine against the local PostgreSQL and Redis.
// Migrates, seeds demo data, starts Meilisearch if nothing answers, runs the three apps, and
// stops all of it on Ctrl-C.

const APPS = ['api', 'realtime', 'worker'] as const;
const say = (line: string): void => console.log(`[syndesmos] ${line}`);

/** The addresses are printed again, as the last thing, once the apps' start-up logs go quiet. */
const QUIET_MS = 3_000;
const QUIET_AT_MOST_MS = 60_000;
let lastOutput = Date.now();
/** Passes a child's output through and notes when it last spoke. */
function forward(from: NodeJS.ReadableStream | null, to: NodeJS.WriteStream): void {
  from?.on('data', (chunk: Buffer) => {
    lastOutput = Date.now();
    to.write(chunk);
  });
}

async function whenQuiet(): Promise<void> {
  const deadline = Date.now() + QUIET_AT_MOST_MS;
  while (Date.now() - lastOutput < QUIET_MS && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function waitHealthy(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }

  say('1/5 database');
  const freshDatabase = await ensureDatabaseExists(config.databaseUrl);
  if (freshDatabase) say('    created the database');
  const applied = await runMigrations(config.databaseUrl);
  say(applied.length ? `    applied ${applied.length} migration(s)` : '    schema up to date');

  say('2/5 demo data');
  if (config.seedDemoData) {
    const ctx = await createOperatorContext(config);
    try {
      const created = await seedDemoData(ctx, (l) => say(`    ${l}`));
      say(created ? `    created ${created} demo record(s)` : '    already present');
    } finally {
      await ctx.close();
    }
  } else say('    skipped (SEED_DEMO_DATA=false)');

  say('3/5 meilisearch and mail');
  const meili: MeiliServerHandle = await ensureMeilisearch({
    url: config.meiliUrl,
    masterKey: config.meiliMasterKey,
    dataDir: config.meiliDataDir,
    log: (l) => say(`    ${l}`),
  });
  if (!meili.started) say(`    using the Meilisearch already running at ${config.meiliUrl}`);
  if (freshDatabase) {
    // A new database: rebuild the indexes from it, so none keeps documents of an older one.
    const ctx = await createOperatorContext(config);
    try {
      const orgs = await ctx.indexer.reindexAll(() => undefined);
      const calls = await ctx.callIndexer.reindexAll(() => undefined);
      say(`    indexed ${orgs} organisations and ${calls} open calls from the new database`);
    } finally {
      await ctx.close();
    }
  }
  const mail = await ensureMailCatcher(config.smtpUrl, '.data/mail', (l) => say(`    ${l}`));
  if (!mail.started) say(`    mail goes to ${config.smtpUrl}`);

  say('4/5 api, realtime, worker');
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const stopAll = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      say('stopping…');
      await Promise.all(
        [...children.values()].map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        ),
      );
      await meili.stop();
      await mail.stop();
      say('stopped');
      process.exit(code);
    }
    return new Promise<never>(() => undefined);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  for (const app of APPS) {
    const child = spawn(
      process.execPath,
      [...SERVICE_NODE_FLAGS, resolve(__dirname, '..', 'apps', app, 'src', 'main.js')],
      { env: process.env, stdio: ['inherit', 'pipe', 'pipe'] },
    );
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.once('exit', (code, signal) => {
      if (!stopping) {
        say(`${app} exited unexpectedly (${signal ?? `code ${code}`}); stopping the platform`);
        void stopAll(1);
      }
    });
    children.set(app, child);
  }

  const base = (port: number): string => `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  const checks = await Promise.all([
    waitHealthy(`${base(config.apiPort)}/health`, 30_000),
    waitHealthy(`${base(config.realtimePort)}/health`, 30_000),
    waitHealthy(`${base(config.workerHealthPort)}/health`, 30_000),
  ]);
  if (checks.some((ok) => !ok)) say('    warning: not every app reported healthy within 30 s; see the logs above');

  say('5/5 ready');
  // The API serves the web app (npm run build builds it into WEB_DIST_DIR).
  const webBuilt = existsSync(resolve(config.webDistDir, 'index.html'));
  const lines = [
    '',
    `  Web app        ${base(config.apiPort)}/${webBuilt ? '' : `   (not built: nothing in ${config.webDistDir})`}`,
    `  API            ${base(config.apiPort)}/v1`,
    `  API docs       ${base(config.apiPort)}/docs   (OpenAPI JSON: /docs-json)`,
    `  Health         ${base(config.apiPort)}/health`,
    `  Realtime       ${base(config.realtimePort)}  (socket.io, auth.token = access token)`,
    `  Worker health  ${base(config.workerHealthPort)}/health`,
    `  Meilisearch    ${config.meiliUrl}`,
    `  Mail           ${mail.started ? '.data/mail/*.eml (caught here; set SMTP_URL for a real relay)' : config.smtpUrl}`,
    '',
  ];
  if (config.seedDemoData) {
    lines.push(`  Demo logins (password for all: ${DEMO_PASSWORD})`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.email.padEnd(40)} ${a.what}`);
    lines.push('');
  }
  lines.push('  Ctrl-C stops everything.', '');
  console.log(lines.join('\n'));
  // The worker's first jobs (indexing, matching) log for a while after "ready": say it again
  // below them, so the addresses are the last thing on the screen.
  await whenQuiet();
  if (!stopping) {
    say('everything is up');
    console.log(lines.join('\n'));
  }
}

main().catch((err: Error) => {
  console.error(`[syndesmos] could not start: ${err.message}`);
  process.exit(1);
});
