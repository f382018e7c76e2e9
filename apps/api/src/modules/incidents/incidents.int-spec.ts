import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

const HOUR = 60 * 60 * 1000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

interface Detail {
  id: string;
  status: string;
  triageStartedAt: string | null;
  obligations: {
    id: string;
    rule: string;
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
});
