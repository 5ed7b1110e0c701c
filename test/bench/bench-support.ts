import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as net from 'node:net';
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
