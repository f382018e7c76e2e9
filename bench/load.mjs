#!/usr/bin/env node
// Load: a realistic mix against one API process (RUN_WORKERS=false) and one worker process, for a
// fixed time: integrations ingesting audit-event batches and CloudTrail files (with retried
// duplicates), CloudWatch alarms through signed SNS (with storms that open incidents), security
// leads and DPOs reading the dashboard with session cookies, auditors searching the audit log with
// cursor paging and the odd CSV export. Before the mix, raw baselines on the same machine and
// database server: COPY of the same events (ingest ceiling), a bare Node http server at the same
// concurrency (framework + auth ceiling), plain pg queries of the dashboard's and search's shape
// (database floor). Prints per endpoint requests, req/s, p50/p95/p99, errors; events ingested/s;
// API and worker RSS; database growth; PASS/FAIL per floor (exit 1 on FAIL).
//
//   node bench/load.mjs [--duration 300] [--seed-events 500000] [--ingest-rate 1500] [--keep]
//
// Needs the built API (npx nx run-many -t build -p api), Postgres on 127.0.0.1:5432 (trust auth, or
// BENCH_DATABASE_URL) and Redis on 127.0.0.1:6379. Creates and drops its own database.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import {
  actorEmail,
  benchEnv,
  checkBuilt,
  closeAgents,
  connect,
  copyLine,
  cpuDelta,
  cpuSeconds,
  cpuSnapshot,
  createDatabase,
  DAY_MS,
  describeBuild,
  describeCpu,
  EVENT_COLUMNS,
  fmt,
  freePort,
  homeIp,
  makeEvent,
  NOTE_WORDS,
  onCleanup,
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
  signedAlarmNotification,
  sleep,
  SNS_CERT_DIR,
  SNS_TOPIC,
  stamp,
  startApi,
  startSmtpSink,
  startWorker,
  step,
  summarize,
  table,
} from './lib.mjs';

// Floors (see bench/README.md, "load.mjs").
const DASHBOARD_P95_MS = 500;
const SEARCH_P95_MS = 1000;
const API_RSS_MB = 512;
/** Ingest must reach min(95 % of the offered rate, this share of COPY(indexed) measured here). */
const INGEST_SHARE_OF_COPY = 0.1;
const INGEST_SHARE_OF_OFFERED = 0.95;

const ACCOUNT = '123456789012';

/** A signed alarm notification now; the alarm's RDS instance follows from its name. */
const alarmNotification = (alarmName, state) =>
  signedAlarmNotification(alarmName, state, new Date(), `db-${alarmName.length % 40}`);

const args = parseArgs({
  duration: { type: 'int', default: 300, help: 'seconds of mixed load' },
  'seed-events': {
    type: 'int',
    default: 500_000,
    min: 0,
    help: 'audit events seeded by COPY (last 90 days)',
  },
  'seed-incidents': { type: 'int', default: 30, min: 0, help: 'incidents created before the mix' },
  'ingest-vus': {
    type: 'int',
    default: 3,
    help: 'integrations: every third a CloudTrail feed, the rest app agents',
  },
  'ingest-rate': {
    type: 'int',
    default: 1500,
    min: 0,
    help: 'events/s offered by all integrations together (0: as fast as they can)',
  },
  'dup-rate': { type: 'int', default: 3, min: 0, help: '% of batches re-sent (retries)' },
  'alarm-rate': { type: 'int', default: 2, min: 0, help: 'SNS alarm notifications/s' },
  'storm-every': { type: 'int', default: 60, help: 'seconds between alarm storms' },
  'storm-size': { type: 'int', default: 40, min: 0, help: 'notifications per storm' },
  'dashboard-vus': { type: 'int', default: 4, help: 'security leads + DPOs reading the dashboard' },
  'auditor-vus': { type: 'int', default: 2, help: 'auditors searching the audit log' },
  'think-ms': {
    type: 'int',
    default: 2000,
    min: 0,
    help: 'mean think time of a person between pages',
  },
  'export-pct': {
    type: 'int',
    default: 5,
    min: 0,
    help: '% of auditor iterations with a CSV export',
  },
  'copy-events': { type: 'int', default: 100_000, help: 'events of the COPY baseline' },
  'baseline-seconds': { type: 'int', default: 10, help: 'seconds of each timed baseline' },
  seed: { type: 'int', default: 11, min: 0, help: 'PRNG seed' },
  keep: { type: 'bool', default: false, help: 'keep the database for inspection' },
});
checkBuilt();

const ago = (ms) => new Date(Date.now() - ms).toISOString();
const qs = (params) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined)).toString();
const ms = (value) => (Number.isFinite(value) ? fmt(value, value < 10 ? 1 : 0) : '-');
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const between = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
/** [probability, lo, hi] buckets → a size. */
const sized = (rand, buckets) => {
  let u = rand();
  for (const [p, lo, hi] of buckets) {
    if (u < p) return between(rand, lo, hi);
    u -= p;
  }
  const [, lo, hi] = buckets.at(-1);
  return between(rand, lo, hi);
};
/** App agents flush small buffers mostly; CloudTrail files hold tens to a couple of thousand records. */
const AGENT_BATCH = [
  [0.4, 1, 50],
  [0.35, 51, 300],
  [0.25, 301, 1000],
];
const CLOUDTRAIL_FILE = [
  [0.5, 5, 100],
  [0.35, 101, 500],
  [0.15, 501, 2000],
];

// ---------------------------------------------------------------------------------------------
// Statistics per endpoint

const stats = new Map(); // endpoint → { group, ms: [], statuses: Map, errors: [], samples: [] }
const GROUPS = ['ingest', 'alarms', 'dashboard', 'search', 'export'];
const endpoint = (name, group) => {
  if (!stats.has(name))
    stats.set(name, { name, group, ms: [], statuses: new Map(), net: 0, samples: [], rejects: [] });
  return stats.get(name);
};
let windowCount = 0;

/** One measured request: latency, status; 5xx and network errors are kept as samples. */
const call = async (port, name, group, method, pathname, options = {}) => {
  const entry = endpoint(name, group);
  try {
    const res = await request(port, method, pathname, { timeoutMs: 60_000, ...options });
    entry.ms.push(res.ms);
    entry.statuses.set(res.status, (entry.statuses.get(res.status) ?? 0) + 1);
    windowCount += 1;
    const list = res.status >= 500 ? entry.samples : entry.rejects;
    if (res.status >= 400 && res.status !== 429 && list.length < 5)
      list.push(
        `${new Date().toISOString().slice(11, 23)} ${res.status} ${method} ${pathname.slice(0, 120)} → ${(res.text ?? '').slice(0, 300)}`,
      );
    return res;
  } catch (error) {
    entry.net += 1;
    windowCount += 1;
    if (entry.samples.length < 5)
      entry.samples.push(
        `${new Date().toISOString().slice(11, 23)} network error: ${method} ${pathname.slice(0, 120)} → ${error.code ?? ''} ${error.message}`,
      );
    return null;
  }
};
const countOf = (entry, test) =>
  [...entry.statuses].filter(([s]) => test(s)).reduce((n, [, c]) => n + c, 0);
const errorsOf = (entry) => countOf(entry, (s) => s >= 500) + entry.net;

// ---------------------------------------------------------------------------------------------
// An SMTP sink in this process (sign-in codes, alert mails): answers at once, keeps what it got.

const startSink = async () => {
  const mails = []; // { to: [], text }, the latest ones
  let received = 0;
  const subjects = new Map(); // subject with digits as N → recipients
  const { url } = await startSmtpSink({
    onMessage: (text, rcpt) => {
      const head = text.slice(0, Math.max(0, text.indexOf('\r\n\r\n'))).replace(/\r\n[ \t]+/g, ' ');
      const subject = (/^Subject: (.*)$/im.exec(head)?.[1] ?? '').replace(/\d+/g, 'N').slice(0, 80);
      subjects.set(subject, (subjects.get(subject) ?? 0) + rcpt.length);
      mails.push({ to: rcpt, text: text.replace(/=\r\n/g, '') });
      received += 1;
      if (mails.length > 2000) mails.splice(0, 1000);
    },
  });
  return {
    url,
    mails,
    subjects,
    get received() {
      return received;
    },
  };
};

/** OTP sign-in through the sink: the session cookie header of `email`. */
const signIn = async (port, sink, email) => {
  const before = sink.mails.length;
  const res = await request(port, 'POST', '/api/v1/auth/otp', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (res.status !== 202) throw new Error(`OTP request for ${email}: ${res.status} ${res.text}`);
  let code;
  for (let i = 0; i < 200 && !code; i++) {
    for (const mail of sink.mails.slice(before))
      if (mail.to.includes(email)) code = /sign-in code is (\d{6})/.exec(mail.text)?.[1] ?? code;
    if (!code) await sleep(50);
  }
  if (!code) throw new Error(`no sign-in code reached the SMTP sink for ${email}`);
  const verify = await request(port, 'POST', '/api/v1/auth/otp/verify', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, code }),
  });
  const cookie = [verify.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => /^((?:__Host-)?vigil_session=[^;]+)/.exec(c)?.[1])
    .find(Boolean);
  if (verify.status !== 200 || !cookie)
    throw new Error(`OTP verify for ${email}: ${verify.status} ${verify.text.slice(0, 200)}`);
  return cookie;
};

// ---------------------------------------------------------------------------------------------
// Payloads

const CT_CALLS = [
  // [eventSource, eventName, readOnly, weight]
  ['s3.amazonaws.com', 'GetObject', true, 30],
  ['s3.amazonaws.com', 'PutObject', false, 10],
  ['sts.amazonaws.com', 'AssumeRole', true, 15],
  ['ec2.amazonaws.com', 'DescribeInstances', true, 12],
  ['kms.amazonaws.com', 'Decrypt', true, 15],
  ['rds.amazonaws.com', 'DescribeDBInstances', true, 5],
  ['iam.amazonaws.com', 'CreateAccessKey', false, 1],
  ['iam.amazonaws.com', 'AttachRolePolicy', false, 1],
  ['signin.amazonaws.com', 'ConsoleLogin', false, 3],
  ['cloudtrail.amazonaws.com', 'LookupEvents', true, 2],
];
const CT_TOTAL = CT_CALLS.reduce((n, c) => n + c[3], 0);

/** A CloudTrail record as CloudTrail writes it (~1 KB), from a generated event. */
const cloudTrailRecord = (rand, id, occurredAtMs) => {
  const e = makeEvent(rand, 0, occurredAtMs);
  let u = rand() * CT_TOTAL;
  let call = CT_CALLS[0];
  for (const c of CT_CALLS) {
    if (u < c[3]) {
      call = c;
      break;
    }
    u -= c[3];
  }
  const [eventSource, eventName, readOnly] = call;
  const user = e.actor.email ?? e.actor.id;
  const record = {
    eventVersion: '1.09',
    userIdentity: {
      type: e.actor.type === 'service' ? 'AssumedRole' : 'IAMUser',
      principalId: `AIDA${randomBytes(8).toString('hex').toUpperCase()}`,
      arn: `arn:aws:iam::${ACCOUNT}:user/${user}`,
      accountId: ACCOUNT,
      accessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
      userName: user,
    },
    eventTime: new Date(occurredAtMs).toISOString().replace(/\.\d+Z$/, 'Z'),
    eventSource,
    eventName,
    awsRegion: 'ca-central-1',
    sourceIPAddress: e.ip,
    userAgent: e.userAgent,
    requestParameters: eventSource.startsWith('s3')
      ? {
          bucketName: `vigil-${e.organizationId ?? 'shared'}`,
          key: `exports/${e.metadata.requestId}.csv`,
        }
      : { maxResults: 50 },
    responseElements:
      eventName === 'ConsoleLogin' ? { ConsoleLogin: rand() < 0.1 ? 'Failure' : 'Success' } : null,
    requestID: randomUUID(),
    eventID: id,
    readOnly,
    eventType: 'AwsApiCall',
    managementEvent: !eventSource.startsWith('s3'),
    recipientAccountId: ACCOUNT,
    eventCategory: eventSource.startsWith('s3') ? 'Data' : 'Management',
    tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' },
  };
  if (rand() < 0.03) {
    record.errorCode = 'AccessDenied';
    record.errorMessage = 'User is not authorized to perform this operation';
  }
  if (eventSource.startsWith('s3'))
    record.resources = [
      { type: 'AWS::S3::Object', ARN: `arn:aws:s3:::vigil-bucket/${e.metadata.requestId}` },
    ];
  return record;
};

const AUDITOR_KINDS = [
  ['range 24h', () => ({ from: ago(DAY_MS) })],
  ['range 7d', () => ({ from: ago(7 * DAY_MS) })],
  ['actor id', (r) => ({ actor: `u_${Math.floor(r() * 950)}` })],
  [
    'actor email + 30d',
    (r) => ({ actor: actorEmail(Math.floor(r() * 950)), from: ago(30 * DAY_MS) }),
  ],
  ['action auth.*', () => ({ action: 'auth.*' })],
  [
    'org + auth.* + 7d',
    (r) => ({
      organizationId: `org_${Math.floor(r() * ORGANIZATIONS)}`,
      action: 'auth.*',
      from: ago(7 * DAY_MS),
    }),
  ],
  ['ip cidr 10.1.0.0/16', () => ({ ip: '10.1.0.0/16' })],
  ['ip exact', (r) => ({ ip: homeIp(Math.floor(r() * 950)) })],
  ['q text', (r) => ({ q: pick(r, NOTE_WORDS) })],
  ['failure + 30d', () => ({ outcome: 'failure', from: ago(30 * DAY_MS) })],
  ['category admin', () => ({ category: 'admin' })],
];

// ---------------------------------------------------------------------------------------------
// Seeding

const monthsBetween = (fromMs, toMs) => {
  const months = [];
  const d = new Date(fromMs);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const end = new Date(toMs);
  while (y < end.getUTCFullYear() || (y === end.getUTCFullYear() && m <= end.getUTCMonth())) {
    months.push(new Date(Date.UTC(y, m, 1)).toISOString());
    if (++m === 12) {
      m = 0;
      y += 1;
    }
  }
  return months;
};

/** COPY text chunks of `count` generated events over [startMs, startMs + spanMs). */
function* copyChunks(rand, count, startMs, spanMs, sourceOf) {
  const CHUNK = 2000;
  const seqs = new Map();
  for (let base = 0; base < count; base += CHUNK) {
    const size = Math.min(CHUNK, count - base);
    const hashes = randomBytes(64 * size);
    let lines = '';
    for (let j = 0; j < size; j++) {
      const i = base + j;
      const occurredMs = startMs + Math.floor(((i + rand()) * spanMs) / count);
      const event = makeEvent(rand, i, occurredMs);
      const source = sourceOf(event);
      const seq = (seqs.get(source) ?? 0) + 1;
      seqs.set(source, seq);
      const receivedAt = new Date(occurredMs + Math.floor(rand() * 3000)).toISOString();
      lines += copyLine(event, source, seq, receivedAt, hashes, hashes, 64 * j, 64 * j + 32);
    }
    yield Buffer.from(lines);
  }
}

/** bench_copy_indexed: audit_event's columns and every index it has (as bench/ingest.mjs). */
const createIndexedScratch = async (db) => {
  await db.query('CREATE TABLE bench_copy_indexed (LIKE audit_event INCLUDING DEFAULTS)');
  const { rows } = await db.query(
    `SELECT c.relname AS name, i.indisprimary AS primary, pg_get_indexdef(i.indexrelid) AS def,
            (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'p') AS constraint_def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = 'audit_event'::regclass ORDER BY i.indisprimary DESC, c.relname`,
  );
  for (const row of rows) {
    if (row.primary && row.constraint_def) {
      await db.query(
        `ALTER TABLE bench_copy_indexed ADD CONSTRAINT bench_copy_indexed_pkey ${row.constraint_def}`,
      );
      continue;
    }
    await db.query(
      row.def
        .replace(
          / INDEX (\S+) ON /,
          (_, name) => ` INDEX bench_copy_indexed${name.replace(/^audit_event/, '')} ON `,
        )
        .replace(/ ON (ONLY )?(public\.)?audit_event /, ' ON bench_copy_indexed '),
    );
  }
  return rows.length;
};

// ---------------------------------------------------------------------------------------------
// Baselines

/** Closed loop: `concurrency` loops calling `fn` for `seconds`; latencies in ms. */
const closedLoop = async (concurrency, seconds, fn) => {
  const latencies = [];
  let failures = 0;
  let firstFailure = null;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, vu) => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await fn(vu);
          latencies.push(performance.now() - t);
        } catch (error) {
          failures += 1;
          firstFailure ??= error.message;
          await sleep(10);
        }
      }
    }),
  );
  return {
    ...summarize(latencies),
    seconds: (performance.now() - t0) / 1000,
    failures,
    firstFailure,
  };
};

/** A bare node:http server in its own process answering `body` to every request. */
const startBareServer = async (body) => {
  const port = await freePort();
  const code = `const http=require('node:http');const b=Buffer.from(${JSON.stringify(body)});
    http.createServer((q,s)=>{q.resume();q.on('end',()=>{s.writeHead(200,{'content-type':'application/json; charset=utf-8','content-length':b.length});s.end(b);});})
      .listen(${port},'127.0.0.1',()=>console.log('ready'));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  onCleanup(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', () => reject(new Error('the bare http server exited')));
  });
  return { port, stop: () => child.kill('SIGKILL'), pid: child.pid };
};

const SUMMARY_SQL = [
  [
    `SELECT severity, count(*)::int AS count FROM incident WHERE status NOT IN ('closed', 'false_positive') GROUP BY severity`,
    () => [],
  ],
  [
    `SELECT source, count(*)::int AS count FROM alert WHERE opened_at >= $1 AND opened_at < $2 GROUP BY source ORDER BY count DESC`,
    (f, t) => [f, t],
  ],
  [
    `SELECT i.status, i.detected_at, i.acknowledged_at, i.triage_started_at, i.contained_at, i.recovered_at, i.closed_at,
            (SELECT min(a.opened_at) FROM alert a WHERE a.incident_id = i.id) AS alerted_at
       FROM incident i WHERE i.detected_at >= $1 AND i.detected_at < $2`,
    (f, t) => [f, t],
  ],
  [
    `SELECT rule, title, extract(epoch FROM met_at - clock_started_at) * 1000 AS ms FROM obligation
      WHERE kind = 'notice' AND status = 'met' AND clock_started_at IS NOT NULL AND met_at >= $1 AND met_at < $2`,
    (f, t) => [f, t],
  ],
  [
    `SELECT count(*) FILTER (WHERE status = 'met' AND met_at <= due_at)::int AS met,
            count(*) FILTER (WHERE status = 'met' AND met_at > due_at)::int AS late,
            count(*) FILTER (WHERE status = 'pending' AND NOT suspended)::int AS missed
       FROM obligation
      WHERE kind = 'notice' AND due_at IS NOT NULL AND due_at >= $1 AND due_at < least($2::timestamptz, $3::timestamptz)`,
    (f, t) => [f, t, t],
  ],
  [
    `SELECT to_char(date_trunc('day', occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*)::int AS count
       FROM audit_event WHERE occurred_at >= $1 AND occurred_at < $2 GROUP BY 1 ORDER BY 1`,
    (f, t) => [f, t],
  ],
];
const RANGES = [
  ['7d', 7 * DAY_MS],
  ['30d', 30 * DAY_MS],
  ['90d', 90 * DAY_MS],
];
/** The search page as AuditQueryService writes it, for three of the auditor's filters. */
const SEARCH_SQL = [
  () => [
    `SELECT * FROM audit_event WHERE tombstoned_at IS NULL AND occurred_at >= $1::timestamptz
      ORDER BY occurred_at DESC, source DESC, seq DESC LIMIT 51`,
    [ago(7 * DAY_MS)],
  ],
  (r) => [
    `SELECT * FROM audit_event WHERE tombstoned_at IS NULL AND actor_id = $1
      ORDER BY occurred_at DESC, source DESC, seq DESC LIMIT 51`,
    [`u_${Math.floor(r() * 950)}`],
  ],
  () => [
    `SELECT * FROM audit_event WHERE tombstoned_at IS NULL AND ip::inet <<= $1::inet
      ORDER BY occurred_at DESC, source DESC, seq DESC LIMIT 51`,
    ['10.1.0.0/16'],
  ],
  (r) => [
    `SELECT * FROM audit_event WHERE tombstoned_at IS NULL AND (target_name ILIKE $1 OR metadata::text ILIKE $1)
      ORDER BY occurred_at DESC, source DESC, seq DESC LIMIT 51`,
    [`%${pick(r, NOTE_WORDS)}%`],
  ],
];

// ---------------------------------------------------------------------------------------------

await run(async () => {
  const ts = Date.now();
  const tAll = performance.now();
  const host = () =>
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`;
  console.log(
    `Vigil load benchmark — ${args.duration} s of mixed load; seed ${fmt(args['seed-events'])} audit events, ` +
      `${args['seed-incidents']} incidents; PRNG seed ${args.seed}`,
  );
  console.log(
    `host: ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, ${host()}`,
  );
  console.log(describeBuild());

  const dbName = `vigil_bench_${ts}`;
  const databaseUrl = await createDatabase(dbName, { keep: args.keep });
  const info = await serverInfo(databaseUrl);
  console.log(
    `postgres ${info.version}: shared_buffers ${info.shared_buffers}, max_wal_size ${info.max_wal_size}, synchronous_commit ${info.synchronous_commit}`,
  );
  console.log(`database ${dbName}`);
  const sink = await startSink();
  const env = {
    ...(await benchEnv({ ts, databaseUrl, keep: args.keep })),
    SNS_CERT_DIR,
    SNS_TOPIC_ARNS: SNS_TOPIC,
    SMTP_URL: sink.url,
    RUN_WORKERS: 'false',
  };
  step('starting the API (RUN_WORKERS=false), then the worker (dist/api/worker.js)…');
  const api = await startApi(env);
  const worker = await startWorker(env);
  const port = api.port;
  console.log(
    `  API pid ${api.pid} on 127.0.0.1:${port}, RSS ${fmt(rssMb(api.pid))} MB; worker pid ${worker.pid}, RSS ${fmt(rssMb(worker.pid))} MB; ` +
      `Redis prefix ${env.REDIS_PREFIX}; SMTP sink ${sink.url}`,
  );
  const db = await connect(databaseUrl);
  const rand = prng(args.seed);

  try {
    // ---- Seed: organizations, people, keys, audit history, incidents, an alert rule.
    step('seeding organizations, users, credentials…');
    await db.query(
      `INSERT INTO organization (id, name) SELECT 'org_' || n, 'Bench organization ' || n FROM generate_series(0, $1::int - 1) n
       ON CONFLICT (id) DO NOTHING`,
      [ORGANIZATIONS],
    );
    const people = [];
    const dashboardRoles = ['security_lead', 'dpo'];
    for (let i = 0; i < args['dashboard-vus']; i++)
      people.push({
        kind: 'dashboard',
        role: dashboardRoles[i % 2],
        email: `${dashboardRoles[i % 2].replace('_', '')}${i}@bench.test`,
      });
    for (let i = 0; i < args['auditor-vus']; i++)
      people.push({ kind: 'auditor', role: 'auditor', email: `auditor${i}@bench.test` });
    const lead = { role: 'security_lead', email: 'lead-setup@bench.test' };
    for (const p of [...people, lead])
      await runCli(env, ['user:create', '--email', p.email, '--role', p.role]);
    const leadToken = secretFrom(
      await runCli(env, ['token:create', '--email', lead.email, '--name', 'bench setup']),
    );
    const integrations = [];
    for (let i = 0; i < args['ingest-vus']; i++) {
      const cloudtrail = i % 3 === 2;
      const source = cloudtrail ? `aws-cloudtrail-${i}` : `app-agent-${i}`;
      const key = secretFrom(
        await runCli(env, ['ingest-key:create', '--source', source, '--name', `bench ${source}`]),
      );
      integrations.push({ source, key, cloudtrail });
    }
    for (const p of people) p.cookie = await signIn(port, sink, p.email);
    console.log(
      `  ${ORGANIZATIONS} organizations; ${people.length} people signed in by OTP (session cookies): ` +
        `${people.map((p) => p.role).join(', ')}; ${integrations.length} ingest keys: ${integrations.map((i) => i.source).join(', ')}`,
    );

    const now = Date.now();
    const seedSpan = 90 * DAY_MS;
    for (const month of monthsBetween(now - seedSpan - DAY_MS, now + 62 * DAY_MS))
      await db.query('SELECT vigil_ensure_audit_partition($1)', [month]);
    step(`seeding ${fmt(args['seed-events'])} audit events over the last 90 days by COPY…`);
    const tSeed = performance.now();
    if (args['seed-events'] > 0) {
      await pipeline(
        Readable.from(
          copyChunks(
            prng(args.seed + 1),
            args['seed-events'],
            now - seedSpan,
            seedSpan - 60_000,
            (e) =>
              e.organizationId
                ? `bench-app-${Number(e.organizationId.slice(4)) % 10}`
                : 'bench-app-sys',
          ),
        ),
        db.query(copyStreams.from(`COPY audit_event (${EVENT_COLUMNS.join(', ')}) FROM STDIN`)),
      );
    }
    await db.query('VACUUM (ANALYZE) audit_event');
    console.log(`  ${fmt((performance.now() - tSeed) / 1000, 1)} s (COPY + VACUUM ANALYZE)`);

    step(
      `creating ${args['seed-incidents']} incidents through the API (a third closed), an alert rule for storms…`,
    );
    const bearer = { authorization: `Bearer ${leadToken}`, 'content-type': 'application/json' };
    const incidentIds = [];
    for (let i = 0; i < args['seed-incidents']; i++) {
      const detected = now - Math.floor(rand() * 80 * DAY_MS) - DAY_MS;
      const orgs = Array.from(
        { length: between(rand, 0, 3) },
        () => `org_${Math.floor(rand() * ORGANIZATIONS)}`,
      );
      const res = await request(port, 'POST', '/api/v1/incidents', {
        headers: bearer,
        body: JSON.stringify({
          title: `Bench incident ${i}: ${pick(rand, ['phishing', 'lost laptop', 'misdirected email', 'ransomware', 'leaked key', 'S3 bucket public'])}`,
          severity: pick(rand, ['SEV1', 'SEV2', 'SEV3', 'SEV3', 'SEV4', 'SEV4']),
          detectedAt: new Date(detected).toISOString(),
          awareAt: new Date(detected + 3_600_000).toISOString(),
          organizationIds: [...new Set(orgs)],
        }),
      });
      if (res.status !== 201)
        throw new Error(`POST /api/v1/incidents: ${res.status} ${res.text.slice(0, 300)}`);
      incidentIds.push(res.json.id);
      if (i % 3 === 0) {
        for (const to of ['triage', 'contained', 'eradicated', 'recovered', 'closed']) {
          const t = await request(port, 'POST', `/api/v1/incidents/${res.json.id}/transitions`, {
            headers: bearer,
            body: JSON.stringify({ to }),
          });
          if (t.status !== 200 && t.status !== 201)
            throw new Error(`transition to ${to}: ${t.status} ${t.text.slice(0, 300)}`);
        }
      }
    }
    const rule = await request(port, 'POST', '/api/v1/alert-rules', {
      headers: bearer,
      body: JSON.stringify({
        name: 'Bench: storms open an incident',
        match: { source: 'alarm', alarmName: 'bench-storm-*' },
        severity: 'SEV2',
        action: 'open_incident',
        suppressionMinutes: 30,
        notify: [lead.email],
      }),
    });
    if (rule.status !== 201)
      console.log(`  (alert rule not created: ${rule.status} ${rule.text.slice(0, 200)})`);
    const seeded = (
      await db.query(
        `SELECT (SELECT count(*) FROM audit_event)::int AS events, (SELECT count(*) FROM incident)::int AS incidents,
                (SELECT count(*) FROM obligation)::int AS obligations, (SELECT count(*) FROM app_user)::int AS users,
                pg_size_pretty(pg_database_size(current_database())) AS size`,
      )
    ).rows[0];
    console.log(
      `  seeded: ${fmt(seeded.events)} audit events, ${seeded.incidents} incidents, ${seeded.obligations} obligations, ` +
        `${seeded.users} users, ${ORGANIZATIONS} organizations; database ${seeded.size}`,
    );

    // ---- Baselines, with the API idle.
    const readConcurrency = args['dashboard-vus'] * 4 + args['auditor-vus'];
    const baseline = {};
    const bs = args['baseline-seconds'];

    step(
      `baseline: COPY ${fmt(args['copy-events'])} events into bench_copy_indexed (audit_event's indexes)…`,
    );
    const indexCount = await createIndexedScratch(db);
    const copyBody = [
      ...copyChunks(
        prng(args.seed + 2),
        args['copy-events'],
        now - 60_000,
        60_000,
        () => 'bench-copy',
      ),
    ];
    await db.query('CHECKPOINT');
    const cpuC0 = cpuSnapshot(api.pid, dbName);
    const tCopy = performance.now();
    await pipeline(
      Readable.from(copyBody),
      db.query(
        copyStreams.from(`COPY bench_copy_indexed (${EVENT_COLUMNS.join(', ')}) FROM STDIN`),
      ),
    );
    const copySeconds = (performance.now() - tCopy) / 1000;
    baseline.copy = args['copy-events'] / copySeconds;
    console.log(
      `  ${fmt(copySeconds, 2)} s, ${fmt(baseline.copy)} rows/s (${indexCount} indexes; rows generated beforehand)`,
    );
    console.log(
      `  CPU: ${describeCpu(cpuDelta(cpuC0, cpuSnapshot(api.pid, dbName)), copySeconds)}`,
    );
    await db.query('DROP TABLE bench_copy_indexed');

    const sampleSummary = await request(
      port,
      'GET',
      `/api/v1/dashboard/summary?${qs({ from: ago(30 * DAY_MS) })}`,
      {
        headers: { cookie: people[0].cookie },
      },
    );
    if (sampleSummary.status !== 200)
      throw new Error(
        `GET /api/v1/dashboard/summary: ${sampleSummary.status} ${sampleSummary.text.slice(0, 300)}`,
      );
    step(
      `baseline: bare node:http answering a fixed ${fmt(sampleSummary.text.length)}-byte JSON, ${readConcurrency} connections, ${bs} s…`,
    );
    const bare = await startBareServer(sampleSummary.text);
    baseline.bare = await closedLoop(readConcurrency, bs, async () => {
      const r = await request(bare.port, 'GET', '/api/v1/dashboard/summary');
      if (r.status !== 200) throw new Error(`bare ${r.status}`);
    });
    bare.stop();
    console.log(
      `  ${fmt(baseline.bare.n / baseline.bare.seconds)} req/s, p50 ${ms(baseline.bare.p50)} ms, p95 ${ms(baseline.bare.p95)} ms`,
    );

    step(
      `baseline: Vigil GET /api/v1/auth/me (framework + session auth, no domain query), ${readConcurrency} connections, ${bs} s…`,
    );
    resetAgent(port);
    baseline.me = await closedLoop(readConcurrency, bs, async (vu) => {
      const r = await request(port, 'GET', '/api/v1/auth/me', {
        headers: { cookie: people[vu % people.length].cookie },
      });
      if (r.status !== 200) throw new Error(`auth/me ${r.status} ${r.text.slice(0, 100)}`);
    });
    console.log(
      `  ${fmt(baseline.me.n / baseline.me.seconds)} req/s, p50 ${ms(baseline.me.p50)} ms, p95 ${ms(baseline.me.p95)} ms`,
    );

    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    onCleanup(() => pool.end());
    step(
      `baseline: plain pg, the dashboard summary's 6 queries in parallel, ${args['dashboard-vus']} loops, ${bs} s…`,
    );
    const brand = prng(args.seed + 3);
    baseline.pgSummary = await closedLoop(args['dashboard-vus'], bs, async () => {
      const [, span] = pick(brand, RANGES);
      const to = new Date();
      const from = new Date(to.getTime() - span);
      await Promise.all(SUMMARY_SQL.map(([sql, params]) => pool.query(sql, params(from, to))));
    });
    console.log(
      `  ${fmt(baseline.pgSummary.n / baseline.pgSummary.seconds)} summaries/s, p50 ${ms(baseline.pgSummary.p50)} ms, p95 ${ms(baseline.pgSummary.p95)} ms`,
    );
    step(
      `baseline: plain pg, a search page (7d range, actor, CIDR, text), ${args['auditor-vus']} loops, ${bs} s…`,
    );
    baseline.pgSearch = await closedLoop(args['auditor-vus'], bs, async () => {
      const [sql, params] = pick(brand, SEARCH_SQL)(brand);
      await pool.query(sql, params);
    });
    console.log(
      `  ${fmt(baseline.pgSearch.n / baseline.pgSearch.seconds)} pages/s, p50 ${ms(baseline.pgSearch.p50)} ms, p95 ${ms(baseline.pgSearch.p95)} ms`,
    );
    for (const b of Object.values(baseline))
      if (b?.failures)
        console.log(`  (a baseline had ${b.failures} failures, e.g. ${b.firstFailure})`);

    // ---- The mix.
    const duration = args.duration * 1000;
    const sizeBefore = Number(
      (await db.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n,
    );
    const auditBefore = Number((await db.query('SELECT count(*) AS n FROM audit_event')).rows[0].n);
    const rss = { api: [], worker: [] };
    const sampleRss = () => {
      rss.api.push(rssMb(api.pid));
      rss.worker.push(rssMb(worker.pid));
    };
    sampleRss();
    const rssTimer = setInterval(sampleRss, 1000);
    onCleanup(async () => clearInterval(rssTimer));
    resetAgent(port);
    const offeredPerVu = args['ingest-rate'] / integrations.length;
    step(
      `mix for ${args.duration} s: ${integrations.length} integrations (${args['ingest-rate'] ? `${fmt(args['ingest-rate'])} events/s offered` : 'as fast as they can'}, ` +
        `${args['dup-rate']}% retried batches), alarms ${args['alarm-rate']}/s + a storm of ${args['storm-size']} every ${args['storm-every']} s, ` +
        `${args['dashboard-vus']} dashboard readers, ${args['auditor-vus']} auditors (think ~${args['think-ms']} ms)…`,
    );
    const mails0 = sink.received;
    const cpu0 = cpuSnapshot(api.pid, dbName);
    const worker0 = cpuSeconds(worker.pid);
    const t0 = performance.now();
    const endAt = t0 + duration;
    const left = () => endAt - performance.now();
    const nap = (msWanted) => sleep(Math.max(0, Math.min(msWanted, left())));
    const think = (r) => nap(args['think-ms'] * (0.5 + r()));
    const ingest = {
      accepted: 0,
      duplicates: 0,
      rejected: 0,
      badReplies: 0,
      retried: 0,
      retriedOk: 0,
    };

    const integrationVu = async (integration, vu) => {
      const r = prng(args.seed + 100 + vu);
      const name = integration.cloudtrail ? 'POST /audit-events/cloudtrail' : 'POST /audit-events';
      const pathname = integration.cloudtrail
        ? '/api/v1/audit-events/cloudtrail'
        : '/api/v1/audit-events';
      const headers = {
        authorization: `Bearer ${integration.key}`,
        'content-type': 'application/json',
      };
      let sent = 0;
      let counter = 0;
      const start = performance.now();
      while (left() > 0) {
        const size = sized(r, integration.cloudtrail ? CLOUDTRAIL_FILE : AGENT_BATCH);
        const nowMs = Date.now();
        const items = [];
        for (let j = 0; j < size; j++) {
          const id = `${integration.source}-${counter++}`;
          const at = nowMs - Math.floor(r() * (integration.cloudtrail ? 900_000 : 60_000));
          if (integration.cloudtrail) items.push(cloudTrailRecord(r, id, at));
          else items.push({ ...makeEvent(r, 0, at), id });
        }
        const body = JSON.stringify(
          integration.cloudtrail ? { Records: items } : { events: items },
        );
        const res = await call(port, name, 'ingest', 'POST', pathname, { headers, body });
        if (res?.status === 200) {
          ingest.accepted += res.json.accepted;
          ingest.duplicates += res.json.duplicates;
          ingest.rejected += res.json.rejected.length;
          if (res.json.accepted !== size) ingest.badReplies += 1;
          if (r() * 100 < args['dup-rate'] && left() > 0) {
            // The client never saw the answer (timeout) and sends the same batch again.
            ingest.retried += 1;
            const again = await call(port, name, 'ingest', 'POST', pathname, { headers, body });
            if (
              again?.status === 200 &&
              again.json.accepted === 0 &&
              again.json.duplicates === size
            )
              ingest.retriedOk += 1;
          }
        }
        sent += size;
        if (offeredPerVu > 0) await nap(start + (sent / offeredPerVu) * 1000 - performance.now());
      }
    };

    const alarmState = new Map();
    const alarms = { sent: 0, duplicatesOk: 0, duplicatesSent: 0 };
    const sendAlarm = async (body, r) => {
      alarms.sent += 1;
      const headers = {
        'content-type': 'text/plain; charset=UTF-8',
        'x-amz-sns-message-type': 'Notification',
      };
      await call(port, 'POST /integrations/sns', 'alarms', 'POST', '/api/v1/integrations/sns', {
        headers,
        body,
      });
      if (r() < 0.05 && left() > 0) {
        // SNS retries reuse the MessageId: counted once, answered 200 { duplicate: true }.
        alarms.duplicatesSent += 1;
        const again = await call(
          port,
          'POST /integrations/sns',
          'alarms',
          'POST',
          '/api/v1/integrations/sns',
          { headers, body },
        );
        if (again?.status === 200 && again.json?.duplicate === true) alarms.duplicatesOk += 1;
      }
    };
    const alarmVu = async (vu, vus) => {
      if (!args['alarm-rate']) return;
      const r = prng(args.seed + 200 + vu);
      for (let i = vu; left() > 0; i += vus) {
        await nap(t0 + (i * 1000) / args['alarm-rate'] - performance.now());
        if (left() <= 0) break;
        const alarmName = `bench-alarm-${Math.floor(r() * 100)}`;
        const state = alarmState.get(alarmName) === 'ALARM' ? 'OK' : 'ALARM';
        alarmState.set(alarmName, state);
        await sendAlarm(alarmNotification(alarmName, state), r);
      }
    };
    const stormVu = async () => {
      if (!args['storm-size']) return;
      const r = prng(args.seed + 300);
      for (let storm = 0; ; storm++) {
        await nap(
          t0 + (storm * args['storm-every'] + args['storm-every'] / 2) * 1000 - performance.now(),
        );
        if (left() <= 0) return;
        // One failing database behind 20 alarms that fire and re-fire within a few seconds.
        const bodies = Array.from({ length: args['storm-size'] }, (_, j) =>
          alarmNotification(`bench-storm-${storm}-${j % 20}`, 'ALARM'),
        );
        let next = 0;
        await Promise.all(
          Array.from({ length: 4 }, async () => {
            while (next < bodies.length && left() > 0) await sendAlarm(bodies[next++], r);
          }),
        );
      }
    };

    const dashboardVu = async (person, vu) => {
      const r = prng(args.seed + 400 + vu);
      const headers = { cookie: person.cookie, accept: 'application/json' };
      const get = (name, pathname) => call(port, name, 'dashboard', 'GET', pathname, { headers });
      await nap(r() * args['think-ms']);
      while (left() > 0) {
        const [, span] = pick(r, RANGES);
        // One page view: the browser asks for the overview's parts together.
        const page =
          person.role === 'security_lead'
            ? [
                get(
                  'GET /dashboard/summary',
                  `/api/v1/dashboard/summary?${qs({ from: ago(span) })}`,
                ),
                get('GET /incidents', '/api/v1/incidents?openOnly=true'),
                get('GET /alerts', '/api/v1/alerts?status=open'),
                get('GET /alarms', '/api/v1/alarms?state=ALARM'),
              ]
            : [
                get(
                  'GET /dashboard/summary',
                  `/api/v1/dashboard/summary?${qs({ from: ago(span) })}`,
                ),
                get(
                  'GET /obligations',
                  `/api/v1/obligations?${qs({ status: pick(r, [undefined, 'pending', 'due_soon', 'overdue']) })}`,
                ),
                get('GET /incidents', '/api/v1/incidents'),
                get('GET /register', '/api/v1/register'),
              ];
        const replies = await Promise.all(page);
        if (r() < 0.3 && incidentIds.length) {
          await think(r);
          await get('GET /incidents/:id', `/api/v1/incidents/${pick(r, incidentIds)}`);
        }
        if (!replies.every(Boolean)) await nap(200);
        await think(r);
      }
    };

    const exports = { rows: 0, bytes: 0 };
    const auditorVu = async (person, vu) => {
      const r = prng(args.seed + 500 + vu);
      const headers = { cookie: person.cookie, accept: 'application/json' };
      await nap(r() * args['think-ms']);
      while (left() > 0) {
        const [, build] = pick(r, AUDITOR_KINDS);
        const params = build(r);
        let cursor;
        const pages = 1 + Math.floor(r() * 3);
        for (let page = 0; page < pages && left() > 0; page++) {
          const res = await call(
            port,
            page === 0 ? 'GET /audit-events (first page)' : 'GET /audit-events (next page)',
            'search',
            'GET',
            `/api/v1/audit-events?${qs({ ...params, cursor })}`,
            { headers },
          );
          cursor = res?.status === 200 ? res.json.nextCursor : null;
          if (!cursor) break;
          await nap(500 + r() * 1000);
        }
        if (r() * 100 < args['export-pct'] && left() > 0) {
          const filters = {
            format: 'csv',
            organizationId: `org_${Math.floor(r() * ORGANIZATIONS)}`,
            from: ago(pick(r, [7, 30]) * DAY_MS),
          };
          await call(
            port,
            'GET /audit-events/export (csv)',
            'export',
            'GET',
            `/api/v1/audit-events/export?${qs(filters)}`,
            {
              headers: { cookie: person.cookie },
              timeoutMs: 300_000,
              onData: (chunk) => {
                exports.bytes += chunk.length;
                for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1))
                  exports.rows += 1;
              },
            },
          );
        }
        await think(r);
      }
    };

    // Progress every 30 s.
    let lastT = t0;
    let lastAccepted = 0;
    let lastCpu = cpu0;
    let lastWorkerCpu = worker0;
    const progress = setInterval(() => {
      const t = performance.now();
      const seconds = (t - lastT) / 1000;
      const cpu = cpuSnapshot(api.pid, dbName);
      const workerCpu = cpuSeconds(worker.pid);
      const d = cpuDelta(lastCpu, cpu);
      const other = Math.max(
        0,
        d.busy - d.api - d.self - d.pgOurs - d.pgShared - (workerCpu - lastWorkerCpu),
      );
      const p95 = (group) =>
        summarize(
          [...stats.values()]
            .filter((e) => e.group === group)
            .flatMap((e) => e.ms.slice(e.mark ?? 0)),
        ).p95;
      const errors = [...stats.values()].reduce((n, e) => n + errorsOf(e), 0);
      console.log(
        `[${stamp()}] ${fmt((t - t0) / 1000)}/${args.duration} s · ${fmt(windowCount / seconds, 1)} req/s · ` +
          `ingested ${fmt((ingest.accepted - lastAccepted) / seconds)} events/s · p95 dashboard ${ms(p95('dashboard'))} ms, ` +
          `search ${ms(p95('search'))} ms, ingest ${ms(p95('ingest'))} ms, sns ${ms(p95('alarms'))} ms · errors ${errors} · ` +
          `RSS API ${fmt(rssMb(api.pid))} MB, worker ${fmt(rssMb(worker.pid))} MB · CPU API ${fmt((100 * d.api) / seconds)}%, ` +
          `worker ${fmt((100 * (workerCpu - lastWorkerCpu)) / seconds)}%, pg ${fmt((100 * (d.pgOurs + d.pgShared)) / seconds)}%, ` +
          `other work ${fmt((100 * (other + d.pgOther)) / seconds)}%`,
      );
      for (const e of stats.values()) e.mark = e.ms.length;
      windowCount = 0;
      lastT = t;
      lastAccepted = ingest.accepted;
      lastCpu = cpu;
      lastWorkerCpu = workerCpu;
    }, 30_000);
    onCleanup(async () => clearInterval(progress));

    const dashboardPeople = people.filter((p) => p.kind === 'dashboard');
    const auditors = people.filter((p) => p.kind === 'auditor');
    await Promise.all([
      ...integrations.map((integration, vu) => integrationVu(integration, vu)),
      alarmVu(0, 2),
      alarmVu(1, 2),
      stormVu(),
      ...dashboardPeople.map((p, vu) => dashboardVu(p, vu)),
      ...auditors.map((p, vu) => auditorVu(p, vu)),
    ]);
    const mixSeconds = (performance.now() - t0) / 1000;
    clearInterval(progress);
    clearInterval(rssTimer);
    sampleRss();
    const cpuMix = cpuDelta(cpu0, cpuSnapshot(api.pid, dbName));
    const workerCpuMix = cpuSeconds(worker.pid) - worker0;
    step(`mix done after ${fmt(mixSeconds, 1)} s; letting the worker catch up (up to 30 s)…`);
    for (let i = 0; i < 30; i++) {
      const { rows } = await db.query(
        `SELECT coalesce(sum(s.head_seq - coalesce(c.last_seq, 0)), 0)::bigint AS behind
           FROM audit_stream s LEFT JOIN detection_cursor c ON c.source = s.source`,
      );
      if (Number(rows[0].behind) === 0) break;
      await sleep(1000);
    }
    const after = (
      await db.query(
        `SELECT pg_database_size(current_database())::bigint AS size, (SELECT count(*) FROM audit_event)::bigint AS events,
                (SELECT count(*) FROM alarm)::int AS alarms, (SELECT count(*) FROM alarm_state_change)::int AS changes,
                (SELECT count(*) FROM alert WHERE source = 'alarm')::int AS alarm_alerts,
                (SELECT count(*) FROM alert WHERE source = 'detection')::int AS detection_alerts,
                (SELECT count(*) FROM incident)::int AS incidents,
                (SELECT coalesce(sum(s.head_seq - coalesce(c.last_seq, 0)), 0) FROM audit_stream s LEFT JOIN detection_cursor c ON c.source = s.source)::bigint AS detection_behind`,
      )
    ).rows[0];
    closeAgents();

    // ---- Report.
    const rows = [];
    const groupRows = [];
    for (const group of GROUPS) {
      const entries = [...stats.values()].filter((e) => e.group === group);
      for (const e of entries) {
        const s = summarize(e.ms);
        const other4xx = countOf(e, (c) => c >= 400 && c < 500 && c !== 429);
        rows.push([
          e.name,
          group,
          fmt(s.n + e.net),
          fmt((s.n + e.net) / mixSeconds, 1),
          ms(s.p50),
          ms(s.p95),
          ms(s.p99),
          ms(s.max),
          fmt(errorsOf(e)),
          fmt(countOf(e, (c) => c === 429)),
          fmt(other4xx),
        ]);
      }
      if (!entries.length) continue;
      const all = entries.flatMap((e) => e.ms);
      const s = summarize(all);
      const net = entries.reduce((n, e) => n + e.net, 0);
      groupRows.push({
        group,
        n: s.n + net,
        rate: (s.n + net) / mixSeconds,
        ...s,
        errors: entries.reduce((n, e) => n + errorsOf(e), 0),
        limited: entries.reduce((n, e) => n + countOf(e, (c) => c === 429), 0),
        other4xx: entries.reduce(
          (n, e) => n + countOf(e, (c) => c >= 400 && c < 500 && c !== 429),
          0,
        ),
      });
    }
    const g = Object.fromEntries(groupRows.map((row) => [row.group, row]));
    console.log(`\n=== load results: ${fmt(mixSeconds, 1)} s of mixed load ===`);
    console.log(
      table(
        [
          'endpoint',
          'group',
          'requests',
          'req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'max ms',
          '5xx+net',
          '429',
          '4xx',
        ],
        [
          ...rows,
          ...groupRows.map((row) => [
            `all ${row.group}`,
            '',
            fmt(row.n),
            fmt(row.rate, 1),
            ms(row.p50),
            ms(row.p95),
            ms(row.p99),
            ms(row.max),
            fmt(row.errors),
            fmt(row.limited),
            fmt(row.other4xx),
          ]),
        ],
      ),
    );
    const samples = [...stats.values()].flatMap((e) => e.samples);
    if (samples.length) {
      console.log(`5xx / network error samples:\n  ${samples.slice(0, 12).join('\n  ')}`);
      const logged = [...api.tail, ...worker.tail].filter((l) => /"level":(50|60)/.test(l));
      if (logged.length)
        console.log(
          `errors the API/worker logged (last ${Math.min(6, logged.length)}):\n  ${logged
            .slice(-6)
            .map((l) => l.slice(0, 700))
            .join('\n  ')}`,
        );
    }
    const rejects = [...stats.values()].flatMap((e) => e.rejects);
    if (rejects.length)
      console.log(
        `4xx samples (a request the mix should not make):\n  ${rejects.slice(0, 6).join('\n  ')}`,
      );

    const ingestRate = ingest.accepted / mixSeconds;
    const offered = args['ingest-rate'];
    console.log(
      `\ningest: ${fmt(ingest.accepted)} events accepted in ${fmt(mixSeconds, 1)} s = ${fmt(ingestRate)} events/s` +
        `${offered ? ` (offered ${fmt(offered)}/s)` : ''}; ${fmt(ingest.rejected)} rejected; ${ingest.retried} batches re-sent, ` +
        `${ingest.retriedOk} answered all-duplicates${ingest.badReplies ? `; ${ingest.badReplies} replies accepted fewer than sent` : ''}`,
    );
    console.log(
      `alarms: ${fmt(alarms.sent)} notifications (+${alarms.duplicatesSent} re-sent, ${alarms.duplicatesOk} answered duplicate) → ` +
        `${fmt(after.alarms)} alarms, ${fmt(after.changes)} state changes, ${fmt(after.alarm_alerts)} alarm alerts; ` +
        `${fmt(after.detection_alerts)} detection alerts; incidents ${seeded.incidents} → ${after.incidents}; ` +
        `detections behind at the end: ${fmt(after.detection_behind)} events`,
    );
    const topSubjects = [...sink.subjects]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([subject, n]) => `${fmt(n)}× "${subject}"`)
      .join(', ');
    console.log(
      `exports: ${fmt(exports.rows)} CSV lines, ${fmt(exports.bytes / 2 ** 20, 1)} MiB; mails received by the sink: ${fmt(sink.received - mails0)} during the mix, ${fmt(sink.received)} in all (${topSubjects})`,
    );
    const rssRow = (name, list) => [
      name,
      fmt(list[0]),
      fmt(Math.max(...list)),
      fmt(list.at(-1)),
      fmt(list.length),
    ];
    console.log(
      `\nRSS (MB, sampled every second during the mix):\n${table(['process', 'start', 'peak', 'end', 'samples'], [rssRow('API', rss.api), rssRow('worker', rss.worker)])}`,
    );
    const growth = Number(after.size) - sizeBefore;
    console.log(
      `database: ${fmt(sizeBefore / 2 ** 20)} MB → ${fmt(Number(after.size) / 2 ** 20)} MB (+${fmt(growth / 2 ** 20)} MB; ` +
        `audit_event ${fmt(auditBefore)} → ${fmt(after.events)} rows, ${fmt(growth / Math.max(1, Number(after.events) - auditBefore))} bytes per new event)`,
    );
    const otherCpu = Math.max(
      0,
      cpuMix.busy - cpuMix.api - cpuMix.self - cpuMix.pgOurs - cpuMix.pgShared - workerCpuMix,
    );
    console.log(`CPU during the mix: ${describeCpu(cpuMix, mixSeconds)}`);
    console.log(
      `  of "everything else", the worker ${fmt(workerCpuMix, 1)} s (${fmt((100 * workerCpuMix) / mixSeconds)}%); ` +
        `other work on the machine (postgres for other dbs + everything else but the worker): ` +
        `${fmt((100 * (otherCpu + cpuMix.pgOther)) / mixSeconds)}% of one core`,
    );

    const perSecond = (b) => b.n / b.seconds;
    console.log(
      '\n=== beside the raw baselines (same machine, same database server, API idle) ===',
    );
    console.log(
      table(
        ['', 'Vigil in the mix', 'raw baseline', 'baseline'],
        [
          [
            'ingest events/s',
            fmt(ingestRate),
            fmt(baseline.copy),
            `COPY into audit_event's columns + ${indexCount} indexes`,
          ],
          [
            'dashboard summary p95 ms',
            ms(summarize(stats.get('GET /dashboard/summary')?.ms ?? []).p95),
            ms(baseline.pgSummary.p95),
            'plain pg: its 6 queries in parallel',
          ],
          [
            'dashboard reads p95 ms',
            ms(g.dashboard?.p95),
            ms(baseline.pgSummary.p95),
            'plain pg: the summary queries',
          ],
          [
            'search page p95 ms',
            ms(g.search?.p95),
            ms(baseline.pgSearch.p95),
            'plain pg: the same SELECT … LIMIT 51',
          ],
          [
            'read p50 ms',
            ms(
              summarize(
                [...stats.values()]
                  .filter((e) => ['dashboard', 'search'].includes(e.group))
                  .flatMap((e) => e.ms),
              ).p50,
            ),
            ms(baseline.bare.p50),
            'bare node:http p50',
          ],
          [
            `req/s at ${readConcurrency} conns, API idle`,
            `${fmt(perSecond(baseline.me))} (GET /auth/me)`,
            fmt(perSecond(baseline.bare)),
            'Vigil framework + session auth vs bare node:http',
          ],
          [
            `p95 ms at ${readConcurrency} conns, API idle`,
            `${ms(baseline.me.p95)} (GET /auth/me)`,
            ms(baseline.bare.p95),
            'the same, fixed JSON',
          ],
        ],
      ),
    );
    console.log(
      '(the mix is paced by think times and the offered ingest rate: its req/s is what was asked, not a ceiling)',
    );

    // ---- Floors.
    const errors = groupRows.reduce((n, row) => n + row.errors, 0);
    const ingestFloor = Math.min(
      offered ? INGEST_SHARE_OF_OFFERED * offered : Infinity,
      INGEST_SHARE_OF_COPY * baseline.copy,
    );
    const peakApi = Math.max(...rss.api);
    const checks = [
      [`0 5xx / network errors (got ${errors})`, errors === 0],
      [
        `dashboard reads p95 ≤ ${DASHBOARD_P95_MS} ms (got ${ms(g.dashboard?.p95)} ms)`,
        (g.dashboard?.p95 ?? Infinity) <= DASHBOARD_P95_MS,
      ],
      [
        `search p95 ≤ ${SEARCH_P95_MS} ms (got ${ms(g.search?.p95)} ms)`,
        (g.search?.p95 ?? Infinity) <= SEARCH_P95_MS,
      ],
      [
        `ingest ≥ ${fmt(ingestFloor)} events/s = min(${offered ? `${INGEST_SHARE_OF_OFFERED * 100}% of offered ${fmt(offered)}/s, ` : ''}` +
          `${INGEST_SHARE_OF_COPY * 100}% of COPY ${fmt(baseline.copy)} rows/s) (got ${fmt(ingestRate)})`,
        ingestRate >= ingestFloor,
      ],
      [
        `retried batches all answered as duplicates (${ingest.retriedOk}/${ingest.retried})`,
        ingest.retriedOk === ingest.retried && ingest.badReplies === 0,
      ],
      [`API RSS peak < ${API_RSS_MB} MB (got ${fmt(peakApi)} MB)`, peakApi < API_RSS_MB],
    ];
    console.log('');
    for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
    const failed = checks.filter(([, ok]) => !ok).length;
    console.log(
      `\n${failed ? `${failed} check(s) FAILED` : 'all checks PASS'}; total run time ${fmt((performance.now() - tAll) / 1000)} s; ${host()}\n`,
    );
    if (failed) process.exitCode = 1;
  } finally {
    await db.end();
    closeAgents();
  }
});
