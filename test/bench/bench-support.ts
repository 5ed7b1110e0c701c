import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@syndesmos/config';
import { runMigrations } from '@syndesmos/database';
import { ensureMeilisearch } from '@syndesmos/search';

// What the benchmarks share: starting compiled apps as processes, and waiting for them.

/** Runs a compiled entry (path relative to dist/) as its own process; stderr shows through. */
export function startCompiled(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [resolve(__dirname, '..', '..', entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** Drops and recreates the database of `url`, migrates it, and answers a client connected to it. */
export async function freshDatabase(url: string): Promise<Client> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  await runMigrations(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  return db;
}

/**
 * The environment of a benchmark: its own database, Redis prefix and index prefix (so it never
 * touches the development data), and the config read from it, with Meilisearch up.
 */
export async function benchSetup(database: string, prefix: string, extra: NodeJS.ProcessEnv = {}) {
  const base = loadConfig();
  const env = {
    DATABASE_URL: base.databaseUrl.replace(/\/[^/]+$/, `/${database}`),
    REDIS_PREFIX: `${prefix}:`,
    MEILI_INDEX_PREFIX: `${prefix}_`,
    LOG_LEVEL: 'warn',
    ...extra,
  };
  const config = loadConfig({ ...process.env, ...env });
  const meili = await ensureMeilisearch({
    url: config.meiliUrl,
    masterKey: config.meiliMasterKey,
    dataDir: config.meiliDataDir,
  });
  return { env, config, meili };
}
