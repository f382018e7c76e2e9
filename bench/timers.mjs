#!/usr/bin/env node
// Obligation reminders under load: N reminders (default 10,000) fall due within one minute, and each
// must fire once, on time. Every affected client of an incident gets a CONTRACT_CLIENT_24H
// obligation (24 h from awareness) whose 50 % reminder is due at awareAt + 12 h; incidents opened
// with awareAt = (due moment − 12 h) put those reminders where the benchmark wants them. The API runs
// its own workers (RUN_WORKERS=true) and mails through an SMTP sink in this process, so every email
// is counted. Fire lag = obligation_reminder.sent_at − due_at, and SMTP receipt − due_at.
// Baseline beside it, in this process: the same number of bare BullMQ delayed jobs with the same
// due moments, consumed by a plain Worker with the same concurrency (8), no database work.
//
//   node bench/timers.mjs [--reminders 10000] [--spread 60] [--keep]
//
// Needs the built API, Postgres on 127.0.0.1:5432 and Redis on 127.0.0.1:6379. Own database.
import { Queue, Worker } from 'bullmq';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  benchEnv,
  checkBuilt,
  closeAgents,
  connect,
  cpuDelta,
  cpuSnapshot,
  createDatabase,
  describeBuild,
  describeCpu,
  fmt,
  onCleanup,
  parseArgs,
  request,
  resetAgent,
  run,
  runCli,
  secretFrom,
  serverInfo,
  sleep,
  startApi,
  startSmtpSink,
  step,
  summarize,
  table,
} from './lib.mjs';

const P99_FLOOR_MS = 2000;
/** A reminder not sent by due + this is missing. */
const MISSING_AFTER_MS = 30_000;
const HOUR_MS = 60 * 60 * 1000;
/** The reminder measured: 50 % of a 24 h window, i.e. awareAt + 12 h. */
const HALF_WINDOW_MS = 12 * HOUR_MS;
/** BullMQ Worker concurrency of the API's RemindersProcessor (reminders.processor.ts). */
const PROCESSOR_CONCURRENCY = 8;
const MAX_ORGS_PER_INCIDENT = 200; // createIncidentSchema: organizationIds max 200
const REMINDER_SUBJECT = /^(\d+%) of the window: .* \(INC-(\d+)\)$/;

const args = parseArgs({
  reminders: { type: 'int', default: 10_000, help: 'reminders due in the window' },
  'per-incident': {
    type: 'int',
    default: 0,
    min: 0,
    help: `affected clients per incident, ≤ ${MAX_ORGS_PER_INCIDENT} (0: 200, fewer when --reminders < 10,000 so there are ≥ 50 due moments)`,
  },
  spread: { type: 'int', default: 60, help: 'seconds over which the reminders fall due' },
  lead: {
    type: 'bool',
    default: true,
    help: 'incidents have a lead (security_lead), so 2 recipients per reminder; --lead=false: the dpo only',
  },
  parallel: { type: 'int', default: 2, help: 'incidents created in parallel' },
  'sweep-interval': {
    type: 'int',
    default: 10_000,
    min: 1000,
    help: 'SWEEP_INTERVAL_MS of the API (the app default)',
  },
  'smtp-delay': {
    type: 'int',
    default: 0,
    min: 0,
    help: 'ms the SMTP sink waits before its greeting (a slow relay)',
  },
  analyze: {
    type: 'bool',
    default: false,
    help: 'ANALYZE the bench database after creating the incidents (what autovacuum would do, given time)',
  },
  keep: { type: 'bool', default: false, help: 'keep the database for inspection' },
});
const N = args.reminders;
const perIncident =
  args['per-incident'] || Math.max(1, Math.min(MAX_ORGS_PER_INCIDENT, Math.floor(N / 50)));
if (perIncident > MAX_ORGS_PER_INCIDENT) {
  console.error(
    `--per-incident: at most ${MAX_ORGS_PER_INCIDENT} (one incident's organizationIds)`,
  );
  process.exit(2);
}
const incidents = Math.ceil(N / perIncident);
const spreadMs = args.spread * 1000;
checkBuilt();

/** Due moment k of `incidents`, evenly over [t0, t0 + spread). */
const dueOf = (t0, k) => t0 + Math.floor((k * spreadMs) / incidents);
/** How many reminders (= affected clients) incident k carries. */
const sizeOf = (k) => (k < incidents - 1 ? perIncident : N - perIncident * (incidents - 1));

const lagRow = (label, s, count = s.n) => [
  label,
  fmt(count),
  fmt(s.p50),
  fmt(s.p95),
  fmt(s.p99),
  fmt(s.max),
];

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// ---------------------------------------------------------------------------------------------
// The SMTP sink (lib.mjs): counts every message the API sends, with its receipt time.
// --smtp-delay puts a relay's greeting delay back on purpose.

const startSink = async (greetingDelayMs) => {
  const mails = []; // { at, to, subject }
  const { url } = await startSmtpSink({
    greetingDelayMs,
    onMessage: (message, rcpt) => {
      const at = Date.now();
      const headEnd = message.indexOf('\r\n\r\n');
      const head = (headEnd >= 0 ? message.slice(0, headEnd) : message).replace(/\r\n[ \t]+/g, ' ');
      const subject = /^Subject: (.*)$/im.exec(head)?.[1]?.trim() ?? '';
      for (const to of rcpt) mails.push({ at, to, subject });
    },
  });
  return { url, mails };
};

// ---------------------------------------------------------------------------------------------
// Baseline: bare BullMQ delayed jobs, same due moments, a plain Worker, no database.

const runBaseline = async (prefix, { apiPid, dbName }) => {
  const connection = { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null };
  const name = 'bench-raw-timers';
  const queue = new Queue(name, { connection, prefix });
  const runs = new Uint32Array(N);
  const lags = [];
  const worker = new Worker(
    name,
    async (job) => {
      lags.push(Date.now() - job.data.due);
      runs[job.data.i] += 1;
    },
    { connection, prefix, concurrency: PROCESSOR_CONCURRENCY },
  );
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await worker.close(true).catch(() => {});
    await queue.close().catch(() => {});
  };
  onCleanup(close);
  await worker.waitUntilReady();

  const t0 = Date.now() + 5_000;
  const jobs = [];
  for (let k = 0, i = 0; k < incidents; k++)
    for (let j = 0; j < sizeOf(k); j++, i++) jobs.push({ i, due: dueOf(t0, k) });
  for (let from = 0; from < jobs.length; from += 1000) {
    const now = Date.now();
    await queue.addBulk(
      jobs.slice(from, from + 1000).map((data) => ({
        name: 'fire',
        data,
        opts: { delay: Math.max(0, data.due - now), removeOnComplete: true, removeOnFail: 1000 },
      })),
    );
  }
  const added = Date.now();
  if (added > t0) console.log(`  (adding the jobs ran ${fmt(added - t0)} ms past the first due)`);
  await sleep(Math.max(0, t0 - Date.now() - 200));
  const cpu0 = cpuSnapshot(apiPid, dbName);
  const w0 = performance.now();
  const lastDue = dueOf(t0, incidents - 1);
  while (lags.length < N && Date.now() < lastDue + MISSING_AFTER_MS) await sleep(100);
  await sleep(2_000); // a late duplicate would show here
  const seconds = (performance.now() - w0) / 1000;
  const cpu = cpuDelta(cpu0, cpuSnapshot(apiPid, dbName));
  await close();
  let twice = 0;
  let missing = 0;
  for (const n of runs) {
    if (n === 0) missing++;
    if (n > 1) twice += n - 1;
  }
  return { lags, missing, twice, cpu, seconds };
};

// ---------------------------------------------------------------------------------------------

await run(async () => {
  const ts = Date.now();
  console.log(
    `timers bench: ${fmt(N)} reminders due within ${args.spread} s — ${incidents} incidents × ` +
      `${perIncident} affected clients (CONTRACT_CLIENT_24H, 50 % reminder), ${args.lead ? 'dpo + incident lead' : 'dpo only'} as recipients`,
  );
  console.log(
    `host: ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, load average ${loadavg()}`,
  );
  console.log(describeBuild());

  const sink = await startSink(args['smtp-delay']);
  const dbName = `vigil_bench_${ts}`;
  const databaseUrl = await createDatabase(dbName, { keep: args.keep });
  const info = await serverInfo(databaseUrl);
  console.log(
    `postgres ${info.version}: shared_buffers ${info.shared_buffers}, synchronous_commit ${info.synchronous_commit}; database ${dbName}`,
  );
  const env = {
    ...(await benchEnv({ ts, databaseUrl, keep: args.keep })),
    RUN_WORKERS: 'true',
    SMTP_URL: sink.url,
    SWEEP_INTERVAL_MS: String(args['sweep-interval']),
  };
  step('starting the API (RUN_WORKERS=true, SMTP to the sink in this process)…');
  const api = await startApi(env);
  const port = Number(env.PORT);
  console.log(
    `  API pid ${api.pid} on 127.0.0.1:${port}; SMTP sink ${sink.url}; SMTP greeting delay ${args['smtp-delay']} ms; SWEEP_INTERVAL_MS ${env.SWEEP_INTERVAL_MS}; Redis prefix ${env.REDIS_PREFIX}`,
  );

  const db = await connect(databaseUrl);
  // Cleanup drops the database WITH (FORCE), which ends this connection: close it first, quietly.
  db.on('error', () => {});
  let dbOpen = true;
  const closeDb = async () => {
    if (!dbOpen) return;
    dbOpen = false;
    await db.end().catch(() => {});
  };
  onCleanup(closeDb);
  try {
    // 1. People and clients.
    step(
      'credentials: the admin, a dpo (creates the incidents)' +
        (args.lead ? ', a security_lead (their lead)' : ''),
    );
    const adminToken = secretFrom(
      await runCli(env, ['token:create', '--email', env.VIGIL_ADMIN_EMAIL, '--name', 'bench']),
    );
    await runCli(env, ['user:create', '--email', 'dpo@bench.test', '--role', 'dpo']);
    const dpoToken = secretFrom(
      await runCli(env, ['token:create', '--email', 'dpo@bench.test', '--name', 'bench']),
    );
    let leadId = null;
    if (args.lead) {
      await runCli(env, ['user:create', '--email', 'lead@bench.test', '--role', 'security_lead']);
      leadId = (await db.query(`SELECT id FROM app_user WHERE email = 'lead@bench.test'`)).rows[0]
        ?.id;
      if (!leadId) throw new Error('user:create made no lead@bench.test');
    }
    if (!adminToken || !dpoToken) throw new Error('token:create printed no token');
    const addresses = args.lead ? ['dpo@bench.test', 'lead@bench.test'] : ['dpo@bench.test'];
    const recipients = addresses.length;
    const asAdmin = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
    const asDpo = { authorization: `Bearer ${dpoToken}`, 'content-type': 'application/json' };

    step(`creating ${perIncident} client organizations (POST /api/v1/organizations)…`);
    resetAgent(port);
    const orgIds = Array.from(
      { length: perIncident },
      (_, i) => `bench-client-${String(i).padStart(3, '0')}`,
    );
    {
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < orgIds.length) {
            const i = next++;
            const reply = await request(port, 'POST', '/api/v1/organizations', {
              headers: asAdmin,
              body: JSON.stringify({
                id: orgIds[i],
                name: `Bench client ${i}`,
                contacts: [{ name: `Security desk ${i}`, email: `security@client-${i}.test` }],
              }),
            });
            if (reply.status !== 201 && reply.status !== 200)
              throw new Error(
                `POST organization ${orgIds[i]}: ${reply.status} ${reply.text.slice(0, 300)}`,
              );
          }
        }),
      );
    }

    const createIncident = async (body) => {
      const t = performance.now();
      const reply = await request(port, 'POST', '/api/v1/incidents', {
        headers: asDpo,
        body: JSON.stringify(body),
      });
      if (reply.status !== 201 && reply.status !== 200)
        throw new Error(`POST incident: ${reply.status} ${reply.text.slice(0, 500)}`);
      return { ms: performance.now() - t, id: reply.json?.id };
    };
    const incidentBody = (title, awareAtMs, organizationIds) => ({
      title,
      severity: 'SEV4', // the longest response targets, far outside the window
      awareAt: new Date(awareAtMs).toISOString(),
      ...(leadId ? { leadId } : {}),
      organizationIds,
    });

    // 2. The baseline, while the API is idle.
    step(
      `baseline: ${fmt(N)} bare BullMQ delayed jobs, same due moments, Worker concurrency ${PROCESSOR_CONCURRENCY}, this process…`,
    );
    const baseline = await runBaseline(`${env.REDIS_PREFIX}:raw`, { apiPid: api.pid, dbName });
    console.log(
      `  ran ${fmt(baseline.lags.length)} jobs, missing ${baseline.missing}, run twice ${baseline.twice}`,
    );
    console.log(`  CPU: ${describeCpu(baseline.cpu, baseline.seconds)}`);

    // 3. A probe incident (its reminders lie ≥ 11 h ahead) says how long one incident takes.
    step(
      `probe: one incident with ${perIncident} affected clients (not measured; its reminders are ≥ 11 h ahead)…`,
    );
    const probe = await createIncident(
      incidentBody('Bench probe incident', Date.now() - HOUR_MS, orgIds),
    );
    console.log(`  ${fmt(probe.ms)} ms`);

    // 4. The incidents, in order of their due moment; the first due moment leaves room to finish.
    const estimateMs =
      ((probe.ms * incidents) / Math.min(args.parallel, os.cpus().length, 2)) * 1.5 + 5_000;
    const settleMs = 20_000;
    const t0 = Math.ceil((Date.now() + estimateMs + settleMs) / 1000) * 1000;
    const lastDue = dueOf(t0, incidents - 1);
    step(
      `creating ${incidents} incidents (${fmt(N)} obligations); first reminder due at ${new Date(t0).toISOString().slice(11, 19)}, ` +
        `last at ${new Date(lastDue).toISOString().slice(11, 23)}…`,
    );
    const cpuCreate0 = cpuSnapshot(api.pid, dbName);
    const c0 = performance.now();
    const createMs = [];
    {
      let next = 0;
      await Promise.all(
        Array.from({ length: args.parallel }, async () => {
          while (next < incidents) {
            const k = next++;
            const due = dueOf(t0, k);
            const created = await createIncident(
              incidentBody(`Bench incident ${k}`, due - HALF_WINDOW_MS, orgIds.slice(0, sizeOf(k))),
            );
            createMs.push(created.ms);
          }
        }),
      );
    }
    const createSeconds = (performance.now() - c0) / 1000;
    const cpuCreate = cpuDelta(cpuCreate0, cpuSnapshot(api.pid, dbName));
    const created = summarize(createMs);
    const slackMs = t0 - Date.now();
    console.log(
      `  ${fmt(createSeconds, 1)} s (${fmt(N / createSeconds)} obligations/s; per incident p50 ${fmt(created.p50)} ms, max ${fmt(created.max)} ms); ` +
        `${slackMs > 0 ? `${fmt(slackMs / 1000, 1)} s before the first due moment` : `OVERLAP: ${fmt(-slackMs / 1000, 1)} s past the first due moment`}`,
    );
    console.log(`  CPU: ${describeCpu(cpuCreate, createSeconds)}`);

    // 5. What is due in the window: exactly the measured reminders, none of them sent yet.
    const windowFrom = new Date(t0 - 1000);
    const windowTo = new Date(lastDue + MISSING_AFTER_MS + 5_000);
    const { rows: plan } = await db.query(
      `SELECT (o.rule = 'CONTRACT_CLIENT_24H' AND r.kind = '50%') AS measured, count(*)::int AS n,
              count(r.sent_at)::int AS sent, min(r.due_at) AS first, max(r.due_at) AS last
         FROM obligation_reminder r JOIN obligation o ON o.id = r.obligation_id
        WHERE r.due_at BETWEEN $1 AND $2 GROUP BY 1`,
      [windowFrom, windowTo],
    );
    const measured = plan.find((p) => p.measured) ?? { n: 0, sent: 0 };
    const others = plan.find((p) => !p.measured)?.n ?? 0;
    const totals = (
      await db.query(
        `SELECT (SELECT count(*)::int FROM obligation) AS obligations,
                (SELECT count(*)::int FROM obligation_reminder) AS reminders,
                (SELECT count(*)::int FROM obligation_reminder WHERE sent_at IS NOT NULL) AS sent,
                (SELECT count(*)::int FROM outbox) AS outbox`,
      )
    ).rows[0];
    console.log(
      `  stored: ${fmt(totals.obligations)} obligations, ${fmt(totals.reminders)} reminder rows (${fmt(totals.sent)} sent so far), ` +
        `${fmt(totals.outbox)} outbox rows; due in the window: ${fmt(measured.n)} measured, ${fmt(others)} other`,
    );
    // Planner statistics: with autovacuum off (as on the development machines) the freshly filled
    // tables are never analyzed, and the plans of the reminder queries depend on that.
    const stats = (
      await db.query(
        `SELECT current_setting('autovacuum') AS autovacuum,
                (SELECT reltuples FROM pg_class WHERE oid = 'obligation_reminder'::regclass) AS reltuples`,
      )
    ).rows[0];
    if (args.analyze)
      await db.query('ANALYZE obligation_reminder, obligation, incident, outbox, app_user');
    console.log(
      `  postgres autovacuum ${stats.autovacuum}; obligation_reminder ${Number(stats.reltuples) < 0 ? 'never analyzed' : `analyzed (${fmt(Number(stats.reltuples))} rows)`}` +
        `${args.analyze ? '; ANALYZE run now (--analyze)' : ''}`,
    );
    if (measured.n !== N)
      throw new Error(`expected ${N} measured reminders due in the window, found ${measured.n}`);
    if (measured.sent > 0 && slackMs > 0)
      console.log(
        `  WARNING: ${measured.sent} measured reminder(s) already sent before their due moment`,
      );
    const mailsBefore = sink.mails.length;

    // 6. The window: wait until everything is sent and mailed, or due + 30 s has passed.
    await sleep(Math.max(0, t0 - Date.now() - 200));
    step(`window: ${fmt(N)} reminders fall due over ${args.spread} s…`);
    const cpuWindow0 = cpuSnapshot(api.pid, dbName);
    const w0 = performance.now();
    const countSent = async () =>
      (
        await db.query(
          `SELECT count(r.sent_at)::int AS sent, coalesce(sum(cardinality(r.recipients)), 0)::int AS mails
             FROM obligation_reminder r JOIN obligation o ON o.id = r.obligation_id
            WHERE o.rule = 'CONTRACT_CLIENT_24H' AND r.kind = '50%' AND r.due_at BETWEEN $1 AND $2`,
          [windowFrom, windowTo],
        )
      ).rows[0];
    let lastReport = 0;
    for (;;) {
      const status = await countSent();
      const received = sink.mails.length - mailsBefore;
      if (status.sent >= N && received >= status.mails) break;
      if (Date.now() > lastDue + MISSING_AFTER_MS) break;
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        console.log(
          `  [${new Date().toISOString().slice(11, 19)}] reminders sent ${fmt(status.sent)}/${fmt(N)}, emails received ${fmt(received)}`,
        );
      }
      await sleep(250);
    }
    const doneMs = performance.now() - w0;
    // A late duplicate (a second sweep, a retried job) would arrive within one sweep interval.
    const dupWaitMs = Math.min(30_000, Math.max(5_000, args['sweep-interval'] + 2_000));
    step(
      `all in after ${fmt(doneMs / 1000, 1)} s; watching ${fmt(dupWaitMs / 1000)} s more for duplicates…`,
    );
    await sleep(dupWaitMs);
    const windowSeconds = (performance.now() - w0) / 1000;
    const cpuWindow = cpuDelta(cpuWindow0, cpuSnapshot(api.pid, dbName));

    // 7. Figures from the database and the sink.
    const { rows: reminders } = await db.query(
      `SELECT r.id, r.due_at, r.sent_at, r.skipped_at, r.skip_reason, r.recipients, i.number::text AS incident
         FROM obligation_reminder r JOIN obligation o ON o.id = r.obligation_id JOIN incident i ON i.id = o.incident_id
        WHERE o.rule = 'CONTRACT_CLIENT_24H' AND r.kind = '50%' AND r.due_at BETWEEN $1 AND $2`,
      [windowFrom, windowTo],
    );
    const firedLags = [];
    let sent = 0;
    let skipped = 0;
    let missing = 0;
    let early = 0;
    let lastSentMs = 0;
    const skipReasons = new Map();
    // Expected emails per (incident, recipient), and the due moment of each incident.
    const expected = new Map();
    const dueByIncident = new Map();
    for (const r of reminders) {
      const due = r.due_at.getTime();
      dueByIncident.set(r.incident, due);
      if (r.skipped_at) {
        skipped++;
        skipReasons.set(r.skip_reason, (skipReasons.get(r.skip_reason) ?? 0) + 1);
      }
      // An unsent reminder owes its emails too: to the recipients it would have had.
      for (const to of r.sent_at ? (r.recipients ?? []) : r.skipped_at ? [] : addresses) {
        const key = `${r.incident}\t${to}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      if (!r.sent_at) {
        missing++;
        firedLags.push(Infinity);
        continue;
      }
      sent++;
      lastSentMs = Math.max(lastSentMs, r.sent_at.getTime());
      const lag = r.sent_at.getTime() - due;
      if (lag < -1) early++;
      if (lag > MISSING_AFTER_MS) missing++;
      firedLags.push(lag);
    }
    const received = new Map();
    const mailLags = [];
    let otherMails = 0;
    let earlyMails = 0;
    for (const m of sink.mails) {
      const match = REMINDER_SUBJECT.exec(m.subject);
      if (!match || match[1] !== '50%' || !dueByIncident.has(match[2])) {
        otherMails++;
        continue;
      }
      const key = `${match[2]}\t${m.to}`;
      received.set(key, (received.get(key) ?? 0) + 1);
      const lag = m.at - dueByIncident.get(match[2]);
      if (lag < -1) earlyMails++;
      mailLags.push(lag);
    }
    let mailDuplicates = 0;
    let mailsMissing = 0;
    let expectedMails = 0;
    for (const [key, n] of expected) {
      expectedMails += n;
      const got = received.get(key) ?? 0;
      if (got > n) mailDuplicates += got - n;
      if (got < n) mailsMissing += n - got;
    }
    for (const [key, got] of received) if (!expected.has(key)) mailDuplicates += got;
    for (let i = 0; i < mailsMissing; i++) mailLags.push(Infinity);

    const outbox = (
      await db.query(
        `SELECT count(*)::int AS rows, count(*) FILTER (WHERE status = 'sent')::int AS sent,
                count(*) FILTER (WHERE status = 'pending')::int AS pending,
                count(*) FILTER (WHERE status = 'failed')::int AS failed,
                count(*) FILTER (WHERE attempts > 1)::int AS retried,
                (SELECT count(*)::int FROM (SELECT dedupe_key FROM outbox WHERE purpose = 'obligation-reminder'
                   GROUP BY dedupe_key HAVING count(*) > 1) d) AS duplicate_keys
           FROM outbox WHERE purpose = 'obligation-reminder'`,
      )
    ).rows[0];
    const jobCounts = await (async () => {
      const queue = new Queue('reminders', {
        connection: { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null },
        prefix: env.REDIS_PREFIX,
      });
      try {
        return await queue.getJobCounts('failed', 'active', 'wait', 'delayed');
      } finally {
        await queue.close();
      }
    })();
    closeAgents();

    const b = summarize(baseline.lags.concat(Array(baseline.missing).fill(Infinity)));
    const f = summarize(firedLags);
    const e = summarize(mailLags);
    const reminderMails = [...received.values()].reduce((a, n) => a + n, 0);
    const duplicates = mailDuplicates + outbox.duplicate_keys;

    console.log('\n=== reminder fire lag (from due moment) ===');
    console.log(
      table(
        ['path', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
        [
          lagRow(`bare BullMQ delayed job → Worker (baseline)`, b),
          lagRow('Vigil reminder fired (sent_at − due_at)', f),
          lagRow('Vigil email received by SMTP − due_at', e),
          ...(missing || mailsMissing
            ? [
                lagRow(
                  '  of the reminders that fired',
                  summarize(firedLags.filter(Number.isFinite)),
                ),
                lagRow('  of the emails received', summarize(mailLags.filter(Number.isFinite))),
              ]
            : []),
        ],
      ),
    );
    console.log(
      `${missing || mailsMissing ? '(∞: not fired / not received when the run ended)\n' : ''}` +
        `\n${incidents} due moments ${fmt(spreadMs / incidents)} ms apart over ${args.spread} s, ${perIncident} reminders each ` +
        `(all reminders of one incident share its awareAt); ${recipients} recipient(s) per reminder`,
    );
    const lastMailMs = sink.mails.reduce((a, m) => Math.max(a, m.at), 0);
    console.log(
      `last reminder fired ${fmt((lastSentMs - t0) / 1000, 1)} s after the first due moment, last email received after ${fmt((lastMailMs - t0) / 1000, 1)} s ` +
        `(the due moments span ${fmt((lastDue - t0) / 1000, 1)} s)`,
    );
    console.log(
      `reminders: ${fmt(reminders.length)} measured · sent ${fmt(sent)} · skipped ${fmt(skipped)}` +
        `${skipReasons.size ? ` (${[...skipReasons].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}` +
        ` · missing (not sent by due + ${MISSING_AFTER_MS / 1000} s) ${fmt(missing)} · fired early ${early} · other reminders due in the window ${others}`,
    );
    console.log(
      `emails: expected ${fmt(expectedMails)} · received ${fmt(reminderMails)} (+${fmt(otherMails)} other mail) · ` +
        `missing ${fmt(mailsMissing)} · received before due ${earlyMails}`,
    );
    console.log(
      `outbox (obligation-reminder): ${fmt(outbox.rows)} rows · sent ${fmt(outbox.sent)} · pending ${outbox.pending} · failed ${outbox.failed} · retried ${outbox.retried}`,
    );
    console.log(
      `reminders queue afterwards: failed ${jobCounts.failed}, active ${jobCounts.active}, waiting ${jobCounts.wait}, delayed ${fmt(jobCounts.delayed)} (the 75/90/100 % reminders)`,
    );
    console.log(
      `duplicates: ${duplicates} (emails beyond one per reminder and recipient ${mailDuplicates} · outbox rows sharing a (reminder, recipient) key ${outbox.duplicate_keys}) · ` +
        `baseline jobs run twice ${baseline.twice}`,
    );
    console.log(`CPU during the window: ${describeCpu(cpuWindow, windowSeconds)}`);
    console.log(`CPU during the baseline: ${describeCpu(baseline.cpu, baseline.seconds)}`);
    if (slackMs <= 0)
      console.log(
        `WARNING: creating the incidents overran the first due moment by ${fmt(-slackMs / 1000, 1)} s; the figures include that load`,
      );
    const floorPass = f.p99 <= P99_FLOOR_MS;
    console.log(
      `floor: p99 ≤ 2 s (reminder fired) → ${floorPass ? 'PASS' : 'BELOW FLOOR'} · ` +
        `email received p99 ≤ 2 s → ${e.p99 <= P99_FLOOR_MS ? 'PASS' : 'BELOW FLOOR'} · ` +
        `missing reminders ${fmt(missing)}, emails ${fmt(mailsMissing)} → ${missing + mailsMissing === 0 ? 'PASS' : 'FAIL'} · ` +
        `duplicates ${duplicates} → ${duplicates === 0 ? 'PASS' : 'FAIL'}`,
    );
    console.log(`load average now ${loadavg()}\n`);
  } finally {
    await closeDb();
  }
});
