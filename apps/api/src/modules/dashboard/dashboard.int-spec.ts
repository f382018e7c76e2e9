import type { DashboardSummary } from '@vigil/contracts';
import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('dashboard summary', () => {
  let app: TestApp;
  let lead: string;

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp();
    lead = await createToken(app, (await createUser(app, 'security_lead')).email);
    await app.dataSource.query(
      `INSERT INTO organization (id, name, jurisdictions) VALUES ('org-a', 'Client A', '{CA}')`,
    );
  });
  afterAll(() => app.close());

  const open = async (severity: string, hoursAgo: number) => {
    const reply = await call<{ id: string }>(app.url, '/api/v1/incidents', {
      method: 'POST',
      bearer: lead,
      body: {
        title: `${severity} incident`,
        severity,
        detectedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
        awareAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
        organizationIds: ['org-a'],
      },
    });
    return reply.body.id;
  };

  it('names each response metric, and counts deadlines met, late and missed', async () => {
    const first = await open('SEV1', 50);
    const second = await open('SEV2', 40);
    await open('SEV2', 30);
    // First: acknowledged after 10 min, contained after 2 h, closed after 20 h.
    await app.dataSource.query(
      `UPDATE incident SET status = 'closed', acknowledged_at = detected_at + interval '10 minutes',
              triage_started_at = detected_at + interval '10 minutes', contained_at = detected_at + interval '2 hours',
              eradicated_at = detected_at + interval '3 hours', recovered_at = detected_at + interval '4 hours',
              closed_at = detected_at + interval '20 hours' WHERE id = $1`,
      [first],
    );
    // Second: acknowledged after 30 min, contained after 6 h.
    await app.dataSource.query(
      `UPDATE incident SET status = 'contained', acknowledged_at = detected_at + interval '30 minutes',
              triage_started_at = detected_at + interval '30 minutes', contained_at = detected_at + interval '6 hours'
        WHERE id = $1`,
      [second],
    );
    // Client notices (24 h): the first sent after 12 h (on time), the second after 30 h (late); the third is overdue.
    await app.dataSource.query(
      `UPDATE obligation SET status = 'met', met_at = clock_started_at + interval '12 hours'
        WHERE incident_id = $1 AND rule = 'CONTRACT_CLIENT_24H'`,
      [first],
    );
    await app.dataSource.query(
      `UPDATE obligation SET status = 'met', met_at = clock_started_at + interval '30 hours'
        WHERE incident_id = $1 AND rule = 'CONTRACT_CLIENT_24H'`,
      [second],
    );

    const reply = await call<DashboardSummary>(app.url, '/api/v1/dashboard/summary', {
      bearer: lead,
    });
    expect(reply.status).toBe(200);
    const summary = reply.body;
    expect(summary.openIncidentsBySeverity).toEqual({ SEV1: 0, SEV2: 2, SEV3: 0, SEV4: 0 });
    expect(summary.incidentsDetected).toBe(3);
    const metric = (key: string) => summary.responseMetrics.find((m) => m.key === key);
    expect(metric('MTTA')).toMatchObject({ meanMs: 20 * MINUTE, samples: 2 });
    expect(metric('MTTC')).toMatchObject({ meanMs: 4 * HOUR, samples: 2 });
    expect(metric('MTTR_RECOVER')).toMatchObject({
      label: 'Mean time to recover',
      meanMs: 4 * HOUR,
      samples: 1,
    });
    expect(metric('MTTR_RESOLVE')).toMatchObject({
      label: 'Mean time to resolve',
      meanMs: 20 * HOUR,
      samples: 1,
    });
    expect(summary.timeToNotify).toEqual([
      expect.objectContaining({
        rule: 'CONTRACT_CLIENT_24H',
        samples: 2,
        medianMs: 21 * HOUR,
        maxMs: 30 * HOUR,
      }),
    ]);
    expect(summary.deadlinesMet).toEqual({ met: 1, late: 1, missed: 1, percent: 33.3 });

    const bad = await call(
      app.url,
      '/api/v1/dashboard/summary?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z',
      {
        bearer: lead,
      },
    );
    expect(bad.status).toBe(400);
  });
});
