import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import {
  benchPorts,
  benchSetup,
  freshDatabase,
  knob,
  outcome,
  runBench,
  stopCompiled,
  watchExit,
} from './bench-support';

// Express or Fastify under the real API, measured on GET /health (PostgreSQL, Redis and
// Meilisearch checked on every request) in one run. The server runs in its own process so
// the load generator does not share its event loop. A failed request or a non-2xx answer
// fails the run.
//   npm run bench:http              (BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_ROUNDS=2 by default)
//   BENCH_SMOKE=1                   (1 s, 4 connections, one round)

const SECONDS = knob('BENCH_SECONDS', 10, 1);
const WARMUP_SECONDS = knob('BENCH_WARMUP_SECONDS', 2, 1);
const CONNECTIONS = knob('BENCH_CONNECTIONS', 50, 4);
const ROUNDS = knob('BENCH_ROUNDS', 2, 1);
const [PORT] = benchPorts([3990]);

interface Figures {
  adapter: string;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(adapter: string, round: number, env: NodeJS.ProcessEnv): Promise<Figures> {
  const server = fork(resolve(__dirname, 'http-adapter.server.js'), [adapter, String(PORT)], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  watchExit(server, `${adapter} server`);
  await new Promise<void>((ready, fail) => {
    server.once('message', () => ready());
    server.once('exit', (code) => fail(new Error(`${adapter} server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${PORT}/health`;
  // Warm-up: JIT, connection pools.
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  process.stdout.write(`  ${adapter} round ${round}: measuring ${SECONDS}s with ${CONNECTIONS} connections… `);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  process.stdout.write(`${Math.round(result.requests.average)} req/s\n`);
  await stopCompiled(server);
  const failed = result.errors + result.timeouts;
  outcome.count('requests', result.requests.total);
  outcome.check(result.requests.total > 0, `${adapter} round ${round}: no request answered`);
  outcome.check(failed === 0, `${adapter} round ${round}: ${failed} requests failed or timed out`);
  outcome.check(result.non2xx === 0, `${adapter} round ${round}: ${result.non2xx} answers were not 2xx`);
  return {
    adapter,
    round,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function main(): Promise<void> {
  const { env, config, meili } = await benchSetup('syndesmos_bench_http', 'benchhttp');
  await (await freshDatabase(config.databaseUrl)).end();
  console.log(`HTTP adapter benchmark: GET /health, ${ROUNDS} alternating rounds per adapter`);
  const all: Figures[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const adapter of round % 2 ? ['express', 'fastify'] : ['fastify', 'express']) {
        all.push(await measure(adapter, round, env));
      }
    }
  } finally {
    await meili.stop();
  }
  console.log('\nadapter  round  req/s    p50 ms  p99 ms  errors  non-2xx');
  for (const f of all) {
    console.log(
      `${f.adapter.padEnd(8)} ${String(f.round).padStart(5)}  ${f.rps.toFixed(0).padStart(7)}  ${String(f.p50).padStart(6)}  ${String(f.p99).padStart(6)}  ${String(f.errors).padStart(6)}  ${String(f.non2xx).padStart(7)}`,
    );
  }
  const mean = (adapter: string) => {
    const rows = all.filter((f) => f.adapter === adapter);
    return rows.reduce((s, f) => s + f.rps, 0) / rows.length;
  };
  const [e, f] = [mean('express'), mean('fastify')];
  console.log(
    `\nmean req/s: express ${e.toFixed(0)}, fastify ${f.toFixed(0)} (fastify/express = ${(f / e).toFixed(2)})`,
  );
}

runBench(main);
