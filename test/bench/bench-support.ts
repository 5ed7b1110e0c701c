import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@syndesmos/config';
import { runMigrations } from '@syndesmos/database';
import { SERVICE_NODE_FLAGS } from '@syndesmos/runtime';
import { ensureMeilisearch } from '@syndesmos/search';

// What the benchmarks share: starting compiled apps as processes, and waiting for them.

/** Runs a compiled entry (path relative to dist/) as its own process; stderr shows through. */
export function startCompiled(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [...SERVICE_NODE_FLAGS, resolve(__dirname, '..', '..', entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * A lean HTTP client for load generation: keep-alive sockets and no web streams. fetch costs the
 * load generator about twice the CPU per request, and the generator shares the machine.
 */
export function keepAliveClient(): {
  request(url: string, opts?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<number>;
  close(): void;
} {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return {
    request: (url, opts = {}) =>
      new Promise((resolve, reject) => {
        const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent }, (res) => {
          res.on('data', () => undefined);
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(opts.body);
      }),
    close: () => agent.destroy(),
  };
}

/** CPU seconds (user + system) used so far by the processes whose command line matches. */
export function cpuSecondsOf(match: (cmdline: string) => boolean): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!match(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '))) continue;
      // Fields after the parenthesised name; utime and stime are the 14th and 15th overall.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      // gone meanwhile
    }
  }
  return total;
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
