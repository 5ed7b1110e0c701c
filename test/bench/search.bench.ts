import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { runMigrations } from '@syndesmos/database';
import {
  benchPorts,
  benchSetup,
  cpuSecondsOf,
  freshDatabase,
  knob,
  LoadClient,
  outcome,
  percentile,
  runBench,
  seedOrganisations,
  SMOKE,
  startCompiled,
  stopCompiled,
  waitFor,
} from './bench-support';
import { cpus } from 'node:os';
import type { AppConfig } from '@syndesmos/config';
import { deleteKeysWithPrefix } from '@syndesmos/redis';
import { buildOrganisationSearch, ORGANISATION_FACETS, type OrganisationSearchInput } from '@syndesmos/search';
import { createOperatorContext } from '../../scripts/operator-context';
import { generateOrganisations } from './organisation-generator';

// Search at scale, measured in one run (see test/bench/README.md):
//  (a) indexing throughput, PostgreSQL → searchable, documents per second;
//  (b) search latency and throughput through the API at concurrency 16, for a query mix;
//  (c) the same mix sent straight to Meilisearch, and the API overhead b/c;
//  (d) publish-to-searchable: approve through the API until the organisation is found.
// A failed search or a failed step of a publication fails the run.
//   npm run bench:search            (BENCH_ORGS=100000 BENCH_SECONDS=15 by default)
//   BENCH_SMOKE=1                   (200 organisations, 1.5 s per path, 3 publications)

const ORGS = knob('BENCH_ORGS', 100_000, 200);
const SECONDS = knob('BENCH_SECONDS', 15, 1.5);
const CONCURRENCY = SMOKE ? 4 : 16;
const ROUNDS = 3;
const WARMUP_SECONDS = SMOKE ? 0.5 : 3;
const PUBLISHES = knob('BENCH_PUBLISHES', 40, 3);
/** Keep the database and index of the previous run when they hold BENCH_ORGS organisations. */
const REUSE = process.env.BENCH_REUSE === '1';
const [API_PORT, WORKER_PORT] = benchPorts([3991, 3992]);

const MIX: { label: string; input: OrganisationSearchInput; query: string }[] = [
  { label: 'text only', input: { q: 'digital skills' }, query: 'q=digital%20skills' },
  {
    label: 'text + 2 filters + facets',
    input: { q: 'training', countries: ['DE', 'AT'], organisationTypes: ['vet_provider'], facets: ORGANISATION_FACETS },
    query: 'q=training&country=DE,AT&organisationType=vet_provider&facets=all',
  },
  { label: 'filters only', input: { countries: ['GR'], naceSections: ['P'] }, query: 'country=GR&naceSection=P' },
  { label: 'typo', input: { q: 'manufactoring' }, query: 'q=manufactoring' },
];

const log = (line: string): void => console.log(`[bench] ${line}`);

/** Processes whose CPU each run is charged with (the load generator is this process). */
const PROCESSES = {
  api: (cmd: string) => cmd.includes('apps/api/src/main.js'),
  meilisearch: (cmd: string) => /meilisearch\b.*--http-addr/.test(cmd),
  postgres: (cmd: string) => cmd.startsWith('postgres'),
};
type Cpu = Record<keyof typeof PROCESSES | 'generator', number>;

function cpuNow(): Cpu {
  const own = process.cpuUsage();
  return {
    api: cpuSecondsOf(PROCESSES.api),
    meilisearch: cpuSecondsOf(PROCESSES.meilisearch),
    postgres: cpuSecondsOf(PROCESSES.postgres),
    generator: (own.user + own.system) / 1e6,
  };
}

interface Samples {
  /** Latencies in ms, per query of MIX. */
  byQuery: number[][];
  errors: number;
  seconds: number;
  /** CPU seconds used meanwhile, by process. */
  cpu: Cpu;
}

interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Per query of MIX, in its order. */
  queries: { p50: number; p95: number }[];
  /** CPU milliseconds per request, by process. */
  cpuMs: Cpu;
}

/** Sends the mix at CONCURRENCY for `seconds`, one request after another per slot. */
async function load(send: (i: number, slot: number) => Promise<void>, seconds: number): Promise<Samples> {
  const before = cpuNow();
  const byQuery: number[][] = MIX.map(() => []);
  let errors = 0;
  let n = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, slot) => {
      while (Date.now() < end) {
        const i = n++;
        const t = performance.now();
        try {
          await send(i, slot);
          byQuery[i % MIX.length].push(performance.now() - t);
        } catch (err) {
          if (errors++ === 0) log(`a request failed: ${(err as Error).message}`);
        }
      }
    }),
  );
  const after = cpuNow();
  const cpu = Object.fromEntries(Object.keys(after).map((k) => [k, after[k as keyof Cpu] - before[k as keyof Cpu]]));
  return { byQuery, errors, seconds, cpu: cpu as Cpu };
}

/** Pools the rounds of one path into its figures. */
function summarise(rounds: Samples[]): LoadResult {
  const byQuery = MIX.map((_, q) => rounds.flatMap((r) => r.byQuery[q]).sort((a, b) => a - b));
  const all = byQuery.flat().sort((a, b) => a - b);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const perRequest = (k: keyof Cpu) => (rounds.reduce((sum, r) => sum + r.cpu[k], 0) * 1000) / Math.max(1, all.length);
  return {
    queries: byQuery.map((list) => ({ p50: percentile(list, 50), p95: percentile(list, 95) })),
    cpuMs: {
      api: perRequest('api'),
      meilisearch: perRequest('meilisearch'),
      postgres: perRequest('postgres'),
      generator: perRequest('generator'),
    },
    rps: all.length / seconds,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

async function seedPostgres(config: AppConfig): Promise<void> {
  const db = await freshDatabase(config.databaseUrl);
  await seedOrganisations(db, ORGS);
  await db.end();
}

/** True when the previous run left the database and an index holding at least ORGS organisations. */
async function previousRun(databaseUrl: string, meiliUrl: string, key: string, indexUid: string): Promise<boolean> {
  const db = new Client({ connectionString: databaseUrl });
  try {
    await db.connect();
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM organisation WHERE status = 'published'`)).rows;
    const stats = await fetch(`${meiliUrl}/indexes/${indexUid}/stats`, { headers: { authorization: `Bearer ${key}` } });
    if (!stats.ok) return false;
    const { numberOfDocuments } = (await stats.json()) as { numberOfDocuments: number };
    return n >= ORGS && numberOfDocuments >= ORGS;
  } catch {
    return false;
  } finally {
    await db.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const { env, config, meili } = await benchSetup('syndesmos_bench', 'bench', {
    LOGIN_RATE_LIMIT_IP: '100000',
    API_PORT: String(API_PORT),
    WORKER_HEALTH_PORT: String(WORKER_PORT),
  });
  await deleteKeysWithPrefix(config.redisUrl, config.redisPrefix);
  log(`machine: ${cpus().length} cores, node ${process.version}; ${ORGS} organisations`);

  const indexUid = `${config.meiliIndexPrefix}organisations`;
  const reused = REUSE && (await previousRun(config.databaseUrl, config.meiliUrl, config.meiliMasterKey, indexUid));
  let indexing = { indexed: 0, seconds: 0 };
  const password = 'Benchmark-runner-2026';
  if (reused) {
    const measured = /^(\d+):([\d.]+)$/.exec(process.env.BENCH_INDEXED ?? '');
    if (measured) indexing = { indexed: Number(measured[1]), seconds: Number(measured[2]) };
    else log(`reusing the database and ${indexUid} from the previous run (BENCH_REUSE=1): (a) not measured`);
    await runMigrations(config.databaseUrl);
  } else {
    await seedPostgres(config);

    // (a) indexing throughput: PostgreSQL → Meilisearch, waiting until every batch is searchable.
    const ctx = await createOperatorContext(config);
    const indexStart = Date.now();
    const indexed = await ctx.indexer.reindexAll((n, total) =>
      process.stdout.write(`\r[bench] indexing: ${n}/${total}`),
    );
    indexing = { indexed, seconds: (Date.now() - indexStart) / 1000 };
    process.stdout.write('\n');
    if (indexed !== ORGS) throw new Error(`(a) indexed ${indexed} of ${ORGS} organisations`);
    log(
      `(a) indexed ${indexed} documents in ${indexing.seconds.toFixed(1)} s = ${(indexed / indexing.seconds).toFixed(0)} docs/s`,
    );
    await ctx.auth.createAccount({
      email: 'bench-admin@bench.example',
      password,
      displayName: 'Bench',
      preferredLanguage: 'en',
      role: 'admin',
      naCountries: [],
    });
    await ctx.close();

    // Measure (b), (c) and (d) from a fresh process: seeding and indexing leave this one's heap
    // large, and its garbage collection then doubled the load generator's CPU per request.
    // The fresh process prints the outcome of the whole run; this one passes its exit code on.
    const code = await new Promise<number>((resolve) =>
      spawn(process.execPath, [process.argv[1]], {
        env: { ...process.env, BENCH_REUSE: '1', BENCH_INDEXED: `${indexing.indexed}:${indexing.seconds}` },
        stdio: 'inherit',
      }).once('exit', (exitCode) => resolve(exitCode ?? 1)),
    );
    await meili.stop();
    process.exit(code);
  }
  outcome.count('organisations indexed', indexing.indexed);

  const api = startCompiled('apps/api/src/main.js', env);
  const worker = startCompiled('apps/worker/src/main.js', env);
  try {
    await waitFor(`http://127.0.0.1:${API_PORT}/health`);
    await waitFor(`http://127.0.0.1:${WORKER_PORT}/health`);
    const apiUrl = `http://127.0.0.1:${API_PORT}`;
    const login = (await expectOk(
      await fetch(`${apiUrl}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'bench-admin@bench.example', password }),
      }),
      'login',
    )) as { accessToken: string };
    const auth = { authorization: `Bearer ${login.accessToken}` };

    // Each path has its own connections, one per slot of concurrency, kept alive.
    const apiClient = new LoadClient();
    const directClient = new LoadClient();
    const ok = (status: number) => {
      if (status !== 200) throw new Error(String(status));
    };
    const viaApiRequests = MIX.map((m) =>
      LoadClient.request(`${apiUrl}/v1/search/organisations?${m.query}`, { headers: auth }),
    );
    const directRequests = MIX.map((m) => {
      const { q, params } = buildOrganisationSearch(m.input);
      return LoadClient.request(`${config.meiliUrl}/indexes/${indexUid}/search`, {
        method: 'POST',
        // The API asks for uncompressed answers too (see libs/search/src/meili-searcher.ts).
        headers: {
          'content-type': 'application/json',
          'accept-encoding': 'identity',
          authorization: `Bearer ${config.meiliMasterKey}`,
        },
        body: JSON.stringify({ q, ...params }),
      });
    });
    const viaApiOnce = async (i: number, slot: number) =>
      ok(await apiClient.send(slot, viaApiRequests[i % MIX.length]));
    const directOnce = async (i: number, slot: number) =>
      ok(await directClient.send(slot, directRequests[i % MIX.length]));

    // Warm both paths (the API's code is compiled by V8 as it runs), then alternate them in
    // rounds so that whatever drifts during the run (caches, other processes) touches both.
    log(`warming both paths: ${WARMUP_SECONDS} s each at concurrency ${CONCURRENCY}`);
    await load(viaApiOnce, WARMUP_SECONDS);
    await load(directOnce, WARMUP_SECONDS);
    log(
      `(b) API and (c) Meilisearch directly (same mix, built by the same code): ${ROUNDS} alternating rounds of ` +
        `${SECONDS / ROUNDS} s each, concurrency ${CONCURRENCY}, mix of ${MIX.map((m) => m.label).join(' / ')}`,
    );
    const apiRounds: Samples[] = [];
    const directRounds: Samples[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      apiRounds.push(await load(viaApiOnce, SECONDS / ROUNDS));
      directRounds.push(await load(directOnce, SECONDS / ROUNDS));
      process.stdout.write(`\r[bench] round ${r + 1}/${ROUNDS}`);
    }
    process.stdout.write('\n');
    const viaApi = summarise(apiRounds);
    const direct = summarise(directRounds);
    apiClient.close();
    directClient.close();

    // (d) publish-to-searchable through the whole pipeline.
    log(`(d) publish-to-searchable: ${PUBLISHES} organisations approved one after another`);
    const delays: number[] = [];
    const runId = Date.now() % 10_000_000;
    const generator = generateOrganisations(ORGS + PUBLISHES, 7);
    for (let i = 0; i < ORGS; i++) generator.next();
    for (let i = 0; i < PUBLISHES; i++) {
      const profile = generator.next().value!;
      const { pic: _pic, naceRevision: _rev, ...body } = profile;
      const created = (await expectOk(
        await fetch(`${apiUrl}/v1/organisations`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({
            ...body,
            pic: null,
            oid: `E9${String((runId + i) % 10_000_000).padStart(7, '0')}`,
            displayName: `Benchpublish ${i} ${profile.displayName}`.slice(0, 120),
          }),
        }),
        'create an organisation',
      )) as { id: string };
      await expectOk(
        await fetch(`${apiUrl}/v1/organisations/${created.id}/submit`, { method: 'POST', headers: auth }),
        'submit',
      );
      const t = performance.now();
      const approved = await fetch(`${apiUrl}/v1/moderation/organisations/${created.id}/approve`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{}',
      });
      await expectOk(approved, 'approve');
      for (;;) {
        const res = await fetch(`${config.meiliUrl}/indexes/${indexUid}/documents/${created.id}`, {
          headers: { authorization: `Bearer ${config.meiliMasterKey}` },
        });
        if (res.ok) break;
        if (performance.now() - t > 30_000) throw new Error('not searchable within 30 s');
        await new Promise((r) => setTimeout(r, 5));
      }
      delays.push(performance.now() - t);
      process.stdout.write(`\r[bench] published ${i + 1}/${PUBLISHES}`);
    }
    process.stdout.write('\n');
    delays.sort((a, b) => a - b);
    const requests = (r: Samples[]) => r.reduce((sum, round) => sum + round.byQuery.flat().length, 0);
    outcome.count('searches through the API', requests(apiRounds));
    outcome.count('searches straight to Meilisearch', requests(directRounds));
    outcome.count('organisations published and found', delays.length);
    outcome.check(viaApi.errors === 0, `(b) ${viaApi.errors} searches through the API failed`);
    outcome.check(direct.errors === 0, `(c) ${direct.errors} searches straight to Meilisearch failed`);

    const f = (n: number) => n.toFixed(1).padStart(7);
    console.log('\n                       req/s    p50 ms   p95 ms   p99 ms  errors');
    console.log(
      `(b) through the API   ${f(viaApi.rps)}  ${f(viaApi.p50)}  ${f(viaApi.p95)}  ${f(viaApi.p99)}  ${viaApi.errors}`,
    );
    console.log(
      `(c) Meilisearch       ${f(direct.rps)}  ${f(direct.p50)}  ${f(direct.p95)}  ${f(direct.p99)}  ${direct.errors}`,
    );
    console.log(
      `API overhead b/c: ${(viaApi.p50 / direct.p50).toFixed(2)}x at the median, ${(viaApi.p95 / direct.p95).toFixed(2)}x at p95`,
    );
    const c = (r: LoadResult) =>
      `API ${r.cpuMs.api.toFixed(2)}, Meilisearch ${r.cpuMs.meilisearch.toFixed(2)}, PostgreSQL ${r.cpuMs.postgres.toFixed(2)}, load generator ${r.cpuMs.generator.toFixed(2)}`;
    for (const [k, m] of MIX.entries()) {
      const [b, d] = [viaApi.queries[k], direct.queries[k]];
      console.log(
        `  ${m.label.padEnd(26)} p50/p95 ms: API ${b.p50.toFixed(1)}/${b.p95.toFixed(1)}, Meilisearch ${d.p50.toFixed(1)}/${d.p95.toFixed(1)}`,
      );
    }
    console.log(`CPU ms per request (b): ${c(viaApi)}`);
    console.log(`CPU ms per request (c): ${c(direct)}`);
    console.log(
      indexing.indexed
        ? `(a) indexing: ${(indexing.indexed / indexing.seconds).toFixed(0)} docs/s (${indexing.indexed} in ${indexing.seconds.toFixed(1)} s)`
        : '(a) indexing: not measured (BENCH_REUSE=1)',
    );
    console.log(
      `(d) publish-to-searchable: p50 ${percentile(delays, 50).toFixed(0)} ms, p95 ${percentile(delays, 95).toFixed(0)} ms, max ${delays[delays.length - 1].toFixed(0)} ms`,
    );
  } finally {
    await Promise.all([stopCompiled(api), stopCompiled(worker)]);
    await meili.stop();
  }
}

/** The answer's JSON body, or an error naming the step and the status. */
async function expectOk(res: Response, step: string): Promise<unknown> {
  if (!res.ok) throw new Error(`${step}: ${res.status} ${await res.text()}`);
  return res.json();
}

runBench(main);
