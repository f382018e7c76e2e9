import {
  byMessageId,
  duplicatesIn,
  isReminder,
  minus,
  receivedKeys,
  reminderLedger,
  verifyChain,
} from './support/checks';
import { hoursAgo, openIncident } from './support/incidents';
import type { VigilNode } from './support/nodes';
import { sleep, waitUntil } from './support/ports';
import { seed, type Seeded, startStack, type Stack } from './support/stack';

describe('fault: the worker is killed with SIGKILL while reminders are due', () => {
  let stack: Stack;
  let api: VigilNode;
  let seeded: Seeded;

  beforeAll(async () => {
    stack = await startStack();
    api = await stack.api('worker-kill-api', { RUN_WORKERS: 'false' });
    seeded = await seed(stack, api.url as string);
  }, 120_000);
  afterAll(() => stack?.close(), 60_000);

  it('sends every due reminder exactly once per recipient, once another worker takes over', async () => {
    const first = await stack.worker('worker-kill-a');
    // Half overdue at once (50/75/90 % due now), half falling due 5-11 s from now: after the kill.
    for (let i = 0; i < 4; i++)
      await openIncident(
        api.url as string,
        seeded.leadToken,
        hoursAgo(12, 5_000 + i * 2_000),
        `Soon ${i}`,
      );
    for (let i = 0; i < 4; i++)
      await openIncident(api.url as string, seeded.leadToken, hoursAgo(23), `Overdue ${i}`);
    await waitUntil(
      'the first reminders at the mail sink',
      () => stack.mail.mails.some((m) => receivedKeys([m], isReminder).length > 0),
      { intervalMs: 20 },
    );
    await first.kill9();
    const receivedAtKill = receivedKeys(stack.mail.mails, isReminder).length;
    await sleep(1_000);
    await stack.worker('worker-kill-b');

    // A message the killed worker had leased is retried once its 45 s lease has run out.
    const ledger = await waitUntil(
      'every due reminder sent and every reminder mail delivered',
      async () => {
        const now = await reminderLedger(stack.db);
        const done =
          now.reminders.length > 0 &&
          now.reminders.every((r) => r.sent) &&
          now.outbox.every((m) => m.status === 'sent') &&
          receivedKeys(stack.mail.mails, isReminder).length >= now.outbox.length;
        return done && now;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    await sleep(3_000); // room for a duplicate to arrive
    // A mail the killed worker handed to the relay but never recorded is sent again, under the same
    // Message-ID; what reaches a recipient's mailbox is each reminder once.
    const { unique, resent, withoutId } = byMessageId(stack.mail.mails);
    const received = receivedKeys(unique, isReminder);
    expect(withoutId).toBe(0); // every resend is recognisable
    console.info(`resent after the kill, each under the Message-ID already delivered: ${resent}`);
    const expected = ledger.outbox.map((m) => `${m.subject} → ${m.recipient}`);
    expect(receivedAtKill).toBeLessThan(expected.length); // the kill did interrupt delivery
    expect(duplicatesIn(received)).toEqual([]);
    expect(minus(expected, received)).toEqual([]);
    expect(minus(received, expected)).toEqual([]);
    // Every recipient of every sent reminder got exactly one outbox message.
    const perReminder = ledger.reminders.reduce((n, r) => n + (r.recipients?.length ?? 0), 0);
    expect(ledger.outbox.length).toBe(perReminder);
    expect(await verifyChain(api.url as string, seeded.leadToken)).toMatchObject({ ok: true });
  }, 150_000);
});
