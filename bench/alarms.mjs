#!/usr/bin/env node
// Alarm intake under load: signed SNS notifications (CloudWatch ALARM transitions) POSTed to
// /api/v1/integrations/sns at a fixed rate over C keep-alive connections. Each is verified, stored
// and turned into an alert before the 200 answers, so the POST latency is the time from POST to
// alert row. Baseline beside it: GET /health/live at the same rate on the same connections.
//
//   node bench/alarms.mjs [--rate 200] [--seconds 60] [--concurrency 8] [--keep]
//
// Needs the built API, Postgres on 127.0.0.1:5432 and Redis on 127.0.0.1:6379. Own database.
import { performance } from 'node:perf_hooks';
import {
  benchEnv,
  checkBuilt,
  closeAgents,
  connect,
  createDatabase,
  describeBuild,
  fmt,
  parseArgs,
  request,
  resetAgent,
  run,
  serverInfo,
  signedAlarmNotification,
  sleep,
  SNS_CERT_DIR,
  SNS_TOPIC,
  startApi,
  step,
  summarize,
  table,
} from './lib.mjs';

const P99_FLOOR_MS = 250;

const args = parseArgs({
  rate: { type: 'int', default: 200, help: 'notifications per second' },
  seconds: { type: 'int', default: 60, help: 'how long to send' },
  concurrency: { type: 'int', default: 8, help: 'concurrent HTTP connections' },
  duplicates: {
    type: 'int',
    default: 500,
    help: 'notifications re-sent afterwards (must be counted once)',
  },
  keep: { type: 'bool', default: false, help: 'keep the database for inspection' },
});
checkBuilt();

/** Open-loop load: request i is due at start + i / rate, whatever happened to the ones before it. */
const paced = async (port, total, rate, concurrency, send) => {
  const latencies = [];
  const failures = [];
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      try {
        const reply = await send(i);
        // Measured from when the request was due, so a backlog counts against Vigil, not for it.
        latencies.push(performance.now() - due);
        if (reply.status !== 200)
          failures.push(`#${i}: ${reply.status} ${reply.text?.slice(0, 200)}`);
      } catch (error) {
        failures.push(`#${i}: ${error.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, failures, seconds: (performance.now() - start) / 1000 };
};

await run(async () => {
  const ts = Date.now();
  console.log(
    `alarms bench: ${args.rate}/s for ${args.seconds} s over ${args.concurrency} connections`,
  );
  console.log(describeBuild());
  const databaseUrl = await createDatabase(`vigil_bench_${ts}`, { keep: args.keep });
  const env = {
    ...(await benchEnv({ ts, databaseUrl, keep: args.keep })),
    SNS_CERT_DIR,
    SNS_TOPIC_ARNS: SNS_TOPIC,
  };
  await startApi(env);
  const port = Number(env.PORT);
  console.log(await serverInfo(databaseUrl));
  const total = args.rate * args.seconds;

  step('pre-signing notifications');
  const base = Date.now() - 60 * 60 * 1000;
  const bodies = Array.from({ length: total }, (_, n) =>
    signedAlarmNotification(`bench-alarm-${n}`, 'ALARM', new Date(base + n), `db-${n % 40}`),
  );

  step(`baseline: GET /health/live at ${args.rate}/s`);
  resetAgent(port);
  const baseline = await paced(port, total, args.rate, args.concurrency, () =>
    request(port, 'GET', '/health/live'),
  );

  step(`Vigil: ${fmt(total)} signed SNS notifications at ${args.rate}/s`);
  resetAgent(port);
  const vigil = await paced(port, total, args.rate, args.concurrency, (i) =>
    request(port, 'POST', '/api/v1/integrations/sns', {
      headers: {
        'content-type': 'text/plain; charset=UTF-8',
        'x-amz-sns-message-type': 'Notification',
      },
      body: bodies[i],
    }),
  );

  step(`re-sending ${args.duplicates} notifications (SNS retries reuse the MessageId)`);
  for (let i = 0; i < Math.min(args.duplicates, total); i++) {
    const reply = await request(port, 'POST', '/api/v1/integrations/sns', {
      headers: { 'content-type': 'text/plain; charset=UTF-8' },
      body: bodies[(i * 7919) % total],
    });
    if (reply.status !== 200 || reply.json?.duplicate !== true)
      vigil.failures.push(`re-send ${i}: ${reply.status} ${reply.text}`);
  }

  const db = await connect(databaseUrl);
  const count = async (sql) => Number((await db.query(sql)).rows[0].n);
  const alarms = await count('SELECT count(*) AS n FROM alarm');
  const changes = await count('SELECT count(*) AS n FROM alarm_state_change');
  const alerts = await count(`SELECT count(*) AS n FROM alert WHERE source = 'alarm'`);
  const duplicatedAlerts = await count(
    `SELECT count(*) AS n FROM (SELECT dedup_key FROM alert GROUP BY dedup_key HAVING count(*) > 1) d`,
  );
  await db.end();
  closeAgents();

  const b = summarize(baseline.latencies);
  const v = summarize(vigil.latencies);
  console.log('\n=== alarm intake results ===');
  console.log(
    table(
      ['path', 'requests', 'seconds', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      [
        [
          'GET /health/live (baseline)',
          fmt(b.n),
          fmt(baseline.seconds, 1),
          fmt(b.n / baseline.seconds),
          fmt(b.p50, 1),
          fmt(b.p95, 1),
          fmt(b.p99, 1),
          fmt(b.max, 1),
        ],
        [
          'POST SNS → alert row',
          fmt(v.n),
          fmt(vigil.seconds, 1),
          fmt(v.n / vigil.seconds),
          fmt(v.p50, 1),
          fmt(v.p95, 1),
          fmt(v.p99, 1),
          fmt(v.max, 1),
        ],
      ],
    ),
  );
  const lost = total - alerts;
  console.log(`\nsent ${fmt(total)} distinct ALARM notifications (+${args.duplicates} re-sent)`);
  console.log(
    `stored: ${fmt(alarms)} alarms, ${fmt(changes)} state changes, ${fmt(alerts)} alerts`,
  );
  console.log(
    `lost: ${fmt(lost)} · duplicated alerts: ${fmt(duplicatedAlerts)} · extra state changes: ${fmt(changes - total)}`,
  );
  console.log(
    `failures: ${vigil.failures.length}${vigil.failures.length ? `\n  ${vigil.failures.slice(0, 5).join('\n  ')}` : ''}`,
  );
  const pass =
    v.p99 <= P99_FLOOR_MS &&
    lost === 0 &&
    duplicatedAlerts === 0 &&
    changes === total &&
    !vigil.failures.length;
  console.log(
    `floor: p99 ≤ ${P99_FLOOR_MS} ms, zero lost, zero duplicated → ${pass ? 'PASS' : 'BELOW FLOOR'}`,
  );
});
