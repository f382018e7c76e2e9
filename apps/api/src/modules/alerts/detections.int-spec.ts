import { createIngestKey, createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll, waitFor } from '../../../test/test-app.js';
import { DEFAULT_DETECTION_RULES_SQL } from '../../database/migrations/1763740000000-CreateAlarmsAndAlerts.js';
import { DetectionService } from './detection.service.js';

const BASE = Date.parse('2026-11-20T10:00:00Z');
const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();
let counter = 0;

const anEvent = (overrides: Record<string, unknown>) => ({
  id: `evt-${counter++}`,
  occurredAt: at(0),
  category: 'access',
  action: 'auth.login',
  outcome: 'success',
  actor: { type: 'user', email: 'alice@acme.test' },
  ip: '203.0.113.9',
  ...overrides,
});

describe('detection rules over the audit log', () => {
  let app: TestApp;
  let key: string;
  let lead: string;

  beforeAll(async () => {
    app = await startTestApp();
  });
  beforeEach(async () => {
    await truncateAll();
    // truncateAll empties detection_rule too; put the shipped defaults back.
    await app.dataSource.query(DEFAULT_DETECTION_RULES_SQL);
    key = await createIngestKey(app, 'app-prod');
    lead = await createToken(app, (await createUser(app, 'security_lead')).email);
  });
  afterAll(() => app.close());

  const ingest = (events: unknown[]) =>
    call(app.url, '/api/v1/audit-events', { method: 'POST', bearer: key, body: { events } });
  /** Reads what is pending; the worker may hold a source's cursor, so wait until every one caught up. */
  const evaluate = async () => {
    await app.app.get(DetectionService).evaluatePending();
    await waitFor(
      async () => {
        const [{ behind }] = (await app.dataSource.query(
          `SELECT count(*)::int AS behind FROM audit_stream s LEFT JOIN detection_cursor c ON c.source = s.source
            WHERE s.head_seq > coalesce(c.last_seq, 0)`,
        )) as [{ behind: number }];
        return behind === 0 || null;
      },
      { what: 'detection cursors to catch up' },
    );
  };
  const detectionAlerts = async () =>
    (await app.dataSource.query(
      `SELECT a.title, a.details->>'subject' AS subject, r.name AS rule FROM alert a
         JOIN detection_rule r ON r.id = a.detection_rule_id WHERE a.source = 'detection' ORDER BY a.opened_at`,
    )) as { title: string; subject: string; rule: string }[];
  const enable = (kind: string, params: Record<string, unknown>) =>
    app.dataSource.query(
      `UPDATE detection_rule SET enabled = true, params = params || $2::jsonb WHERE params->>'kind' = $1`,
      [kind, JSON.stringify(params)],
    );

  it('fires on 10 sign-in failures by one actor in 5 minutes, not on 9, on a slower pace or on many actors', async () => {
    const failure = (minute: number, email = 'mallory@acme.test') =>
      anEvent({
        occurredAt: at(minute),
        action: 'auth.otp.failed',
        outcome: 'failure',
        actor: { type: 'user', email },
      });
    await ingest([
      ...Array.from({ length: 9 }, (_, i) => failure(i * 0.3, 'nine@acme.test')),
      ...Array.from({ length: 10 }, (_, i) => failure(i * 4, 'slow@acme.test')),
      ...Array.from({ length: 10 }, (_, i) => failure(i * 0.1, `many-${i}@acme.test`)),
      anEvent({ occurredAt: at(1) }),
    ]);
    await evaluate();
    expect(await detectionAlerts()).toEqual([]);

    await ingest(Array.from({ length: 10 }, (_, i) => failure(10 + i * 0.4)));
    await evaluate();
    expect(await detectionAlerts()).toEqual([
      expect.objectContaining({
        subject: 'mallory@acme.test',
        rule: 'Repeated sign-in failures for one actor',
      }),
    ]);
    // Read again: the cursor moved, nothing is judged twice.
    await evaluate();
    expect(await detectionAlerts()).toHaveLength(1);
  });

  it('fires on a production DB admin action by anyone outside the allow-list', async () => {
    await enable('forbidden_actor', { allowedActors: ['dba1@acme.test', 'DBA2@acme.test'] });
    await ingest([
      anEvent({
        action: 'db.admin.query',
        category: 'admin',
        actor: { type: 'user', email: 'dba1@acme.test' },
      }),
      anEvent({
        action: 'db.admin.query',
        category: 'admin',
        actor: { type: 'user', email: 'dba2@acme.test' },
      }),
      anEvent({ action: 'db.read', actor: { type: 'user', email: 'eve@acme.test' } }),
    ]);
    await evaluate();
    expect(await detectionAlerts()).toEqual([]);
    await ingest([
      anEvent({
        action: 'db.admin.grant',
        category: 'admin',
        actor: { type: 'user', email: 'eve@acme.test' },
      }),
    ]);
    await evaluate();
    expect(await detectionAlerts()).toEqual([
      expect.objectContaining({ subject: 'eve@acme.test' }),
    ]);
  });

  it('fires on activity by a user after deactivation, not before', async () => {
    const leaver = await createUser(app, 'responder', { email: 'leaver@acme.test' });
    await app.dataSource.query(
      `UPDATE app_user SET active = false, deactivated_at = $2 WHERE id = $1`,
      [leaver.id, at(30)],
    );
    await ingest([
      anEvent({ occurredAt: at(10), actor: { type: 'user', email: 'leaver@acme.test' } }),
    ]);
    await evaluate();
    expect(await detectionAlerts()).toEqual([]);
    await ingest([
      anEvent({ occurredAt: at(45), actor: { type: 'user', email: 'Leaver@acme.test' } }),
    ]);
    await evaluate();
    expect(await detectionAlerts()).toEqual([
      expect.objectContaining({ subject: 'leaver@acme.test' }),
    ]);
  });

  it('fires on 5 exports by one actor within 10 minutes, not on 4', async () => {
    const exportBy = (minute: number, email: string) =>
      anEvent({
        occurredAt: at(minute),
        action: 'data.export',
        category: 'data',
        actor: { type: 'user', email },
      });
    await ingest(Array.from({ length: 4 }, (_, i) => exportBy(i, 'careful@acme.test')));
    await evaluate();
    expect(await detectionAlerts()).toEqual([]);
    await ingest(Array.from({ length: 5 }, (_, i) => exportBy(i * 2, 'bulk@acme.test')));
    await evaluate();
    expect(await detectionAlerts()).toEqual([
      expect.objectContaining({ subject: 'bulk@acme.test' }),
    ]);
  });

  it('fires when a source goes quiet and resolves when it speaks again', async () => {
    await enable('quiet_source', { source: 'app-prod', quietMinutes: 30 });
    await ingest([anEvent({})]);
    const detection = app.app.get(DetectionService);
    await detection.checkQuietSources(new Date());
    expect(await detectionAlerts()).toEqual([]);
    await detection.checkQuietSources(new Date(Date.now() + 31 * 60_000));
    expect(await detectionAlerts()).toEqual([expect.objectContaining({ subject: 'app-prod' })]);
    await detection.checkQuietSources(new Date());
    const [alert] = (await app.dataSource.query(
      `SELECT status FROM alert WHERE source = 'detection'`,
    )) as {
      status: string;
    }[];
    expect(alert?.status).toBe('resolved');
  });

  it('is evaluated by the worker after ingest, without anyone asking', async () => {
    await ingest(
      Array.from({ length: 5 }, (_, i) =>
        anEvent({
          occurredAt: at(i),
          action: 'data.export',
          category: 'data',
          actor: { type: 'user', email: 'auto@acme.test' },
        }),
      ),
    );
    await waitFor(async () => (await detectionAlerts()).length > 0 || null, {
      what: 'the detection worker',
    });
  });

  it('previews a rule against the last 24 h without raising anything', async () => {
    const now = Date.now();
    await ingest(
      Array.from({ length: 6 }, (_, i) =>
        anEvent({
          occurredAt: new Date(now - 60 * 60_000 + i * 1000).toISOString(),
          action: 'data.export',
          category: 'data',
          actor: { type: 'user', email: 'preview@acme.test' },
        }),
      ),
    );
    const preview = await call<{ hits: { subject: string; count: number }[] }>(
      app.url,
      '/api/v1/detection-rules/preview',
      {
        method: 'POST',
        bearer: lead,
        body: {
          name: 'Exports',
          severity: 'SEV3',
          params: { kind: 'mass_export', action: 'data.export', count: 3, windowMinutes: 10 },
        },
      },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.hits).toEqual([
      expect.objectContaining({ subject: 'preview@acme.test', count: 6 }),
    ]);
    expect(await detectionAlerts()).toEqual([]);
  });
});
