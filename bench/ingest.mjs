#!/usr/bin/env node
// Ingest throughput: Vigil's HTTP ingest (POST /api/v1/audit-events, batches of 1,000, C concurrent
// keep-alive connections) against the floor of what Postgres itself can take — COPY of the same rows
// into a bare table and into a table with audit_event's indexes.
//
//   node bench/ingest.mjs [--events 1000000] [--concurrency 4] [--keep]
//
// Needs the built API (npx nx run-many -t build -p api), Postgres on 127.0.0.1:5432 (trust auth, or
// BENCH_DATABASE_URL) and Redis on 127.0.0.1:6379. Creates and drops its own database.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import {
  benchEnv,
  checkBuilt,
  describeBuild,
  closeAgents,
  connect,
  copyLine,
  cpuDelta,
  cpuSnapshot,
  createDatabase,
  DAY_MS,
  describeCpu,
  EVENT_COLUMNS,
  fmt,
  hwmMb,
  makeEvent,
  memorySampler,
  parseArgs,
  prng,
  request,
  resetAgent,
  rssMb,
  run,
  runCli,
  secretFrom,
  serverInfo,
  startApi,
  step,
  summarize,
  table,
} from './lib.mjs';

const FLOOR = 0.35;
const SOURCE = 'bench-ingest';

const args = parseArgs({
  events: { type: 'int', default: 1_000_000, help: 'events to ingest' },
  concurrency: { type: 'int', default: 4, help: 'concurrent HTTP connections' },
  batch: { type: 'int', default: 1000, help: 'events per request' },
  seed: { type: 'int', default: 42, min: 0, help: 'PRNG seed' },
  'time-limit': { type: 'int', default: 1800, help: 'seconds allowed for each timed phase' },
  keep: { type: 'bool', default: false, help: 'keep the database for inspection' },
});
checkBuilt();

/**
 * The scratch tables take their columns from audit_event as migrated (LIKE), and the indexed one
 * gets every index audit_event has, read from the catalog — so the baseline follows the schema as
 * it changes. Not partitioned. Returns the index definitions used, for the report.
 */
const createScratchTables = async (db) => {
  await db.query('CREATE TABLE bench_copy_bare (LIKE audit_event INCLUDING DEFAULTS)');
  await db.query('CREATE TABLE bench_copy_indexed (LIKE audit_event INCLUDING DEFAULTS)');
  const { rows } = await db.query(
    `SELECT c.relname AS name, i.indisprimary AS primary, pg_get_indexdef(i.indexrelid) AS def,
            (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'p') AS constraint_def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = 'audit_event'::regclass ORDER BY i.indisprimary DESC, c.relname`,
  );
  if (!rows.length) throw new Error('audit_event has no indexes: did the migrations run?');
  const used = [];
  for (const row of rows) {
    if (row.primary && row.constraint_def) {
      await db.query(
        `ALTER TABLE bench_copy_indexed ADD CONSTRAINT bench_copy_indexed_pkey ${row.constraint_def}`,
      );
      used.push(`${row.name}: ${row.constraint_def}`);
      continue;
    }
    // "CREATE INDEX audit_event_x ON ONLY public.audit_event USING btree (…) [WHERE …]"
    const ddl = row.def
      .replace(
        / INDEX (\S+) ON /,
        (_, name) => ` INDEX bench_copy_indexed${name.replace(/^audit_event/, '')} ON `,
      )
      .replace(/ ON (ONLY )?(public\.)?audit_event /, ' ON bench_copy_indexed ');
    await db.query(ddl);
    used.push(`${row.name}: ${row.def.replace(/^.* USING /, 'USING ')}`);
  }
  return used;
};

const timeCopy = async (client, tableName, chunks, rows, { apiPid, dbName }) => {
  await client.query('CHECKPOINT');
  await client.query(`SET statement_timeout = ${args['time-limit'] * 1000}`);
  const cpu0 = cpuSnapshot(apiPid, dbName);
  const t0 = performance.now();
  await pipeline(
    Readable.from(chunks),
    client.query(copyStreams.from(`COPY ${tableName} (${EVENT_COLUMNS.join(', ')}) FROM STDIN`)),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuDelta(cpu0, cpuSnapshot(apiPid, dbName));
  await client.query('RESET statement_timeout');
  const {
    rows: [{ n }],
  } = await client.query(`SELECT count(*)::bigint AS n FROM ${tableName}`);
  if (Number(n) !== rows) throw new Error(`${tableName} holds ${n} rows, expected ${rows}`);
  console.log(`  ${fmt(seconds, 2)} s, ${fmt(rows / seconds)} rows/s`);
  console.log(`  CPU: ${describeCpu(cpu, seconds)}`);
  return seconds;
};

await run(async () => {
  const ts = Date.now();
  const n = args.events;
  const batchSize = Math.min(args.batch, 10_000);
  console.log(
    `Vigil ingest benchmark — ${fmt(n)} events, batches of ${fmt(batchSize)}, ${args.concurrency} connections, seed ${args.seed}`,
  );
  console.log(
    `host: ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(describeBuild());

  // 1. Generate once, deterministically; serialise both the HTTP bodies and the COPY text up front.
  step('generating events…');
  const tGen = performance.now();
  const rand = prng(args.seed);
  const now = Date.now();
  const receivedAt = new Date(now).toISOString();
  const bodies = [];
  const copyChunks = [];
  let jsonBytes = 0;
  for (let start = 0; start < n; start += batchSize) {
    const size = Math.min(batchSize, n - start);
    const events = new Array(size);
    const hashes = randomBytes(64 * size);
    let lines = '';
    for (let j = 0; j < size; j++) {
      const i = start + j;
      const event = makeEvent(rand, i, now - Math.floor(rand() * 30 * DAY_MS));
      events[j] = event;
      lines += copyLine(event, SOURCE, i + 1, receivedAt, hashes, hashes, 64 * j, 64 * j + 32);
    }
    const body = Buffer.from(JSON.stringify({ events }));
    jsonBytes += body.length;
    bodies.push(body);
    copyChunks.push(Buffer.from(lines));
  }
  console.log(
    `  ${fmt(n)} events in ${bodies.length} batches, ${fmt(jsonBytes / n)} bytes/event as JSON, ` +
      `${fmt((performance.now() - tGen) / 1000, 1)} s (not measured)`,
  );

  // 2. A database, the API on it, an ingest key.
  const dbName = `vigil_bench_${ts}`;
  const databaseUrl = await createDatabase(dbName, { keep: args.keep });
  const info = await serverInfo(databaseUrl);
  console.log(
    `postgres ${info.version}: shared_buffers ${info.shared_buffers}, max_wal_size ${info.max_wal_size}, synchronous_commit ${info.synchronous_commit}`,
  );
  console.log(`database ${dbName}`);
  const env = await benchEnv({ ts, databaseUrl, keep: args.keep });
  step('starting the API…');
  const api = await startApi(env);
  console.log(`  API pid ${api.pid} on 127.0.0.1:${api.port}, RSS ${fmt(rssMb(api.pid))} MB`);
  const memory = memorySampler(api.pid, 250);
  const key = secretFrom(
    await runCli(env, ['ingest-key:create', '--source', SOURCE, '--name', 'bench ingest']),
  );
  if (!key) throw new Error('ingest-key:create printed no key');

  const db = await connect(databaseUrl);
  try {
    // 3. Baselines: COPY into a bare table, then into one with audit_event's indexes.
    const indexes = await createScratchTables(db);
    console.log(
      `audit_event's ${indexes.length} indexes, recreated on bench_copy_indexed:\n  ${indexes.join('\n  ')}`,
    );
    step('COPY into bench_copy_bare (no index)…');
    const bareSeconds = await timeCopy(db, 'bench_copy_bare', copyChunks, n, {
      apiPid: api.pid,
      dbName,
    });
    step(`COPY into bench_copy_indexed (audit_event’s ${indexes.length} indexes)…`);
    const indexedSeconds = await timeCopy(db, 'bench_copy_indexed', copyChunks, n, {
      apiPid: api.pid,
      dbName,
    });
    copyChunks.length = 0;
    await db.query('CHECKPOINT');

    // 4. Vigil: C workers pull batches from one queue and POST them.
    step(
      `POST ${bodies.length} batches to /api/v1/audit-events over ${args.concurrency} connections…`,
    );
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const latencies = [];
    const failures = [];
    const failed = new Set();
    let next = 0;
    let accepted = 0;
    let timedOut = false;
    resetAgent(api.port);
    const rssBefore = rssMb(api.pid);
    memory.window();
    const deadline = Date.now() + args['time-limit'] * 1000;
    const cpu0 = cpuSnapshot(api.pid, dbName);
    const t0 = performance.now();
    let lastReport = t0;
    let lastAccepted = 0;
    const worker = async () => {
      while (next < bodies.length) {
        if (Date.now() > deadline) {
          timedOut = true;
          return;
        }
        if (failures.length >= 20) return;
        const index = next++;
        const expected = Math.min(batchSize, n - index * batchSize);
        try {
          const res = await request(api.port, 'POST', '/api/v1/audit-events', {
            headers,
            body: bodies[index],
            timeoutMs: 120_000,
          });
          latencies.push(res.ms);
          const ok =
            res.status === 200 &&
            res.json?.accepted === expected &&
            res.json?.duplicates === 0 &&
            res.json?.rejected?.length === 0;
          if (ok) accepted += expected;
          else {
            failed.add(index);
            failures.push(`batch ${index}: ${res.status} ${res.text.slice(0, 300)}`);
          }
        } catch (error) {
          failed.add(index);
          failures.push(`batch ${index}: ${error.message}`);
        }
        const t = performance.now();
        if (t - lastReport > 10_000) {
          console.log(
            `  ${fmt(accepted)} accepted, ${fmt((accepted - lastAccepted) / ((t - lastReport) / 1000))} rows/s over the last ` +
              `${fmt((t - lastReport) / 1000)} s, ${fmt(accepted / ((t - t0) / 1000))} rows/s so far, RSS ${fmt(rssMb(api.pid))} MB`,
          );
          lastReport = t;
          lastAccepted = accepted;
        }
      }
    };
    await Promise.all(Array.from({ length: args.concurrency }, worker));
    const vigilSeconds = (performance.now() - t0) / 1000;
    const cpu = cpuDelta(cpu0, cpuSnapshot(api.pid, dbName));
    memory.sample();
    const ingestPeak = memory.windowPeakMb;
    const lat = summarize(latencies);
    console.log(
      `  ${fmt(accepted)} accepted in ${fmt(vigilSeconds, 2)} s, ${fmt(accepted / vigilSeconds)} rows/s; ` +
        `latency per request p50 ${fmt(lat.p50)} ms, p95 ${fmt(lat.p95)} ms, p99 ${fmt(lat.p99)} ms, max ${fmt(lat.max)} ms`,
    );
    if (failures.length) {
      console.log(
        `  ${failures.length} failed request(s):\n    ${failures.slice(0, 5).join('\n    ')}`,
      );
      console.log(
        `  API log (last lines):\n    ${api.tail
          .slice(-12)
          .map((l) => l.slice(0, 600))
          .join('\n    ')}`,
      );
    }
    if (timedOut) console.log(`  stopped at the time limit (${args['time-limit']} s)`);

    // 5. Idempotency: the first 10 batches again must come back as all duplicates. A batch that
    // failed above was never stored, so its re-send is expected to be accepted instead.
    step('re-sending the first 10 batches…');
    resetAgent(api.port);
    let idempotent = true;
    const resend = bodies.slice(0, 10);
    for (const [index, body] of resend.entries()) {
      const expected = Math.min(batchSize, n - index * batchSize);
      const res = await request(api.port, 'POST', '/api/v1/audit-events', {
        headers,
        body,
        timeoutMs: 120_000,
      });
      const want = failed.has(index)
        ? { accepted: expected, duplicates: 0 }
        : { accepted: 0, duplicates: expected };
      const ok =
        res.status === 200 &&
        res.json?.accepted === want.accepted &&
        res.json?.duplicates === want.duplicates &&
        res.json?.rejected?.length === 0;
      if (!ok) idempotent = false;
      if (!ok || failed.has(index)) {
        console.log(
          `  batch ${index}${failed.has(index) ? ' (had failed above)' : ''}: ${res.status} ${res.text.slice(0, 200)}`,
        );
      }
    }
    const {
      rows: [stored],
    } = await db.query(
      `SELECT (SELECT count(*) FROM audit_event WHERE source = $1)::bigint AS events,
              (SELECT count(*) FROM audit_event_key WHERE source = $1)::bigint AS keys,
              (SELECT head_seq FROM audit_stream WHERE source = $1) AS head_seq,
              pg_size_pretty((SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'audit_event'::regclass)) AS vigil_size,
              pg_size_pretty(pg_total_relation_size('audit_event_key')) AS key_size,
              pg_size_pretty(pg_total_relation_size('bench_copy_indexed')) AS indexed_size,
              pg_size_pretty(pg_total_relation_size('bench_copy_bare')) AS bare_size`,
      [SOURCE],
    );
    const hwm = hwmMb(api.pid);

    // 6. Report.
    const ratioIndexed = accepted / vigilSeconds / (n / indexedSeconds);
    const ratioBare = accepted / vigilSeconds / (n / bareSeconds);
    console.log('\n=== ingest results ===');
    console.log(
      table(
        ['method', 'rows', 'seconds', 'rows/s'],
        [
          ['COPY bare (no index)', fmt(n), fmt(bareSeconds, 2), fmt(n / bareSeconds)],
          [
            `COPY indexed (${indexes.length} indexes)`,
            fmt(n),
            fmt(indexedSeconds, 2),
            fmt(n / indexedSeconds),
          ],
          [
            `Vigil HTTP (${args.concurrency} conn, ${fmt(batchSize)}/req)`,
            fmt(accepted),
            fmt(vigilSeconds, 2),
            fmt(accepted / vigilSeconds),
          ],
        ],
      ),
    );
    console.log(
      `\nper-request latency (${fmt(lat.n)} requests): p50 ${fmt(lat.p50)} ms · p95 ${fmt(lat.p95)} ms · p99 ${fmt(lat.p99)} ms · max ${fmt(lat.max)} ms`,
    );
    console.log(`CPU during the Vigil phase: ${describeCpu(cpu, vigilSeconds)}`);
    console.log(
      `stored: ${fmt(stored.events)} events, ${fmt(stored.keys)} idempotency keys, stream head seq ${stored.head_seq ?? '-'}`,
    );
    console.log(
      `on disk: audit_event ${stored.vigil_size} + audit_event_key ${stored.key_size} · bench_copy_indexed ${stored.indexed_size} · bench_copy_bare ${stored.bare_size}`,
    );
    console.log(
      `all replies 200 with accepted=${fmt(batchSize)}: ${failures.length === 0 && !timedOut && accepted === n ? 'yes' : `no (${failures.length} failed request(s)${timedOut ? ', time limit hit' : ''})`}`,
    );
    console.log(
      `idempotent: ${idempotent ? 'yes' : 'no'} (first ${resend.length} batches re-sent)`,
    );
    console.log(
      `ratio Vigil / COPY(indexed) = ${ratioIndexed.toFixed(2)} (floor ${FLOOR}) → ${ratioIndexed >= FLOOR ? 'PASS' : 'BELOW FLOOR'}`,
    );
    console.log(`ratio Vigil / COPY(bare) = ${ratioBare.toFixed(2)}`);
    console.log(
      `API peak RSS: ${fmt(ingestPeak)} MB during ingest (${fmt(rssBefore)} MB before; ${fmt(memory.peakMb)} MB over the run, ` +
        `${fmt(memory.samples)} samples every 250 ms); VmHWM ${fmt(hwm)} MB`,
    );
    console.log(
      `load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
  } finally {
    await db.end();
    closeAgents();
  }
});
