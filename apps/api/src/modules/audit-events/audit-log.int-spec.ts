import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPublicKey, verify } from 'node:crypto';
import { createIngestKey, createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';
import { checkpointDocument } from './audit-checkpoint.service.js';
import { AuditRetentionService } from './audit-retention.service.js';

const FIXTURES = resolve(__dirname, '../../../../../../shared/fixtures/cloudtrail');

const anEvent = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  occurredAt: '2026-11-20T14:03:11.201Z',
  category: 'access',
  action: 'auth.login',
  outcome: 'success',
  actor: { type: 'user', id: 'u_42', email: 'alice@acme.test' },
  organizationId: 'org_acme',
  ip: '203.0.113.9',
  ...overrides,
});

const readRecords = (file: string): unknown[] => {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  if (file.endsWith('.ndjson'))
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as unknown);
  const parsed = JSON.parse(text) as unknown;
  if (Array.isArray(parsed)) return parsed;
  const records = (parsed as { Records?: unknown[] }).Records;
  return records ?? [parsed];
};

describe('audit log', () => {
  let app: TestApp;
  let key: string;
  let auditor: string;

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp();
  });
  beforeEach(async () => {
    await truncateAll();
    key = await createIngestKey(app, 'app-prod');
    auditor = await createToken(app, (await createUser(app, 'auditor')).email);
  });
  afterAll(() => app.close());

  const ingest = (
    body: unknown,
    headers: Record<string, string> = {},
    path = '/api/v1/audit-events',
  ) =>
    call<{
      accepted: number;
      duplicates: number;
      rejected: { index: number; errors: { path: string }[] }[];
    }>(app.url, path, { method: 'POST', bearer: key, body, headers });
  const search = (query: string, bearer = auditor) =>
    call<{ items: Record<string, unknown>[]; nextCursor: string | null }>(
      app.url,
      `/api/v1/audit-events?${query}`,
      {
        bearer,
      },
    );
  const verifyLog = (query = '') =>
    call<{ ok: boolean; checked: number; firstBroken?: { source: string; seq: number } }>(
      app.url,
      `/api/v1/audit-events/verify${query}`,
      { bearer: auditor },
    );

  it('counts duplicates instead of storing them, across retries and within a batch', async () => {
    const batch = { events: [anEvent('e1'), anEvent('e2'), anEvent('e1')] };
    expect((await ingest(batch)).body).toEqual({ accepted: 2, duplicates: 1, rejected: [] });
    expect((await ingest(batch)).body).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    const ndjson = `${JSON.stringify(anEvent('e2'))}\n${JSON.stringify(anEvent('e3'))}\n`;
    const reply = await ingest(ndjson, { 'content-type': 'application/x-ndjson' });
    expect(reply.body).toEqual({ accepted: 1, duplicates: 1, rejected: [] });
    const stored = await search('source=app-prod');
    expect(stored.body.items.map((e) => [e.id, e.seq])).toEqual([
      ['e3', 3],
      ['e2', 2],
      ['e1', 1],
    ]);
  });

  it('stores the valid half of a mixed batch and reports the others by index', async () => {
    const reply = await ingest({
      events: [
        anEvent('ok-1'),
        anEvent('bad-1', { occurredAt: 'yesterday' }),
        anEvent('ok-2'),
        { ...anEvent('bad-2'), actor: { type: 'robot' } },
        'not an event',
        anEvent('bad-3', { metadata: { note: 'a\u0000b' } }),
      ],
    });
    expect(reply.status).toBe(200);
    expect(reply.body.accepted).toBe(2);
    expect(reply.body.rejected.map((r) => r.index)).toEqual([1, 3, 4, 5]);
    expect(reply.body.rejected[0]?.errors[0]?.path).toBe('occurredAt');
    expect(reply.body.rejected[1]?.errors[0]?.path).toBe('actor.type');
    const ndjson = await ingest(`${JSON.stringify(anEvent('ok-3'))}\n{broken\n`, {
      'content-type': 'application/x-ndjson',
    });
    expect(ndjson.body).toMatchObject({
      accepted: 1,
      rejected: [{ index: 1, errors: [{ path: '(line)' }] }],
    });
    expect((await search('source=app-prod')).body.items).toHaveLength(3);
  });

  it('refuses wrong content types, oversized batches and bodies, writing nothing', async () => {
    expect((await ingest('x', { 'content-type': 'text/csv' })).status).toBe(415);
    const tooMany = { events: Array.from({ length: 10_001 }, (_, i) => anEvent(`n${i}`)) };
    const reply = await ingest(tooMany);
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toMatch(/problem\+json/);
    const huge = {
      events: [anEvent('huge', { metadata: { blob: 'x'.repeat(11 * 1024 * 1024) } })],
    };
    expect((await ingest(huge)).status).toBe(413);
    expect((await search('source=app-prod')).body.items).toEqual([]);
  });

  it('ingests every complete CloudTrail fixture record and rejects the incomplete ones by index', async () => {
    const files = readdirSync(FIXTURES).filter((f) => /\.(json|ndjson)$/.test(f));
    let accepted = 0;
    let rejected = 0;
    for (const file of files) {
      const records = readRecords(file);
      const reply = await ingest({ Records: records }, {}, '/api/v1/audit-events/cloudtrail');
      expect(reply.status).toBe(200);
      const incomplete = records
        .map((r, index) => ({ r: r as Record<string, unknown>, index }))
        .filter(({ r }) => !r.eventID || !r.eventTime)
        .map(({ index }) => index);
      expect({ file, rejected: reply.body.rejected.map((x) => x.index) }).toEqual({
        file,
        rejected: incomplete,
      });
      accepted += reply.body.accepted + reply.body.duplicates;
      rejected += reply.body.rejected.length;
    }
    expect({ accepted, rejected }).toEqual({ accepted: 59, rejected: 108 });

    const createUserEvent = await search('action=aws.iam.*&limit=1000');
    const stored = createUserEvent.body.items.find((e) => e.action === 'aws.iam.createuser');
    expect(stored).toMatchObject({
      source: 'app-prod',
      category: 'admin',
      outcome: 'success',
      actor: { type: 'user', id: expect.stringContaining('arn:aws:iam::') },
      metadata: { raw: expect.objectContaining({ eventName: 'CreateUser' }) },
    });
    const failures = await search('outcome=failure&limit=1000');
    expect(failures.body.items.some((e) => e.action === 'aws.signin.consolelogin')).toBe(true);
    expect((await verifyLog()).body.ok).toBe(true);
  });

  it('files late events in the partition of their month', async () => {
    await ingest({ events: [anEvent('late', { occurredAt: '2026-03-02T10:00:00+02:00' })] });
    const [row] = (await app.dataSource.query(
      `SELECT tableoid::regclass::text AS partition, occurred_at FROM audit_event WHERE event_id = 'late'`,
    )) as { partition: string; occurred_at: Date }[];
    expect(row).toEqual({
      partition: 'audit_event_2026_03',
      occurred_at: new Date('2026-03-02T08:00:00Z'),
    });
  });

  it('keeps one unbroken chain when batches of one source arrive at once', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, b) =>
        ingest({ events: Array.from({ length: 50 }, (_, i) => anEvent(`p${b}-${i}`)) }),
      ),
    );
    const result = await verifyLog('?source=app-prod');
    expect(result.body).toMatchObject({ ok: true, checked: 300 });
  });

  it('reports the source and seq of a row altered directly in the database', async () => {
    await ingest({ events: [anEvent('a1'), anEvent('a2'), anEvent('a3'), anEvent('a4')] });
    expect((await verifyLog()).body.ok).toBe(true);
    await app.dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL vigil.audit_purge = 'on'`);
      await tx.query(
        `UPDATE audit_event SET outcome = 'failure' WHERE source = 'app-prod' AND event_id = 'a3'`,
      );
    });
    const result = await verifyLog();
    expect(result.body).toMatchObject({ ok: false, firstBroken: { source: 'app-prod', seq: 3 } });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await ingest({ events: [anEvent('locked')] });
    await expect(
      app.dataSource.query(`UPDATE audit_event SET outcome = 'failure'`),
    ).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event_2026_11`)).rejects.toThrow(
      /append-only/,
    );
    expect((await search('source=app-prod')).body.items).toHaveLength(1);
  });

  it('drops an expired month, keeps held events as evidence, and the rest still verifies', async () => {
    await ingest({
      events: [
        anEvent('old-1', { occurredAt: '2025-01-10T00:00:00Z' }),
        anEvent('old-held', { occurredAt: '2025-01-11T00:00:00Z', organizationId: 'org_held' }),
        anEvent('new-1', { occurredAt: '2026-11-01T00:00:00Z' }),
        anEvent('old-2', { occurredAt: '2025-01-12T00:00:00Z' }),
        anEvent('new-2', { occurredAt: '2026-11-02T00:00:00Z' }),
      ],
    });
    await app.dataSource.query(
      `INSERT INTO audit_legal_hold (reason, incident_id, organization_id) VALUES ('litigation', 'INC-7', 'org_held')`,
    );
    const report = await app.app.get(AuditRetentionService).run(new Date('2026-11-21T00:00:00Z'));
    expect(report.dropped).toContainEqual({
      partition: 'audit_event_2025_01',
      events: 3,
      sources: ['app-prod'],
    });
    expect(report.dropped.map((d) => d.partition)).not.toContain('audit_event_2025_12');
    expect(report.keptOnHold).toEqual([
      expect.objectContaining({ incidentId: 'INC-7', events: 1 }),
    ]);
    expect(report.gaps.map((g) => [g.fromSeq, g.toSeq])).toEqual([
      [1, 2],
      [4, 4],
    ]);
    const evidence = (await app.dataSource.query(
      `SELECT seq, event->>'id' AS id FROM audit_evidence`,
    )) as unknown[];
    expect(evidence).toEqual([{ seq: '2', id: 'old-held' }]);
    expect((await search('source=app-prod')).body.items.map((e) => e.id)).toEqual([
      'new-2',
      'new-1',
    ]);
    expect((await verifyLog()).body).toMatchObject({ ok: true });
  });

  it('signs checkpoints with the published Ed25519 key', async () => {
    await ingest({ events: [anEvent('c1'), anEvent('c2')] });
    const created = await call<{ items: { source: string; seq: number; signature: string }[] }>(
      app.url,
      '/api/v1/audit-events/checkpoints',
      { method: 'POST', bearer: auditor },
    );
    expect(created.status).toBe(201);
    const checkpoint = created.body.items.find(
      (c) => c.source === 'app-prod',
    ) as unknown as Parameters<typeof checkpointDocument>[0] & { signature: string };
    expect(checkpoint.seq).toBe(2);
    const keys = await call<{ keys: { keyId: string; publicKeyPem: string }[] }>(
      app.url,
      '/api/v1/audit-events/public-key',
    );
    const key = keys.body.keys.find((k) => k.keyId === checkpoint.keyId);
    expect(
      verify(
        null,
        Buffer.from(checkpointDocument(checkpoint)),
        createPublicKey(key?.publicKeyPem ?? ''),
        Buffer.from(checkpoint.signature, 'base64'),
      ),
    ).toBe(true);
    const result = await call<{
      checkpoints: { signatureValid: boolean; matchesChain: boolean }[];
    }>(app.url, '/api/v1/audit-events/verify?source=app-prod', { bearer: auditor });
    expect(result.body.checkpoints[0]).toMatchObject({ signatureValid: true, matchesChain: true });
  });

  it('pages newest first with a cursor and filters by action prefix, actor, CIDR and text', async () => {
    await ingest({
      events: [
        anEvent('f1', { occurredAt: '2026-11-20T10:00:00Z', action: 'auth.login', ip: '10.1.2.3' }),
        anEvent('f2', {
          occurredAt: '2026-11-20T11:00:00Z',
          action: 'auth.otp.failed',
          outcome: 'failure',
        }),
        anEvent('f3', {
          occurredAt: '2026-11-20T12:00:00Z',
          action: 'role.grant',
          actor: { type: 'user', email: 'bob@acme.test' },
        }),
        anEvent('f4', {
          occurredAt: '2026-11-20T13:00:00Z',
          action: 'data.export',
          target: { type: 'report', id: 'r1', name: 'Quarterly payroll' },
        }),
      ],
    });
    const first = await search('source=app-prod&limit=2');
    expect(first.body.items.map((e) => e.id)).toEqual(['f4', 'f3']);
    const second = await search(`source=app-prod&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((e) => e.id)).toEqual(['f2', 'f1']);
    expect(second.body.nextCursor).toBeNull();
    expect((await search('action=auth.*')).body.items.map((e) => e.id)).toEqual(['f2', 'f1']);
    expect((await search('actor=BOB@acme.test')).body.items.map((e) => e.id)).toEqual(['f3']);
    expect((await search('ip=10.0.0.0/8')).body.items.map((e) => e.id)).toEqual(['f1']);
    expect((await search('q=payroll')).body.items.map((e) => e.id)).toEqual(['f4']);
    const perDay = await call<{ items: { day: string; count: number }[] }>(
      app.url,
      '/api/v1/audit-events/per-day?source=app-prod&action=auth.*',
      { bearer: auditor },
    );
    expect(perDay.body.items).toEqual([{ day: '2026-11-20', count: 2 }]);
    expect((await search('ip=not-an-ip')).status).toBe(400);
    expect((await search('cursor=garbage')).status).toBe(400);
  });

  it('exports CSV and NDJSON as the screen shows them, and audits the export with its row count', async () => {
    await ingest({
      events: [
        anEvent('x1', { target: { type: 'doc', id: 'd1', name: '=HYPERLINK("http://evil")' } }),
        anEvent('x2'),
      ],
    });
    const csv = await fetch(`${app.url}/api/v1/audit-events/export?format=csv&source=app-prod`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^occurredAt,source,seq,id,/);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const ndjson = await fetch(
      `${app.url}/api/v1/audit-events/export?format=ndjson&source=app-prod`,
      {
        headers: { authorization: `Bearer ${auditor}` },
      },
    );
    const events = (await ndjson.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(events.map((e) => e.id)).toEqual(['x2', 'x1']);
    const exports = await search('action=data.export&source=vigil');
    expect(exports.body.items[0]).toMatchObject({
      action: 'data.export',
      outcome: 'success',
      metadata: { format: 'ndjson', rows: 2, filter: { source: 'app-prod' } },
    });
  });

  it('never shows a client_auditor another organization, through search or export', async () => {
    await ingest({
      events: [
        anEvent('mine', { organizationId: 'org_a' }),
        anEvent('theirs', { organizationId: 'org_b' }),
        anEvent('none', { organizationId: undefined }),
      ],
    });
    await app.dataSource.query(
      `INSERT INTO organization (id, name) VALUES ('org_a', 'A'), ('org_b', 'B')`,
    );
    const client = await createToken(
      app,
      (await createUser(app, 'client_auditor', { organizationId: 'org_a' })).email,
    );
    for (const query of ['source=app-prod', 'organizationId=org_b', 'q=theirs', 'limit=1000']) {
      const reply = await search(query, client);
      expect(reply.body.items.every((e) => e.organizationId === 'org_a')).toBe(true);
    }
    expect((await search('source=app-prod', client)).body.items.map((e) => e.id)).toEqual(['mine']);
    const exported = await fetch(
      `${app.url}/api/v1/audit-events/export?format=ndjson&organizationId=org_b`,
      {
        headers: { authorization: `Bearer ${client}` },
      },
    );
    expect((await exported.text()).trim()).toBe('');
    const all = await fetch(`${app.url}/api/v1/audit-events/export?format=ndjson`, {
      headers: { authorization: `Bearer ${client}` },
    });
    const ids = (await all.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; organizationId: string });
    expect(ids.every((e) => e.organizationId === 'org_a')).toBe(true);
  });
});
