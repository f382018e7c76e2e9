import type { DataRequest, DestructionCertificate, ExportManifest } from '@vigil/contracts';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createIngestKey, createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { type MailSink, startMailSink } from '../../../test/mail-sink.js';
import { startTestApp, type TestApp, truncateAll, waitFor } from '../../../test/test-app.js';
import { checkCertificate } from './certificate-verify.js';
import { DataRequestsService } from './data-requests.service.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The entries of a ustar archive: name → content. */
const untar = (archive: Buffer): Map<string, Buffer> => {
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, ''), 8);
    files.set(name, archive.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
};

describe('client data requests', () => {
  let app: TestApp;
  let mail: MailSink;
  let dpo: string;
  let auditor: string;
  let key: string;

  beforeAll(async () => {
    mail = await startMailSink();
    await truncateAll();
    app = await startTestApp({ SMTP_URL: mail.url });
  });
  beforeEach(async () => {
    await truncateAll();
    mail.mails.length = 0;
    dpo = await createToken(app, (await createUser(app, 'dpo', { email: 'dpo@vigil.test' })).email);
    auditor = await createToken(app, (await createUser(app, 'auditor')).email);
    await createUser(app, 'admin', { email: 'boss@vigil.test' });
    key = await createIngestKey(app, 'client-app');
    await app.dataSource.query(
      `INSERT INTO organization (id, name, jurisdictions, contacts) VALUES
         ('org-gone', 'Gone Client', '{CA}', '[{"name":"Ana","email":"ana@gone.test"}]'),
         ('org-stay', 'Staying Client', '{CA}', '[]')`,
    );
    // Interleaved in one source: the other client's events sit between theirs in the chain.
    const events = Array.from({ length: 8 }, (_, i) => ({
      id: `evt-${i}`,
      occurredAt: new Date(Date.now() - (10 - i) * HOUR).toISOString(),
      category: 'access',
      action: 'auth.login',
      outcome: 'success',
      actor: { type: 'user', id: `u-${i}`, email: `person${i}@client.test` },
      organizationId: i % 3 === 2 ? 'org-stay' : 'org-gone',
      ip: '203.0.113.7',
    }));
    const ingested = await call(app.url, '/api/v1/audit-events', {
      method: 'POST',
      bearer: key,
      body: { events },
    });
    expect(ingested.status).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  const request = (kind: 'export' | 'deletion', extra: Record<string, unknown> = {}) =>
    call<DataRequest>(app.url, '/api/v1/organizations/org-gone/data-requests', {
      method: 'POST',
      bearer: dpo,
      body: { kind, reason: 'on_request', ...extra },
    });

  it('exports everything held about the client as a tar whose manifest hashes match its files', async () => {
    const created = await request('export');
    expect(created.status).toBe(201);
    expect(Date.parse(created.body.dueAt) - Date.parse(created.body.requestedAt)).toBe(30 * DAY);
    const response = await fetch(`${app.url}/api/v1/data-requests/${created.body.id}/archive`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(response.headers.get('content-type')).toBe('application/x-tar');
    const files = untar(Buffer.from(await response.arrayBuffer()));
    const manifest = JSON.parse(
      (files.get('manifest.json') as Buffer).toString('utf8'),
    ) as ExportManifest;
    expect(manifest.files.map((f) => [f.name, f.count])).toEqual([
      ['organization.ndjson', 1],
      ['audit-events.ndjson', 6],
      ['incidents.ndjson', 0],
      ['data-requests.ndjson', 1],
    ]);
    for (const file of manifest.files) {
      const content = files.get(file.name) as Buffer;
      expect(createHash('sha256').update(content).digest('hex')).toBe(file.sha256);
      expect(content.length).toBe(file.bytes);
    }
    expect(response.headers.get('x-vigil-total-rows')).toBe('8');
    const done = await call<DataRequest>(app.url, `/api/v1/data-requests/${created.body.id}`, {
      bearer: dpo,
    });
    expect(done.body).toMatchObject({
      status: 'completed',
      exportManifest: { requestId: created.body.id },
    });
    const [{ audited }] = (await app.dataSource.query(
      `SELECT count(*)::int AS audited FROM audit_event WHERE action = 'data_request.export'`,
    )) as [{ audited: number }];
    expect(audited).toBe(1);
  });

  it('destroys the client’s data behind tombstones the chain still verifies, and certifies it', async () => {
    const created = await request('deletion');
    const destroy = (confirmName: string) =>
      call<DataRequest>(app.url, `/api/v1/data-requests/${created.body.id}/delete`, {
        method: 'POST',
        bearer: dpo,
        body: { confirmName },
      });
    const hold = (reason: string | null) =>
      call(app.url, '/api/v1/organizations/org-gone/legal-hold', {
        method: 'PUT',
        bearer: dpo,
        body: { reason },
      });

    expect((await hold('Litigation hold from counsel, case 2026-117')).status).toBe(200);
    const held = await destroy('Gone Client');
    expect(held.status).toBe(409);
    expect(JSON.stringify(held.body)).toContain('Litigation hold');
    await hold(null);
    expect((await destroy('gone client')).status).toBe(422);
    const done = await destroy('Gone Client');
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', certificateId: expect.any(String) });

    const search = await call<{ items: { organizationId?: string }[] }>(
      app.url,
      '/api/v1/audit-events?organizationId=org-gone',
      { bearer: dpo },
    );
    expect(search.body.items).toEqual([]);
    const others = await call<{ items: unknown[] }>(
      app.url,
      '/api/v1/audit-events?organizationId=org-stay',
      {
        bearer: dpo,
      },
    );
    expect(others.body.items).toHaveLength(2);
    const verify = await call<{ ok: boolean; checked: number }>(
      app.url,
      '/api/v1/audit-events/verify?source=client-app',
      {
        bearer: auditor,
      },
    );
    expect(verify.body).toMatchObject({ ok: true, checked: 8 });
    const [tomb] = (await app.dataSource.query(
      `SELECT actor_email, ip, metadata FROM audit_event WHERE organization_id = 'org-gone' LIMIT 1`,
    )) as [{ actor_email: string | null; ip: string | null }];
    expect(tomb).toMatchObject({ actor_email: null, ip: null });

    const certificate = await call<DestructionCertificate>(
      app.url,
      `/api/v1/certificates/${done.body.certificateId}`,
      {
        bearer: auditor,
      },
    );
    const auditEvents = certificate.body.statement.destroyed.find((d) => d.kind === 'audit_events');
    expect(auditEvents).toMatchObject({
      count: 6,
      tombstones: [{ source: 'client-app', count: 6, fromSeq: 1, toSeq: 8 }],
    });
    expect(certificate.body.statement.destroyed.find((d) => d.kind === 'contacts')?.count).toBe(1);
    const text = JSON.stringify(certificate.body);
    expect(checkCertificate(text)).toMatchObject({ ok: true, organization: 'Gone Client' });
    // Any byte changed and it no longer verifies.
    for (let i = 0; i < text.length; i += 97) {
      const tampered =
        text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ 1) + text.slice(i + 1);
      expect(checkCertificate(tampered).ok).toBe(false);
    }

    const dir = mkdtempSync(join(tmpdir(), 'vigil-cert-'));
    writeFileSync(join(dir, 'good.json'), text);
    writeFileSync(join(dir, 'bad.json'), text.replace('"count":6', '"count":5'));
    const cli = (file: string) =>
      promisify(execFile)(process.execPath, [
        resolve('dist/api/cli.js'),
        'certificate:verify',
        join(dir, file),
      ]).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
    expect(await cli('good.json')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('"ok": true'),
    });
    expect(await cli('bad.json')).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('"ok": false'),
    });
  });

  it('reminds the DPO through the 30 days and escalates to admins once overdue, each once', async () => {
    // Five days overdue when first swept: one escalation, not one for each day missed.
    await request('deletion', { requestedAt: new Date(Date.now() - 35 * DAY).toISOString() });
    const service = app.app.get(DataRequestsService);
    await service.sweep(new Date());
    await service.sweep(new Date());
    await waitFor(async () => mail.mails.some((m) => m.raw.includes('OVERDUE')) || null, {
      what: 'the escalation',
    });
    const subjects = (to: string) =>
      mail.mails
        .filter((m) => m.to.includes(to))
        .map((m) => /Subject: ([^\r\n]+)/.exec(m.raw)?.[1] ?? '');
    expect(subjects('dpo@vigil.test').sort()).toEqual([
      '100% of the 30 days: data deletion for Gone Client',
      '50% of the 30 days: data deletion for Gone Client',
      '75% of the 30 days: data deletion for Gone Client',
      '90% of the 30 days: data deletion for Gone Client',
      'OVERDUE: data deletion for Gone Client',
    ]);
    expect(subjects('boss@vigil.test')).toEqual(['OVERDUE: data deletion for Gone Client']);
  });
});
