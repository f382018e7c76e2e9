import { connect } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { createIngestKey, createUser, signIn } from '../../test/auth-helpers.js';
import {
  BODY_CASES,
  type BodyCase,
  CONTENT_TYPE_CASES,
  PATH_VALUES,
  QUERY_CASES,
} from '../../test/bad-input/corpus.js';
import { forgedSnsCases, SNS_TOPIC } from '../../test/bad-input/forged-sns.js';
import { call, type Session } from '../../test/http-client.js';
import { startMailSink, type MailSink } from '../../test/mail-sink.js';
import { SNS_TEST_CERT_DIR } from '../../test/sns-signing.js';
import { startTestApp, type TestApp, truncateAll } from '../../test/test-app.js';
import { listRoutes, type RouteEntry } from './route-inventory.js';

const ABSENT_ID = '00000000-0000-4000-8000-000000000000';
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Sent to a sample only: each is megabytes, and the limit is enforced before routing.
const OVERSIZED_ROUTES = new Set([
  'POST /api/v1/incidents',
  'POST /api/v1/audit-events',
  'POST /api/v1/integrations/sns',
]);
// Take no body and exist to change state (end the session, sign a checkpoint now): a parseable
// JSON body is ignored there by design, so they get only what is refused before routing.
const BODYLESS_STATE_CHANGE = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/audit-events/checkpoints',
]);
const REFUSED_BEFORE_ROUTING = new Set([
  'truncated JSON',
  'raw NUL byte',
  'invalid UTF-8',
  'deep nesting',
  '__proto__ key',
  'constructor.prototype key',
  'escaped NUL',
  'oversized body',
]);

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/**
 * What changes on its own or records the refusal itself, left out of the before/after comparison:
 * the console's own audit rows of failures and of credential use (written when the caller is
 * authenticated, before the body is read, at most once per interval), with the stream head and
 * idempotency keys they advance; session and key "last used" stamps; and the background sweeper's
 * and detector's bookkeeping. Anything a refused request stored would show in its own table too.
 */
const snapshotSql = (tables: string[]) =>
  tables
    .map((t) => {
      const row =
        t === 'session'
          ? `to_jsonb(x) - 'last_seen_at'`
          : t === 'credential'
            ? `to_jsonb(x) - 'last_used_at'`
            : 'to_jsonb(x)';
      const where =
        t === 'audit_event'
          ? `WHERE NOT (source = 'vigil' AND (outcome = 'failure' OR action IN ('ingest_key.use', 'token.use')))`
          : t === 'audit_stream' || t === 'audit_event_key'
            ? `WHERE source <> 'vigil'`
            : '';
      return `SELECT '${t}' AS t, count(*)::int AS n,
                md5(coalesce(string_agg(md5((${row})::text), ',' ORDER BY md5((${row})::text)), '')) AS h
           FROM ${t} x ${where}`;
    })
    .join(' UNION ALL ');
const UNWATCHED = new Set(['sweeper_task_state', 'detection_cursor', 'schema_migrations']);

describe('bad input', () => {
  let app: TestApp;
  let mail: MailSink;
  let admin: Session;
  let ingestKey: string;
  let tables: string[];
  let incidentId: string;

  const snapshot = async (): Promise<Record<string, string>> => {
    const rows = (await app.dataSource.query(snapshotSql(tables))) as {
      t: string;
      n: number;
      h: string;
    }[];
    return Object.fromEntries(rows.map((r) => [r.t, `${r.n} rows ${r.h}`]));
  };
  const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
    Object.keys(before).filter((t) => before[t] !== after[t]);

  /** Sends raw bytes as the caller the route allows, so the request reaches validation. */
  const send = async (
    route: RouteEntry,
    path: string,
    body?: string | Buffer,
    contentType = 'application/json',
  ): Promise<Answer> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined && contentType) headers['content-type'] = contentType;
    if (route.rule?.kind === 'ingest') headers.authorization = `Bearer ${ingestKey}`;
    if (route.rule?.kind === 'roles') {
      headers.cookie = admin.cookie;
      if (route.method !== 'GET') headers['x-csrf-token'] = admin.csrfToken;
    }
    try {
      const res = await fetch(`${app.url}${path}`, {
        method: route.method,
        headers,
        body: body === undefined ? undefined : new Uint8Array(Buffer.from(body)),
        redirect: 'manual',
      });
      return {
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        text: await res.text(),
      };
    } catch (error) {
      // The server may close the socket once it has refused an oversized body mid-upload.
      return { status: 0, contentType: '', text: String((error as Error).cause ?? error) };
    }
  };

  /** Why an answer is wrong, or null: a 4xx problem+json without a stack trace. */
  const refusalProblem = (answer: Answer, status?: number): string | null => {
    if (status ? answer.status !== status : answer.status < 400 || answer.status >= 500)
      return `status ${answer.status}${answer.status >= 500 || answer.status < 300 ? `: ${answer.text.slice(0, 160)}` : ''}`;
    if (!answer.contentType.startsWith('application/problem+json'))
      return `content-type ${answer.contentType || '(none)'}: ${answer.text.slice(0, 80)}`;
    if (/\bat .+:\d+:\d+|node_modules|Error:|QueryFailedError/.test(answer.text))
      return `stack or internals in the body: ${answer.text.slice(0, 160)}`;
    return null;
  };

  const fill = (pattern: string, value = ABSENT_ID) => pattern.replace(/:[A-Za-z]+/g, () => value);

  beforeAll(async () => {
    await truncateAll();
    mail = await startMailSink();
    app = await startTestApp({
      SMTP_URL: mail.url,
      SNS_CERT_DIR: SNS_TEST_CERT_DIR,
      SNS_TOPIC_ARNS: SNS_TOPIC,
    });
    await app.dataSource.query(
      `INSERT INTO organization (id, name) VALUES ('org-bad-input', 'Bad input client')`,
    );
    admin = await signIn(app, mail, (await createUser(app, 'admin')).email);
    ingestKey = await createIngestKey(app, 'bad-input');
    const incident = await call<{ id: string }>(app.url, '/api/v1/incidents', {
      method: 'POST',
      session: admin,
      body: { title: 'Seed incident', severity: 'SEV3' },
    });
    incidentId = incident.body.id;
    const rows = (await app.dataSource.query(
      `SELECT tablename AS name FROM pg_tables
        WHERE schemaname = 'public' AND tablename NOT LIKE 'audit_event\\_2%' ORDER BY 1`,
    )) as { name: string }[];
    tables = rows.map((r) => r.name).filter((t) => !UNWATCHED.has(t));
  });
  // A fresh session each test: one that a bad request ended must not turn the next test's calls
  // into 401s that would pass for refusals.
  beforeEach(async () => {
    admin = await signIn(app, mail, (await createUser(app, 'admin')).email);
  });
  afterAll(async () => {
    await app?.close();
    await mail?.close();
  });

  const routes = () => listRoutes(app.app);
  const label = (route: RouteEntry) => `${route.method} ${route.path}`;

  it('refuses every corpus body and wrong content type on every route that takes a body', async () => {
    const failures: string[] = [];
    // Body-less actions last: were one to end the session, it could not mask the others.
    const bodyRoutes = routes()
      .filter((r) => BODY_METHODS.has(r.method))
      .sort((a, b) => +BODYLESS_STATE_CHANGE.has(label(a)) - +BODYLESS_STATE_CHANGE.has(label(b)));
    expect(bodyRoutes.length).toBeGreaterThan(40);
    for (const route of bodyRoutes) {
      const name = label(route);
      const cases: BodyCase[] = [
        ...BODY_CASES.filter((c) => c.name !== 'oversized body' || OVERSIZED_ROUTES.has(name)),
        ...CONTENT_TYPE_CASES.map((c) => ({ ...c, status: 415 })),
      ].filter(
        (c) =>
          !BODYLESS_STATE_CHANGE.has(name) ||
          REFUSED_BEFORE_ROUTING.has(c.name) ||
          c.status === 415,
      );
      const before = await snapshot();
      // Concurrently: every case is refused, so none can depend on another's outcome.
      await inParallel(cases, async (c) => {
        const answer = await send(route, fill(route.path), c.body, c.contentType);
        // The SNS endpoint reads text/plain by design (SNS posts JSON as text/plain).
        const status =
          c.status === 415 && name.endsWith('/integrations/sns') ? undefined : c.status;
        const problem =
          answer.status === 0 && c.status === 413 ? null : refusalProblem(answer, status);
        if (problem) failures.push(`${name} ← ${c.name}: ${problem}`);
      });
      const changed = changedTables(before, await snapshot());
      if (changed.length) failures.push(`${name}: changed ${changed.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses hostile path parameters on every route that has one', async () => {
    const failures: string[] = [];
    const before = await snapshot();
    await inParallel(
      routes().filter((r) => r.path.includes(':')),
      async (route) => {
        for (const { name, value } of PATH_VALUES) {
          const answer = await send(
            route,
            fill(route.path, value),
            BODY_METHODS.has(route.method) && !BODYLESS_STATE_CHANGE.has(label(route))
              ? '{}'
              : undefined,
          );
          const problem = refusalProblem(answer);
          if (problem) failures.push(`${label(route)} ← path ${name}: ${problem}`);
        }
      },
    );
    expect(failures).toEqual([]);
    expect(changedTables(before, await snapshot())).toEqual([]);
  });

  it('answers hostile query strings on every route without a 5xx or a change', async () => {
    const failures: string[] = [];
    const before = await snapshot();
    await inParallel(routes(), async (route) => {
      const bodyless = BODYLESS_STATE_CHANGE.has(label(route));
      for (const { name, query, refuse } of QUERY_CASES) {
        // A body-less action must still refuse what is refused before routing.
        if (bodyless && !refuse) continue;
        const answer = await send(
          route,
          `${fill(route.path)}?${query}`,
          BODY_METHODS.has(route.method) && !bodyless ? '[]' : undefined,
        );
        const problem = refuse
          ? refusalProblem(answer)
          : answer.status >= 500 || answer.status === 0
            ? `status ${answer.status}: ${answer.text.slice(0, 160)}`
            : answer.status >= 400
              ? refusalProblem(answer)
              : null;
        if (problem) failures.push(`${label(route)} ← query ${name}: ${problem}`);
      }
    });
    expect(failures).toEqual([]);
    expect(changedTables(before, await snapshot())).toEqual([]);
  });

  it('refuses near-valid bodies that would reach Postgres with NUL, odd text or odd numbers', async () => {
    const seeds: { route: string; body: Record<string, unknown> }[] = [
      { route: 'POST /api/v1/incidents', body: { title: 'Seed', severity: 'SEV3' } },
      { route: 'POST /api/v1/organizations', body: { id: 'org-seed-x', name: 'Seed' } },
      { route: 'POST /api/v1/auth/otp', body: { email: 'seed@example.test' } },
      {
        route: 'POST /api/v1/integrations/webhook',
        body: { dedupKey: 'seed', title: 'Seed', status: 'firing', details: { a: 'b' } },
      },
      {
        route: 'POST /api/v1/runbooks',
        body: { title: 'Seed', kind: 'IR', steps: [{ title: 'Step' }] },
      },
      { route: `POST /api/v1/incidents/${'{incident}'}/notes`, body: { body: 'Seed note' } },
      { route: `PATCH /api/v1/incidents/${'{incident}'}`, body: { title: 'Seed' } },
    ];
    const mutations: { name: string; text: (b: Record<string, unknown>) => string }[] = [
      { name: 'NUL in a string', text: (b) => JSON.stringify(mapStrings(b, (v) => `${v}\u0000`)) },
      { name: 'NUL in a key', text: (b) => JSON.stringify({ ...b, 'a\u0000b': 1 }) },
      {
        name: '__proto__ in a nested object',
        text: (b) => withKey(b, '"__proto__"', '{"polluted":"yes"}'),
      },
      {
        name: 'constructor.prototype',
        text: (b) => withKey(b, '"constructor"', '{"prototype":{"polluted":"yes"}}'),
      },
      {
        name: 'deep nesting',
        text: (b) => withKey(b, '"details"', `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`),
      },
      {
        name: 'lone surrogate',
        text: (b) => JSON.stringify(b).replace(/"([^"]+)"(?=[,}])/, '"$1\\ud800"'),
      },
      {
        name: 'year zero',
        text: (b) =>
          JSON.stringify({
            ...b,
            detectedAt: '0000-01-01T00:00:00Z',
            occurredAt: '0000-01-01T00:00:00Z',
          }),
      },
    ];
    const failures: string[] = [];
    for (const seed of seeds) {
      const [method, pattern] = seed.route.replace('{incident}', incidentId).split(' ') as [
        string,
        string,
      ];
      const route = routes().find(
        (r) => r.method === method && fill(r.path, incidentId) === pattern,
      );
      if (!route) throw new Error(`no route ${seed.route}`);
      const before = await snapshot();
      for (const m of mutations) {
        const answer = await send(route, pattern, m.text(seed.body));
        const problem = refusalProblem(answer);
        if (problem) failures.push(`${seed.route} ← ${m.name}: ${problem}`);
      }
      const changed = changedTables(before, await snapshot());
      if (changed.length) failures.push(`${seed.route}: changed ${changed.join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses forged SNS messages and stores none', async () => {
    const route = routes().find((r) => label(r) === 'POST /api/v1/integrations/sns');
    if (!route) throw new Error('no SNS route');
    const failures: string[] = [];
    const before = await snapshot();
    for (const c of forgedSnsCases()) {
      const answer = await send(route, route.path, c.body, c.contentType);
      const problem = refusalProblem(answer, c.status);
      if (problem) failures.push(`${c.name}: ${problem}`);
    }
    expect(failures).toEqual([]);
    expect(changedTables(before, await snapshot())).toEqual([]);
  });

  it('keeps Object.prototype clean after every __proto__ and constructor.prototype body', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a session cookie replayed after sign-out, and a used code replayed', async () => {
    const user = await createUser(app, 'responder');
    const session = await signIn(app, mail, user.email);
    expect((await call(app.url, '/api/v1/auth/me', { session })).status).toBe(200);
    const out = await call(app.url, '/api/v1/auth/logout', { method: 'POST', session });
    expect(out.status).toBe(204);
    const replayed = await call(app.url, '/api/v1/auth/me', { session });
    expect(replayed.status).toBe(401);
    expect(replayed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const write = await call(app.url, '/api/v1/incidents', {
      method: 'POST',
      session,
      body: { title: 'After sign-out', severity: 'SEV4' },
    });
    expect(write.status).toBe(401);

    const requested = await call(app.url, '/api/v1/auth/otp', {
      method: 'POST',
      body: { email: user.email },
    });
    expect(requested.status).toBe(202);
    const code = await mail.nextCode(user.email);
    const verify = () =>
      call(app.url, '/api/v1/auth/otp/verify', {
        method: 'POST',
        body: { email: user.email, code },
      });
    expect((await verify()).status).toBe(200);
    const again = await verify();
    expect(again.status).toBe(401);
    expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('sets request timeouts and drops slow-loris clients while answering others', async () => {
    const server = (app.app as NestExpressApplication).getHttpServer() as Server & {
      connectionsCheckingInterval: number;
    };
    expect(server.headersTimeout).toBeGreaterThan(0);
    expect(server.headersTimeout).toBeLessThanOrEqual(30_000);
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect(server.requestTimeout).toBeLessThanOrEqual(120_000);
    expect(server.connectionsCheckingInterval).toBeLessThanOrEqual(5_000);

    // Shortened here so the test is quick; the production values are checked just above.
    const saved = { headers: server.headersTimeout, request: server.requestTimeout };
    server.headersTimeout = 1_000;
    server.requestTimeout = 2_000;
    try {
      const { port } = new URL(app.url);
      const slow = (parts: string[]) =>
        new Promise<{ closedAfterMs: number; reply: string }>((resolve, reject) => {
          const started = Date.now();
          const socket = connect(Number(port), '127.0.0.1');
          let reply = '';
          let i = 0;
          const drip = setInterval(() => {
            if (socket.writable && i < parts.length) socket.write(parts[i++] ?? '');
          }, 300);
          socket.on('data', (chunk) => (reply += chunk.toString()));
          socket.on('error', () => undefined);
          socket.on('close', () => {
            clearInterval(drip);
            resolve({ closedAfterMs: Date.now() - started, reply });
          });
          setTimeout(() => {
            clearInterval(drip);
            socket.destroy();
            reject(new Error('the server kept a slow-loris connection open for 20 s'));
          }, 20_000);
        });
      const headerDrip = [...'GET /health/live HTTP/1.1\r\nHost: x\r\nX-Slow: '].concat(
        Array.from({ length: 200 }, () => 'a'),
      );
      const bodyDrip = [
        `POST /api/v1/auth/otp HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":"`,
        ...Array.from({ length: 200 }, () => 'a'),
      ];
      const pending = Promise.all([slow(headerDrip), slow(bodyDrip)]);
      // Meanwhile the server answers everyone else at once.
      for (let n = 0; n < 5; n++) {
        const started = Date.now();
        expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
        expect(Date.now() - started).toBeLessThan(1_000);
        await new Promise((r) => setTimeout(r, 200));
      }
      const [headers, body] = await pending;
      expect(headers.closedAfterMs).toBeLessThan(12_000);
      expect(body.closedAfterMs).toBeLessThan(12_000);
      expect(headers.reply).not.toMatch(/^HTTP\/1\.1 200/);
      expect(body.reply).not.toMatch(/^HTTP\/1\.1 2/);
    } finally {
      server.headersTimeout = saved.headers;
      server.requestTimeout = saved.request;
    }
  });
});

const mapStrings = (value: unknown, f: (s: string) => string): unknown => {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
};

/** Adds a raw `"key": value` member at the root and in a nested `details` object. */
const withKey = (body: Record<string, unknown>, key: string, value: string) =>
  `${JSON.stringify(body).slice(0, -1)}, ${key}: ${value}, "details": {${key}: ${value}}}`;

/** Runs `task` over `items`, a few at a time, like a handful of clients at once. */
const inParallel = async <T>(items: T[], task: (item: T) => Promise<void>, width = 6) => {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    }),
  );
};
