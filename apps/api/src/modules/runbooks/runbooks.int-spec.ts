import type { Drill, Runbook, RunbookRun } from '@vigil/contracts';
import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { type MailSink, startMailSink } from '../../../test/mail-sink.js';
import { startTestApp, type TestApp, truncateAll, waitFor } from '../../../test/test-app.js';
import { ContinuityRemindersService } from './continuity-reminders.service.js';
import { RunbooksService } from './runbooks.service.js';

const HOUR = 60 * 60 * 1000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

describe('runbooks, runs and continuity evidence', () => {
  let app: TestApp;
  let mail: MailSink;
  let lead: string;
  let responder: string;
  let dpo: string;

  beforeAll(async () => {
    mail = await startMailSink();
    await truncateAll();
    app = await startTestApp({ SMTP_URL: mail.url });
  });
  beforeEach(async () => {
    await truncateAll();
    mail.mails.length = 0;
    lead = await createToken(
      app,
      (await createUser(app, 'security_lead', { email: 'lead@vigil.test' })).email,
    );
    responder = await createToken(app, (await createUser(app, 'responder')).email);
    dpo = await createToken(app, (await createUser(app, 'dpo')).email);
    await call(app.url, '/api/v1/services', {
      method: 'PUT',
      bearer: lead,
      body: {
        items: [
          { id: 'primary-database', name: 'Primary database', rtoHours: 48, rpoHours: 24 },
          {
            id: 'web-app',
            name: 'Web app',
            rtoHours: 24,
            rpoHours: 24,
            dependsOn: ['primary-database'],
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const createRunbook = (
    steps: { title: string; role?: string }[],
    title = 'Restore the database',
  ) =>
    call<Runbook>(app.url, '/api/v1/runbooks', {
      method: 'POST',
      bearer: lead,
      body: {
        title,
        kind: 'DRP',
        steps,
        services: ['primary-database'],
        categories: ['Data loss'],
      },
    });
  const openIncident = async () =>
    (
      await call<{ id: string }>(app.url, '/api/v1/incidents', {
        method: 'POST',
        bearer: lead,
        body: { title: 'Database lost', severity: 'SEV1', category: 'Data loss' },
      })
    ).body.id;

  it('installs the starter library once, by key', async () => {
    const seeded = await app.app.get(RunbooksService).seedStarterLibrary();
    expect(seeded).toBeGreaterThanOrEqual(9);
    expect(await app.app.get(RunbooksService).seedStarterLibrary()).toBe(0);
    const drp = await call<{ items: Runbook[] }>(app.url, '/api/v1/runbooks?kind=DRP', {
      bearer: responder,
    });
    expect(drp.body.items.length).toBeGreaterThanOrEqual(2);
    expect(drp.body.items.every((r) => r.starter && r.version === 1)).toBe(true);
  });

  it('keeps a run on the version it started with when the runbook is edited', async () => {
    const v1 = await createRunbook([{ title: 'Find the snapshot' }, { title: 'Restore it' }]);
    expect(v1.status).toBe(201);
    const run = await call<RunbookRun>(app.url, `/api/v1/runbooks/${v1.body.id}/runs`, {
      method: 'POST',
      bearer: responder,
      body: { incidentId: await openIncident() },
    });
    expect(run.status).toBe(201);
    const v2 = await call<Runbook>(app.url, `/api/v1/runbooks/${v1.body.id}`, {
      method: 'PUT',
      bearer: lead,
      body: {
        title: 'Restore the database',
        kind: 'DRP',
        steps: [
          { title: 'Declare the disruption' },
          { title: 'Find the snapshot' },
          { title: 'Restore it' },
        ],
        services: ['primary-database'],
      },
    });
    expect(v2.body.version).toBe(2);

    const still = await call<RunbookRun>(app.url, `/api/v1/runbook-runs/${run.body.id}`, {
      bearer: dpo,
    });
    expect(still.body.runbookVersion).toBe(1);
    expect(still.body.steps.map((s) => s.title)).toEqual(['Find the snapshot', 'Restore it']);
    const done = await call<RunbookRun>(
      app.url,
      `/api/v1/runbook-runs/${run.body.id}/steps/${still.body.steps[0]?.id}`,
      { method: 'PATCH', bearer: responder, body: { status: 'done' } },
    );
    expect(done.body.steps[0]).toMatchObject({ status: 'done', updatedBy: expect.any(String) });

    const old = await call<Runbook>(app.url, `/api/v1/runbooks/${v1.body.id}?version=1`, {
      bearer: dpo,
    });
    expect(old.body.steps).toHaveLength(2);
    const versions = await call<{ items: { version: number }[] }>(
      app.url,
      `/api/v1/runbooks/${v1.body.id}/versions`,
      {
        bearer: dpo,
      },
    );
    expect(versions.body.items.map((v) => v.version)).toEqual([2, 1]);
    await expect(
      app.dataSource.query('UPDATE runbook_version SET title = $1', ['rewritten']),
    ).rejects.toThrow(/append-only/);
  });

  it("lets each step's role check it off, needs a reason to block one, and tells the incident's timeline", async () => {
    const runbook = await createRunbook([
      { title: 'Assess personal data', role: 'dpo' },
      { title: 'Restore', role: 'responder' },
    ]);
    const incidentId = await openIncident();
    const run = await call<RunbookRun>(app.url, `/api/v1/runbooks/${runbook.body.id}/runs`, {
      method: 'POST',
      bearer: responder,
      body: { incidentId },
    });
    const [assess, restore] = run.body.steps;
    if (!assess || !restore) throw new Error('expected two steps');
    const patch = (bearer: string, stepId: string, body: unknown) =>
      call<RunbookRun>(app.url, `/api/v1/runbook-runs/${run.body.id}/steps/${stepId}`, {
        method: 'PATCH',
        bearer,
        body,
      });
    expect((await patch(responder, assess.id, { status: 'done' })).status).toBe(403);
    expect((await patch(dpo, assess.id, { status: 'done' })).status).toBe(200);
    expect((await patch(responder, restore.id, { status: 'blocked' })).status).toBe(400);
    const blocked = await patch(responder, restore.id, {
      status: 'blocked',
      note: 'Snapshot copy still running',
    });
    expect(blocked.body.steps[1]).toMatchObject({
      status: 'blocked',
      note: 'Snapshot copy still running',
    });

    const timeline = await call<{ items: { kind: string; summary: string }[] }>(
      app.url,
      `/api/v1/incidents/${incidentId}/timeline`,
      { bearer: lead },
    );
    const runbookEntries = timeline.body.items
      .filter((e) => e.kind === 'runbook')
      .map((e) => e.summary);
    expect(runbookEntries).toEqual([
      expect.stringMatching(/^Started runbook "Restore the database" \(v1\); RTO 48 h, RPO 24 h$/),
      expect.stringMatching(/step 1 "Assess personal data" done$/),
      expect.stringMatching(/step 2 "Restore" blocked: Snapshot copy still running$/),
    ]);
    const detail = await call<{ runs: { id: string; status: string }[] }>(
      app.url,
      `/api/v1/incidents/${incidentId}`,
      {
        bearer: lead,
      },
    );
    expect(detail.body.runs).toEqual([
      expect.objectContaining({ id: run.body.id, status: 'running' }),
    ]);
  });

  it('records the achieved RTO and RPO of a finished drill against the targets', async () => {
    const runbook = await createRunbook([{ title: 'Restore' }]);
    const run = await call<RunbookRun>(app.url, `/api/v1/runbooks/${runbook.body.id}/runs`, {
      method: 'POST',
      bearer: lead,
      body: { drill: true, disruptionStartedAt: ago(30), lastGoodBackupAt: ago(36) },
    });
    const finished = await call<RunbookRun>(app.url, `/api/v1/runbook-runs/${run.body.id}/finish`, {
      method: 'POST',
      bearer: responder,
      body: { restoredAt: new Date().toISOString() },
    });
    expect(finished.body).toMatchObject({
      status: 'recovered',
      achievedRtoMinutes: 1800,
      achievedRpoMinutes: 360,
      rtoHours: 48,
      rpoHours: 24,
    });
    expect(
      (
        await call(app.url, `/api/v1/runbook-runs/${run.body.id}/finish`, {
          method: 'POST',
          bearer: lead,
          body: {},
        })
      ).status,
    ).toBe(409);
    const drills = await call<{ items: Drill[] }>(app.url, '/api/v1/drills', { bearer: dpo });
    expect(drills.body.items).toEqual([
      expect.objectContaining({
        runId: run.body.id,
        achievedRtoMinutes: 1800,
        achievedRpoMinutes: 360,
        rtoMet: true,
        rpoMet: true,
      }),
    ]);
    const manual = await call<Drill>(app.url, '/api/v1/drills', {
      method: 'POST',
      bearer: lead,
      body: {
        scenario: 'Web tier failover tabletop',
        type: 'tabletop',
        services: ['web-app'],
        interruptionAt: ago(30),
        restoredAt: ago(2),
      },
    });
    expect(manual.body).toMatchObject({ rtoHours: 24, achievedRtoMinutes: 1680, rtoMet: false });
    const html = await fetch(`${app.url}/api/v1/continuity/report?format=html`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('30.0 h (met)');
  });

  it('reminds once when the backup test is overdue, and stops once one is recorded', async () => {
    const reminders = app.app.get(ContinuityRemindersService);
    await reminders.sweep(new Date());
    await app.dataSource.query(
      `UPDATE evidence_schedule SET started_at = now() - interval '40 days'`,
    );
    await reminders.sweep(new Date());
    await reminders.sweep(new Date());
    await waitFor(
      async () => mail.mails.some((m) => m.raw.includes('backup restore test')) || null,
      {
        what: 'the overdue reminder',
      },
    );
    const overdue = (await app.dataSource.query(
      `SELECT subject_kind, sent_at IS NOT NULL AS sent FROM continuity_reminder ORDER BY subject_kind`,
    )) as { subject_kind: string; sent: boolean }[];
    // The yearly drill started the same day: both are past their first 30 days.
    expect(overdue).toEqual([
      { subject_kind: 'backup_test', sent: true },
      { subject_kind: 'drill', sent: true },
    ]);
    expect(
      mail.mails.filter(
        (m) => m.raw.includes('backup restore test') && m.to.includes('lead@vigil.test'),
      ),
    ).toHaveLength(1);

    const recorded = await call(app.url, '/api/v1/backup-tests', {
      method: 'POST',
      bearer: responder,
      body: {
        serviceId: 'primary-database',
        restoredWhat: 'RDS snapshot to a staging instance',
        backupTakenAt: ago(26),
        startedAt: ago(2),
        finishedAt: ago(1),
        integrityChecks: [
          { method: 'row count of orders', expected: '1204332', actual: '1204332', passed: true },
        ],
        result: 'passed',
      },
    });
    expect(recorded.status).toBe(201);
    const schedule = await call<{ items: { kind: string; overdue: boolean }[] }>(
      app.url,
      '/api/v1/continuity/schedule',
      { bearer: dpo },
    );
    expect(schedule.body.items.find((s) => s.kind === 'backup_test')?.overdue).toBe(false);
    await reminders.sweep(new Date());
    const [{ count }] = (await app.dataSource.query(
      `SELECT count(*)::int AS count FROM continuity_reminder WHERE subject_kind = 'backup_test'`,
    )) as [{ count: number }];
    expect(count).toBe(1);
  });

  it('reminds the security leads as the RTO clock passes 50 %, and stops when the run finishes', async () => {
    await call(app.url, '/api/v1/services', {
      method: 'PUT',
      bearer: lead,
      body: { items: [{ id: 'payments', name: 'Payments', rtoHours: 0.25, rpoHours: 1 }] },
    });
    const runbook = await call<Runbook>(app.url, '/api/v1/runbooks', {
      method: 'POST',
      bearer: lead,
      body: {
        title: 'Fail over payments',
        kind: 'BCP',
        steps: [{ title: 'Fail over' }],
        services: ['payments'],
      },
    });
    // 15 min RTO: its 50 % moment falls 1.5 s from now.
    const disruption = new Date(Date.now() - 7.5 * 60_000 + 1500).toISOString();
    const run = await call<RunbookRun>(app.url, `/api/v1/runbooks/${runbook.body.id}/runs`, {
      method: 'POST',
      bearer: responder,
      body: { disruptionStartedAt: disruption },
    });
    expect(run.body.rtoHours).toBe(0.25);
    const reminders = app.app.get(ContinuityRemindersService);
    await new Promise((r) => setTimeout(r, 1800));
    await reminders.sweep(new Date());
    await reminders.sweep(new Date());
    await waitFor(async () => mail.mails.some((m) => m.raw.includes('50% of the RTO')) || null, {
      what: 'the 50 % RTO reminder',
    });
    expect(
      mail.mails.filter((m) => m.raw.includes('of the RTO') && m.to.includes('lead@vigil.test')),
    ).toHaveLength(1);
    await call(app.url, `/api/v1/runbook-runs/${run.body.id}/finish`, {
      method: 'POST',
      bearer: lead,
      body: {},
    });
    const rows = (await app.dataSource.query(
      `SELECT kind, sent_at IS NOT NULL AS sent, skip_reason FROM continuity_reminder WHERE subject_kind = 'run' ORDER BY due_at`,
    )) as { kind: string; sent: boolean; skip_reason: string | null }[];
    expect(rows).toEqual([
      { kind: '50%', sent: true, skip_reason: null },
      { kind: '75%', sent: false, skip_reason: 'run finished' },
      { kind: '90%', sent: false, skip_reason: 'run finished' },
      { kind: '100%', sent: false, skip_reason: 'run finished' },
    ]);
  });
});
