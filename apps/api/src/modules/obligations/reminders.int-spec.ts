import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { type MailSink, startMailSink } from '../../../test/mail-sink.js';
import {
  startTestApp,
  type TestApp,
  testDatabaseUrl,
  testEnv,
  testRedisUrl,
  truncateAll,
  waitFor,
} from '../../../test/test-app.js';
import { SweeperService } from '../../queue/sweeper.service.js';

const HOUR = 60 * 60 * 1000;

/** Reminder mails received for one incident, by their subject's "50%" … "100%" kind. */
const remindersIn = (mail: MailSink, reference: string) =>
  mail.mails
    .filter((m) => m.raw.includes(`(${reference})`))
    .map((m) => /Subject: (\S+) of the window/.exec(m.raw)?.[1] ?? 'other');

const openIncident = async (app: TestApp, token: string, awareAt: Date) => {
  const reply = await call<{ reference: string; id: string }>(app.url, '/api/v1/incidents', {
    method: 'POST',
    bearer: token,
    body: {
      title: 'Leaked API key',
      severity: 'SEV2',
      awareAt: awareAt.toISOString(),
      organizationIds: ['org-a'],
    },
  });
  if (reply.status !== 201) throw new Error(`incident not created: ${reply.status}`);
  return reply.body;
};

const seed = async (app: TestApp) => {
  await truncateAll();
  await app.dataSource.query(
    `INSERT INTO organization (id, name, jurisdictions) VALUES ('org-a', 'Client A', '{CA}')`,
  );
  await createUser(app, 'dpo', { email: 'dpo@vigil.test' });
  return createToken(app, (await createUser(app, 'security_lead')).email);
};

describe('obligation reminders', () => {
  let mail: MailSink;
  beforeAll(async () => {
    mail = await startMailSink();
  });
  afterAll(() => mail.close());

  // Incident numbers restart with every truncation: start each test with an empty inbox.
  beforeEach(() => {
    mail.mails.length = 0;
  });

  it('are delivered by the queue at 50/75/90 % exactly once, however often the sweeper repeats', async () => {
    const app = await startTestApp({ SMTP_URL: mail.url, SWEEP_INTERVAL_MS: '600000' });
    try {
      const token = await seed(app);
      const incident = await openIncident(app, token, new Date(Date.now() - 23 * HOUR));
      await waitFor(async () => remindersIn(mail, incident.reference).length >= 3 || null, {
        what: 'three reminders',
      });
      const sweeper = app.app.get(SweeperService);
      await sweeper.runOnce();
      await sweeper.runOnce();
      await new Promise((r) => setTimeout(r, 500));
      expect(remindersIn(mail, incident.reference).sort()).toEqual(['50%', '75%', '90%']);
      const rows = (await app.dataSource.query(
        `SELECT r.kind, r.sent_at IS NOT NULL AS sent FROM obligation_reminder r
           JOIN obligation o ON o.id = r.obligation_id AND o.kind = 'notice' ORDER BY r.due_at`,
      )) as { kind: string; sent: boolean }[];
      expect(rows).toEqual([
        { kind: '50%', sent: true },
        { kind: '75%', sent: true },
        { kind: '90%', sent: true },
        { kind: '100%', sent: false },
      ]);
    } finally {
      await app.close();
    }
  });

  it('survive a Redis flush: the sweeper delivers what the lost jobs would have, once', async () => {
    const env = { SMTP_URL: mail.url, SWEEP_INTERVAL_MS: '1000' };
    const app = await startTestApp(env);
    try {
      const token = await seed(app);
      // The 50 % moment of a 24 h clock falls 3 s from now.
      const incident = await openIncident(app, token, new Date(Date.now() - 12 * HOUR + 3000));
      const redis = new Redis(testRedisUrl());
      const keys = await redis.keys(`${app.config.redisPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await waitFor(async () => remindersIn(mail, incident.reference).length >= 1 || null, {
        what: 'the 50 % reminder after the flush',
        timeoutMs: 20_000,
      });
      await new Promise((r) => setTimeout(r, 2500));
      expect(remindersIn(mail, incident.reference)).toEqual(['50%']);
    } finally {
      await app.close();
    }
  });

  it('are delivered by the in-process sweeper when there is no Redis at all', async () => {
    const app = await startTestApp({
      SMTP_URL: mail.url,
      REDIS_URL: undefined,
      SWEEP_INTERVAL_MS: '1000',
    });
    try {
      const token = await seed(app);
      const incident = await openIncident(app, token, new Date(Date.now() - 22 * HOUR));
      await waitFor(async () => remindersIn(mail, incident.reference).length >= 3 || null, {
        what: 'reminders without Redis',
      });
      await new Promise((r) => setTimeout(r, 1500));
      expect(remindersIn(mail, incident.reference).sort()).toEqual(['50%', '75%', '90%']);
    } finally {
      await app.close();
    }
  });

  it('are delivered once even when the worker is killed with SIGKILL and another takes over', async () => {
    const env = testEnv({
      SMTP_URL: mail.url,
      SWEEP_INTERVAL_MS: '1000',
      RUN_WORKERS: 'false',
      LOG_LEVEL: 'warn',
    });
    const app = await startTestApp(env);
    const worker = () =>
      spawn(process.execPath, [resolve('dist/api/worker.js')], {
        env: {
          ...env,
          PATH: process.env.PATH ?? '',
          DATABASE_URL: testDatabaseUrl(),
          DATA_DIR: mkdtempSync(join(tmpdir(), 'vigil-worker-')),
        },
        stdio: 'ignore',
      });
    try {
      const token = await seed(app);
      const incident = await openIncident(app, token, new Date(Date.now() - 23 * HOUR));
      const first = worker();
      await new Promise((r) => setTimeout(r, 1500));
      first.kill('SIGKILL');
      const second = worker();
      try {
        // A message the killed worker had leased waits out its 45 s lease before another sends it.
        await waitFor(async () => remindersIn(mail, incident.reference).length >= 3 || null, {
          what: 'reminders after the worker was killed',
          timeoutMs: 80_000,
        });
        await new Promise((r) => setTimeout(r, 2000));
        expect(remindersIn(mail, incident.reference).sort()).toEqual(['50%', '75%', '90%']);
      } finally {
        second.kill('SIGTERM');
      }
    } finally {
      await app.close();
    }
  });

  it('escalate to admins every 4 h while a notice is overdue, and stop once it is sent', async () => {
    const app = await startTestApp({ SMTP_URL: mail.url, SWEEP_INTERVAL_MS: '600000' });
    try {
      const token = await seed(app);
      await createUser(app, 'admin', { email: 'boss@vigil.test' });
      // 24 h clock, 17 h overdue when first swept: the fourth 4 h step, and that one alone.
      const incident = await openIncident(app, token, new Date(Date.now() - 41 * HOUR));
      await app.app.get(SweeperService).runOnce();
      await app.app.get(SweeperService).runOnce();
      await waitFor(
        async () =>
          mail.mails.some((m) => m.to.includes('boss@vigil.test') && m.raw.includes(`OVERDUE`)) ||
          null,
        { what: 'an escalation to the admin' },
      );
      const escalations = (await app.dataSource.query(
        `SELECT kind FROM obligation_reminder WHERE kind LIKE 'escalation-%' ORDER BY kind`,
      )) as { kind: string }[];
      expect(escalations.map((e) => e.kind)).toEqual(['escalation-4']);
      await new Promise((r) => setTimeout(r, 500));
      const toBoss = mail.mails.filter(
        (m) => m.to.includes('boss@vigil.test') && m.raw.includes('OVERDUE'),
      );
      expect(toBoss).toHaveLength(1);
      const dpo = await createToken(app, 'dpo@vigil.test');
      const detail = await call<{ obligations: { id: string }[] }>(
        app.url,
        `/api/v1/incidents/${incident.id}`,
        { bearer: dpo },
      );
      const obligationId = detail.body.obligations[0]?.id;
      await call(app.url, `/api/v1/obligations/${obligationId}/complete`, {
        method: 'POST',
        bearer: dpo,
        body: {
          sentAt: new Date().toISOString(),
          channel: 'email',
          recipient: 'client A',
          summary: 'sent',
          delayReason: 'late',
        },
      });
      const [{ open }] = (await app.dataSource.query(
        `SELECT count(*)::int AS open FROM obligation_reminder
          WHERE obligation_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
        [obligationId],
      )) as [{ open: number }];
      expect(open).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('remind the security leads, not the DPO, of a response target, and stop once it is met', async () => {
    const app = await startTestApp({ SMTP_URL: mail.url, SWEEP_INTERVAL_MS: '600000' });
    try {
      const token = await seed(app);
      const [{ email: leadEmail }] = (await app.dataSource.query(
        `SELECT email FROM app_user WHERE role = 'security_lead'`,
      )) as [{ email: string }];
      // Detected 14 min ago: 50, 75 and 90 % of the 15 min SEV1 acknowledge target have passed.
      const reply = await call<{ id: string; reference: string }>(app.url, '/api/v1/incidents', {
        method: 'POST',
        bearer: token,
        body: {
          title: 'Admin console brute force',
          severity: 'SEV1',
          detectedAt: new Date(Date.now() - 14 * 60_000).toISOString(),
        },
      });
      const reference = reply.body.reference;
      await waitFor(async () => remindersIn(mail, reference).length >= 3 || null, {
        what: 'three acknowledge reminders',
      });
      const received = mail.mails.filter((m) => m.raw.includes(`(${reference})`));
      expect(received.every((m) => m.raw.includes('Acknowledge within 15 min (SEV1)'))).toBe(true);
      expect(new Set(received.flatMap((m) => m.to))).toEqual(new Set([leadEmail]));

      await call(app.url, `/api/v1/incidents/${reply.body.id}/transitions`, {
        method: 'POST',
        bearer: token,
        body: { to: 'triage' },
      });
      const rows = (await app.dataSource.query(
        `SELECT r.kind, r.sent_at IS NOT NULL AS sent, r.skip_reason FROM obligation_reminder r
           JOIN obligation o ON o.id = r.obligation_id WHERE o.rule = 'RESPONSE_ACKNOWLEDGE' ORDER BY r.due_at`,
      )) as { kind: string; sent: boolean; skip_reason: string | null }[];
      expect(rows).toEqual([
        { kind: '50%', sent: true, skip_reason: null },
        { kind: '75%', sent: true, skip_reason: null },
        { kind: '90%', sent: true, skip_reason: null },
        { kind: '100%', sent: false, skip_reason: 'target met' },
      ]);
    } finally {
      await app.close();
    }
  });
});
