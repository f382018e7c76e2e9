import pg from 'pg';
import {
  duplicatesIn,
  isReminder,
  minus,
  receivedKeys,
  reminderLedger,
  storedCounts,
  verifyChain,
} from './support/checks';
import { hoursAgo, openIncident } from './support/incidents';
import { IngestClient, makeEvents } from './support/ingest-client';
import type { VigilNode } from './support/nodes';
import { sleep, waitUntil } from './support/ports';
import { seed, type Seeded, startStack, type Stack } from './support/stack';

/** apps/api/src/queue/sweeper.service.ts SWEEP_LOCK ("swee"). */
const SWEEP_LOCK = 0x73_77_65_65;

/** Sweep task starts (INSERT … sweeper_task_state) and ends (UPDATE …) in the server log, in order. */
const sweepMarks = (log: string) =>
  log
    .split('\n')
    .filter(
      (line) =>
        /sweeper_task_state/.test(line) && /(INSERT INTO|UPDATE) sweeper_task_state/.test(line),
    )
    .map((line) => (/INSERT INTO sweeper_task_state/.test(line) ? 1 : -1));

describe('scale-out: two API nodes and two workers on one Postgres and Redis', () => {
  let stack: Stack;
  let apis: VigilNode[];
  let seeded: Seeded;

  beforeAll(async () => {
    // Every data-changing statement is logged: the sweeper's runs can be read back in order.
    stack = await startStack({ postgres: { log_statement: 'mod' } });
    apis = [
      await stack.api('scale-api-1', { RUN_WORKERS: 'false' }),
      await stack.api('scale-api-2', { RUN_WORKERS: 'false' }),
    ];
    await stack.worker('scale-worker-1', { SWEEP_INTERVAL_MS: '1000' });
    await stack.worker('scale-worker-2', { SWEEP_INTERVAL_MS: '1000' });
    seeded = await seed(stack, apis[0]?.url as string);
  }, 180_000);
  afterAll(() => stack?.close(), 60_000);

  const urls = () => apis.map((a) => a.url as string);

  it('stores each event once when the same batches go through both nodes at once', async () => {
    const batches = Array.from({ length: 20 }, (_, b) => makeEvents(`scale-${b}`, 200));
    const clients = [
      new IngestClient(urls(), seeded.ingestKey),
      new IngestClient([...urls()].reverse(), seeded.ingestKey),
    ];
    const results = await Promise.all(
      clients.map(async (client) => {
        const out = [];
        for (const batch of batches) out.push(await client.send(batch));
        return out;
      }),
    );
    const ids = batches.flat().map((e) => e.id);
    expect(await storedCounts(stack.db, 'faults', ids)).toEqual({
      total: ids.length,
      distinct: ids.length,
      missing: 0,
    });
    const replies = results.flat();
    expect(replies.reduce((n, r) => n + r.accepted, 0)).toBe(ids.length);
    expect(replies.reduce((n, r) => n + r.duplicates, 0)).toBe(ids.length);
  }, 60_000);

  it('sends every reminder exactly once per recipient, whichever worker gets it', async () => {
    for (const [i, api] of urls().entries()) {
      for (let n = 0; n < 3; n++)
        await openIncident(api, seeded.leadToken, hoursAgo(23), `Overdue ${i}.${n}`);
      await openIncident(api, seeded.leadToken, hoursAgo(12, 2_000 + i * 1_000), `Soon ${i}`);
    }
    const ledger = await waitUntil(
      'every due reminder sent and delivered',
      async () => {
        const now = await reminderLedger(stack.db);
        const done =
          now.reminders.length >= 20 &&
          now.reminders.every((r) => r.sent) &&
          now.outbox.every((m) => m.status === 'sent') &&
          receivedKeys(stack.mail.mails, isReminder).length >= now.outbox.length;
        return done && now;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    await sleep(3_000);
    const received = receivedKeys(stack.mail.mails, isReminder);
    const expected = ledger.outbox.map((m) => `${m.subject} → ${m.recipient}`);
    expect(duplicatesIn(received)).toEqual([]);
    expect(minus(expected, received)).toEqual([]);
    expect(minus(received, expected)).toEqual([]);
    const perReminder = ledger.reminders.reduce((n, r) => n + (r.recipients?.length ?? 0), 0);
    expect(ledger.outbox.length).toBe(perReminder);
  }, 90_000);

  it('runs the sweeper on one node at a time (advisory lock), never overlapping', async () => {
    // A third party holding the lock: neither worker may sweep meanwhile.
    const holder = new pg.Client({ connectionString: stack.databaseUrl });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [SWEEP_LOCK]);
    await sleep(500);
    const before = sweepMarks(stack.cluster.log()).length;
    await sleep(4_000);
    const during = sweepMarks(stack.cluster.log()).length;
    await holder.query('SELECT pg_advisory_unlock($1)', [SWEEP_LOCK]);
    await holder.end();
    await waitUntil('sweeps to resume', () => sweepMarks(stack.cluster.log()).length > during, {
      timeoutMs: 10_000,
    });
    expect(during).toBe(before);

    // Over the whole run: at most one sweep task open at any moment, across both workers.
    const marks = sweepMarks(stack.cluster.log());
    let open = 0;
    let most = 0;
    for (const mark of marks) {
      open += mark;
      most = Math.max(most, open);
    }
    expect(marks.length).toBeGreaterThan(20);
    expect(most).toBe(1);
    const runs = await stack.db.query<{ task: string; runs: number }>(
      'SELECT task, runs FROM sweeper_task_state ORDER BY task',
    );
    expect(runs.rows.length).toBeGreaterThan(0);
    expect(await verifyChain(urls()[1] as string, seeded.leadToken)).toMatchObject({ ok: true });
  }, 60_000);
});
