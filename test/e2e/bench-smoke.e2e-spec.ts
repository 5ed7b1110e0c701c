import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { deleteKeysWithPrefix } from '@syndesmos/redis';
import { createMeiliClient, deleteIndexesWithPrefix } from '@syndesmos/search';
import { freePort } from '../support/processes';
import { baseTestConfig, databaseUrlFor } from '../support/test-services';

// Every benchmark under test/bench, compiled, run as a process in smoke mode (BENCH_SMOKE=1:
// tiny sizes, the same checks) with its own database, Redis prefix, index prefix and ports.
// A benchmark that errs, refuses a send, loses or doubles a message, fails a request or loses
// a process fails here; a slow one does not.

const ROOT = resolve(__dirname, '..', '..');

interface Bench {
  name: string;
  entry: string;
  ports: number;
  /** What the run must report more than zero of, so it cannot pass by doing nothing. */
  counts: string[];
  /** Its mode, when not the default one. */
  env?: NodeJS.ProcessEnv;
}

const BENCHES: Bench[] = [
  { name: 'the HTTP adapter benchmark', entry: 'http-adapter.bench.js', ports: 1, counts: ['requests'] },
  {
    name: 'the search benchmark',
    entry: 'search.bench.js',
    ports: 2,
    counts: [
      'organisations indexed',
      'searches through the API',
      'searches straight to Meilisearch',
      'organisations published and found',
    ],
  },
  { name: 'the realtime benchmark', entry: 'realtime.bench.js', ports: 2, counts: ['messages sent', 'deliveries'] },
  {
    name: "the realtime benchmark's capacity mode",
    entry: 'realtime.bench.js',
    ports: 2,
    counts: ['messages sent', 'deliveries'],
    env: { BENCH_CAPACITY: '1' },
  },
  { name: 'the workplan benchmark', entry: 'workplan.bench.js', ports: 0, counts: ['reports', 'reads', 'exports'] },
  {
    name: 'the match-quality evaluation',
    entry: 'matching/evaluate.js',
    ports: 0,
    counts: ['cases evaluated', 'suggestions ranked'],
  },
  // Starts the whole platform (as `npm start` does) and drives Debian's Chromium; counts no
  // searches while the search screen is not built (it says so and measures the rest).
  { name: 'the web benchmark', entry: 'web.bench.js', ports: 4, counts: ['pages measured'] },
  {
    name: 'the matching speed benchmark',
    entry: 'matching/speed.js',
    ports: 1,
    counts: ['full refreshes', 'freshness events', 'incremental refreshes', 'suggestions stored'],
  },
];

interface Outcome {
  counts: Record<string, number>;
  failures: string[];
}

/** Runs one compiled benchmark in its own process group, so nothing it started outlives it. */
async function runSmoke(bench: Bench, env: NodeJS.ProcessEnv, timeoutMs: number) {
  const child = spawn(process.execPath, [resolve(ROOT, 'dist', 'test', 'bench', bench.entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => {
    output += `\n[smoke test] no exit within ${timeoutMs} ms: killed`;
    process.kill(-child.pid!, 'SIGKILL');
  }, timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (c, s) => done({ code: c, signal: s })),
  );
  clearTimeout(timer);
  try {
    process.kill(-child.pid!, 'SIGKILL'); // whatever it started and left behind
  } catch {
    // the group is gone: nothing was left
  }
  const line = output.split('\n').findLast((l) => l.startsWith('[bench] outcome '));
  const outcome = line ? (JSON.parse(line.slice('[bench] outcome '.length)) as Outcome) : null;
  return { code, signal, output, outcome };
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: databaseUrlFor(baseTestConfig().databaseUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

describe('benchmarks in smoke mode', () => {
  beforeAll(async () => {
    // `npm run build` compiles the apps; the benchmarks are compiled on their own.
    await promisify(execFile)('npm', ['run', '-s', 'build:bench'], { cwd: ROOT });
  }, 60_000);

  it.each(BENCHES)(
    '$name runs to the end with nothing failed, refused, lost or doubled',
    async (bench) => {
      const id = randomBytes(4).toString('hex');
      const database = `syndesmos_benchsmoke_${id}`;
      const prefix = `benchsmoke_${id}`;
      const ports = await Promise.all(Array.from({ length: bench.ports }, () => freePort()));
      const config = baseTestConfig();
      let run: Awaited<ReturnType<typeof runSmoke>>;
      try {
        run = await runSmoke(
          bench,
          {
            ...bench.env,
            BENCH_SMOKE: '1',
            BENCH_DATABASE: database,
            BENCH_PREFIX: prefix,
            BENCH_PORTS: ports.join(','),
          },
          100_000,
        );
      } finally {
        await dropDatabase(database);
        await deleteKeysWithPrefix(config.redisUrl, `${prefix}:`);
        await deleteIndexesWithPrefix(
          createMeiliClient({ url: config.meiliUrl, masterKey: config.meiliMasterKey, indexPrefix: '' }),
          `${prefix}_`,
        );
      }
      // The output goes with any failure: it says what went wrong.
      const seen = { exit: run.code, signal: run.signal, failures: run.outcome?.failures, output: run.output };
      expect(seen).toEqual({ exit: 0, signal: null, failures: [], output: expect.any(String) });
      expect({ errorLogs: run.output.match(/^.*"level":"(error|fatal)".*$/gm) ?? [], output: run.output }).toEqual({
        errorLogs: [],
        output: expect.any(String),
      });
      for (const name of bench.counts) {
        expect({ [name]: run.outcome!.counts[name] }).toEqual({ [name]: expect.any(Number) });
        expect(run.outcome!.counts[name]).toBeGreaterThan(0);
      }
    },
    120_000,
  );
});
