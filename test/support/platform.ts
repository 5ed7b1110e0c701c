import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import type * as ConfigLib from '../../libs/config/src/index';
import type * as RedisLib from '../../libs/redis/src/index';
import type * as SearchLib from '../../libs/search/src/index';
import type * as MailCatcherScript from '../../scripts/dev-mail-catcher';
import { portInUse, waitForStatus } from './processes';
import { databaseUrlFor, TEST_RATE_LIMITS } from './service-defaults';

// The whole platform as `npm start` runs it (dist/scripts/start.js: migrations, demo data, the
// API serving the web app, the realtime gateway, the worker), in a world of its own: its own
// database (dropped and created fresh), Redis key prefix, Meilisearch index prefix, ports, and a
// mail catcher that keeps every message as an .eml file. The browser tests
// (test/browser/support/global-setup.ts) and the web benchmark (test/bench/web.bench.ts) start
// it through here.
//
// Everything is loaded from the compiled dist/ (`npm run build`): Playwright compiles
// TypeScript with standard decorators, and the NestJS libraries need the legacy ones.

/** The repository root: the nearest folder above with a package.json (from test/ or dist/test/). */
function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(resolve(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
const distRequire = createRequire(resolve(ROOT, 'dist', 'index.js'));

function fromDist<T>(path: string): T {
  const file = resolve(ROOT, 'dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return distRequire(file) as T;
}

export interface PlatformPorts {
  api: number;
  realtime: number;
  workerHealth: number;
  /** The mail catcher's SMTP port. */
  smtp: number;
}

export interface PlatformOptions {
  /** The database's name; dropped and created anew on every start. */
  database: string;
  /** Redis keys start with `<prefix>:`, Meilisearch indexes with `<prefix>_`. */
  prefix: string;
  ports: PlatformPorts;
  /** Emptied on start: the platform's log and the caught mail go here. */
  dataDir: string;
  /** More environment for the platform (overrides the defaults below). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface Platform {
  /** Where the API serves the web app, `/v1`, `/docs` and `/health`. */
  url: string;
  realtimeUrl: string;
  /** One .eml file per caught message. */
  mailDir: string;
  /** Everything the platform printed. */
  logFile: string;
  /** Error- and fatal-level lines the platform has logged so far. */
  errorLogs(): string[];
  /** Stops everything it started and removes the database, keys and indexes unless `keepData`. */
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

const STOP_GRACE_MS = 15_000;

function lastLines(file: string, n: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startPlatform(opts: PlatformOptions): Promise<Platform> {
  const log = opts.log ?? (() => undefined);
  const startScript = resolve(ROOT, 'dist', 'scripts', 'start.js');
  if (!existsSync(startScript)) throw new Error(`${startScript} is missing: run \`npm run build\` first`);
  const webIndex = resolve(ROOT, 'apps', 'web', 'dist', 'index.html');
  if (!existsSync(webIndex)) throw new Error(`${webIndex} is missing: run \`npm run build\` (it builds the web app)`);
  for (const [name, port] of Object.entries(opts.ports)) {
    if (await portInUse(port)) {
      throw new Error(`port ${port} (${name}) is already in use: is another run of the platform still up?`);
    }
  }

  const { loadConfig } = fromDist<typeof ConfigLib>('libs/config/src/index.js');
  const { deleteKeysWithPrefix } = fromDist<typeof RedisLib>('libs/redis/src/index.js');
  const { createMeiliClient, deleteIndexesWithPrefix, ensureMeilisearch } =
    fromDist<typeof SearchLib>('libs/search/src/index.js');
  const { ensureMailCatcher } = fromDist<typeof MailCatcherScript>('scripts/dev-mail-catcher.js');

  // Where PostgreSQL, Redis and Meilisearch live: the same defaults (and variables) as `npm start`.
  const services = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const databaseUrl = databaseUrlFor(services.databaseUrl, opts.database);
  const redisPrefix = `${opts.prefix}:`;
  const indexPrefix = `${opts.prefix}_`;

  // Like the Jest suite (test/support/global-setup.ts): the Meilisearch that answers, or one
  // started here (and stopped at the end) when none does.
  const meili = await ensureMeilisearch({
    url: services.meiliUrl,
    masterKey: services.meiliMasterKey,
    dataDir: services.meiliDataDir,
    log,
  });
  const meiliClient = createMeiliClient({
    url: services.meiliUrl,
    masterKey: services.meiliMasterKey,
    indexPrefix: '',
  });

  const removeData = async (): Promise<void> => {
    const admin = new Client({ connectionString: databaseUrlFor(services.databaseUrl, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${opts.database}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    await deleteKeysWithPrefix(services.redisUrl, redisPrefix);
    await deleteIndexesWithPrefix(meiliClient, indexPrefix);
  };
  await removeData();

  const dataDir = resolve(ROOT, opts.dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  const mailDir = resolve(dataDir, 'mail');
  mkdirSync(mailDir, { recursive: true });
  const logFile = resolve(dataDir, 'platform.log');
  const smtpUrl = `smtp://127.0.0.1:${opts.ports.smtp}`;
  const mail = await ensureMailCatcher(smtpUrl, mailDir, () => undefined);
  if (!mail.started) throw new Error(`something already answers on ${smtpUrl}: the caught mail would not be ours`);

  const url = `http://127.0.0.1:${opts.ports.api}`;
  const realtimeUrl = `http://127.0.0.1:${opts.ports.realtime}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: redisPrefix,
    MEILI_INDEX_PREFIX: indexPrefix,
    API_PORT: String(opts.ports.api),
    REALTIME_PORT: String(opts.ports.realtime),
    WORKER_HEALTH_PORT: String(opts.ports.workerHealth),
    PUBLIC_API_URL: url,
    PUBLIC_WEB_URL: url,
    // Where the web app opens its socket (GET /v1/platform): this run's gateway, not the default port.
    PUBLIC_REALTIME_URL: `http://127.0.0.1:${opts.ports.realtime}`,
    SMTP_URL: smtpUrl,
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: process.env.PLATFORM_LOG_LEVEL ?? 'warn',
    ...TEST_RATE_LIMITS,
    // Journeys sign the demo National Agency officer in again and again, from 127.0.0.1.
    LOGIN_RATE_LIMIT_ACCOUNT: '10000',
    LOGIN_RATE_LIMIT_IP: '100000',
    ...opts.env,
  };

  const logFd = openSync(logFile, 'a');
  // Its own process group, so whatever start.js leaves behind can be stopped with it.
  const child = spawn(process.execPath, [startScript], {
    cwd: ROOT,
    env,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  closeSync(logFd);
  const pid = child.pid!;
  let exit: string | null = null;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      exit = signal ?? `code ${code}`;
      done();
    }),
  );
  const killGroup = (): void => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the group is gone
    }
  };
  // A runner that dies (Ctrl-C, a crash) takes the platform with it.
  process.once('exit', killGroup);
  log(`platform starting (pid ${pid}) at ${url}; log in ${logFile}`);

  const stop = async ({ keepData = false }: { keepData?: boolean } = {}): Promise<void> => {
    if (exit === null) {
      child.kill('SIGTERM'); // start.js stops the three apps in turn
      const timer = setTimeout(killGroup, STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    killGroup(); // anything that outlived start.js
    process.removeListener('exit', killGroup);
    await mail.stop();
    if (!keepData) await removeData();
    await meili.stop();
  };

  try {
    const healthy = Promise.all(
      [`${url}/health`, `${realtimeUrl}/health`, `http://127.0.0.1:${opts.ports.workerHealth}/health`].map((u) =>
        waitForStatus(u, 200, 90_000),
      ),
    );
    const crashed = exited.then(() => {
      throw new Error(`the platform exited (${exit}) while starting`);
    });
    crashed.catch(() => undefined); // once it is healthy, its exit at stop() is no failure
    await Promise.race([healthy, crashed]);
  } catch (err) {
    await stop({ keepData: true }).catch(() => undefined);
    throw new Error(`${(err as Error).message}\nlast lines of ${logFile}:\n${lastLines(logFile, 30)}`, {
      cause: err,
    });
  }

  return {
    url,
    realtimeUrl,
    mailDir,
    logFile,
    errorLogs: () => {
      const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      return text.match(/^.*"level":"(error|fatal)".*$/gm) ?? [];
    },
    stop,
  };
}
