import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll, waitFor } from '../../../test/test-app.js';
import { SweeperService } from '../../queue/sweeper.service.js';

const HOUR = 60 * 60 * 1000;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 that answers the first `failFirst` calls with 500. */
const startReceiver = async (failFirst: number) => {
  const received: Received[] = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      calls++;
      if (calls <= failFirst) {
        res.writeHead(500).end('not now');
        return;
      }
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/vigil`,
    received,
    calls: () => calls,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
};

const verify = (secret: string, r: Received): boolean => {
  const timestamp = String(r.headers['x-vigil-timestamp']);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex');
  return r.headers['x-vigil-signature'] === `v1=${expected}`;
};

describe('webhooks', () => {
  let app: TestApp;
  let admin: string;
  let lead: string;

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp({ SWEEP_INTERVAL_MS: '600000' });
  });
  beforeEach(async () => {
    await truncateAll();
    admin = await createToken(app, (await createUser(app, 'admin')).email);
    lead = await createToken(app, (await createUser(app, 'security_lead')).email);
    await createUser(app, 'dpo');
    await app.dataSource.query(
      `INSERT INTO organization (id, name, jurisdictions) VALUES ('org-a', 'Client A', '{CA}')`,
    );
  });
  afterAll(() => app.close());

  const createWebhook = (url: string, events?: string[]) =>
    call<{ id: string; secret: string; url: string; events: string[] }>(
      app.url,
      '/api/v1/webhooks',
      { method: 'POST', bearer: admin, body: { name: 'SecOps Slack', url, events } },
    );

  it('posts each reminder once, signed, retrying a failed delivery and recording every attempt', async () => {
    const receiver = await startReceiver(1);
    try {
      const hook = await createWebhook(receiver.url, ['obligation.reminder']);
      expect(hook.status).toBe(201);
      expect(hook.body.secret).toMatch(/^whsec_/);
      const listed = await call<{ items: Record<string, unknown>[] }>(app.url, '/api/v1/webhooks', {
        bearer: admin,
      });
      expect(JSON.stringify(listed.body)).not.toContain(hook.body.secret);
      const [{ secret_sealed }] = (await app.dataSource.query(
        'SELECT secret_sealed FROM webhook',
      )) as [{ secret_sealed: string }];
      expect(secret_sealed).not.toContain(hook.body.secret);

      // 12 h into a 24 h client clock: the 50 % reminder is due now.
      const incident = await call<{ reference: string }>(app.url, '/api/v1/incidents', {
        method: 'POST',
        bearer: lead,
        body: {
          title: 'Leaked API key',
          severity: 'SEV2',
          awareAt: new Date(Date.now() - 12 * HOUR - 1000).toISOString(),
          organizationIds: ['org-a'],
        },
      });
      await waitFor(async () => receiver.calls() >= 1 || null, { what: 'the first attempt' });
      const [delivery] = (await app.dataSource.query(
        `SELECT id, status, attempts FROM outbox WHERE channel = 'webhook'`,
      )) as { id: string; status: string; attempts: number }[];
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1 });

      // The backoff has not run out yet; bring the retry forward rather than wait 30 s.
      await app.dataSource.query(`UPDATE outbox SET next_attempt_at = now() WHERE id = $1`, [
        delivery?.id,
      ]);
      const sweeper = app.app.get(SweeperService);
      await sweeper.runOnce();
      await sweeper.runOnce();
      await waitFor(async () => receiver.received.length >= 1 || null, { what: 'the retry' });

      expect(receiver.received).toHaveLength(1);
      const [got] = receiver.received as [Received];
      expect(verify(hook.body.secret, got)).toBe(true);
      expect(verify('whsec_wrong', got)).toBe(false);
      expect(got.headers['x-vigil-event']).toBe('obligation.reminder');
      expect(got.headers['x-vigil-delivery']).toBe(delivery?.id);
      const payload = JSON.parse(got.body) as {
        text: string;
        vigil: { event: string; obligation: { rule: string }; incident: { reference: string } };
      };
      expect(payload.text).toContain(`(${incident.body.reference})`);
      expect(payload.vigil).toMatchObject({
        event: 'obligation.reminder',
        obligation: { rule: 'CONTRACT_CLIENT_24H' },
        incident: { reference: incident.body.reference },
      });

      const attempts = await call<{ items: { outcome: string; detail: string }[] }>(
        app.url,
        `/api/v1/outbox/${delivery?.id}/attempts`,
        { bearer: admin },
      );
      expect(attempts.body.items.map((a) => [a.outcome, a.detail])).toEqual([
        ['failed', 'HTTP 500 from the webhook'],
        ['sent', 'HTTP 200'],
      ]);
      const hooks = await call<{ items: { lastStatus: string }[] }>(app.url, '/api/v1/webhooks', {
        bearer: admin,
      });
      expect(hooks.body.items[0]?.lastStatus).toBe('sent');
    } finally {
      await receiver.close();
    }
  });

  it('sends a test message on request and reports what the endpoint answered', async () => {
    const receiver = await startReceiver(0);
    try {
      const hook = await createWebhook(receiver.url);
      const test = await call<{ status: string; attempts: { outcome: string }[] }>(
        app.url,
        `/api/v1/webhooks/${hook.body.id}/test`,
        { method: 'POST', bearer: admin },
      );
      expect(test.body).toMatchObject({ status: 'sent', attempts: [{ outcome: 'sent' }] });
      expect(verify(hook.body.secret, receiver.received[0] as Received)).toBe(true);

      // A refused test is reported once and not retried behind the admin's back.
      const refusing = await startReceiver(99);
      try {
        const other = await createWebhook(refusing.url);
        const refused = await call<{ status: string; attempts: { detail: string }[] }>(
          app.url,
          `/api/v1/webhooks/${other.body.id}/test`,
          { method: 'POST', bearer: admin },
        );
        expect(refused.body).toMatchObject({
          status: 'failed',
          attempts: [{ detail: 'HTTP 500 from the webhook' }],
        });
      } finally {
        await refusing.close();
      }

      const off = await call(app.url, `/api/v1/webhooks/${hook.body.id}`, {
        method: 'PATCH',
        bearer: admin,
        body: { url: 'ftp://example.test/' },
      });
      expect(off.status).toBe(400);
      expect(
        (
          await call(app.url, `/api/v1/webhooks/${hook.body.id}`, {
            method: 'DELETE',
            bearer: admin,
          })
        ).status,
      ).toBe(204);
      const listed = await call<{ items: unknown[] }>(app.url, '/api/v1/webhooks', {
        bearer: admin,
      });
      expect(listed.body.items).toHaveLength(1);
      const actions = (await app.dataSource.query(
        `SELECT action FROM audit_event WHERE action LIKE 'webhook.%' ORDER BY seq`,
      )) as { action: string }[];
      expect(actions.map((a) => a.action)).toEqual([
        'webhook.create',
        'webhook.create',
        'webhook.delete',
      ]);
    } finally {
      await receiver.close();
    }
  });
});
