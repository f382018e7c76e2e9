import type { NoticeDraft } from '@vigil/contracts';
import { createHash } from 'node:crypto';
import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

const HOUR = 60 * 60 * 1000;

interface Detail {
  id: string;
  reference: string;
  obligations: { id: string; rule: string; kind: string; status: string }[];
}

describe('notices', () => {
  let app: TestApp;
  let dpo: string;
  let auditor: string;
  let incident: Detail;

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp({ COMPANY_NAME: 'Acme SaaS Inc.' });
    const lead = await createToken(app, (await createUser(app, 'security_lead')).email);
    dpo = await createToken(app, (await createUser(app, 'dpo', { email: 'dpo@acme.test' })).email);
    auditor = await createToken(app, (await createUser(app, 'auditor')).email);
    await app.dataSource.query(
      `INSERT INTO organization (id, name, jurisdictions, contacts) VALUES
         ('org-eu', 'Euro Client', '{EU}', '[{"name":"Ana","email":"ana@euro.test"}]')`,
    );
    const opened = await call<Detail>(app.url, '/api/v1/incidents', {
      method: 'POST',
      bearer: lead,
      body: {
        title: 'Support inbox exposed',
        summary: 'A misconfigured share exposed support tickets for six hours.',
        severity: 'SEV1',
        awareAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        organizationIds: ['org-eu'],
      },
    });
    const assessed = await call<Detail>(app.url, `/api/v1/incidents/${opened.body.id}/assessment`, {
      method: 'PUT',
      bearer: dpo,
      body: {
        personalDataInvolved: true,
        awareAt: null,
        breachDeterminedAt: null,
        role: 'controller',
        qcRiskOfSeriousInjury: false,
        pipedaRealRiskOfSignificantHarm: false,
        gdprRisk: 'risk',
        affected: {
          persons: 340,
          personsQuebec: 0,
          personsEu: 340,
          records: 900,
          isEstimate: true,
        },
        rationale: 'Names and ticket contents; misuse unlikely but possible.',
        lawEnforcementHold: false,
        consultedPersonInCharge: 'Marie Tremblay',
        personalInformation: 'names, email addresses and support ticket contents',
      },
    });
    incident = assessed.body;
  });
  afterAll(() => app.close());

  const obligation = (rule: string) => {
    const found = incident.obligations.find((o) => o.rule === rule);
    if (!found)
      throw new Error(`no ${rule} among ${incident.obligations.map((o) => o.rule).join(', ')}`);
    return found;
  };
  const draft = (id: string, language: string, bearer = dpo) =>
    call<NoticeDraft>(app.url, `/api/v1/obligations/${id}/notice?language=${language}`, { bearer });

  it('fills the rule template from the incident in English and French, keeps the reviewed text, and records the text sent with its hash', async () => {
    const gdpr = obligation('GDPR_SA');
    const en = await draft(gdpr.id, 'en');
    expect(en.status).toBe(200);
    expect(en.body).toMatchObject({ rule: 'GDPR_SA', language: 'en', savedAt: null, sentAt: null });
    expect(en.body.subject).toContain(incident.reference);
    expect(en.body.body).toContain('names, email addresses and support ticket contents');
    expect(en.body.body).toContain('Acme SaaS Inc.');
    expect(en.body.contentItems.length).toBeGreaterThanOrEqual(4);
    const fr = await draft(gdpr.id, 'fr', auditor);
    expect(fr.status).toBe(200);
    expect(fr.body.body).not.toEqual(en.body.body);

    const reviewed = `${en.body.body}\n\nReviewed by the DPO.`;
    const saved = await call<NoticeDraft>(app.url, `/api/v1/obligations/${gdpr.id}/notice`, {
      method: 'PUT',
      bearer: dpo,
      body: {
        language: 'en',
        subject: en.body.subject,
        body: reviewed,
        recipient: 'CNIL',
        channel: 'portal',
      },
    });
    expect(saved.body).toMatchObject({
      body: reviewed,
      recipient: 'CNIL',
      savedBy: 'dpo@acme.test',
    });
    expect((await draft(gdpr.id, 'en')).body.body).toBe(reviewed);
    // The French draft is its own: saving English did not touch it.
    expect((await draft(gdpr.id, 'fr')).body.savedAt).toBeNull();

    const sent = await call<{ status: string; contentSha256: string }>(
      app.url,
      `/api/v1/obligations/${gdpr.id}/complete`,
      {
        method: 'POST',
        bearer: dpo,
        body: {
          sentAt: new Date().toISOString(),
          channel: 'portal',
          recipient: 'CNIL',
          summary: en.body.subject,
          content: reviewed,
          language: 'en',
        },
      },
    );
    const sha256 = createHash('sha256').update(reviewed).digest('hex');
    expect(sent.body).toMatchObject({ status: 'met', contentSha256: sha256 });
    const record = await draft(gdpr.id, 'fr');
    expect(record.body).toMatchObject({
      language: 'en',
      body: reviewed,
      contentSha256: sha256,
      sentAt: expect.any(String),
    });
    const again = await call(app.url, `/api/v1/obligations/${gdpr.id}/notice`, {
      method: 'PUT',
      bearer: dpo,
      body: { language: 'en', subject: 'x', body: 'changed after the fact' },
    });
    expect(again.status).toBe(409);

    const timeline = await call<{ items: { kind: string }[] }>(
      app.url,
      `/api/v1/incidents/${incident.id}/timeline`,
      { bearer: dpo },
    );
    expect(timeline.body.items.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['notice-draft', 'notice']),
    );
  });

  it('has no notice to prepare for a record-keeping duty', async () => {
    const record = incident.obligations.find((o) => o.kind === 'record');
    expect(record).toBeDefined();
    const reply = await draft(record?.id ?? '', 'en');
    expect(reply.status).toBe(422);
    expect(reply.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await draft('00000000-0000-4000-8000-000000000000', 'en')).status).toBe(404);
  });
});
