import {
  benchEnv,
  benchPorts,
  freshDatabase,
  knob,
  outcome,
  percentile,
  runBench,
  startCompiled,
  stopCompiled,
  waitFor,
} from './bench-support';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { io, type Socket } from 'socket.io-client';
import { TokenService } from '@syndesmos/auth';
import type { AppConfig } from '@syndesmos/config';
import { deleteKeysWithPrefix } from '@syndesmos/redis';

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

const USERS = knob('BENCH_USERS', 500, 24);
const CHANNEL_SIZE = knob('BENCH_CHANNEL_SIZE', 10, 4);
const RATE = knob('BENCH_RATE', 200, 40);
const SECONDS = knob('BENCH_SECONDS', 60, 1);
const CHANNELS = Math.floor(USERS / CHANNEL_SIZE);
// The bare server stops before the gateways start, so it listens on the first gateway's port.
const PORTS = benchPorts([3996, 3997]);
const log = (line: string) => console.log(`[bench] ${line}`);

interface BenchUser {
  id: string;
  token: string;
  channel: number;
}

interface Result {
  label: string;
  sent: number;
  expected: number;
  received: number;
  lost: number;
  duplicated: number;
  p50: number;
  p95: number;
  p99: number;
  processes: { name: string; cpuPercent: number; rssMiB: number }[];
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
  await db.end();
  log(`seeded ${USERS} users in ${CHANNELS} channels of ${CHANNEL_SIZE}`);
  return { users, channelIds };
}

/**
 * Connects every user, then sends RATE messages a second from random users. `protocol`
 * hides the difference between our gateway and the bare floor server.
 */
async function run(
  label: string,
  ports: number[],
  users: BenchUser[],
  channelIds: string[],
  protocol: 'gateway' | 'bare',
  pids: { name: string; pid: number }[],
): Promise<Result> {
  const sockets: Socket[] = [];
  const got = new Map<string, number>(); // `${messageId}:${userIndex}` → count
  const latencies: number[] = [];
  const sentAt = new Map<string, number>(); // clientId → time
  const idOf = new Map<string, string>(); // message id → clientId (gateway)
  let received = 0;
  let duplicated = 0;

  await Promise.all(
    users.map(async (u, i) => {
      const socket = io(`http://127.0.0.1:${ports[i % ports.length]}`, {
        path: '/socket.io',
        transports: ['websocket'],
        auth: { token: u.token },
        reconnection: false,
        forceNew: true,
      });
      sockets[i] = socket;
      const channelId = channelIds[u.channel];
      const onMessage = (m: { clientId: string; authorId?: string; from?: number }) => {
        if ((m.authorId ?? '') === u.id || m.from === i) return;
        const key = `${m.clientId}:${i}`;
        const n = (got.get(key) ?? 0) + 1;
        got.set(key, n);
        if (n > 1) {
          duplicated++;
          return;
        }
        received++;
        const t0 = sentAt.get(m.clientId);
        if (t0 !== undefined) latencies.push(performance.now() - t0);
      };
      if (protocol === 'gateway') {
        await new Promise<void>((ok, fail) => {
          socket.once('ready', () => ok());
          socket.once('connect_error', fail);
          socket.once('error', (e: unknown) => fail(new Error(JSON.stringify(e))));
        });
        socket.on('message', onMessage);
        const lastSeq = 1e12; // clamped to the channel's last sequence: start from now
        const ack = (await socket.timeout(10_000).emitWithAck('sync', { channels: [{ channelId, lastSeq }] })) as {
          ok: boolean;
        };
        if (!ack.ok) throw new Error(`sync failed: ${JSON.stringify(ack)}`);
      } else {
        await new Promise<void>((ok, fail) => {
          socket.once('connect', () => ok());
          socket.once('connect_error', fail);
        });
        socket.on('msg', onMessage);
        await socket.timeout(10_000).emitWithAck('join', channelId);
      }
    }),
  );
  log(`${label}: ${users.length} clients connected; sending ${RATE} msg/s for ${SECONDS} s`);

  const before = pids.map((p) => ({ ...p, ...procStats(p.pid) }));
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
  const total = RATE * SECONDS;
  await new Promise<void>((done) => {
    const tick = setInterval(() => {
      // Catch up to the schedule (timers are coarse): the offered load stays RATE per second.
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE));
      while (sent < due) {
        const i = Math.floor(Math.random() * users.length);
        const clientId = randomUUID();
        sentAt.set(clientId, performance.now());
        sent++;
        const channelId = channelIds[users[i].channel];
        if (protocol === 'gateway') {
          // Typing goes node to node through the socket.io adapter (messages go through our
          // event channel): one typing broadcast per message keeps the adapter busy too.
          sockets[i].emit('typing', { channelId, typing: true });
          const ack = sockets[i]
            .timeout(30_000)
            .emitWithAck('message:send', { channelId, clientId, body: `bench message ${sent}` })
            .then((ack: { ok: boolean; message?: { id: string }; error?: { code?: string } }) => {
              if (!ack.ok) refuse(ack.error?.code ?? JSON.stringify(ack));
              else idOf.set(ack.message!.id, clientId);
            })
            .catch((err: Error) => refuse(err.message));
          acks.push(ack);
        } else {
          sockets[i].emit('msg', { channelId, clientId, from: i, body: `bench message ${sent}` });
        }
      }
      const second = Math.floor(sent / RATE);
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
  while (received < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  const processes = before.map((b) => {
    const after = procStats(b.pid);
    return {
      name: b.name,
      cpuPercent: ((after.cpu - b.cpu) / elapsed) * 100,
      rssMiB: Math.max(peakRss.get(b.pid) ?? 0, after.rssMiB),
    };
  });
  for (const s of sockets) s.disconnect();
  latencies.sort((a, b) => a - b);
  const result = {
    label,
    sent,
    expected,
    received,
    lost: Math.max(0, expected - received),
    duplicated,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    processes,
  };
  outcome.count('messages sent', sent);
  outcome.count('deliveries', received);
  const why = [...refusals].map(([reason, n]) => `${n}× ${reason}`).join(', ');
  outcome.check(failed === 0, `${label}: ${failed} of ${sent} sends refused (${why})`);
  outcome.check(result.lost === 0, `${label}: ${result.lost} of ${expected} deliveries lost`);
  outcome.check(duplicated === 0, `${label}: ${duplicated} deliveries duplicated`);
  outcome.check(received > 0, `${label}: nothing delivered`);
  return result;
}

async function main(): Promise<void> {
  const { env, config } = benchEnv('syndesmos_bench_rt', 'benchrt');
  await deleteKeysWithPrefix(config.redisUrl, config.redisPrefix);
  log(`machine: ${cpus().length} cores, node ${process.version}`);
  const { users, channelIds } = await seed(config);
  const results: Result[] = [];
  const me = { name: 'load generator', pid: process.pid };

  // (1) The floor: socket.io rooms in one process, no auth, no storage, no Redis.
  const bare = startCompiled('test/bench/bare-socketio.server.js', { BARE_PORT: String(PORTS[0]) });
  await waitFor(`http://127.0.0.1:${PORTS[0]}/health`);
  results.push(
    await run('bare socket.io', [PORTS[0]], users, channelIds, 'bare', [{ name: 'bare server', pid: bare.pid! }, me]),
  );
  await stopCompiled(bare);

  // (2)–(4): our gateway, one node, then two nodes with users alternating between them, with
  // each socket.io adapter.
  const modes: { nodes: number; adapter: 'redis' | 'redis-streams' }[] = [
    { nodes: 1, adapter: 'redis' },
    { nodes: 2, adapter: 'redis' },
    { nodes: 2, adapter: 'redis-streams' },
  ];
  for (const { nodes, adapter } of modes) {
    const ports = PORTS.slice(0, nodes);
    const gateways = ports.map((port) =>
      startCompiled('apps/realtime/src/main.js', { ...env, REALTIME_PORT: String(port), REALTIME_ADAPTER: adapter }),
    );
    await Promise.all(ports.map((p) => waitFor(`http://127.0.0.1:${p}/health`)));
    results.push(
      await run(
        `gateway ×${nodes} ${adapter === 'redis' ? 'pub/sub' : 'streams'}`,
        ports,
        users,
        channelIds,
        'gateway',
        [...gateways.map((g, i) => ({ name: `gateway ${i + 1}`, pid: g.pid! })), me],
      ),
    );
    await Promise.all(gateways.map((g) => stopCompiled(g)));
  }

  const floor = results[0].p99;
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `\n${USERS} users, ${CHANNELS} channels of ${CHANNEL_SIZE}, ${RATE} msg/s for ${SECONDS} s (deliveries: ${CHANNEL_SIZE - 1} per message)`,
  );
  console.log('                          sent  delivered     lost  dup   p50 ms   p95 ms   p99 ms  p99/floor');
  for (const r of results) {
    console.log(
      `${r.label.padEnd(24)} ${String(r.sent).padStart(6)} ${String(r.received).padStart(10)} ${String(r.lost).padStart(8)} ${String(r.duplicated).padStart(4)} ${f(r.p50)}  ${f(r.p95)}  ${f(r.p99)}  ${(r.p99 / floor).toFixed(2).padStart(8)}x`,
    );
    for (const p of r.processes) {
      console.log(
        `    ${p.name.padEnd(16)} CPU ${p.cpuPercent.toFixed(0).padStart(4)} %   peak RSS ${p.rssMiB.toFixed(0)} MiB`,
      );
    }
  }
}

runBench(main);
