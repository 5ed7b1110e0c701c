import { Queue } from 'bullmq';
import { Client } from 'pg';
import { runMigrations } from '@syndesmos/database';
import { QueueName } from '@syndesmos/jobs';
import { REFRESH_CONCURRENCY } from '@syndesmos/matching';
import type { Viewer } from '@syndesmos/organisations';
import { bullPrefix, createRedis, deleteKeysWithPrefix } from '@syndesmos/redis';
import { ORGANISATION_TYPES, NACE_SECTIONS, TOPICS, ELIGIBLE_COUNTRY_CODES } from '@syndesmos/taxonomies';
import { loadavg } from 'node:os';
import { createOperatorContext, type OperatorContext } from '../../../scripts/operator-context';
import {
  benchPorts,
  benchSetup,
  freshDatabase,
  knob,
  outcome,
  percentile,
  runBench,
  seedOrganisations,
  SMOKE,
  startCompiled,
  stopCompiled,
  waitFor,
} from '../bench-support';
import { createRandom, generateOrganisation } from '../organisation-generator';

// Matching speed at scale (issue 18 §1, §3), on 100,000 organisations and 5,000 open calls:
//   (b) the full recompute: every subject, as `refresh-suggestions --full` runs it, with peak RSS;
//   (a) freshness: organisations created, submitted and approved one after another, and calls
//       opened, with the worker running as a process: from the approval until the newcomer is in
//       every list it entered (outbox → relay → index → reverse pass → one refresh job per
//       subject), and how many subjects each event touched;
//   (c) a realistic week: 1 % of the organisations changed (and reindexed), dismissals, then the
//       incremental run as the weekly job does it, with peak RSS.
// The database is reused when it holds BENCH_ORGS organisations (seeded and indexed otherwise).
//   npm run bench:matching-speed              (BENCH_DATABASE=… BENCH_PREFIX=… to use your own)
//   BENCH_SMOKE=1                             (300 organisations, 50 calls, 2 + 1 events, 1 % week)

const ORGS = knob('BENCH_ORGS', 100_000, 300);
const CALLS = knob('BENCH_CALLS', 5000, 50);
const EVENTS = knob('BENCH_EVENTS', 20, 2);
const CALL_EVENTS = knob('BENCH_CALL_EVENTS', 10, 1);
/** Share of the organisations changed in the simulated week. */
const WEEK_CHANGED = knob('BENCH_WEEK_CHANGED', 0.01, 0.01);
const WEEK_DISMISSALS = knob('BENCH_WEEK_DISMISSALS', 200, 3);
/** BENCH_COLD_EVENTS=1: the events once more before the full recompute, when no list has a bar (worst case). */
const COLD_EVENTS = process.env.BENCH_COLD_EVENTS === '1';
/** BENCH_WEEK_ONLY=1: only (c), on the lists an earlier run of the same database left. */
const WEEK_ONLY = process.env.BENCH_WEEK_ONLY === '1' && !SMOKE;
/** How long an event may take before it counts as lost. */
const EVENT_TIMEOUT_MS = 180_000;
const [WORKER_PORT] = benchPorts([3997]);
/** Sectors most generated organisations have: a call seeking one of them has people to reach. */
const COMMON_SECTIONS = ['P', 'C', 'G', 'M', 'S'];
const log = (line: string) => console.log(`[bench] ${line}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Samples this process's RSS until stopped: the peak of a phase. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 250);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss) / 2 ** 20;
  };
}

const count = async (db: Client, sql: string, params: unknown[] = []) =>
  Number(((await db.query(sql, params)).rows[0] as { n: string }).n);

async function ensureOrganisations(ctx: () => Promise<OperatorContext>, url: string, name: string): Promise<void> {
  await runMigrations(url).catch(() => undefined);
  const db = new Client({ connectionString: url });
  const exists = await db.connect().then(
    () => true,
    () => false,
  );
  const have = exists ? await count(db, `SELECT count(*) AS n FROM organisation WHERE status = 'published'`) : 0;
  if (exists) await db.end();
  if (have >= ORGS && !SMOKE) {
    log(`${have} published organisations in ${name}: reused`);
    return;
  }
  log(`seeding ${ORGS} organisations into ${name} (it held ${have})`);
  const fresh = await freshDatabase(url);
  await seedOrganisations(fresh, ORGS);
  // Plans need statistics: without them "status = 'published'" is guessed rare, and every
  // look-up by id scans the status index (measured: 47 ms instead of 1 ms for 100 ids).
  await fresh.query('ANALYZE');
  await fresh.end();
  const c = await ctx();
  const t0 = Date.now();
  let shown = 0;
  const indexed = await c.indexer.reindexAll((n, total) => {
    if (n - shown >= 5000 || n === total) {
      shown = n;
      process.stdout.write(`\r[bench] indexing organisations: ${n}/${total}`);
    }
  });
  process.stdout.write('\n');
  log(`${indexed} organisations indexed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await c.close();
}

/** `CALLS` open calls from random organisations, seeking random partners (seeded). */
async function seedCalls(db: Client, random: () => number): Promise<void> {
  await db.query(`DELETE FROM partner_call`);
  await db.query(`DELETE FROM suggestion`);
  await db.query(`DELETE FROM matching_subject_state`);
  await db.query(`DELETE FROM matching_run`);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const owners = (
    await db.query(`SELECT id FROM organisation WHERE status = 'published' ORDER BY id LIMIT $1`, [CALLS])
  ).rows as { id: string }[];
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
}

async function main(): Promise<void> {
  const { env, config, meili } = await benchSetup('syndesmos_bench', 'bench', {
    WORKER_HEALTH_PORT: String(WORKER_PORT),
    // The repair loop compares 100,000 documents with PostgreSQL: not what is measured here.
    SEARCH_CHECK_INTERVAL_SECONDS: '3600',
  });
  const dbName = new URL(config.databaseUrl).pathname.slice(1);
  log(`database ${dbName}, prefix ${config.redisPrefix}; load average ${load()}`);
  await ensureOrganisations(() => createOperatorContext(config), config.databaseUrl, dbName);
  const db = new Client({ connectionString: config.databaseUrl });
  await db.connect();
  const random = rng(42);
  // BENCH_WEEK_ONLY=1 measures the week on the calls and lists an earlier run left (seeding
  // calls again would clear them).
  if (!WEEK_ONLY) await seedCalls(db, random);
  await db.query('ANALYZE organisation, partner_call');
  const orgCount = await count(db, `SELECT count(*) AS n FROM organisation WHERE status = 'published'`);

  const ctx = await createOperatorContext(config);
  let worker = null as ReturnType<typeof startCompiled> | null;
  const queues: Queue[] = [];
  let connection = null as ReturnType<typeof createRedis> | null;
  try {
    if (!WEEK_ONLY) {
      const t0 = Date.now();
      await ctx.callIndexer.reindexAll((n, total) => process.stdout.write(`\r[bench] indexing calls: ${n}/${total}`));
      process.stdout.write('\n');
      log(`calls indexed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } else if (!(await count(db, `SELECT count(*) AS n FROM matching_run WHERE finished_at IS NOT NULL`))) {
      throw new Error('BENCH_WEEK_ONLY=1 needs the lists of an earlier full run of this database');
    }

    // BENCH_WEEK_ONLY=1: the lists are there from an earlier run; only (c) is measured.
    const measured = WEEK_ONLY
      ? null
      : await (async () => {
          // (a) Freshness through the worker (a process), one event after another.
          await deleteKeysWithPrefix(config.redisUrl, config.redisPrefix);
          worker = startCompiled('apps/worker/src/main.js', env);
          await waitFor(`http://127.0.0.1:${WORKER_PORT}/health`);
          connection = createRedis({ url: config.redisUrl, prefix: config.redisPrefix }, 'bullmq');
          for (const name of [QueueName.Search, QueueName.Matching]) {
            queues.push(new Queue(name, { connection, prefix: bullPrefix(config.redisPrefix) }));
          }
          const account = await ctx.auth.createAccount({
            email: `speed${Date.now()}@bench.example`,
            password: 'Benchmark-matching-2026',
            displayName: 'Benchmark',
            preferredLanguage: 'en',
            role: 'admin',
            naCountries: [],
          });
          const admin: Viewer = { userId: account.id, role: 'admin', naCountries: [] };
          // The weekly schedule waits in the matching queue as a delayed job: it is not work.
          const idle = async () => {
            for (const q of queues) {
              const c = await q.getJobCounts('waiting', 'active', 'prioritized');
              if (Object.values(c).some((n) => n > 0)) return false;
              const delayed = await q.getJobs(['delayed']);
              if (delayed.some((j) => j.name !== 'matching.refresh-all')) return false;
            }
            return true;
          };
          /** Waits until the newcomer's own list is computed and the queues stayed idle for 1.5 s. */
          const settle = async (kind: 'organisation' | 'call', id: string) => {
            const deadline = Date.now() + EVENT_TIMEOUT_MS;
            let quietSince = 0;
            for (;;) {
              if (Date.now() > deadline) throw new Error(`event ${kind} ${id} did not settle`);
              const own = await count(
                db,
                `SELECT count(*) AS n FROM matching_subject_state WHERE subject_kind = $1 AND subject_id = $2`,
                [kind, id],
              );
              if (own > 0 && (await idle())) {
                quietSince ||= Date.now();
                if (Date.now() - quietSince >= 1500) return;
              } else quietSince = 0;
              await new Promise((r) => setTimeout(r, 100));
            }
          };
          // Calls are opened by the organisations this benchmark's admin account created.
          const callOwners: string[] = [];
          const gen = createRandom(7);
          // Past the highest generated OID: earlier runs left their newcomers behind.
          const [{ top }] = (
            await db.query(`SELECT max(substring(oid from 2)::int) AS top FROM organisation WHERE oid ~ '^E[0-9]+$'`)
          ).rows as { top: number | null }[];
          let eventSeq = Math.max(ORGS + 1000, (top ?? 0) - 30_000_000 + 1);
          const runEvents = async (label: string): Promise<string> => {
            const latencies: number[] = [];
            const touched: number[] = [];
            const entered: number[] = [];
            const events = [
              ...Array.from({ length: EVENTS }, () => 'organisation' as const),
              ...Array.from({ length: CALL_EVENTS }, () => 'call' as const),
            ];
            for (let i = 0; i < events.length; i++) {
              const kind = events[i];
              let id: string;
              if (kind === 'organisation') {
                const profile = generateOrganisation(eventSeq++, gen);
                const { organisation } = await ctx.organisations.create(admin, profile);
                await ctx.organisations.submit(admin, organisation.id);
                await ctx.moderation.decide(admin, organisation.id, 'approve', null);
                id = organisation.id;
                callOwners.push(id);
              } else {
                const view = await ctx.calls.create(
                  admin,
                  {
                    organisationId: callOwners[i % callOwners.length],
                    kind: 'project',
                    consortiumId: null,
                    title: `Benchmark event call ${i}: digital skills for apprentices`,
                    summary: 'A call opened during the freshness benchmark.',
                    action: 'KA220-VET',
                    topics: [Object.keys(TOPICS)[i % Object.keys(TOPICS).length]],
                    sought: [
                      {
                        countries: [],
                        naceSections: [COMMON_SECTIONS[i % COMMON_SECTIONS.length]],
                        organisationTypes: [],
                        count: 1,
                        role: 'partner',
                        tasks: 'Host apprentices',
                      },
                    ],
                    languages: ['en'],
                    plannedStart: null,
                    durationMonths: null,
                    naDeadline: null,
                    answerBy: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
                  },
                  true,
                );
                id = view.call.id;
              }
              const approvedAt = Date.now();
              await settle(kind, id);
              const rows = (
                await db.query(
                  `SELECT count(*) AS n, (extract(epoch FROM max(created_at)) * 1000)::float8 AS last FROM suggestion
              WHERE target_id = $1 AND status IN ('new', 'saved', 'acted')`,
                  [id],
                )
              ).rows[0] as { n: string; last: number | null };
              const jobs = (
                await db.query(
                  `SELECT count(*) AS n FROM matching_subject_state WHERE refreshed_at >= to_timestamp($1 / 1000.0)`,
                  [approvedAt],
                )
              ).rows[0] as { n: string };
              // Subjects refreshed since the approval, less the newcomer's own list.
              touched.push(Number(jobs.n) - 1);
              entered.push(Number(rows.n));
              if (rows.last !== null) latencies.push(rows.last - approvedAt);
              outcome.count('freshness events', 1);
              process.stdout.write(
                `\r[bench] (a) events: ${i + 1}/${events.length} (last: ${kind}, entered ${rows.n} lists, touched ${Number(jobs.n) - 1})`,
              );
            }
            process.stdout.write('\n');
            latencies.sort((a, b) => a - b);
            const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
            return (
              `(a) ${label}: approval → in every list it entered (${events.length} events: ${EVENTS} organisations, ${CALL_EVENTS} calls): ` +
              `p50 ${(percentile(latencies, 50) / 1000).toFixed(1)} s, p95 ${(percentile(latencies, 95) / 1000).toFixed(1)} s, ` +
              `max ${((latencies[latencies.length - 1] ?? NaN) / 1000).toFixed(1)} s; subjects touched per event mean ` +
              `${mean(touched).toFixed(1)}, max ${Math.max(...touched)}; lists entered mean ${mean(entered).toFixed(1)}, ` +
              `max ${Math.max(...entered)} (load ${load()})`
            );
          };

          const cold = COLD_EVENTS ? await runEvents('before the full recompute (no list has a bar yet)') : null;
          if (cold) log(cold);

          // (b) The full recompute.
          const subjects = await ctx.matchingRepository.countSubjects();
          log(`(b) full recompute of ${subjects} subjects; load average ${load()}`);
          const fullRss = rssSampler();
          const fullStart = performance.now();
          const loadBefore = load();
          const full = await ctx.refreshPlanner.run('full', (done, total) => {
            const rate = done / ((performance.now() - fullStart) / 1000);
            process.stdout.write(`\r[bench] full recompute: ${done}/${total} (${rate.toFixed(1)}/s)`);
            // A line to keep every 5,000: the rate so far, and the load it ran under.
            if (done % 5000 < 200)
              log(
                `full recompute: ${done} after ${((performance.now() - fullStart) / 1000).toFixed(0)} s; load ${load()}`,
              );
          });
          process.stdout.write('\n');
          const fullSeconds = (performance.now() - fullStart) / 1000;
          const fullPeak = fullRss();
          const loadFull = load();
          outcome.count('full refreshes', full.refreshed);
          outcome.check(full.failed === 0, `${full.failed} subjects failed in the full recompute`);

          log(
            `(b) full recompute: ${full.refreshed} subjects in ${fullSeconds.toFixed(1)} s; peak RSS ${fullPeak.toFixed(0)} MiB`,
          );
          const warm = await runEvents('after the full recompute');
          log(warm);
          await stopCompiled(worker);
          worker = null;
          return { cold, warm, full, fullSeconds, fullPeak, loadBefore, loadFull, subjects };
        })();

    // (c) A realistic week: 1 % of the organisations changed, some dismissals, then the incremental run.
    const changed = Math.max(1, Math.round(orgCount * WEEK_CHANGED));
    // Another 1 % and other topics at every run on the same database (the runs so far tell which
    // week this is): a week that edits the same organisations the same way again changes nothing.
    const weekNo = await count(db, `SELECT count(*) AS n FROM matching_run`);
    const ids = (
      await db.query(`SELECT id FROM organisation WHERE status = 'published' ORDER BY md5(id::text || $2) LIMIT $1`, [
        changed,
        String(weekNo),
      ])
    ).rows.map((r: { id: string }) => r.id);
    const topics = Object.keys(TOPICS);
    for (let i = 0; i < ids.length; i++) {
      // A profile edit approved: other topics, a new version.
      const k = i + weekNo * 5;
      await db.query(
        `UPDATE organisation SET profile = jsonb_set(profile, '{topics}', $2::jsonb), version = version + 1, updated_at = now() WHERE id = $1`,
        [ids[i], JSON.stringify([topics[k % topics.length], topics[(k * 7 + 3) % topics.length]])],
      );
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < ids.length) await ctx.indexer.sync(ids[next++]);
      }),
    );
    await db.query(
      `UPDATE suggestion SET status = 'dismissed', updated_at = now() WHERE id IN (
         SELECT id FROM suggestion WHERE status = 'new' ORDER BY md5(id::text) LIMIT $1)`,
      [WEEK_DISMISSALS],
    );
    log(`(c) week: ${ids.length} organisations changed and reindexed, ${WEEK_DISMISSALS} dismissals; load ${load()}`);
    const weekRss = rssSampler();
    const weekStart = performance.now();
    const week = await ctx.refreshPlanner.run('incremental', (done, total) =>
      process.stdout.write(`\r[bench] incremental run: ${done}/${total}`),
    );
    process.stdout.write('\n');
    const weekSeconds = (performance.now() - weekStart) / 1000;
    const weekPeak = weekRss();
    outcome.count('incremental refreshes', week.refreshed);
    outcome.check(week.failed === 0, `${week.failed} subjects failed in the incremental run`);
    outcome.check(week.mode === 'incremental', `the weekly run was ${week.mode}, not incremental`);

    outcome.count('suggestions stored', await count(db, `SELECT count(*) AS n FROM suggestion`));
    console.log(
      `\n${orgCount} organisations, ${CALLS} open calls, ${measured?.subjects ?? (await ctx.matchingRepository.countSubjects())} subjects; ` +
        `refreshes ${REFRESH_CONCURRENCY} at a time`,
    );
    if (measured) {
      const { cold, warm, full, fullSeconds, fullPeak, loadBefore, loadFull } = measured;
      if (cold) console.log(cold);
      console.log(warm);
      console.log(
        `(b) full recompute: ${full.refreshed} subjects in ${fullSeconds.toFixed(1)} s = ${(fullSeconds / 60).toFixed(1)} min ` +
          `(${(full.refreshed / fullSeconds).toFixed(1)}/s); peak RSS ${fullPeak.toFixed(0)} MiB (load before ${loadBefore}, after ${loadFull})`,
      );
    }
    console.log(
      `(c) incremental week: ${week.changedOrganisations} organisations and ${week.changedCalls} calls changed, ` +
        `${week.planned} subjects looked at (${week.patched} patched, ${week.unchanged} unchanged, ${week.recomputed} recomputed) ` +
        `in ${weekSeconds.toFixed(1)} s = ${(weekSeconds / 60).toFixed(2)} min (planning ${week.planSeconds.toFixed(1)} s); ` +
        `peak RSS ${weekPeak.toFixed(0)} MiB (load ${load()})`,
    );
  } finally {
    if (worker) await stopCompiled(worker);
    for (const q of queues) await q.close();
    connection?.disconnect();
    await db.end();
    await ctx.close();
    await meili.stop();
  }
}

runBench(main);
