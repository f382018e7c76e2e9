import type { Role } from '@vigil/contracts';
import { createIngestKey, createToken, createUser } from '../../test/auth-helpers.js';
import { call } from '../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../test/test-app.js';
import { ALL_ROLES } from './access.decorator.js';
import { listRoutes } from './route-inventory.js';

/**
 * Who may call what: the one table every route must appear in. A new route fails this test until it
 * is added here, and a route whose behaviour differs from its row fails it too.
 */
const EVERYONE = ALL_ROLES;
const INCIDENT_READERS: readonly Role[] = ['admin', 'security_lead', 'responder', 'dpo', 'auditor'];
const ALERT_READERS: readonly Role[] = ['admin', 'security_lead', 'responder'];
const AUDIT_READERS: readonly Role[] = [
  'admin',
  'security_lead',
  'dpo',
  'auditor',
  'client_auditor',
];
const MATRIX: Record<string, 'public' | 'ingest' | readonly Role[]> = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /metrics': 'public',
  'POST /api/v1/auth/otp': 'public',
  'POST /api/v1/auth/otp/verify': 'public',
  'GET /api/v1/auth/sso': 'public',
  'GET /api/v1/auth/sso/start': 'public',
  'GET /api/v1/auth/sso/callback': 'public',
  'GET /api/v1/auth/session': 'public',
  'GET /api/v1/auth/me': EVERYONE,
  'PATCH /api/v1/auth/me': EVERYONE,
  'GET /api/v1/auth/csrf': EVERYONE,
  'POST /api/v1/auth/logout': EVERYONE,
  'GET /api/v1/organizations': EVERYONE,
  'POST /api/v1/organizations': ['admin'],
  'GET /api/v1/organizations/:id': EVERYONE,
  'PATCH /api/v1/organizations/:id': ['admin'],
  'GET /api/v1/users': ['admin'],
  'POST /api/v1/users': ['admin'],
  'PATCH /api/v1/users/:id': ['admin'],
  'GET /api/v1/api-tokens': ['admin'],
  'POST /api/v1/api-tokens': ['admin'],
  'POST /api/v1/api-tokens/:id/revoke': ['admin'],
  'GET /api/v1/ingest-keys': ['admin'],
  'POST /api/v1/ingest-keys': ['admin'],
  'POST /api/v1/ingest-keys/:id/revoke': ['admin'],
  'GET /api/v1/outbox': ['admin', 'dpo'],
  'GET /api/v1/outbox/:id/attempts': ['admin', 'dpo'],
  'GET /api/v1/webhooks': ['admin'],
  'POST /api/v1/webhooks': ['admin'],
  'PATCH /api/v1/webhooks/:id': ['admin'],
  'DELETE /api/v1/webhooks/:id': ['admin'],
  'POST /api/v1/webhooks/:id/test': ['admin'],
  'GET /api/v1/dashboard/summary': INCIDENT_READERS,
  'GET /api/v1/dashboard/now': INCIDENT_READERS,
  'GET /api/v1/response-targets': INCIDENT_READERS,
  'PUT /api/v1/response-targets': ['admin'],
  'GET /api/v1/audit-events': AUDIT_READERS,
  'POST /api/v1/audit-events': 'ingest',
  'POST /api/v1/audit-events/cloudtrail': 'ingest',
  'GET /api/v1/audit-events/export': AUDIT_READERS,
  'GET /api/v1/audit-events/per-day': AUDIT_READERS,
  'GET /api/v1/audit-events/verify': AUDIT_READERS,
  'GET /api/v1/audit-events/public-key': 'public',
  'GET /api/v1/audit-events/checkpoints': ['admin', 'security_lead', 'dpo', 'auditor'],
  'POST /api/v1/audit-events/checkpoints': ['admin', 'security_lead', 'auditor'],
  'POST /api/v1/incidents': ['admin', 'security_lead', 'responder', 'dpo'],
  'GET /api/v1/incidents': INCIDENT_READERS,
  'GET /api/v1/incidents/:id': INCIDENT_READERS,
  'PATCH /api/v1/incidents/:id': ['admin', 'security_lead', 'dpo'],
  'POST /api/v1/incidents/:id/transitions': ['admin', 'security_lead', 'responder'],
  'GET /api/v1/incidents/:id/timeline': INCIDENT_READERS,
  'GET /api/v1/incidents/:id/report': INCIDENT_READERS,
  'POST /api/v1/incidents/:id/notes': ['admin', 'security_lead', 'responder', 'dpo'],
  'PUT /api/v1/incidents/:id/assessment': ['admin', 'dpo'],
  'POST /api/v1/incidents/:id/evidence': ['admin', 'security_lead', 'dpo'],
  'GET /api/v1/obligations/:id/notice': ['admin', 'dpo', 'security_lead', 'auditor'],
  'PUT /api/v1/obligations/:id/notice': ['admin', 'dpo'],
  'GET /api/v1/obligations': ['admin', 'dpo', 'security_lead', 'auditor'],
  'POST /api/v1/obligations/:id/complete': ['admin', 'dpo'],
  'POST /api/v1/obligations/:id/waive': ['admin', 'dpo'],
  'GET /api/v1/register': ['admin', 'dpo', 'auditor'],
  'GET /api/v1/runbooks': INCIDENT_READERS,
  'POST /api/v1/runbooks': ['admin', 'security_lead'],
  'GET /api/v1/runbooks/:id': INCIDENT_READERS,
  'PUT /api/v1/runbooks/:id': ['admin', 'security_lead'],
  'GET /api/v1/runbooks/:id/versions': INCIDENT_READERS,
  'POST /api/v1/runbooks/:id/archive': ['admin', 'security_lead'],
  'POST /api/v1/runbooks/:id/unarchive': ['admin', 'security_lead'],
  'POST /api/v1/runbooks/:id/runs': ['admin', 'security_lead', 'responder'],
  'GET /api/v1/runbook-runs': INCIDENT_READERS,
  'GET /api/v1/runbook-runs/:id': INCIDENT_READERS,
  'PATCH /api/v1/runbook-runs/:id/steps/:stepId': ['admin', 'security_lead', 'responder', 'dpo'],
  'POST /api/v1/runbook-runs/:id/finish': ['admin', 'security_lead', 'responder'],
  'GET /api/v1/services': INCIDENT_READERS,
  'PUT /api/v1/services': ['admin', 'security_lead'],
  'GET /api/v1/backup-tests': INCIDENT_READERS,
  'POST /api/v1/backup-tests': ['admin', 'security_lead', 'responder'],
  'GET /api/v1/drills': INCIDENT_READERS,
  'POST /api/v1/drills': ['admin', 'security_lead', 'responder'],
  'GET /api/v1/continuity/schedule': INCIDENT_READERS,
  'GET /api/v1/continuity/report': INCIDENT_READERS,
  'GET /api/v1/organizations/:id/data-requests': ['admin', 'dpo'],
  'POST /api/v1/organizations/:id/data-requests': ['admin', 'dpo'],
  'PUT /api/v1/organizations/:id/legal-hold': ['admin', 'dpo'],
  'GET /api/v1/data-requests': ['admin', 'dpo'],
  'GET /api/v1/data-requests/:id': ['admin', 'dpo'],
  'PATCH /api/v1/data-requests/:id': ['admin', 'dpo'],
  'GET /api/v1/data-requests/:id/archive': ['admin', 'dpo'],
  'POST /api/v1/data-requests/:id/delete': ['admin', 'dpo'],
  'GET /api/v1/certificates/:id': ['admin', 'dpo', 'auditor'],
  'POST /api/v1/integrations/sns': 'public',
  'GET /api/v1/integrations/sns/subscriptions': ['admin'],
  'POST /api/v1/integrations/sns/subscriptions/:messageId/confirm': ['admin'],
  'POST /api/v1/integrations/eventbridge': 'ingest',
  'POST /api/v1/integrations/webhook': 'ingest',
  'GET /api/v1/alarms': ALERT_READERS,
  'GET /api/v1/alarms/:id': ALERT_READERS,
  'GET /api/v1/alerts': ALERT_READERS,
  'GET /api/v1/alerts/:id': ALERT_READERS,
  'POST /api/v1/alerts/:id/acknowledge': ALERT_READERS,
  'POST /api/v1/alerts/:id/promote': ['admin', 'security_lead'],
  'POST /api/v1/alerts/:id/suppress': ['admin', 'security_lead'],
  'GET /api/v1/alert-rules': ALERT_READERS,
  'POST /api/v1/alert-rules': ['admin', 'security_lead'],
  'PATCH /api/v1/alert-rules/:id': ['admin', 'security_lead'],
  'DELETE /api/v1/alert-rules/:id': ['admin', 'security_lead'],
  'GET /api/v1/detection-rules': ALERT_READERS,
  'POST /api/v1/detection-rules': ['admin', 'security_lead'],
  'POST /api/v1/detection-rules/preview': ['admin', 'security_lead'],
  'PATCH /api/v1/detection-rules/:id': ['admin', 'security_lead'],
  'DELETE /api/v1/detection-rules/:id': ['admin', 'security_lead'],
};

type Caller = 'anonymous' | 'ingest key' | Role;
const CALLERS: Caller[] = ['anonymous', 'ingest key', ...ALL_ROLES];

const expectedStatus = (rule: (typeof MATRIX)[string], caller: Caller): 'allowed' | 401 | 403 => {
  if (rule === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  if (rule === 'ingest') return caller === 'ingest key' ? 'allowed' : 403;
  if (caller === 'ingest key') return 403;
  return rule.includes(caller) ? 'allowed' : 403;
};

describe('authorization matrix', () => {
  let app: TestApp;
  const secrets = new Map<Caller, string>();

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp();
    await app.dataSource.query(
      `INSERT INTO organization (id, name) VALUES ('org-matrix', 'Matrix client')`,
    );
    for (const role of ALL_ROLES) {
      const user = await createUser(
        app,
        role,
        role === 'client_auditor' ? { organizationId: 'org-matrix' } : {},
      );
      secrets.set(role, await createToken(app, user.email));
    }
    secrets.set('ingest key', await createIngestKey(app));
  });
  afterAll(() => app.close());

  it('lists every route the application serves, and only those', () => {
    const served = listRoutes(app.app).map((r) => `${r.method} ${r.path}`);
    expect(served.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !served.includes(route))).toEqual([]);
  });

  it('declares a rule on every route that matches the table', () => {
    for (const route of listRoutes(app.app)) {
      const rule = MATRIX[`${route.method} ${route.path}`];
      expect({ route: `${route.method} ${route.path}`, kind: route.rule?.kind }).toEqual({
        route: `${route.method} ${route.path}`,
        kind: rule === 'public' ? 'public' : rule === 'ingest' ? 'ingest' : 'roles',
      });
    }
  });

  it.each(Object.entries(MATRIX))(
    '%s answers each caller as the table says',
    async (route, rule) => {
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern.replace(/:id\b/g, '00000000-0000-4000-8000-000000000000');
      const outcomes: Record<string, number> = {};
      const mismatches: string[] = [];
      for (const caller of CALLERS) {
        const reply = await call(app.url, path, {
          method,
          bearer: caller === 'anonymous' ? undefined : secrets.get(caller),
          body: method === 'GET' ? undefined : {},
        });
        outcomes[caller] = reply.status;
        const expected = expectedStatus(rule, caller);
        const ok =
          expected === 'allowed'
            ? reply.status !== 401 && reply.status !== 403
            : reply.status === expected;
        if (!ok) mismatches.push(`${caller}: expected ${expected}, got ${reply.status}`);
        if (reply.status >= 500) mismatches.push(`${caller}: server error ${reply.status}`);
      }
      expect(mismatches).toEqual([]);
    },
  );
});
