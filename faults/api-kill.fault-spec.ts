import { storedCounts, verifyChain } from './support/checks';
import { IngestClient, makeEvents } from './support/ingest-client';
import type { VigilNode } from './support/nodes';
import { sleep, waitUntil } from './support/ports';
import { seed, type Seeded, startStack, type Stack } from './support/stack';

const BATCHES = 40;
const PER_BATCH = 250;

describe('fault: the API is killed with SIGKILL during ingest', () => {
  let stack: Stack;
  let api: VigilNode;
  let seeded: Seeded;

  beforeAll(async () => {
    stack = await startStack();
    api = await stack.api('api-kill', { RUN_WORKERS: 'false' });
    seeded = await seed(stack, api.url as string);
  }, 120_000);
  afterAll(() => stack?.close(), 60_000);

  it('loses nothing and stores nothing twice: the client resends the same ids until answered', async () => {
    const batches = Array.from({ length: BATCHES }, (_, b) => makeEvents(`kill-${b}`, PER_BATCH));
    const client = new IngestClient([api.url as string], seeded.ingestKey, { deadlineMs: 60_000 });
    const sending = (async () => {
      const results = [];
      for (const batch of batches) results.push(await client.send(batch));
      return results;
    })();

    // Mid-stream: a batch is on the wire or in its transaction when the process dies.
    await waitUntil(
      'a quarter of the events stored',
      async () => (await storedCounts(stack.db, 'faults', [])).total >= (BATCHES * PER_BATCH) / 4,
      { intervalMs: 20 },
    );
    await api.kill9();
    await sleep(1_000);
    await api.start();
    const results = await sending;

    const failed = client.attempts.filter((a) => typeof a.outcome === 'string');
    expect(failed.length).toBeGreaterThan(0);
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
    expect(await verifyChain(api.url as string, seeded.leadToken)).toMatchObject({ ok: true });
  }, 120_000);
});
