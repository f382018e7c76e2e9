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

const OUTAGE_MS = 60_000;

describe('fault: Redis is stopped for 60 s, then comes back empty', () => {
  let stack: Stack;
  let api: VigilNode;
  let worker: VigilNode;
  let seeded: Seeded;

  beforeAll(async () => {
    stack = await startStack();
    api = await stack.api('redis-outage-api', { RUN_WORKERS: 'false' });
    worker = await stack.worker('redis-outage-worker');
    seeded = await seed(stack, api.url as string);
  }, 120_000);
  afterAll(() => stack?.close(), 60_000);

  it('keeps ingesting and opening incidents, and sends what fell due once Redis is back', async () => {
    const url = api.url as string;
    const pids = [api.pid(), worker.pid()];
    // 50 % moments that fall due in the middle of the outage: only the queue knew about them.
    for (const [i, inMs] of [15_000, 30_000, 45_000].entries())
      await openIncident(url, seeded.leadToken, hoursAgo(12, inMs), `Due during outage ${i}`);

    await stack.redis.stop();
    const outageStarted = Date.now();
    const client = new IngestClient([url], seeded.ingestKey, { deadlineMs: 20_000 });
    const batches = Array.from({ length: 12 }, (_, b) => makeEvents(`redis-${b}`, 100));
    const readyDuring: { status: number; down: string[] }[] = [];
    const openings: { status: number | string; ms: number }[] = [];
    for (const [b, batch] of batches.entries()) {
      await client.send(batch);
      if (b % 4 === 1) {
        const started = Date.now();
        const opened = await openIncident(url, seeded.leadToken, hoursAgo(1), `During ${b}`, 8_000)
          .then(() => 201)
          .catch((error: Error) => error.message.slice(0, 80));
        openings.push({ status: opened, ms: Date.now() - started });
        const ready = await fetch(`${url}/health/ready`);
        readyDuring.push({
          status: ready.status,
          down: ((await ready.json()) as { down: string[] }).down,
        });
      }
      await sleep(
        Math.max(0, (OUTAGE_MS * (b + 1)) / batches.length - (Date.now() - outageStarted)),
      );
    }
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - outageStarted)));
    await stack.redis.start();

    const ledger = await waitUntil(
      'the reminders that fell due during the outage, sent once Redis is back',
      async () => {
        const now = await reminderLedger(stack.db);
        const done =
          now.reminders.length >= 3 &&
          now.reminders.every((r) => r.sent) &&
          now.outbox.every((m) => m.status === 'sent') &&
          receivedKeys(stack.mail.mails, isReminder).length >= now.outbox.length;
        return done && now;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    await sleep(3_000);

    // Nothing restarted; ingest never needed Redis.
    expect([api.pid(), worker.pid()]).toEqual(pids);
    expect(api.alive() && worker.alive()).toBe(true);
    expect(client.attempts.map((a) => a.outcome)).toEqual(batches.map(() => 200));
    expect(Math.max(...client.attempts.map((a) => a.ms))).toBeLessThan(5_000);
    expect(readyDuring.every((r) => r.status === 503 && r.down.includes('redis'))).toBe(true);

    const received = receivedKeys(stack.mail.mails, isReminder);
    const expected = ledger.outbox.map((m) => `${m.subject} → ${m.recipient}`);
    expect(duplicatesIn(received)).toEqual([]);
    expect(minus(expected, received)).toEqual([]);
    expect(minus(received, expected)).toEqual([]);
    const ids = batches.flat().map((e) => e.id);
    expect(await storedCounts(stack.db, 'faults', ids)).toEqual({
      total: ids.length,
      distinct: ids.length,
      missing: 0,
    });
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    expect(await verifyChain(url, seeded.leadToken)).toMatchObject({ ok: true });
    // Opening an incident while Redis is away must not wait for Redis to come back.
    expect(openings.map((o) => o.status)).toEqual(openings.map(() => 201));
    expect(Math.max(...openings.map((o) => o.ms))).toBeLessThan(5_000);
  }, 240_000);
});
