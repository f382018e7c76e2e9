import { createIngestKey, createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

const HOUR = 60 * 60 * 1000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

interface Clock {
  id: string;
  rule: string;
  title: string;
  clockStartedAt: string;
  targetAt: string;
  status: string;
  metAt: string | null;
}

interface Detail {
  id: string;
  status: string;
  detectedAt: string;
  triageStartedAt: string | null;
  acknowledgedAt: string | null;
  responseClocks: Clock[];
  nextDeadline: { obligationId: string; rule: string; title: string } | null;
  evidence: { source: string; eventId: string; hash: string; seq: number; event: { id: string } }[];
  obligations: {
    id: string;
    rule: string;
    title: string;
    key: string;
    dueAt: string | null;
    targetAt: string | null;
    status: string;
    deadlineKind: string;
  }[];
}

describe('incidents and their notification clocks', () => {
  let app: TestApp;
  let lead: string;
  let dpo: string;

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp();
  });
  beforeEach(async () => {
    await truncateAll();
    lead = await createToken(app, (await createUser(app, 'security_lead')).email);
    dpo = await createToken(app, (await createUser(app, 'dpo')).email);
    await app.dataSource.query(
      `INSERT INTO organization (id, name, jurisdictions, contacts) VALUES
         ('org-eu', 'Euro Client', '{EU}', '[{"name":"Ana","email":"ana@euro.test"}]'),
         ('org-qc', 'Client Québec', '{CA-QC}', '[{"name":"Luc","email":"luc@qc.test"}]')`,
    );
  });
  afterAll(() => app.close());

  const open = (awareAt: string, organizationIds = ['org-eu', 'org-qc']) =>
    call<Detail>(app.url, '/api/v1/incidents', {
      method: 'POST',
      bearer: lead,
      body: { title: 'Customer export bucket public', severity: 'SEV1', awareAt, organizationIds },
    });
  const assess = (id: string, overrides: Record<string, unknown> = {}) =>
    call<Detail>(app.url, `/api/v1/incidents/${id}/assessment`, {
      method: 'PUT',
      bearer: dpo,
      body: {
        personalDataInvolved: true,
        awareAt: null,
        breachDeterminedAt: null,
        role: 'controller',
        qcRiskOfSeriousInjury: true,
        pipedaRealRiskOfSignificantHarm: false,
        gdprRisk: 'high',
        affected: {
          persons: 1200,
          personsQuebec: 300,
          personsEu: 900,
          records: 5000,
          isEstimate: true,
        },
        rationale: 'Names, emails and order history exposed; sensitivity moderate, misuse likely.',
        lawEnforcementHold: false,
        consultedPersonInCharge: 'Marie Tremblay (privacy officer)',
        ...overrides,
      },
    });

  it('gives each affected client its 24 h clock from awareness, then the regulators clocks from the assessment', async () => {
    const awareAt = '2026-11-20T08:00:00.000Z';
    const created = await open(awareAt);
    expect(created.status).toBe(201);
    expect(created.body.obligations.map((o) => [o.key, o.dueAt])).toEqual([
      ['CONTRACT_CLIENT_24H:org-eu', '2026-11-21T08:00:00.000Z'],
      ['CONTRACT_CLIENT_24H:org-qc', '2026-11-21T08:00:00.000Z'],
    ]);
    // The list's next deadline names its rule, so the console can word it in the reader's language.
    const clocks = [...created.body.obligations, ...created.body.responseClocks];
    const next = clocks.find((o) => o.id === created.body.nextDeadline?.obligationId);
    expect(next).toBeDefined();
    expect(created.body.nextDeadline).toMatchObject({ rule: next?.rule, title: next?.title });
    const assessed = await assess(created.body.id);
    expect(assessed.status).toBe(200);
    const byRule = Object.fromEntries(assessed.body.obligations.map((o) => [o.rule, o]));
    expect(byRule.GDPR_SA).toMatchObject({
      dueAt: '2026-11-23T08:00:00.000Z',
      deadlineKind: 'legal',
    });
    expect(byRule.GDPR_DATA_SUBJECTS).toMatchObject({ dueAt: null, deadlineKind: 'target' });
    expect(byRule.QC_CAI).toMatchObject({ dueAt: null, targetAt: '2026-11-23T08:00:00.000Z' });
    expect(byRule.QC_PERSONS).toBeDefined();
    const timeline = await call<{ items: { kind: string }[] }>(
      app.url,
      `/api/v1/incidents/${created.body.id}/timeline`,
      {
        bearer: dpo,
      },
    );
    expect(timeline.body.items.map((e) => e.kind)).toEqual([
      'opened',
      'obligations',
      'assessment',
      'obligations',
    ]);
  });

  it('relabels a pending clock when awareness is recorded after detection, and names its lead', async () => {
    const leadUser = await createUser(app, 'security_lead', { email: 'lena@vigil.test' });
    const created = await call<Detail & { obligations: { deadlineLabel: string }[] }>(
      app.url,
      '/api/v1/incidents',
      {
        method: 'POST',
        bearer: lead,
        body: {
          title: 'Bucket',
          severity: 'SEV2',
          organizationIds: ['org-eu'],
          leadId: leadUser.id,
        },
      },
    );
    expect(created.body.obligations[0]?.deadlineLabel).toMatch(/awareness not recorded/);
    expect(created.body).toMatchObject({ lead: { id: leadUser.id, email: 'lena@vigil.test' } });
    const aware = await call<Detail & { obligations: { deadlineLabel: string }[] }>(
      app.url,
      `/api/v1/incidents/${created.body.id}`,
      { method: 'PATCH', bearer: lead, body: { awareAt: ago(1) } },
    );
    expect(aware.body.obligations[0]?.deadlineLabel).not.toMatch(/awareness not recorded/);
  });

  it('moves through its states one step at a time and refuses an illegal move with 409', async () => {
    const { body } = await open(ago(1));
    const to = (state: string) =>
      call<Detail>(app.url, `/api/v1/incidents/${body.id}/transitions`, {
        method: 'POST',
        bearer: lead,
        body: { to: state },
      });
    expect((await to('contained')).status).toBe(409);
    const triage = await to('triage');
    expect(triage.body).toMatchObject({ status: 'triage', triageStartedAt: expect.any(String) });
    expect((await to('false_positive')).status).toBe(200);
    expect((await to('triage')).status).toBe(409);
  });

  it('refuses to record a late GDPR notice without the reasons for the delay (422), then keeps it in the register', async () => {
    const { body } = await open(ago(80));
    const assessed = await assess(body.id);
    const gdpr = assessed.body.obligations.find((o) => o.rule === 'GDPR_SA');
    expect(gdpr?.status).toBe('overdue');
    const complete = (extra: Record<string, unknown>) =>
      call<{ status: string; contentSha256: string }>(
        app.url,
        `/api/v1/obligations/${gdpr?.id}/complete`,
        {
          method: 'POST',
          bearer: dpo,
          body: {
            sentAt: new Date().toISOString(),
            channel: 'portal',
            recipient: 'CNIL',
            summary: 'Art. 33 notification',
            ...extra,
          },
        },
      );
    const refused = await complete({});
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    const met = await complete({
      delayReason: 'Scope confirmed only after log analysis on day 3.',
    });
    expect(met.body).toMatchObject({
      status: 'met',
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await complete({ delayReason: 'again' })).status).toBe(409);

    const register = await call<{
      items: { reference: string; noticeToRegulatorAt: string | null; personsAffected: number }[];
    }>(app.url, '/api/v1/register', { bearer: dpo });
    expect(register.body.items).toEqual([
      expect.objectContaining({ personsAffected: 1200, noticeToRegulatorAt: expect.any(String) }),
    ]);
    const csv = await fetch(`${app.url}/api/v1/register?format=csv`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^reference,title,/);
    const [{ exports }] = (await app.dataSource.query(
      `SELECT count(*)::int AS exports FROM audit_event WHERE action = 'register.export'`,
    )) as [{ exports: number }];
    expect(exports).toBe(1);
  });

  it('prints a report with assessment, obligations, the notice as sent and the timeline, escaped, in EN and FR', async () => {
    const { body } = await open(ago(2));
    await call(app.url, `/api/v1/incidents/${body.id}`, {
      method: 'PATCH',
      bearer: lead,
      body: { summary: 'Bucket policy <script>window.x=1</script> opened to all.' },
    });
    const assessed = await assess(body.id);
    const clientNotice = assessed.body.obligations.find((o) => o.rule === 'CONTRACT_CLIENT_24H');
    const text = 'We are writing to tell you that on 21 November your data was exposed.';
    const sent = await call<{ contentSha256: string }>(
      app.url,
      `/api/v1/obligations/${clientNotice?.id}/complete`,
      {
        method: 'POST',
        bearer: dpo,
        body: {
          sentAt: new Date().toISOString(),
          channel: 'email',
          recipient: 'ana@euro.test',
          summary: 'Client notice',
          content: text,
          language: 'en',
        },
      },
    );
    expect(sent.status).toBe(200);

    const report = async (lang: string) => {
      const res = await fetch(`${app.url}/api/v1/incidents/${body.id}/report?lang=${lang}`, {
        headers: { authorization: `Bearer ${dpo}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'",
      );
      return res.text();
    };
    const english = await report('en');
    expect(english).toContain('Incident report INC-');
    expect(english).toContain('Customer export bucket public');
    expect(english).not.toContain('<script>');
    expect(english).toContain('&#60;script&#62;window.x=1&#60;/script&#62;');
    expect(english).toContain('Marie Tremblay (privacy officer)');
    expect(english).toContain('Euro Client, Client Québec');
    expect(english).toContain(text);
    expect(english).toContain(sent.body.contentSha256);
    expect(english).toMatch(/GDPR/);
    const french = await report('fr');
    expect(french).toContain('Rapport d&#39;incident INC-');
    expect(french).toContain('Évaluation en matière de vie privée');
    // The obligations too, though the server stores their words in English.
    expect(french).toContain('Notifier l’autorité de contrôle');
    expect(french).not.toContain('Notify the supervisory authority');
    expect(english).toContain('Notify the supervisory authority');
    expect(
      (
        await fetch(`${app.url}/api/v1/incidents/${body.id}/report?lang=de`, {
          headers: { authorization: `Bearer ${dpo}` },
        })
      ).status,
    ).toBe(400);

    const [{ reports }] = (await app.dataSource.query(
      `SELECT count(*)::int AS reports FROM audit_event WHERE action = 'incident.report'`,
    )) as [{ reports: number }];
    expect(reports).toBe(2);
  });

  it('keeps a notice already sent when the assessment is downgraded, and retires the ones not yet due', async () => {
    const { body } = await open(ago(2));
    const assessed = await assess(body.id);
    const subjects = assessed.body.obligations.find((o) => o.rule === 'GDPR_DATA_SUBJECTS');
    await call(app.url, `/api/v1/obligations/${subjects?.id}/complete`, {
      method: 'POST',
      bearer: dpo,
      body: {
        sentAt: new Date().toISOString(),
        channel: 'email',
        recipient: '900 data subjects',
        summary: 'Art. 34 notice',
      },
    });
    const downgraded = await assess(body.id, { gdprRisk: 'none', qcRiskOfSeriousInjury: false });
    const rules = downgraded.body.obligations.map((o) => `${o.rule}:${o.status}`);
    expect(rules).toContain('GDPR_DATA_SUBJECTS:met');
    expect(rules.some((r) => r.startsWith('GDPR_SA'))).toBe(false);
    expect(rules.some((r) => r.startsWith('QC_CAI'))).toBe(false);
  });

  it('runs the acknowledge, contain and resolve targets of its severity, met as it moves', async () => {
    const { body } = await open(ago(1));
    const minutesAfterDetection = (c: Clock) =>
      (Date.parse(c.targetAt) - Date.parse(body.detectedAt)) / 60_000;
    expect(body.responseClocks.map((c) => [c.rule, minutesAfterDetection(c), c.status])).toEqual([
      // Due soon: inside the last quarter of the window or its last 6 h.
      ['RESPONSE_ACKNOWLEDGE', 15, 'due_soon'],
      ['RESPONSE_CONTAIN', 240, 'due_soon'],
      ['RESPONSE_RESOLVE', 1440, 'pending'],
    ]);
    // Response targets are not notification duties: the DPO's list leaves them out.
    const duties = await call<{ items: { kind: string }[] }>(app.url, '/api/v1/obligations', {
      bearer: dpo,
    });
    expect(duties.body.items.every((o) => o.kind !== 'response')).toBe(true);

    const triage = await call<Detail>(app.url, `/api/v1/incidents/${body.id}/transitions`, {
      method: 'POST',
      bearer: lead,
      body: { to: 'triage' },
    });
    expect(triage.body.acknowledgedAt).toBe(triage.body.triageStartedAt);
    expect(triage.body.responseClocks[0]).toMatchObject({
      rule: 'RESPONSE_ACKNOWLEDGE',
      status: 'met',
      metAt: triage.body.triageStartedAt,
    });

    const admin = await createToken(app, (await createUser(app, 'admin')).email);
    const targets = await call<{ items: { severity: string; isDefault: boolean }[] }>(
      app.url,
      '/api/v1/response-targets',
      {
        method: 'PUT',
        bearer: admin,
        body: {
          items: [
            { severity: 'SEV1', acknowledgeMinutes: 5, containMinutes: 120, resolveMinutes: 600 },
          ],
        },
      },
    );
    expect(targets.body.items.map((t) => [t.severity, t.isDefault])).toEqual([
      ['SEV1', false],
      ['SEV2', true],
      ['SEV3', true],
      ['SEV4', true],
    ]);
    const moved = await call<Detail>(app.url, `/api/v1/incidents/${body.id}`, { bearer: lead });
    expect(moved.body.responseClocks.map((c) => [c.rule, minutesAfterDetection(c)])).toEqual([
      // Already met: kept as it was.
      ['RESPONSE_ACKNOWLEDGE', 15],
      ['RESPONSE_CONTAIN', 120],
      ['RESPONSE_RESOLVE', 600],
    ]);

    const put = (body: unknown) =>
      call<{ items: { severity: string; isDefault: boolean }[] }>(
        app.url,
        '/api/v1/response-targets',
        { method: 'PUT', bearer: admin, body },
      );
    const sev1 = {
      severity: 'SEV1',
      acknowledgeMinutes: 5,
      containMinutes: 120,
      resolveMinutes: 600,
    };
    expect((await put({ items: [sev1, sev1] })).status).toBe(400);
    expect((await put({ items: [{ ...sev1, containMinutes: 1 }] })).status).toBe(400);
    const reset = await put({ items: [], reset: ['SEV1'] });
    expect(reset.body.items[0]).toMatchObject({ severity: 'SEV1', isDefault: true });

    const falsePositive = await call<Detail>(app.url, `/api/v1/incidents/${body.id}/transitions`, {
      method: 'POST',
      bearer: lead,
      body: { to: 'false_positive' },
    });
    expect(falsePositive.body.responseClocks.map((c) => c.rule)).toEqual(['RESPONSE_ACKNOWLEDGE']);
    const [{ open: unsent }] = (await app.dataSource.query(
      `SELECT count(*)::int AS open FROM obligation_reminder r JOIN obligation o ON o.id = r.obligation_id
        WHERE o.incident_id = $1 AND o.kind = 'response' AND r.sent_at IS NULL AND r.skipped_at IS NULL`,
      [body.id],
    )) as [{ open: number }];
    expect(unsent).toBe(0);
  });

  it('copies a linked audit event into the incident with its chain hash, once', async () => {
    const key = await createIngestKey(app, 'idp');
    const ingested = await call(app.url, '/api/v1/audit-events', {
      method: 'POST',
      bearer: key,
      body: {
        events: [
          {
            id: 'evt-login-1',
            occurredAt: ago(3),
            category: 'access',
            action: 'auth.login',
            outcome: 'success',
            actor: { type: 'user', id: 'u-7', email: 'mallory@client.test' },
          },
        ],
      },
    });
    expect(ingested.status).toBe(200);
    const [stored] = (await app.dataSource.query(
      `SELECT encode(hash, 'hex') AS hash FROM audit_event WHERE source = 'idp' AND event_id = 'evt-login-1'`,
    )) as [{ hash: string }];
    const { body } = await open(ago(1));
    const link = () =>
      call<Detail['evidence'][number]>(app.url, `/api/v1/incidents/${body.id}/evidence`, {
        method: 'POST',
        bearer: lead,
        body: { source: 'idp', eventId: 'evt-login-1' },
      });
    const first = await link();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ source: 'idp', seq: 1, hash: stored.hash });
    expect(first.body.event).toMatchObject({ id: 'evt-login-1', hash: stored.hash });
    expect((await link()).status).toBe(200);

    const missing = await call(app.url, `/api/v1/incidents/${body.id}/evidence`, {
      method: 'POST',
      bearer: lead,
      body: { source: 'idp', eventId: 'no-such-event' },
    });
    expect(missing.status).toBe(404);

    const detail = await call<Detail>(app.url, `/api/v1/incidents/${body.id}`, { bearer: dpo });
    expect(detail.body.evidence).toHaveLength(1);
    const timeline = await call<{ items: { kind: string }[] }>(
      app.url,
      `/api/v1/incidents/${body.id}/timeline`,
      { bearer: dpo },
    );
    expect(timeline.body.items.filter((e) => e.kind === 'evidence')).toHaveLength(1);
    await expect(
      app.dataSource.query(`DELETE FROM incident_evidence WHERE incident_id = $1`, [body.id]),
    ).rejects.toThrow(/append-only/);
  });
});
