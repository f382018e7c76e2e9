#!/usr/bin/env node
// Search, export and verify at scale: seeds ≥ 10M audit events straight into audit_event by COPY
// (plus one source with a real hash chain), then measures auditor searches through the HTTP API,
// a 1M-row NDJSON export and a 1M-row chain verification.
//
//   node bench/search.mjs [--events 10000000] [--verify-events 1000000] [--keep]
//
// Needs the built API (npx nx run-many -t build -p api), Postgres on 127.0.0.1:5432 (trust auth, or
// BENCH_DATABASE_URL) and Redis on 127.0.0.1:6379. Creates and drops its own database.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import {
  actorEmail,
  auditEventCopyRows,
  benchEnv,
  chainHash,
  checkBuilt,
  describeBuild,
  closeAgents,
  connect,
  copyLine,
  copyText,
  cpuDelta,
  cpuSnapshot,
  createDatabase,
  describeCpu,
  DAY_MS,
  EVENT_COLUMNS,
  fmt,
  GENESIS_HASH,
  homeIp,
  hwmMb,
  makeEvent,
  memorySampler,
  monthsBetween,
  NOTE_WORDS,
  ORGANIZATIONS,
  parseArgs,
  prng,
  request,
  resetAgent,
  rssMb,
  run,
  runCli,
  secretFrom,
  serverInfo,
  sleep,
  startApi,
  step,
  summarize,
  table,
} from './lib.mjs';

const P95_FLOOR_MS = 100;
const EXPORT_GROWTH_FLOOR_MB = 150;
const HTTP_SEED_MIN_RATE = 20_000;
const VERIFY_SOURCE = 'bench-verify';
const CLIENT_ORG = 7;
const YEAR_MS = 365 * DAY_MS;

const args = parseArgs({
  events: { type: 'int', default: 10_000_000, help: 'events seeded by COPY' },
  'verify-events': {
    type: 'int',
    default: 0,
    min: 0,
    help: 'events of the verified source (0: min(1M, events/10))',
  },
  'verify-seed': {
    type: 'string',
    default: 'auto',
    choices: ['auto', 'http', 'copy'],
    help: 'how the verified source is seeded',
  },
  concurrency: { type: 'int', default: 4, help: 'connections for the HTTP seeding' },
  rounds: {
    type: 'int',
    default: 5,
    help: 'rounds over the 19 auditor query kinds (×3 pages; more until ≥ 250 queries)',
  },
  seed: { type: 'int', default: 7, min: 0, help: 'PRNG seed' },
  'time-limit': {
    type: 'int',
    default: 3600,
    help: 'seconds allowed for seeding, and for each later phase',
  },
  keep: { type: 'bool', default: false, help: 'keep the database for inspection' },
});
checkBuilt();
const verifyEvents =
  args['verify-events'] || Math.min(1_000_000, Math.max(1000, Math.round(args.events / 10)));

// ---------------------------------------------------------------------------------------------
// Seeding

const seedBulk = async (db, { startMs, spanMs, deadline }) => {
  const rand = prng(args.seed);
  const seqs = new Map();
  const PER_COPY = 1_000_000;
  const t0 = performance.now();
  for (let from = 0; from < args.events; from += PER_COPY) {
    const remaining = deadline - Date.now();
    if (remaining <= 0)
      throw new Error(
        `seeding passed the time limit (${args['time-limit']} s) at ${fmt(from)} rows`,
      );
    const count = Math.min(PER_COPY, args.events - from);
    await db.query(`SET statement_timeout = ${Math.max(1000, remaining)}`);
    await pipeline(
      Readable.from(
        auditEventCopyRows(rand, { from, count, total: args.events, startMs, spanMs, seqs }),
      ),
      db.query(copyStreams.from(`COPY audit_event (${EVENT_COLUMNS.join(', ')}) FROM STDIN`)),
    );
    const done = from + count;
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `  seeded ${fmt(done)} / ${fmt(args.events)} rows (${fmt(seconds, 1)} s, ${fmt(done / seconds)} rows/s)`,
    );
  }
  await db.query('RESET statement_timeout');
  return (performance.now() - t0) / 1000;
};

/** The verified source's events, in time order over the same year. */
const verifyEvent = (rand, i, startMs, spanMs) =>
  makeEvent(rand, i, startMs + Math.floor(((i + rand()) * spanMs) / verifyEvents));

/** POSTs batches [from, to) of the verified source; stops early when `shouldStop()` says so. */
const seedVerifyHttp = async (
  port,
  key,
  rand,
  { startMs, spanMs, deadline, probeBatches, mode },
) => {
  const BATCH = 1000;
  const batches = Math.ceil(verifyEvents / BATCH);
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  let next = 0;
  let done = 0;
  let accepted = 0;
  let switched = false;
  let probeRate = null;
  const t0 = performance.now();
  const body = (index) => {
    const events = [];
    for (let i = index * BATCH; i < Math.min(verifyEvents, (index + 1) * BATCH); i++)
      events.push(verifyEvent(rand, i, startMs, spanMs));
    return Buffer.from(JSON.stringify({ events }));
  };
  // Bodies are made in batch order from one PRNG, so the events do not depend on the interleaving.
  const made = [];
  const take = () => {
    const index = next++;
    while (made.length <= index) made.push(body(made.length));
    const b = made[index];
    made[index] = null;
    return [index, b];
  };
  const worker = async () => {
    while (next < batches && !switched) {
      if (Date.now() > deadline) throw new Error('seeding passed the time limit');
      const [index, b] = take();
      const expected = Math.min(BATCH, verifyEvents - index * BATCH);
      // Seeding, not measuring: a failed batch is retried (ingest is idempotent on (source, id)).
      for (let attempt = 1; ; attempt++) {
        let problem;
        try {
          const res = await request(port, 'POST', '/api/v1/audit-events', {
            headers,
            body: b,
            timeoutMs: 120_000,
          });
          if (
            res.status === 200 &&
            res.json?.accepted + res.json?.duplicates === expected &&
            res.json.rejected.length === 0
          ) {
            accepted += res.json.accepted;
            break;
          }
          problem = `${res.status} ${res.text.slice(0, 160)}`;
        } catch (error) {
          problem = error.message;
        }
        if (attempt >= 3) throw new Error(`verify seed batch ${index}: ${problem}`);
        console.log(`  batch ${index} attempt ${attempt}: ${problem} — retrying`);
        await sleep(500);
      }
      done += 1;
      if (done === probeBatches && probeRate === null) {
        probeRate = accepted / ((performance.now() - t0) / 1000);
        console.log(`  HTTP ingest probe: ${fmt(accepted)} events at ${fmt(probeRate)} events/s`);
        if (mode === 'auto' && probeRate < HTTP_SEED_MIN_RATE) {
          switched = true;
          console.log(
            `  below ${fmt(HTTP_SEED_MIN_RATE)}/s: the rest is seeded by COPY with hashes computed here`,
          );
        }
      }
    }
  };
  await Promise.all(Array.from({ length: args.concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  // Batches handed out were all stored; the rest (after a switch) continue from batch `next`.
  return {
    httpEvents: Math.min(verifyEvents, next * BATCH),
    accepted,
    seconds,
    probeRate: probeRate ?? accepted / seconds,
    made,
  };
};

/** Continues the verified source's chain by COPY from its stored head, computing every hash. */
const seedVerifyCopy = async (db, rand, fromIndex, { startMs, spanMs, deadline }) => {
  const t0 = performance.now();
  const CHUNK = 50_000;
  await db.query('BEGIN');
  try {
    await db.query(`SET LOCAL statement_timeout = ${Math.max(1000, deadline - Date.now())}`);
    await db.query(
      'INSERT INTO audit_stream (source, head_seq, head_hash) VALUES ($1, 0, $2) ON CONFLICT (source) DO NOTHING',
      [VERIFY_SOURCE, GENESIS_HASH],
    );
    const {
      rows: [head],
    } = await db.query(
      'SELECT head_seq, head_hash FROM audit_stream WHERE source = $1 FOR UPDATE',
      [VERIFY_SOURCE],
    );
    // audit_event_key's columns as migrated (it has had a seq column, and may again).
    const { rows: keyColumns } = await db.query(
      `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'audit_event_key' ORDER BY ordinal_position`,
    );
    const keyNames = keyColumns.map((c) => c.name);
    const known = ['source', 'event_id', 'seq', 'occurred_at'];
    const unknown = keyNames.filter((n) => !known.includes(n));
    if (unknown.length)
      throw new Error(
        `audit_event_key has columns this script does not fill: ${unknown.join(', ')}`,
      );
    let seq = Number(head.head_seq);
    let prev = head.head_hash;
    for (let base = fromIndex; base < verifyEvents; base += CHUNK) {
      const receivedAt = new Date().toISOString();
      let events = '';
      let keys = '';
      for (let i = base; i < Math.min(verifyEvents, base + CHUNK); i++) {
        const event = verifyEvent(rand, i, startMs, spanMs);
        seq += 1;
        const hash = chainHash(prev, event, VERIFY_SOURCE, seq, receivedAt);
        events += copyLine(event, VERIFY_SOURCE, seq, receivedAt, prev, hash);
        const key = {
          source: VERIFY_SOURCE,
          event_id: copyText(event.id),
          seq,
          occurred_at: event.occurredAt,
        };
        keys += `${keyNames.map((n) => key[n]).join('\t')}\n`;
        prev = hash;
      }
      await pipeline(
        Readable.from([Buffer.from(events)]),
        db.query(copyStreams.from(`COPY audit_event (${EVENT_COLUMNS.join(', ')}) FROM STDIN`)),
      );
      await pipeline(
        Readable.from([Buffer.from(keys)]),
        db.query(copyStreams.from(`COPY audit_event_key (${keyNames.join(', ')}) FROM STDIN`)),
      );
    }
    await db.query(
      'UPDATE audit_stream SET head_seq = $2, head_hash = $3, updated_at = now() WHERE source = $1',
      [VERIFY_SOURCE, seq, prev],
    );
    await db.query('COMMIT');
    return { events: verifyEvents - fromIndex, seconds: (performance.now() - t0) / 1000 };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
};

// ---------------------------------------------------------------------------------------------
// Queries

const ago = (ms) => new Date(Date.now() - ms).toISOString();
const qs = (params) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined)).toString();

/** The auditor's query kinds: [name, params(rand), check(item, params)] */
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const userActor = (rand) => Math.floor(rand() * 950);
const AUDITOR_KINDS = [
  ['range 24h', () => ({ from: ago(DAY_MS) })],
  ['range 7d', () => ({ from: ago(7 * DAY_MS) })],
  ['range 30d', () => ({ from: ago(30 * DAY_MS) })],
  ['range 12mo', () => ({ from: ago(YEAR_MS) })],
  ['actor id', (r) => ({ actor: `u_${userActor(r)}` }), (e, p) => e.actor.id === p.actor],
  [
    'actor email + 30d',
    (r) => ({ actor: actorEmail(userActor(r)), from: ago(30 * DAY_MS) }),
    (e, p) => e.actor.email === p.actor,
  ],
  ['action auth.*', () => ({ action: 'auth.*' }), (e) => e.action.startsWith('auth.')],
  [
    'action exact',
    (r) => ({ action: pick(r, ['role.grant', 'data.export', 'db.admin.query']) }),
    (e, p) => e.action === p.action,
  ],
  [
    'organizationId',
    (r) => ({ organizationId: `org_${Math.floor(r() * ORGANIZATIONS)}` }),
    (e, p) => e.organizationId === p.organizationId,
  ],
  ['ip exact (frequent)', (r) => ({ ip: homeIp(userActor(r)) }), (e, p) => e.ip === p.ip],
  // An address seen a handful of times (most of 10.0.0.0/14 outside the actors' usual ones): the
  // forensic case, "what else did this address do?".
  [
    'ip exact (rare)',
    (r) => ({
      ip: `10.${Math.floor(r() * 4)}.${Math.floor(r() * 256)}.${251 + Math.floor(r() * 4)}`,
    }),
    (e, p) => e.ip === p.ip,
  ],
  ['ip cidr 10.1.0.0/16', () => ({ ip: '10.1.0.0/16' }), (e) => e.ip?.startsWith('10.1.')],
  ['outcome failure', () => ({ outcome: 'failure' }), (e) => e.outcome === 'failure'],
  [
    'category',
    (r) => ({ category: pick(r, ['admin', 'system']) }),
    (e, p) => e.category === p.category,
  ],
  [
    'q text',
    (r) => ({ q: pick(r, NOTE_WORDS) }),
    (e, p) => JSON.stringify(e).toLowerCase().includes(p.q),
  ],
  [
    'org + auth.* + 7d',
    (r) => ({
      organizationId: `org_${Math.floor(r() * ORGANIZATIONS)}`,
      action: 'auth.*',
      from: ago(7 * DAY_MS),
    }),
    (e, p) => e.organizationId === p.organizationId && e.action.startsWith('auth.'),
  ],
  [
    'actor + failure',
    (r) => ({ actor: `u_${userActor(r)}`, outcome: 'failure' }),
    (e, p) => e.actor.id === p.actor && e.outcome === 'failure',
  ],
  [
    'org + failure + admin + 30d',
    (r) => ({
      organizationId: `org_${Math.floor(r() * ORGANIZATIONS)}`,
      outcome: 'failure',
      category: 'admin',
      from: ago(30 * DAY_MS),
    }),
    (e, p) =>
      e.organizationId === p.organizationId && e.outcome === 'failure' && e.category === 'admin',
  ],
  [
    'cidr + failure + 24h',
    () => ({ ip: '10.1.0.0/16', outcome: 'failure', from: ago(DAY_MS) }),
    (e) => e.ip?.startsWith('10.1.') && e.outcome === 'failure',
  ],
];
const orgActor = (rand) =>
  CLIENT_ORG + ORGANIZATIONS * Math.floor(rand() * Math.floor(950 / ORGANIZATIONS));
const CLIENT_KINDS = [
  ['client: all', () => ({})],
  ['client: 7d', () => ({ from: ago(7 * DAY_MS) })],
  ['client: auth.*', () => ({ action: 'auth.*' }), (e) => e.action.startsWith('auth.')],
  ['client: failure', () => ({ outcome: 'failure' }), (e) => e.outcome === 'failure'],
  ['client: actor', (r) => ({ actor: `u_${orgActor(r)}` }), (e, p) => e.actor.id === p.actor],
];

/** Rounds over the kinds (first page, then next pages) until both `rounds` and `atLeast` queries are done. */
const runQueries = async (
  port,
  token,
  kinds,
  { rand, rounds, pages, results, deadline, scopeOrg, atLeast = 0 },
) => {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  let mismatches = 0;
  let outOfScope = 0;
  const start = results.length;
  for (
    let round = 0;
    round < Math.max(rounds, 50) && (round < rounds || results.length - start < atLeast);
    round++
  ) {
    for (const [kind, build, check] of kinds) {
      const params = build(rand);
      let cursor;
      for (let page = 0; page < pages; page++) {
        if (Date.now() > deadline) return { mismatches, outOfScope, stopped: true };
        const path = `/api/v1/audit-events?${qs({ ...params, cursor })}`;
        let res;
        try {
          res = await request(port, 'GET', path, { headers, timeoutMs: 60_000 });
        } catch (error) {
          results.push({ kind, page, ms: 60_000, error: error.message });
          break;
        }
        if (res.status !== 200) {
          results.push({
            kind,
            page,
            ms: res.ms,
            error: `${res.status} ${res.text.slice(0, 200)}`,
          });
          break;
        }
        const items = res.json.items;
        results.push({ kind, page, ms: res.ms, items: items.length });
        for (const item of items) {
          if (check && !check(item, params)) mismatches += 1;
          if (scopeOrg && item.organizationId !== scopeOrg) outOfScope += 1;
        }
        cursor = res.json.nextCursor;
        if (!cursor) break;
      }
    }
  }
  return { mismatches, outOfScope, stopped: false };
};

const ms = (value) => (Number.isFinite(value) ? fmt(value, value < 10 ? 1 : 0) : '-');
const statsRows = (results, kinds) =>
  kinds.map((kind) => {
    const mine = results.filter((r) => r.kind === kind && !r.error);
    const all = summarize(mine.map((r) => r.ms));
    const first = summarize(mine.filter((r) => r.page === 0).map((r) => r.ms));
    const next = summarize(mine.filter((r) => r.page > 0).map((r) => r.ms));
    const errors = results.filter((r) => r.kind === kind && r.error).length;
    return [
      kind,
      all.n + errors,
      ms(all.p50),
      ms(all.p95),
      ms(all.p99),
      ms(all.max),
      ms(first.p50),
      ms(next.p50),
      errors || '',
    ];
  });

// ---------------------------------------------------------------------------------------------

await run(async () => {
  const ts = Date.now();
  const tAll = performance.now();
  console.log(
    `Vigil search benchmark — ${fmt(args.events)} seeded events + ${fmt(verifyEvents)} in source ${VERIFY_SOURCE}, seed ${args.seed}`,
  );
  console.log(
    `host: ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(describeBuild());

  const dbName = `vigil_bench_${ts}`;
  const databaseUrl = await createDatabase(dbName, { keep: args.keep });
  const info = await serverInfo(databaseUrl);
  console.log(
    `postgres ${info.version}: shared_buffers ${info.shared_buffers}, max_wal_size ${info.max_wal_size}`,
  );
  console.log(`database ${dbName}`);
  const env = await benchEnv({ ts, databaseUrl, keep: args.keep });
  step('starting the API…');
  const api = await startApi(env);
  console.log(`  API pid ${api.pid} on 127.0.0.1:${api.port}, RSS ${fmt(rssMb(api.pid))} MB`);
  const memory = memorySampler(api.pid, 250);
  const db = await connect(databaseUrl);

  try {
    // Credentials: an ingest key, organizations, an auditor and a client_auditor of org_7.
    step('creating credentials…');
    const ingestKey = secretFrom(
      await runCli(env, ['ingest-key:create', '--source', VERIFY_SOURCE, '--name', 'bench verify']),
    );
    await db.query(
      `INSERT INTO organization (id, name) SELECT 'org_' || n, 'Bench organization ' || n FROM generate_series(0, $1::int - 1) n
       ON CONFLICT (id) DO NOTHING`,
      [ORGANIZATIONS],
    );
    await runCli(env, ['user:create', '--email', 'auditor@bench.test', '--role', 'auditor']);
    const auditorToken = secretFrom(
      await runCli(env, ['token:create', '--email', 'auditor@bench.test', '--name', 'bench']),
    );
    await runCli(env, [
      'user:create',
      '--email',
      'client@bench.test',
      '--role',
      'client_auditor',
      '--organization',
      `org_${CLIENT_ORG}`,
    ]);
    const clientToken = secretFrom(
      await runCli(env, ['token:create', '--email', 'client@bench.test', '--name', 'bench']),
    );
    if (!ingestKey || !auditorToken || !clientToken)
      throw new Error('a create command printed no secret');

    // Partitions for the year (13 calendar months) and two ahead, as the app's own job would.
    const now = Date.now();
    const startMs = now - YEAR_MS;
    const spanMs = YEAR_MS - 60_000;
    const months = monthsBetween(startMs, now + 62 * DAY_MS);
    for (const month of months) {
      for (let attempt = 1; ; attempt++) {
        try {
          await db.query('SELECT vigil_ensure_audit_partition($1)', [month]);
          break;
        } catch (error) {
          // The app's sweeper may be creating the same month right now (see the ingest report).
          if (attempt >= 3) throw error;
          await sleep(200);
        }
      }
    }
    console.log(
      `  ${months.length} monthly partitions from ${months[0].slice(0, 7)} to ${months.at(-1).slice(0, 7)}`,
    );

    const seedDeadline = Date.now() + args['time-limit'] * 1000;
    const tSeed = performance.now();

    // 1a. The verified source: through the HTTP ingest API when it is fast enough, else COPY.
    step(`seeding ${fmt(verifyEvents)} events of ${VERIFY_SOURCE} (${args['verify-seed']})…`);
    const vrand = prng(args.seed + 1);
    resetAgent(api.port);
    let http = { httpEvents: 0, seconds: 0, probeRate: null, made: [] };
    if (args['verify-seed'] !== 'copy') {
      const probeBatches = Math.min(50, Math.max(5, Math.ceil(verifyEvents / 1000 / 10)));
      http = await seedVerifyHttp(api.port, ingestKey, vrand, {
        startMs,
        spanMs,
        deadline: seedDeadline,
        probeBatches,
        mode: args['verify-seed'],
      });
      console.log(
        `  ${fmt(http.httpEvents)} events via HTTP in ${fmt(http.seconds, 1)} s (${fmt(http.httpEvents / http.seconds)} events/s)`,
      );
    }
    let copied = { events: 0, seconds: 0 };
    if (http.httpEvents < verifyEvents) {
      // Regenerate deterministically up to where HTTP stopped, then continue the chain by COPY.
      const crand = prng(args.seed + 1);
      for (let i = 0; i < http.httpEvents; i++) verifyEvent(crand, i, startMs, spanMs);
      copied = await seedVerifyCopy(db, crand, http.httpEvents, {
        startMs,
        spanMs,
        deadline: seedDeadline,
      });
      console.log(
        `  ${fmt(copied.events)} events by COPY with computed hashes in ${fmt(copied.seconds, 1)} s (${fmt(copied.events / copied.seconds)} rows/s)`,
      );
    }

    // 1b. The bulk: streamed COPY straight into the partitioned audit_event.
    step(`seeding ${fmt(args.events)} events by COPY into audit_event…`);
    const cpuB0 = cpuSnapshot(api.pid, dbName);
    const bulkSeconds = await seedBulk(db, { startMs, spanMs, deadline: seedDeadline });
    console.log(
      `  CPU: ${describeCpu(cpuDelta(cpuB0, cpuSnapshot(api.pid, dbName)), bulkSeconds)}`,
    );
    step('VACUUM (ANALYZE) audit_event…');
    const tVacuum = performance.now();
    await db.query(
      `SET statement_timeout = ${Math.max(1000, seedDeadline - Date.now() + 600_000)}`,
    );
    await db.query('VACUUM (ANALYZE) audit_event');
    await db.query('ANALYZE audit_event');
    await db.query('CHECKPOINT');
    await db.query('RESET statement_timeout');
    const vacuumSeconds = (performance.now() - tVacuum) / 1000;
    const seedSeconds = (performance.now() - tSeed) / 1000;
    const {
      rows: [sizes],
    } = await db.query(
      `SELECT (SELECT count(*) FROM audit_event)::bigint AS events,
              pg_size_pretty((SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'audit_event'::regclass)) AS total,
              pg_size_pretty((SELECT sum(pg_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'audit_event'::regclass)) AS heap`,
    );
    console.log(
      `  ${fmt(sizes.events)} events in audit_event, ${sizes.total} on disk (heap ${sizes.heap}); vacuum+analyze ${fmt(vacuumSeconds, 1)} s`,
    );

    // 2. Queries.
    const qDeadline = Date.now() + args['time-limit'] * 1000;
    const qrand = prng(args.seed + 2);
    resetAgent(api.port);
    step('warming up (one query per kind, not counted)…');
    await runQueries(api.port, auditorToken, AUDITOR_KINDS, {
      rand: prng(args.seed + 3),
      rounds: 1,
      pages: 1,
      results: [],
      deadline: qDeadline,
    });
    const cpuQ0 = cpuSnapshot(api.pid, dbName);
    const tQ = performance.now();
    step(
      `auditor: ${args.rounds}+ rounds × ${AUDITOR_KINDS.length} kinds × up to 3 pages (≥ 250 queries)…`,
    );
    const auditorResults = [];
    const auditorRun = await runQueries(api.port, auditorToken, AUDITOR_KINDS, {
      rand: qrand,
      rounds: args.rounds,
      pages: 3,
      results: auditorResults,
      deadline: qDeadline,
      atLeast: 250,
    });
    step(
      `client_auditor of org_${CLIENT_ORG}: ${CLIENT_KINDS.length} kinds × up to 4 pages (≥ 20 queries)…`,
    );
    const clientResults = [];
    const clientRun = await runQueries(api.port, clientToken, CLIENT_KINDS, {
      rand: qrand,
      rounds: 1,
      pages: 4,
      results: clientResults,
      deadline: qDeadline,
      scopeOrg: `org_${CLIENT_ORG}`,
      atLeast: 20,
    });

    const cpuQueries = cpuDelta(cpuQ0, cpuSnapshot(api.pid, dbName));
    const queriesSeconds = (performance.now() - tQ) / 1000;

    // 2b. The auditor's per-day chart (GET /per-day), when this build has it: reported, not in the floor.
    step('per-day counts (the auditor chart)…');
    const perDay = [];
    for (const [kind, params] of [
      ['per-day 30d', { from: ago(30 * DAY_MS) }],
      ['per-day 12mo', { from: ago(YEAR_MS) }],
      ['per-day org 12mo', { organizationId: `org_${CLIENT_ORG}`, from: ago(YEAR_MS) }],
      ['per-day auth.* 30d', { action: 'auth.*', from: ago(30 * DAY_MS) }],
    ]) {
      if (Date.now() > qDeadline) break;
      try {
        const res = await request(api.port, 'GET', `/api/v1/audit-events/per-day?${qs(params)}`, {
          headers: { authorization: `Bearer ${auditorToken}` },
          timeoutMs: 120_000,
        });
        if (res.status === 404) {
          perDay.push([kind, 'not in this build', '']);
          break;
        }
        perDay.push([
          kind,
          res.status === 200 ? fmt(res.json.items.length) : `status ${res.status}`,
          fmt(res.ms),
        ]);
      } catch (error) {
        perDay.push([kind, error.message, '']);
      }
    }

    // 3. Export of the verified source (verifyEvents rows), streamed and counted, never buffered.
    step(`export: GET /api/v1/audit-events/export?format=ndjson&source=${VERIFY_SOURCE}…`);
    await sleep(2000);
    resetAgent(api.port);
    const rssBeforeExport = rssMb(api.pid);
    memory.window();
    const cpuE0 = cpuSnapshot(api.pid, dbName);
    let lines = 0;
    let bytes = 0;
    let lastProgress = performance.now();
    const exportRes = await request(
      api.port,
      'GET',
      `/api/v1/audit-events/export?${qs({ format: 'ndjson', source: VERIFY_SOURCE })}`,
      {
        headers: { authorization: `Bearer ${auditorToken}` },
        timeoutMs: args['time-limit'] * 1000,
        onData: (chunk) => {
          bytes += chunk.length;
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
          const t = performance.now();
          if (t - lastProgress > 15_000) {
            lastProgress = t;
            console.log(`  ${fmt(lines)} rows so far, API RSS ${fmt(rssMb(api.pid))} MB`);
          }
        },
      },
    );
    memory.sample();
    const cpuExport = cpuDelta(cpuE0, cpuSnapshot(api.pid, dbName));
    const exportSeconds = exportRes.ms / 1000;
    const exportPeak = memory.windowPeakMb;

    // 4. Verify the chain of the verified source: HTTP, then the CLI.
    step(`verify: GET /api/v1/audit-events/verify?source=${VERIFY_SOURCE}…`);
    resetAgent(api.port);
    memory.window();
    const cpuV0 = cpuSnapshot(api.pid, dbName);
    const verifyRes = await request(
      api.port,
      'GET',
      `/api/v1/audit-events/verify?${qs({ source: VERIFY_SOURCE })}`,
      {
        headers: { authorization: `Bearer ${auditorToken}` },
        timeoutMs: args['time-limit'] * 1000,
      },
    );
    const verifyPeak = memory.windowPeakMb;
    const cpuVerify = cpuDelta(cpuV0, cpuSnapshot(api.pid, dbName));
    step(`verify: node dist/api/cli.js audit:verify --source ${VERIFY_SOURCE}…`);
    const tCli = performance.now();
    let cliResult;
    try {
      cliResult = JSON.parse(
        await runCli(env, ['audit:verify', '--source', VERIFY_SOURCE], {
          timeoutMs: args['time-limit'] * 1000,
        }),
      );
    } catch (error) {
      cliResult = error.stdout ? JSON.parse(error.stdout) : { error: error.message };
    }
    const cliSeconds = (performance.now() - tCli) / 1000;

    // Report.
    const all = [...auditorResults, ...clientResults];
    const ok = all.filter((r) => !r.error);
    const errors = all.filter((r) => r.error);
    const overall = summarize(ok.map((r) => r.ms));
    const firstPages = summarize(ok.filter((r) => r.page === 0).map((r) => r.ms));
    const nextPages = summarize(ok.filter((r) => r.page > 0).map((r) => r.ms));
    const auditorOnly = summarize(auditorResults.filter((r) => !r.error).map((r) => r.ms));
    const clientOnly = summarize(clientResults.filter((r) => !r.error).map((r) => r.ms));

    console.log('\n=== seeding ===');
    console.log(
      table(
        ['step', 'rows', 'seconds', 'rows/s'],
        [
          [
            `${VERIFY_SOURCE} via HTTP ingest`,
            fmt(http.httpEvents),
            fmt(http.seconds, 1),
            http.httpEvents ? fmt(http.httpEvents / http.seconds) : '-',
          ],
          [
            `${VERIFY_SOURCE} via COPY (hashes computed)`,
            fmt(copied.events),
            fmt(copied.seconds, 1),
            copied.events ? fmt(copied.events / copied.seconds) : '-',
          ],
          [
            'bulk COPY into audit_event',
            fmt(args.events),
            fmt(bulkSeconds, 1),
            fmt(args.events / bulkSeconds),
          ],
          ['VACUUM (ANALYZE) + CHECKPOINT', '', fmt(vacuumSeconds, 1), ''],
          ['total seeding', fmt(Number(sizes.events)), fmt(seedSeconds, 1), ''],
        ],
      ),
    );
    if (http.probeRate !== null)
      console.log(
        `HTTP ingest probe rate: ${fmt(http.probeRate)} events/s (COPY used below ${fmt(HTTP_SEED_MIN_RATE)}/s in auto mode)`,
      );
    console.log(
      `audit_event: ${fmt(sizes.events)} rows, ${sizes.total} with indexes, ${months.length} partitions`,
    );

    console.log('\n=== search (ms, sequential, one client, limit 50) ===');
    console.log(
      table(
        ['kind', 'n', 'p50', 'p95', 'p99', 'max', 'first p50', 'next p50', 'errors'],
        [
          ...statsRows(
            auditorResults,
            AUDITOR_KINDS.map(([k]) => k),
          ),
          ...statsRows(
            clientResults,
            CLIENT_KINDS.map(([k]) => k),
          ),
        ],
      ),
    );
    console.log(
      table(
        ['', 'n', 'p50', 'p95', 'p99', 'max'],
        [
          [
            'auditor',
            auditorOnly.n,
            ms(auditorOnly.p50),
            ms(auditorOnly.p95),
            ms(auditorOnly.p99),
            ms(auditorOnly.max),
          ],
          [
            'client_auditor',
            clientOnly.n,
            ms(clientOnly.p50),
            ms(clientOnly.p95),
            ms(clientOnly.p99),
            ms(clientOnly.max),
          ],
          [
            'first pages',
            firstPages.n,
            ms(firstPages.p50),
            ms(firstPages.p95),
            ms(firstPages.p99),
            ms(firstPages.max),
          ],
          [
            'next pages',
            nextPages.n,
            ms(nextPages.p50),
            ms(nextPages.p95),
            ms(nextPages.p99),
            ms(nextPages.max),
          ],
          [
            'overall',
            overall.n,
            ms(overall.p50),
            ms(overall.p95),
            ms(overall.p99),
            ms(overall.max),
          ],
        ],
      ),
    );
    if (errors.length)
      console.log(`${errors.length} failed queries, e.g. ${errors[0].kind}: ${errors[0].error}`);
    if (auditorRun.stopped || clientRun.stopped) console.log('queries stopped at the time limit');
    console.log(
      `filters respected: ${auditorRun.mismatches + clientRun.mismatches === 0 ? 'yes' : `no (${auditorRun.mismatches + clientRun.mismatches} items did not match their filter)`}`,
    );
    console.log(
      `client_auditor stayed in org_${CLIENT_ORG}: ${clientRun.outOfScope === 0 ? 'yes' : `no (${clientRun.outOfScope} items outside)`}`,
    );
    console.log(
      `search p95 ${ms(overall.p95)} ms (floor ≤ ${P95_FLOOR_MS} ms over ${overall.n} queries) → ${overall.p95 <= P95_FLOOR_MS && !errors.length ? 'PASS' : 'BELOW FLOOR'}`,
    );

    console.log(`CPU during the queries: ${describeCpu(cpuQueries, queriesSeconds)}`);
    console.log(`\nper-day chart (not in the floor):\n${table(['query', 'days', 'ms'], perDay)}`);

    console.log('\n=== export (ndjson, streamed) ===');
    const exportOk = exportRes.status === 200 && lines === verifyEvents;
    console.log(
      `status ${exportRes.status}, ${fmt(lines)} rows (expected ${fmt(verifyEvents)}: ${lines === verifyEvents ? 'yes' : 'no'}), ${fmt(bytes / 2 ** 20, 1)} MiB`,
    );
    console.log(
      `${fmt(exportSeconds, 1)} s, ${fmt(lines / exportSeconds)} rows/s, ${fmt(bytes / 2 ** 20 / exportSeconds, 1)} MiB/s`,
    );
    const growth = exportPeak - rssBeforeExport;
    console.log(
      `API RSS before ${fmt(rssBeforeExport)} MB, peak during ${fmt(exportPeak)} MB: grew ${fmt(growth)} MB ` +
        `(floor < ${EXPORT_GROWTH_FLOOR_MB} MB) → ${growth < EXPORT_GROWTH_FLOOR_MB && exportOk ? 'PASS' : 'BELOW FLOOR'}`,
    );

    console.log(`CPU during the export: ${describeCpu(cpuExport, exportSeconds)}`);

    console.log('\n=== verify ===');
    const vj = verifyRes.json ?? {};
    const httpVerifyOk = verifyRes.status === 200 && vj.ok === true && vj.checked === verifyEvents;
    console.log(
      `HTTP: status ${verifyRes.status}, ok ${vj.ok}, checked ${fmt(vj.checked ?? 0)} in ${fmt(verifyRes.ms / 1000, 1)} s ` +
        `(${fmt((vj.checked ?? 0) / (verifyRes.ms / 1000))} events/s), API peak RSS ${fmt(verifyPeak)} MB` +
        `${vj.firstBroken ? `, first broken ${JSON.stringify(vj.firstBroken)}` : ''} → ${httpVerifyOk ? 'PASS' : 'FAIL'}`,
    );
    console.log(`CPU during the HTTP verify: ${describeCpu(cpuVerify, verifyRes.ms / 1000)}`);
    const cliOk = cliResult.ok === true && cliResult.checked === verifyEvents;
    console.log(
      `CLI:  ok ${cliResult.ok}, checked ${fmt(cliResult.checked ?? 0)} in ${fmt(cliSeconds, 1)} s (process start included)` +
        `${cliResult.error ? `, ${cliResult.error}` : ''} → ${cliOk ? 'PASS' : 'FAIL'}`,
    );
    console.log(
      `\nAPI RSS now ${fmt(rssMb(api.pid))} MB, peak ${fmt(memory.peakMb)} MB, VmHWM ${fmt(hwmMb(api.pid))} MB`,
    );
    console.log(
      `total run time ${fmt((performance.now() - tAll) / 1000, 0)} s; load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
  } finally {
    await db.end();
    closeAgents();
  }
});
