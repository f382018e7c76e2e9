import { storedCounts, verifyChain } from './support/checks';
import { IngestClient, makeEvents } from './support/ingest-client';
import type { VigilNode } from './support/nodes';
import { sleep, waitUntil } from './support/ports';
import { seed, type Seeded, startStack, type Stack } from './support/stack';

const BATCHES = 40;
const PER_BATCH = 250;
const DOWN_MS = 4_000;

describe('fault: Postgres is restarted (immediate shutdown) mid-ingest', () => {
  let stack: Stack;
  let api: VigilNode;
  let seeded: Seeded;

  beforeAll(async () => {
    stack = await startStack();
    // The single-machine default: HTTP and the workers in one process.
    api = await stack.api('postgres-restart');
    seeded = await seed(stack, api.url as string);
  }, 120_000);
  afterAll(() => stack?.close(), 60_000);

  it('answers 503 problem+json with Retry-After while down, then recovers without a restart', async () => {
    const url = api.url as string;
    const pid = api.pid();
    const batches = Array.from({ length: BATCHES }, (_, b) => makeEvents(`pg-${b}`, PER_BATCH));
    const client = new IngestClient([url], seeded.ingestKey, { deadlineMs: 60_000 });
    const sending = (async () => {
      const results = [];
      for (const batch of batches) results.push(await client.send(batch));
      return results;
    })();

    await waitUntil(
      'a quarter of the events stored',
      async () => (await storedCounts(stack.db, 'faults', [])).total >= (BATCHES * PER_BATCH) / 4,
      { intervalMs: 20 },
    );
    stack.cluster.crash();
    await sleep(DOWN_MS / 2);
    const readyWhileDown = await fetch(`${url}/health/ready`);
    const readinessWhileDown = (await readyWhileDown.json()) as { down: string[] };
    await sleep(DOWN_MS / 2);
    stack.cluster.start();
    const results = await sending;

    // Same process throughout: the pool reconnected by itself.
    expect(api.alive()).toBe(true);
    expect(api.pid()).toBe(pid);
    expect(readyWhileDown.status).toBe(503);
    expect(readinessWhileDown.down).toContain('postgres');

    const unavailable = client.attempts.filter((a) => a.outcome === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const attempt of unavailable) {
      expect(attempt.retryAfter).toMatch(/^\d+$/);
      expect(attempt.contentType).toMatch(/^application\/problem\+json/);
    }
    // Nothing but success or "unavailable, retry": no 500, no dropped connection.
    expect([...new Set(client.attempts.map((a) => a.outcome))].sort()).toEqual([200, 503]);

    const ids = batches.flat().map((e) => e.id);
    expect(await storedCounts(stack.db, 'faults', ids)).toEqual({
      total: ids.length,
      distinct: ids.length,
      missing: 0,
    });
    // A batch committed just before a reply was lost comes back as duplicates on its retry.
    const accepted = results.reduce((sum, r) => sum + r.accepted, 0);
    expect(accepted).toBeLessThanOrEqual(ids.length);
    expect(results.reduce((sum, r) => sum + r.accepted + r.duplicates, 0)).toBe(ids.length);
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    expect(await verifyChain(url, seeded.leadToken)).toMatchObject({ ok: true });
  }, 120_000);
});
