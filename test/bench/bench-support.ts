import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as net from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { loadConfig } from '@syndesmos/config';
import { runMigrations } from '@syndesmos/database';
import { SERVICE_NODE_FLAGS } from '@syndesmos/runtime';
import { ensureMeilisearch } from '@syndesmos/search';
import { generateOrganisations } from './organisation-generator';

// What the benchmarks share: starting compiled apps as processes, and waiting for them.

/**
 * BENCH_SMOKE=1: every benchmark runs at tiny sizes (seconds, not minutes) and still checks
 * everything it checks at full size. CI runs it (test/e2e/bench-smoke.e2e-spec.ts).
 */
export const SMOKE = process.env.BENCH_SMOKE === '1';

/** A size: its environment variable when set, else the full-size or the smoke default. */
export function knob(name: string, full: number, smoke: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? (SMOKE ? smoke : full) : Number(raw);
  if (Number.isNaN(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
}

/**
 * The ports a benchmark listens on: BENCH_PORTS (comma-separated) when set, else its own
 * fixed defaults. The smoke test passes free ones.
 */
export function benchPorts(defaults: number[]): number[] {
  const raw = process.env.BENCH_PORTS;
  if (!raw) return defaults;
  const ports = raw.split(',').map(Number);
  if (ports.length < defaults.length || ports.some((p) => !Number.isInteger(p) || p <= 0 || p > 65535)) {
    throw new Error(`BENCH_PORTS needs ${defaults.length} ports, not "${raw}"`);
  }
  return ports;
}

/**
 * What a run did and what went wrong in it. Failures are errors, refused or failed
 * requests, lost or duplicated messages and processes that exited on their own; never
 * timings. `finish` prints one `[bench] outcome {json}` line (the smoke test reads it)
 * and fails the process when anything failed.
 */
class BenchOutcome {
  private readonly counts: Record<string, number> = {};
  private readonly failures: string[] = [];

  count(name: string, n: number): void {
    this.counts[name] = (this.counts[name] ?? 0) + n;
  }

  /** Records `failure` unless `ok`. */
  check(ok: boolean, failure: string): void {
    if (!ok) this.fail(failure);
  }

  fail(failure: string): void {
    this.failures.push(failure);
    console.error(`[bench] FAILED: ${failure}`);
  }

  finish(): void {
    console.log(`[bench] outcome ${JSON.stringify({ counts: this.counts, failures: this.failures })}`);
    if (this.failures.length) process.exitCode = 1;
  }
}

export const outcome = new BenchOutcome();

/** The compiled processes a benchmark started and has not stopped yet. */
const running = new Map<ChildProcess, string>();

/**
 * Runs a benchmark's main: prints the outcome when it ends, stops whatever it left running,
 * and exits non-zero on any failure.
 */
export function runBench(main: () => Promise<void>): void {
  main()
    .catch((err: Error) => {
      console.error(err);
      outcome.fail(err.message);
    })
    .then(async () => {
      await Promise.all([...running.keys()].map((child) => stopCompiled(child)));
      outcome.finish();
    });
}

/**
 * Runs a compiled entry (path relative to dist/) as its own process; stderr shows through, and
 * so do the errors it logs (a failed step then says why). Exiting before `stopCompiled` asks it
 * to, or not stopping cleanly then, is a failure.
 */
export function startCompiled(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  // BENCH_CPU_PROF=<dir>: each process started writes a V8 CPU profile there when it stops.
  const profiling = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...profiling, resolve(__dirname, '..', '..', entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const error = loggedError(line);
    if (error) process.stderr.write(`[${entry}] ${error}\n`);
  });
  watchExit(child, entry);
  return child;
}

/** A JSON log line (levels by label) at error or fatal, shortened to what it says; null otherwise. */
export function loggedError(line: string): string | null {
  let entry: { level?: unknown; msg?: unknown } & Record<string, unknown>;
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return null;
  }
  if (entry.level !== 'error' && entry.level !== 'fatal') return null;
  const { level: _level, time: _time, pid: _pid, hostname: _host, msg, ...rest } = entry;
  return `${String(msg)} ${JSON.stringify(rest)}`;
}

/** Counts an exit the benchmark did not ask for (see `stopCompiled`) as a failure. */
export function watchExit(child: ChildProcess, name: string): void {
  running.set(child, name);
  child.once('exit', (code, signal) => {
    if (running.delete(child)) outcome.fail(`${name} exited on its own (code ${code}, signal ${signal})`);
    else
      outcome.check(
        code === 0 || signal === 'SIGTERM',
        `${name} did not stop cleanly (code ${code}, signal ${signal})`,
      );
  });
}

/** Asks a started process to stop (SIGTERM) and waits until it has. */
export async function stopCompiled(child: ChildProcess): Promise<void> {
  if (!running.delete(child)) return;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const stuck = setTimeout(() => {
    outcome.fail(`pid ${child.pid} did not stop within 15 s of SIGTERM`);
    child.kill('SIGKILL');
  }, 15_000);
  await exited;
  clearTimeout(stuck);
}

/**
 * A minimal HTTP/1.1 keep-alive client for load generation: one connection per slot of
 * concurrency, each request rendered once, each answer read by its Content-Length and
 * dropped. The generator shares the machine with what it measures; node:http cost it about
 * 0.15 ms of CPU per request, fetch twice that.
 */
export class LoadClient {
  private readonly connections = new Map<number, LoadConnection>();

  /** Renders a request once: `url` gives host, port and path. */
  static request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    const { host, hostname, port, pathname, search } = new URL(url);
    const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
    const headers = { host, ...opts.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const head = `${opts.method ?? 'GET'} ${pathname}${search} HTTP/1.1\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n`;
    return {
      port: Number(port || 80),
      hostname,
      bytes: Buffer.concat([Buffer.from(head), body ?? Buffer.alloc(0)]),
    };
  }

  /** Sends on the slot's own connection and answers the status code. */
  send(slot: number, request: ReturnType<typeof LoadClient.request>): Promise<number> {
    let connection = this.connections.get(slot);
    if (!connection || connection.closed || connection.port !== request.port) {
      connection?.close();
      connection = new LoadConnection(request.hostname, request.port);
      this.connections.set(slot, connection);
    }
    return connection.send(request.bytes);
  }

  close(): void {
    for (const connection of this.connections.values()) connection.close();
    this.connections.clear();
  }
}

class LoadConnection {
  private readonly socket: net.Socket;
  private pending: { resolve: (status: number) => void; reject: (err: Error) => void } | null = null;
  private chunks: Buffer[] = [];
  private received = 0;
  private expected = -1;
  private status = 0;
  closed = false;

  constructor(
    hostname: string,
    readonly port: number,
  ) {
    this.socket = net.connect({ host: hostname, port, noDelay: true });
    this.socket.on('data', (chunk) => this.onData(chunk));
    const fail = (err: Error) => {
      this.closed = true;
      this.pending?.reject(err);
      this.pending = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail(new Error('connection closed')));
  }

  send(bytes: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(bytes);
    });
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.received += chunk.length;
    if (this.expected < 0) {
      const all = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks);
      this.chunks = [all];
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = all.toString('latin1', 0, end);
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!length) {
        this.pending?.reject(new Error('answer without Content-Length'));
        this.close();
        return;
      }
      this.status = Number(head.slice(9, 12));
      this.expected = end + 4 + Number(length[1]);
    }
    if (this.received < this.expected) return;
    const done = this.pending;
    this.pending = null;
    this.chunks = [];
    this.received = 0;
    this.expected = -1;
    done?.resolve(this.status);
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }
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

/** Inserts `count` published organisations from the generator (seeded), 1,000 a statement. */
export async function seedOrganisations(db: Client, count: number): Promise<void> {
  const started = Date.now();
  let batch: unknown[][] = [];
  let done = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values = batch.map(
      (_, i) =>
        `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6}, 'published', now(), now())`,
    );
    await db.query(
      `INSERT INTO organisation (profile, oid, pic, country, organisation_type, display_name, status, published_at, submitted_at) VALUES ${values.join(',')}`,
      batch.flat(),
    );
    done += batch.length;
    batch = [];
    process.stdout.write(`\r[bench] PostgreSQL: ${done}/${count} organisations`);
  };
  for (const p of generateOrganisations(count)) {
    batch.push([JSON.stringify(p), p.oid, p.pic, p.country, p.organisationType, p.displayName]);
    if (batch.length === 1000) await flush();
  }
  await flush();
  process.stdout.write(`\n`);
  console.log(`[bench] PostgreSQL seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The environment of a benchmark: its own database, Redis prefix and index prefix (so it never
 * touches the development data), and the config read from it. BENCH_DATABASE and BENCH_PREFIX
 * override the names; a smoke run otherwise gets names of its own, so it never drops the data
 * a full run left behind.
 */
export function benchEnv(database: string, prefix: string, extra: NodeJS.ProcessEnv = {}) {
  const name = process.env.BENCH_DATABASE || (SMOKE ? `${database}_smoke` : database);
  const keyPrefix = process.env.BENCH_PREFIX || (SMOKE ? `${prefix}smoke` : prefix);
  const base = loadConfig();
  const env = {
    DATABASE_URL: base.databaseUrl.replace(/\/[^/]+$/, `/${name}`),
    REDIS_PREFIX: `${keyPrefix}:`,
    MEILI_INDEX_PREFIX: `${keyPrefix}_`,
    LOG_LEVEL: 'warn',
    ...extra,
  };
  return { env, config: loadConfig({ ...process.env, ...env }) };
}

/** `benchEnv`, with Meilisearch up (started from the npm binary if nothing answers). */
export async function benchSetup(database: string, prefix: string, extra: NodeJS.ProcessEnv = {}) {
  const { env, config } = benchEnv(database, prefix, extra);
  const meili = await ensureMeilisearch({
    url: config.meiliUrl,
    masterKey: config.meiliMasterKey,
    dataDir: config.meiliDataDir,
  });
  return { env, config, meili };
}
