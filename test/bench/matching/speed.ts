import { Client } from 'pg';
import { runMigrations } from '@syndesmos/database';
import { REFRESH_CONCURRENCY } from '@syndesmos/matching';
import { ORGANISATION_TYPES, NACE_SECTIONS, TOPICS, ELIGIBLE_COUNTRY_CODES } from '@syndesmos/taxonomies';
import { createOperatorContext } from '../../../scripts/operator-context';
import {
  benchSetup,
  freshDatabase,
  knob,
  outcome,
  percentile,
  runBench,
  seedOrganisations,
  SMOKE,
} from '../bench-support';

// Matching speed at scale, on the search benchmark's database (100,000 organisations; run
// `npm run bench:search` first) plus 5,000 open calls added here:
//   (a) event-driven jobs: one subject refreshed after an event, p50/p95/max;
//   (b) the weekly refresh: organisations refreshed one after another in bounded batches,
//       throughput and peak RSS, and the time it takes for all of them (measured on
//       BENCH_REFRESH_SAMPLE organisations, or every one with BENCH_REFRESH_SAMPLE=all).
//
//   npm run bench:matching-speed
//   BENCH_SMOKE=1   (a database of its own with 300 organisations, 50 calls, 10 events, a sample of 30)

const CALLS = knob('BENCH_CALLS', 5000, 50);
const EVENTS = knob('BENCH_EVENTS', 200, 10);
const SAMPLE = process.env.BENCH_REFRESH_SAMPLE ?? (SMOKE ? '30' : '2000');
/** Smoke runs seed and index this many organisations themselves (no search benchmark first). */
const SMOKE_ORGS = knob('BENCH_ORGS', 100_000, 300);
const log = (line: string) => console.log(`[bench] ${line}`);

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

async function main(): Promise<void> {
  const { config, meili } = await benchSetup('syndesmos_bench', 'bench');
  const dbName = new URL(config.databaseUrl).pathname.slice(1);
  let db: Client;
  if (SMOKE) {
    db = await freshDatabase(config.databaseUrl);
    await seedOrganisations(db, SMOKE_ORGS);
  } else {
    // The search benchmark may have built the database with an older schema.
    await runMigrations(config.databaseUrl);
    db = new Client({ connectionString: config.databaseUrl });
    await db.connect().catch(() => {
      throw new Error(`no ${dbName} database: run npm run bench:search first`);
    });
  }
  const [{ n: orgCount }] = (await db.query(`SELECT count(*)::int AS n FROM organisation WHERE status = 'published'`))
    .rows as {
    n: number;
  }[];
  log(`${orgCount} published organisations in ${dbName}`);

  // 5,000 open calls from random organisations, seeking random partners.
  await db.query(`DELETE FROM partner_call`);
  await db.query(`DELETE FROM suggestion`);
  const random = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const owners = (
    await db.query(`SELECT id FROM organisation WHERE status = 'published' ORDER BY id LIMIT $1`, [CALLS])
  ).rows as {
    id: string;
  }[];
  const topics = Object.keys(TOPICS);
  const types = Object.keys(ORGANISATION_TYPES);
  const sections = Object.keys(NACE_SECTIONS);
  const answerBy = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < owners.length; i++) {
    const sought = [
      {
        countries: [pick(ELIGIBLE_COUNTRY_CODES), pick(ELIGIBLE_COUNTRY_CODES)],
        naceSections: [pick(sections)],
        organisationTypes: [pick(types)],
        count: 1,
        role: 'partner',
        tasks: 'Host learners and co-design the training',
      },
    ];
    await db.query(
      `INSERT INTO partner_call (organisation_id, kind, status, title, summary, action, topics, sought, languages, answer_by, opened_at)
       VALUES ($1, 'project', 'open', $2, $3, $4, $5, $6, '{en}', $7, now())`,
      [
        owners[i].id,
        `Benchmark call ${i}`,
        'A synthetic call for the matching benchmark.',
        pick(['KA220-VET', 'KA210-VET']),
        [pick(topics), pick(topics)],
        JSON.stringify(sought),
        answerBy,
      ],
    );
    if ((i + 1) % 1000 === 0) process.stdout.write(`\r[bench] calls: ${i + 1}/${owners.length}`);
  }
  process.stdout.write('\n');
  await db.end();

  const ctx = await createOperatorContext(config);
  try {
    if (SMOKE) {
      const indexed = await ctx.indexer.reindexAll(() => undefined);
      if (indexed !== orgCount) throw new Error(`indexed ${indexed} of ${orgCount} organisations`);
    }
    const t0 = Date.now();
    await ctx.callIndexer.reindexAll((n, total) => process.stdout.write(`\r[bench] indexing calls: ${n}/${total}`));
    process.stdout.write('\n');
    log(`calls indexed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const ids: string[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await ctx.matchingRepository.subjectBatch('organisation', after, 5000);
      if (!batch.length) break;
      ids.push(...batch);
      after = batch[batch.length - 1];
    }

    if (ids.length === 0) throw new Error('no organisation to refresh');

    // (a) Event-driven: random subjects, one at a time.
    const latencies: number[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const id = ids[Math.floor(random() * ids.length)];
      const t = performance.now();
      await ctx.matching.refresh('organisation', id);
      latencies.push(performance.now() - t);
      outcome.count('event-driven refreshes', 1);
      if ((i + 1) % 20 === 0) process.stdout.write(`\r[bench] event-driven jobs: ${i + 1}/${EVENTS}`);
    }
    process.stdout.write('\n');
    latencies.sort((a, b) => a - b);

    // (b) The weekly refresh, in batches, with memory sampled.
    const sample = SAMPLE === 'all' ? ids : ids.slice(0, Number(SAMPLE));
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
    const started = performance.now();
    // As the weekly job does it (MatchingService.refreshAll in libs/matching).
    let next = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: REFRESH_CONCURRENCY }, async () => {
        while (next < sample.length) {
          await ctx.matching.refresh('organisation', sample[next++]);
          done++;
          outcome.count('weekly refreshes', 1);
          if (done % 100 === 0) {
            const rate = done / ((performance.now() - started) / 1000);
            process.stdout.write(`\r[bench] weekly refresh: ${done}/${sample.length} (${rate.toFixed(1)}/s)`);
          }
        }
      }),
    );
    process.stdout.write('\n');
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const seconds = (performance.now() - started) / 1000;
    const rate = sample.length / seconds;
    const check = new Client({ connectionString: config.databaseUrl });
    await check.connect();
    const [{ stored }] = (await check.query(`SELECT count(*)::int AS stored FROM suggestion`)).rows as {
      stored: number;
    }[];
    await check.end();
    outcome.count('suggestions stored', stored);
    console.log(
      `\n${orgCount} organisations, ${CALLS} open calls; 2 cores; one worker process; weekly refresh ${REFRESH_CONCURRENCY} subjects at a time`,
    );
    console.log(
      `(a) event-driven refresh of one organisation (${EVENTS} random): p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms`,
    );
    console.log(
      `(b) weekly refresh: ${sample.length} organisations in ${seconds.toFixed(1)} s = ${rate.toFixed(1)}/s; all ${ids.length}: ${(ids.length / rate / 60).toFixed(1)} min${SAMPLE === 'all' ? '' : ' (projected from the sample)'}; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    await ctx.close();
    await meili.stop();
  }
}

runBench(main);
