import {
  benchEnv,
  benchPorts,
  freshDatabase,
  knob,
  outcome,
  percentile,
  runBench,
  SMOKE,
  startCompiled,
  stopCompiled,
  waitFor,
} from './bench-support';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Client } from 'pg';
import { io } from 'socket.io-client';
import { RawSocket } from './raw-socket';
import { TokenService } from '@syndesmos/auth';
import type { AppConfig } from '@syndesmos/config';
import { deleteKeysWithPrefix } from '@syndesmos/redis';
import type { StageFigures } from '@syndesmos/realtime-events';

// Realtime benchmark: USERS connected users in channels of CHANNEL_SIZE (each user's
// organisation is a member of one consortium), RATE messages per second in total for
// SECONDS, through (1) a bare socket.io broadcast with no storage (the floor), (2) one
// gateway process, (3) two gateway processes behind Redis. Latency is send to receipt at
// every other member of the channel; lost and duplicated deliveries are counted.
//
// A refused send, a lost or a duplicated delivery fails the run.
//
//   npm run bench:realtime        (BENCH_USERS=500 BENCH_CHANNEL_SIZE=10 BENCH_RATE=200 BENCH_SECONDS=60)
//   BENCH_SMOKE=1                 (24 users in channels of 4, 40 msg/s for 1 s)
//   BENCH_CAPACITY=1              the capacity mode: bare, gateway ×1 and ×2 each raise the rate through
//                                 BENCH_RATES (200,…,2000; smoke 20,40) for BENCH_SECONDS (10) a step at
//                                 2,000 users until a step is not held (p99 ≥ 100 ms, or anything refused,
//                                 late or doubled); BENCH_ADAPTER=redis-streams for the other adapter
//   BENCH_PROFILE=1               each gateway times every stage of a message (stage-profile.ts) and the
//                                 run prints where the time went, per node

/** BENCH_CAPACITY=1: raise the rate step by step (BENCH_RATES) and report the highest held. */
const CAPACITY = process.env.BENCH_CAPACITY === '1';
const USERS = knob('BENCH_USERS', CAPACITY ? 2000 : 500, 24);
const CHANNEL_SIZE = knob('BENCH_CHANNEL_SIZE', 10, 4);
const RATE = knob('BENCH_RATE', 200, 40);
const SECONDS = knob('BENCH_SECONDS', CAPACITY ? 10 : 60, 1);
/** Messages each channel holds before the run: its earlier conversation. */
const HISTORY = knob('BENCH_HISTORY', 20, 3);
const RATES = (process.env.BENCH_RATES ?? (SMOKE ? '20,40' : '200,400,600,800,1000,1200,1500,2000'))
  .split(',')
  .map(Number);
if (RATES.some((r) => !(r > 0))) throw new Error(`BENCH_RATES must be rates a second, not ${process.env.BENCH_RATES}`);
/** The adapter of the capacity mode's gateways (BENCH_ADAPTER: redis or redis-streams). */
const ADAPTER = process.env.BENCH_ADAPTER === 'redis-streams' ? 'redis-streams' : 'redis';
/** BENCH_PROFILE=1: the gateways time each stage of a message and the run prints it per node. */
const PROFILE = process.env.BENCH_PROFILE === '1';
/** The load generator's client: `raw` (raw-socket.ts, the default) or `socket.io` (socket.io-client). */
const CLIENT = process.env.BENCH_CLIENT === 'socket.io' ? 'socket.io' : 'raw';
/** A rate is held while p99 stays under this. */
const CAPACITY_P99_MS = 100;
const CHANNELS = Math.floor(USERS / CHANNEL_SIZE);
// The bare server stops before the gateways start, so it listens on the first gateway's port.
const PORTS = benchPorts([3996, 3997]);
const log = (line: string) => console.log(`[bench] ${line}`);
/** The seeding connection, kept open to read PostgreSQL's counters around each step. */
let statsDb: Client | undefined;

interface BenchUser {
  id: string;
  token: string;
  channel: number;
}

interface Result {
  label: string;
  rate: number;
  sent: number;
  refused: number;
  expected: number;
  received: number;
  lost: number;
  duplicated: number;
  p50: number;
  p95: number;
  p99: number;
  processes: { name: string; cpuPercent: number; cpuSeconds: number; rssMiB: number }[];
  /** CPU of all PostgreSQL processes (and of Redis) over the step, per message sent. */
  pgCpuMsPerMessage: number;
  redisCpuMsPerMessage: number;
  stalls: Stalls;
}

/**
 * What may have held a step's deliveries back, beside too little CPU: the load generator's own
 * event loop (a pause there delays every receipt it times), how the late deliveries spread over
 * the step (a few windows: a stall; many: saturation), and PostgreSQL's checkpoints and WAL
 * flushes (every stored batch waits for one; the disk is shared).
 */
interface Stalls {
  loadLoopMaxMs: number;
  /** 100-ms windows of send time holding a delivery at or over the p99 budget, and how many windows the step had. */
  lateWindows: number;
  windows: number;
  checkpoints: number;
  walSyncs: number;
  /** Time spent in WAL flushes (0 where PostgreSQL does not time them: track_wal_io_timing off). */
  walSyncMs: number;
}

/** Cluster-wide counters that say whether PostgreSQL's disk work got in a step's way. */
async function walCounters(db: Client): Promise<{ checkpoints: number; syncs: number; syncMs: number }> {
  const { rows } = await db.query<{ checkpoints: string; syncs: string; sync_ms: number }>(
    `SELECT (SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter) AS checkpoints,
            wal_sync AS syncs, wal_sync_time AS sync_ms FROM pg_stat_wal`,
  );
  return { checkpoints: Number(rows[0].checkpoints), syncs: Number(rows[0].syncs), syncMs: Number(rows[0].sync_ms) };
}

/** CPU seconds and RSS of a process from /proc (Linux). */
function procStats(pid: number): { cpu: number; rssMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpu: ticks / 100, rssMiB: rss ? Number(rss[1]) / 1024 : NaN };
}

async function seed(config: AppConfig): Promise<{ users: BenchUser[]; channelIds: string[] }> {
  const db = await freshDatabase(config.databaseUrl);
  const tokens = new TokenService(config);
  const users: BenchUser[] = [];
  const orgs: string[] = [];
  for (let i = 0; i < USERS; i++) {
    const [u] = (
      await db.query(
        // Confirmed, as accounts that operators create are (AuthService.createAccount): an
        // unconfirmed user may not send. Hashing 500 passwords would only slow the seed.
        `INSERT INTO app_user (email, password_hash, display_name, email_verified_at)
         VALUES ($1, 'not-a-login', $2, now()) RETURNING id`,
        [`bench-rt-${i}@bench.example`, `Bench ${i}`],
      )
    ).rows as { id: string }[];
    const [o] = (
      await db.query(
        `INSERT INTO organisation (status, profile, oid, country, organisation_type, display_name, published_at)
         VALUES ('published', '{}', $1, 'GR', 'vet_provider', $2, now()) RETURNING id`,
        [`E8${String(i).padStart(7, '0')}`, `Bench org ${i}`],
      )
    ).rows as { id: string }[];
    await db.query(`INSERT INTO organisation_member (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [
      o.id,
      u.id,
    ]);
    const [s] = (
      await db.query(
        `INSERT INTO auth_session (user_id, expires_at) VALUES ($1, now() + interval '1 day') RETURNING id`,
        [u.id],
      )
    ).rows as { id: string }[];
    users.push({ id: u.id, token: tokens.signAccess({ sub: u.id, sid: s.id }), channel: i % CHANNELS });
    orgs.push(o.id);
    if ((i + 1) % 100 === 0) process.stdout.write(`\r[bench] users and organisations: ${i + 1}/${USERS}`);
  }
  process.stdout.write('\n');
  const channelIds: string[] = [];
  for (let c = 0; c < CHANNELS; c++) {
    const members = orgs.filter((_, i) => i % CHANNELS === c);
    const [row] = (
      await db.query(
        `INSERT INTO consortium (name, action, coordinator_id) VALUES ($1, 'KA220-VET', $2) RETURNING id`,
        [`Bench consortium ${c}`, members[0]],
      )
    ).rows as { id: string }[];
    for (const [k, orgId] of members.entries()) {
      await db.query(`INSERT INTO consortium_member (consortium_id, organisation_id, role) VALUES ($1, $2, $3)`, [
        row.id,
        orgId,
        k === 0 ? 'coordinator' : 'partner',
      ]);
    }
    const [ch] = (
      await db.query(`INSERT INTO channel (kind, consortium_id) VALUES ('consortium', $1) RETURNING id`, [row.id])
    ).rows as { id: string }[];
    channelIds.push(ch.id);
  }
  // Each channel's earlier conversation, by its first member. Without it the message table is
  // empty when the gateways plan their statements, and with this machine's PostgreSQL (autovacuum
  // off, so never analysed again) those plans scanned the whole, growing table on every send.
  await db.query(
    `WITH ch AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS t(id, author_id))
     INSERT INTO message (channel_id, seq, author_id, client_id, body)
     SELECT ch.id, g, ch.author_id, gen_random_uuid(), 'earlier message ' || g FROM ch, generate_series(1, $3::int) g`,
    [channelIds, channelIds.map((_, c) => users[c].id), HISTORY],
  );
  await db.query(`UPDATE channel SET last_seq = $1, last_message_at = now()`, [HISTORY]);
  // As autovacuum would soon: without statistics the planner scans whole tables for access checks.
  await db.query('ANALYZE');
  // The gateways' connections time their WAL flushes (pg_stat_wal.wal_sync_time), for the stall
  // table; only a superuser may say so, and without it that column just stays empty.
  await db
    .query(`ALTER DATABASE "${new URL(config.databaseUrl).pathname.slice(1)}" SET track_wal_io_timing = on`)
    .catch((err: Error) => log(`WAL flushes not timed: ${err.message}`));
  statsDb = db;
  log(`seeded ${USERS} users in ${CHANNELS} channels of ${CHANNEL_SIZE}, ${HISTORY} messages in each`);
  return { users, channelIds };
}

/** What one step's deliveries were: each message id once per receiving user, with its latency. */
class Deliveries {
  readonly origin = performance.now();
  /** Windows of send time (100 ms each, from the step's start) holding a late delivery. */
  readonly lateWindows = new Set<number>();
  readonly got = new Map<string, number>(); // `${clientId}:${userIndex}` → count
  readonly latencies: number[] = [];
  readonly sentAt = new Map<string, number>(); // clientId → time
  received = 0;
  duplicated = 0;

  receive(clientId: string, user: number): void {
    const t0 = this.sentAt.get(clientId);
    // A late delivery of an earlier step's message is that step's (counted lost there).
    if (t0 === undefined) return;
    const key = `${clientId}:${user}`;
    const n = (this.got.get(key) ?? 0) + 1;
    this.got.set(key, n);
    if (n > 1) {
      this.duplicated++;
      return;
    }
    this.received++;
    const latency = performance.now() - t0;
    this.latencies.push(latency);
    if (latency >= CAPACITY_P99_MS) this.lateWindows.add(Math.floor((t0 - this.origin) / 100));
  }
}

/** What the load generator needs of a client: socket.io-client's, or the lighter RawSocket. */
interface BenchSocket {
  connected: Promise<void>;
  on<T>(event: string, listener: (data: T) => void): void;
  once<T>(event: string, listener: (data: T) => void): void;
  emit(event: string, data: unknown): void;
  emitWithAck(event: string, data: unknown, ms: number): Promise<unknown>;
  disconnect(): void;
}

function openSocket(url: string, auth: Record<string, unknown>): BenchSocket {
  if (CLIENT === 'raw') return new RawSocket(url, auth);
  const s = io(url, { path: '/socket.io', transports: ['websocket'], auth, reconnection: false, forceNew: true });
  const connected = new Promise<void>((ok, fail) => {
    s.once('connect', () => ok());
    s.once('connect_error', fail);
  });
  connected.catch(() => undefined);
  return {
    connected,
    on: (event, listener) => void s.on(event, listener),
    once: (event, listener) => void s.once(event, listener),
    emit: (event, data) => s.emit(event, data),
    emitWithAck: (event, data, ms) => s.timeout(ms).emitWithAck(event, data) as Promise<unknown>,
    disconnect: () => s.disconnect(),
  };
}

interface Session {
  sockets: BenchSocket[];
  protocol: 'gateway' | 'bare';
  deliveries: Deliveries;
}

/**
 * Connects every user and starts each on its channel; each channel's members alternate
 * between the ports, as a load balancer that knows nothing of channels would place them.
 * (User i is member i / CHANNELS of channel i % CHANNELS; before 2026-12-04 user i went to
 * port i % ports, which with an even number of channels put every member of a channel on one
 * node.) `protocol` hides the difference between our gateway and the bare floor server.
 */
async function connect(
  ports: number[],
  users: BenchUser[],
  channelIds: string[],
  protocol: 'gateway' | 'bare',
): Promise<Session> {
  const session: Session = { sockets: [], protocol, deliveries: new Deliveries() };
  await Promise.all(
    users.map(async (u, i) => {
      const port = ports[Math.floor(i / CHANNELS) % ports.length];
      const socket = openSocket(`http://127.0.0.1:${port}`, { token: u.token });
      session.sockets[i] = socket;
      const channelId = channelIds[u.channel];
      const onMessage = (m: { clientId: string; authorId: string }) => {
        if (m.authorId === u.id) return;
        session.deliveries.receive(m.clientId, i);
      };
      if (protocol === 'gateway') {
        await new Promise<void>((ok, fail) => {
          socket.once('ready', () => ok());
          socket.connected.catch(fail);
          socket.once('error', (e: unknown) => fail(new Error(JSON.stringify(e))));
        });
        socket.on('message', onMessage);
        const lastSeq = 1e12; // clamped to the channel's last sequence: start from now
        const ack = (await socket.emitWithAck('sync', { channels: [{ channelId, lastSeq }] }, 10_000)) as {
          ok: boolean;
        };
        if (!ack.ok) throw new Error(`sync failed: ${JSON.stringify(ack)}`);
      } else {
        await socket.connected;
        socket.on('message', onMessage);
        await socket.emitWithAck('join', { room: channelId, userId: u.id }, 10_000);
      }
    }),
  );
  return session;
}

/** CPU seconds of each process whose name is `comm` (PostgreSQL's backends, Redis), from /proc. */
function cpuOf(comm: string): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === comm)
        seconds.set(Number(entry), procStats(Number(entry)).cpu);
    } catch {
      // Gone meanwhile.
    }
  }
  return seconds;
}

/** CPU milliseconds the `comm` processes used since `before`, per message (a backend that ended meanwhile is not counted). */
function cpuPerMessage(comm: string, before: Map<number, number>, messages: number): number {
  let used = 0;
  for (const [pid, now] of cpuOf(comm)) used += now - (before.get(pid) ?? 0);
  return (used * 1000) / Math.max(1, messages);
}

/**
 * Sends `rate` messages a second from random users for `seconds` over a connected session,
 * then waits up to 10 s for the deliveries. `strict`: a lost delivery or a refused send fails
 * the run (in the capacity mode they only mean the rate was not held); a duplicate always does.
 */
async function step(
  label: string,
  session: Session,
  users: BenchUser[],
  channelIds: string[],
  pids: { name: string; pid: number }[],
  rate: number,
  seconds: number,
  strict = true,
): Promise<Result> {
  const { sockets } = session;
  const deliveries = new Deliveries();
  session.deliveries = deliveries;
  const before = pids.map((p) => ({ ...p, ...procStats(p.pid) }));
  const services = { pg: cpuOf('postgres'), redis: cpuOf('redis-server') };
  const wal = await walCounters(statsDb!);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const peakRss = new Map<number, number>();
  const sampler = setInterval(() => {
    for (const p of pids) peakRss.set(p.pid, Math.max(peakRss.get(p.pid) ?? 0, procStats(p.pid).rssMiB));
  }, 1000);
  const started = performance.now();
  let sent = 0;
  let failed = 0;
  const refusals = new Map<string, number>(); // why sends were refused → how many
  const acks: Promise<void>[] = [];
  const refuse = (why: string) => {
    failed++;
    refusals.set(why, (refusals.get(why) ?? 0) + 1);
  };
  let shown = -1;
  const total = Math.round(rate * seconds);
  await new Promise<void>((done) => {
    const tick = setInterval(() => {
      // Catch up to the schedule (timers are coarse): the offered load stays `rate` per second.
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
      while (sent < due) {
        const i = Math.floor(Math.random() * users.length);
        const clientId = randomUUID();
        deliveries.sentAt.set(clientId, performance.now());
        sent++;
        const channelId = channelIds[users[i].channel];
        // One typing signal before every message (more than the web app sends: it says so at
        // most every 3 s); both servers pass it on by the gateway's rule (typing-relay.ts).
        sockets[i].emit('typing', { channelId, typing: true });
        const ack = sockets[i]
          .emitWithAck('message:send', { channelId, clientId, body: `bench message ${sent}` }, 30_000)
          .then((answer) => {
            const ack = answer as { ok: boolean; error?: { code?: string } };
            if (!ack.ok) refuse(ack.error?.code ?? JSON.stringify(ack));
          })
          .catch((err: Error) => refuse(err.message));
        acks.push(ack);
      }
      const second = Math.floor(sent / rate);
      if (second !== shown) {
        shown = second;
        process.stdout.write(`\r[bench] ${label}: sent ${sent}/${total}`);
      }
      if (sent >= total) {
        clearInterval(tick);
        done();
      }
    }, 2);
  });
  process.stdout.write('\n');
  // Every send answered (or timed out), then let the last deliveries arrive.
  await Promise.all(acks);
  const expected = (sent - failed) * (CHANNEL_SIZE - 1);
  const deadline = Date.now() + 10_000;
  while (deliveries.received < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  clearInterval(sampler);
  loop.disable();
  const walAfter = await walCounters(statsDb!);
  const elapsed = (performance.now() - started) / 1000;
  const processes = before.map((b) => {
    const after = procStats(b.pid);
    return {
      name: b.name,
      cpuPercent: ((after.cpu - b.cpu) / elapsed) * 100,
      cpuSeconds: after.cpu - b.cpu,
      rssMiB: Math.max(peakRss.get(b.pid) ?? 0, after.rssMiB),
    };
  });
  const latencies = deliveries.latencies.sort((a, b) => a - b);
  const result: Result = {
    label,
    rate,
    sent,
    refused: failed,
    expected,
    received: deliveries.received,
    lost: Math.max(0, expected - deliveries.received),
    duplicated: deliveries.duplicated,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    processes,
    pgCpuMsPerMessage: cpuPerMessage('postgres', services.pg, sent),
    redisCpuMsPerMessage: cpuPerMessage('redis-server', services.redis, sent),
    stalls: {
      loadLoopMaxMs: loop.max / 1e6,
      lateWindows: deliveries.lateWindows.size,
      windows: Math.ceil(seconds * 10),
      checkpoints: walAfter.checkpoints - wal.checkpoints,
      walSyncs: walAfter.syncs - wal.syncs,
      walSyncMs: walAfter.syncMs - wal.syncMs,
    },
  };
  outcome.count('messages sent', sent);
  outcome.count('deliveries', deliveries.received);
  const why = [...refusals].map(([reason, n]) => `${n}× ${reason}`).join(', ');
  outcome.check(!strict || failed === 0, `${label}: ${failed} of ${sent} sends refused (${why})`);
  outcome.check(!strict || result.lost === 0, `${label}: ${result.lost} of ${expected} deliveries lost`);
  outcome.check(result.duplicated === 0, `${label}: ${result.duplicated} deliveries duplicated`);
  outcome.check(deliveries.received > 0, `${label}: nothing delivered`);
  return result;
}

/** A run's setting: the bare floor, or our gateway on this many nodes with this adapter. */
interface Setup {
  label: string;
  nodes: number;
  adapter: 'redis' | 'redis-streams' | null;
}

const LOAD_GENERATOR = 'load generator';
const BARE: Setup = { label: 'bare socket.io', nodes: 1, adapter: null };

/**
 * Starts the setup's processes, connects every user, runs `steps` (one rate each, in order;
 * `more` decides after each whether to go on), and stops them again.
 */
async function withSetup(
  setup: Setup,
  env: NodeJS.ProcessEnv,
  users: BenchUser[],
  channelIds: string[],
  steps: number[],
  more: (r: Result) => boolean,
  strict: boolean,
): Promise<Result[]> {
  const me = { name: LOAD_GENERATOR, pid: process.pid };
  const ports = PORTS.slice(0, setup.nodes);
  // The floor: socket.io rooms in one process, no auth, no storage, no Redis.
  const profiles = ports.map((_, i) => join(tmpdir(), `syndesmos-realtime-profile-${process.pid}-${i + 1}.json`));
  const children = setup.adapter
    ? ports.map((port, i) =>
        startCompiled('apps/realtime/src/main.js', {
          ...env,
          REALTIME_PORT: String(port),
          REALTIME_ADAPTER: setup.adapter!,
          ...(PROFILE ? { REALTIME_PROFILE: profiles[i] } : {}),
        }),
      )
    : [startCompiled('test/bench/bare-socketio.server.js', { BARE_PORT: String(ports[0]) })];
  await Promise.all(ports.map((p) => waitFor(`http://127.0.0.1:${p}/health`)));
  const pids = [
    ...children.map((c, i) => ({ name: setup.adapter ? `gateway ${i + 1}` : 'bare server', pid: c.pid! })),
    me,
  ];
  const session = await connect(ports, users, channelIds, setup.adapter ? 'gateway' : 'bare');
  log(`${setup.label}: ${users.length} clients connected`);
  // What connecting set going (presence told to every channel) settles first; then the CPU each
  // process uses with nothing sent: its cost of merely holding the sockets.
  const pause = (ms: number) => new Promise((done) => setTimeout(done, SMOKE ? ms / 10 : ms));
  await pause(3000);
  const idleFrom = { at: performance.now(), cpu: pids.map((p) => procStats(p.pid).cpu) };
  await pause(2000);
  const idleFor = (performance.now() - idleFrom.at) / 1000;
  const idle = pids.map(
    (p, i) => `${p.name} ${(((procStats(p.pid).cpu - idleFrom.cpu[i]) / idleFor) * 100).toFixed(0)} %`,
  );
  log(`${setup.label}: CPU while idle ${idle.join(', ')}`);
  const results: Result[] = [];
  for (const rate of steps) {
    const r = await step(`${setup.label} @ ${rate}/s`, session, users, channelIds, pids, rate, SECONDS, strict);
    results.push({ ...r, label: setup.label });
    if (!more(r)) break;
  }
  for (const s of session.sockets) s.disconnect();
  await Promise.all(children.map((c) => stopCompiled(c)));
  if (PROFILE && setup.adapter) printProfiles(setup.label, profiles.slice(0, children.length), results);
  return results;
}

const f = (n: number) => n.toFixed(1).padStart(7);

/** Each node's stage profile (stage-profile.ts): where a message's time went, per node. */
function printProfiles(label: string, files: string[], results: Result[]): void {
  const sent = results.reduce((n, r) => n + r.sent, 0);
  console.log(`\nprofile of ${label} (${sent} messages; ms per stage, per node)`);
  files.forEach((file, i) => {
    const stages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, StageFigures>;
    rmSync(file, { force: true });
    console.log(`  node ${i + 1}                                              count    mean     p50     p99     max`);
    for (const [stage, s] of Object.entries(stages)) {
      const n = (v: number) => v.toFixed(2).padStart(7);
      console.log(
        `    ${stage.padEnd(50)} ${String(s.count).padStart(7)} ${n(s.meanMs)} ${n(s.p50Ms)} ${n(s.p99Ms)} ${n(s.maxMs)}`,
      );
    }
  });
}

function printRuns(results: Result[]): void {
  const floor = results[0].p99;
  console.log(
    `\n${USERS} users, ${CHANNELS} channels of ${CHANNEL_SIZE}, ${RATE} msg/s for ${SECONDS} s (deliveries: ${CHANNEL_SIZE - 1} per message)`,
  );
  console.log(
    '                          sent  delivered     lost  dup   p50 ms   p95 ms   p99 ms  p99/floor  PG ms/msg',
  );
  for (const r of results) {
    console.log(
      `${r.label.padEnd(24)} ${String(r.sent).padStart(6)} ${String(r.received).padStart(10)} ${String(r.lost).padStart(8)} ${String(r.duplicated).padStart(4)} ${f(r.p50)}  ${f(r.p95)}  ${f(r.p99)}  ${(r.p99 / floor).toFixed(2).padStart(8)}x  ${r.pgCpuMsPerMessage.toFixed(2).padStart(9)}`,
    );
    for (const p of r.processes) {
      console.log(
        `    ${p.name.padEnd(16)} CPU ${p.cpuPercent.toFixed(0).padStart(4)} %   peak RSS ${p.rssMiB.toFixed(0)} MiB`,
      );
    }
  }
}

/** A rate is held when every send was stored, every delivery arrived once, and p99 stayed in budget. */
const held = (r: Result) => r.refused === 0 && r.lost === 0 && r.duplicated === 0 && r.p99 < CAPACITY_P99_MS;

/**
 * The capacity mode: each setup raises the rate step by step until a step is not held, and
 * the highest rate held is its capacity, beside bare socket.io's on the same run.
 */
async function capacity(env: NodeJS.ProcessEnv, users: BenchUser[], channelIds: string[]): Promise<void> {
  const setups: Setup[] = [
    BARE,
    { label: 'gateway ×1', nodes: 1, adapter: ADAPTER },
    { label: 'gateway ×2', nodes: 2, adapter: ADAPTER },
  ];
  const runs = new Map<string, Result[]>();
  for (const setup of setups) runs.set(setup.label, await withSetup(setup, env, users, channelIds, RATES, held, false));
  console.log(
    `\ncapacity: ${USERS} users, ${CHANNELS} channels of ${CHANNEL_SIZE}, ${SECONDS} s per step, adapter ${ADAPTER}; ` +
      `held = p99 < ${CAPACITY_P99_MS} ms, nothing refused, lost or doubled`,
  );
  console.log(
    `${'msg/s'.padStart(6)}  ${setups.map((s) => `${s.label} p99 ms`.padStart(22)).join('')}   ×2/×1  PG ms/msg ×1 ×2`,
  );
  for (const rate of RATES) {
    const at = setups.map((s) => runs.get(s.label)!.find((r) => r.rate === rate));
    if (at.every((r) => !r)) continue;
    const cell = (r?: Result) =>
      (r
        ? `${r.p99.toFixed(1)}${held(r) ? '' : ` ✗${r.lost ? ` ${r.lost} late` : ''}${r.refused ? ` ${r.refused} refused` : ''}`}`
        : '—'
      ).padStart(22);
    const [, one, two] = at;
    const ratio = one && two ? (two.p99 / one.p99).toFixed(2) : '—';
    const pg = [one, two].map((r) => (r ? r.pgCpuMsPerMessage.toFixed(2) : '—')).join(' ');
    console.log(`${String(rate).padStart(6)}  ${at.map(cell).join('')}   ${ratio.padStart(5)}  ${pg}`);
  }
  // A table per setup and rate, one cell a result.
  const perRate = (title: string, show: (r: Result) => string) => {
    console.log(`\n${title}`);
    console.log(`${'msg/s'.padStart(6)}  ${setups.map((s) => s.label.padStart(34)).join(' ')}`);
    for (const rate of RATES) {
      const at = setups.map((s) => runs.get(s.label)!.find((r) => r.rate === rate));
      if (at.every((r) => !r)) continue;
      console.log(`${String(rate).padStart(6)}  ${at.map((r) => (r ? show(r) : '—').padStart(34)).join(' ')}`);
    }
  };
  // Where the two cores went: a gateway's work is only part of a message's cost on this machine.
  perRate('CPU ms per message: server(s) · load generator · PostgreSQL · Redis = all', (r) => {
    const perMessage = (seconds: number) => (seconds * 1000) / Math.max(1, r.sent);
    const servers = r.processes
      .filter((p) => p.name !== LOAD_GENERATOR)
      .reduce((a, p) => a + perMessage(p.cpuSeconds), 0);
    const load = perMessage(r.processes.find((p) => p.name === LOAD_GENERATOR)?.cpuSeconds ?? 0);
    const parts = [servers, load, r.pgCpuMsPerMessage, r.redisCpuMsPerMessage];
    const all = parts.reduce((a, b) => a + b, 0);
    return `${parts.map((x) => x.toFixed(2)).join(' · ')} = ${all.toFixed(2)}`;
  });
  // Why a step may fail with CPU to spare: a pause somewhere, seen from the load generator.
  perRate(
    `stalls: load generator's longest event-loop delay ms · 100-ms windows with a delivery ≥ ${CAPACITY_P99_MS} ms · ` +
      'checkpoints · WAL flushes a second (mean ms)',
    ({ stalls: st }) => {
      const mean = st.walSyncMs > 0 ? ` (${(st.walSyncMs / Math.max(1, st.walSyncs)).toFixed(2)})` : '';
      return `${st.loadLoopMaxMs.toFixed(0)} · ${st.lateWindows}/${st.windows} · ${st.checkpoints} · ${(st.walSyncs / SECONDS).toFixed(0)}${mean}`;
    },
  );
  const capacityOf = (label: string) => {
    const rs = runs.get(label)!;
    const last = [...rs].reverse().find(held);
    return { rate: last?.rate ?? 0, all: rs.every(held) };
  };
  const floor = capacityOf(BARE.label);
  for (const s of setups) {
    const c = capacityOf(s.label);
    const shown = `${c.all ? '≥' : ''}${c.rate}`;
    console.log(
      `capacity ${s.label.padEnd(16)} ${shown.padStart(6)} msg/s` +
        (s === BARE
          ? ''
          : `  (${floor.rate ? ((c.rate / floor.rate) * 100).toFixed(0) : '—'} % of bare socket.io's${floor.all ? ', which held every step' : ''})`),
    );
  }
}

async function main(): Promise<void> {
  const { env, config } = benchEnv('syndesmos_bench_rt', 'benchrt');
  await deleteKeysWithPrefix(config.redisUrl, config.redisPrefix);
  log(`machine: ${cpus().length} cores, node ${process.version}`);
  const { users, channelIds } = await seed(config);
  try {
    if (CAPACITY) await capacity(env, users, channelIds);
    else await compare(env, users, channelIds);
  } finally {
    await statsDb?.end();
  }
}

async function compare(env: NodeJS.ProcessEnv, users: BenchUser[], channelIds: string[]): Promise<void> {
  // The floor, then our gateway: one node, then two nodes with each channel's members
  // alternating between them (connect), with each socket.io adapter.
  const setups: Setup[] = [
    BARE,
    { label: 'gateway ×1 pub/sub', nodes: 1, adapter: 'redis' },
    { label: 'gateway ×2 pub/sub', nodes: 2, adapter: 'redis' },
    { label: 'gateway ×2 streams', nodes: 2, adapter: 'redis-streams' },
  ];
  const results: Result[] = [];
  for (const setup of setups)
    results.push(...(await withSetup(setup, env, users, channelIds, [RATE], () => false, true)));
  printRuns(results);
}

runBench(main);
