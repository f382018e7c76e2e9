import type { DashboardNow, Obligation } from '@vigil/contracts';
import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

const HOUR = 3_600_000;
const COPIES = 1_200;

describe('dashboard now: what is open, counted in full', () => {
  let app: TestApp;
  let lead: string;
  let seedId: string;

  /** Every column but those the database fills in, for cloning rows in bulk. */
  const copyableColumns = async (table: string, leaveOut: string[]) =>
    (
      (await app.dataSource.query(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND column_default IS NULL
            AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position`,
        [table],
      )) as { column_name: string }[]
    )
      .map((c) => c.column_name)
      .filter((name) => !leaveOut.includes(name));

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp();
    lead = await createToken(app, (await createUser(app, 'security_lead')).email);
    await app.dataSource.query(
      `INSERT INTO organization (id, name, jurisdictions) VALUES ('org-a', 'Client A', '{CA-QC,EU}')`,
    );
    const detectedAt = new Date(Date.now() - 30 * HOUR).toISOString();
    const created = await call<{ id: string }>(app.url, '/api/v1/incidents', {
      method: 'POST',
      bearer: lead,
      body: {
        title: 'Seed breach',
        severity: 'SEV2',
        detectedAt,
        awareAt: detectedAt,
        organizationIds: ['org-a'],
      },
    });
    expect(created.status).toBe(201);
    seedId = created.body.id;

    // Far more open incidents, and clocks, than any page of a list holds.
    const incidentColumns = (await copyableColumns('incident', ['id'])).join(', ');
    await app.dataSource.query(
      `INSERT INTO incident (${incidentColumns})
       SELECT ${incidentColumns.replace(/\bdetected_at\b/, `detected_at + make_interval(secs => n)`)}
         FROM incident, generate_series(1, ${COPIES}) AS n WHERE id = $1`,
      [seedId],
    );
    const obligationColumns = await copyableColumns('obligation', ['id', 'incident_id']);
    await app.dataSource.query(
      `INSERT INTO obligation (${obligationColumns.join(', ')}, incident_id)
       SELECT ${obligationColumns.map((c) => `o.${c}`).join(', ')}, i.id
         FROM obligation o CROSS JOIN incident i WHERE o.incident_id = $1 AND i.id <> $1`,
      [seedId],
    );
  });
  afterAll(() => app.close());

  it('counts every open incident and clock, beyond what a list page holds', async () => {
    const reply = await call<DashboardNow>(app.url, '/api/v1/dashboard/now', { bearer: lead });
    expect(reply.status).toBe(200);
    const { incidents, alerts, obligations } = reply.body;
    expect(incidents).toMatchObject({
      open: COPIES + 1,
      bySeverity: { SEV1: 0, SEV2: COPIES + 1, SEV3: 0, SEV4: 0 },
      awaitingTriage: COPIES + 1,
    });
    expect(incidents.oldest?.id).toBe(seedId);
    expect(alerts).toEqual({
      waiting: 0,
      bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
      oldest: null,
    });

    // The seed's own clocks as the obligations list states them, once per copy.
    const seedClocks = (
      await call<{ items: Obligation[] }>(
        app.url,
        `/api/v1/obligations?incidentId=${seedId}&limit=100`,
        { bearer: lead },
      )
    ).body.items.filter((o) => o.kind !== 'record' && o.kind !== 'response');
    const perIncident = (status: string) => seedClocks.filter((o) => o.status === status).length;
    expect(perIncident('overdue')).toBeGreaterThan(0);
    expect(obligations).toMatchObject({
      open:
        seedClocks.filter((o) => o.status !== 'met' && o.status !== 'waived').length * (COPIES + 1),
      overdue: perIncident('overdue') * (COPIES + 1),
      dueSoon: perIncident('due_soon') * (COPIES + 1),
    });

    // The next five: overdue first, the one past its deadline longest on top.
    const next = obligations?.next ?? [];
    expect(next).toHaveLength(5);
    expect(next.every((o) => o.status === 'overdue')).toBe(true);
    const deadlines = next.map((o) => Date.parse(o.dueAt ?? o.targetAt ?? ''));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });

  it('leaves out what a role cannot read', async () => {
    const as = async (role: 'dpo' | 'responder' | 'auditor') => {
      const bearer = await createToken(app, (await createUser(app, role)).email);
      return (await call<DashboardNow>(app.url, '/api/v1/dashboard/now', { bearer })).body;
    };
    const dpo = await as('dpo');
    expect(dpo.alerts).toBeNull();
    expect(dpo.obligations?.overdue).toBeGreaterThan(0);
    const responder = await as('responder');
    expect(responder.obligations).toBeNull();
    expect(responder.alerts?.waiting).toBe(0);
    expect((await as('auditor')).incidents.open).toBe(COPIES + 1);
  });

  it('says nothing is open on a quiet instance', async () => {
    await app.dataSource.query(`UPDATE incident SET status = 'closed', closed_at = now()`);
    await app.dataSource.query(`UPDATE obligation SET status = 'waived', waived_at = now()`);
    const quiet = (await call<DashboardNow>(app.url, '/api/v1/dashboard/now', { bearer: lead }))
      .body;
    expect(quiet.incidents).toEqual({
      open: 0,
      bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
      awaitingTriage: 0,
      oldest: null,
    });
    expect(quiet.obligations).toEqual({ open: 0, overdue: 0, dueSoon: 0, next: [] });
  });
});
