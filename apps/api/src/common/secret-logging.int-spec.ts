import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { call, type Session } from '../../test/http-client.js';
import { startMailSink, type MailSink } from '../../test/mail-sink.js';
import {
  SNS_TEST_CERT_DIR,
  SNS_TEST_CERT_URL,
  signSnsMessage,
  snsTestKeyPem,
} from '../../test/sns-signing.js';
import { testDatabaseUrl, testRedisUrl, truncateAll, waitFor } from '../../test/test-app.js';

const MAIN = resolve('dist/api/main.js');
const TOPIC = 'arn:aws:sns:ca-central-1:123456789012:vigil-alarms';
const ADMIN = 'admin@example.test';

/**
 * Secrets never reach the logs: the built server runs at LOG_LEVEL=trace with every line it writes
 * captured, a full flow goes through HTTP, then the capture is searched for every secret seen.
 */
describe('secrets in the logs of a full run', () => {
  const secrets = new Map<string, string>();
  let child: ChildProcess;
  let output = '';
  let mail: MailSink;
  let receiver: Server;
  let base: string;

  const keep = (name: string, value: string | undefined | null) => {
    if (!value) throw new Error(`the flow produced no ${name}`);
    secrets.set(name, value);
    return value;
  };

  beforeAll(async () => {
    if (!existsSync(MAIN))
      throw new Error(`${MAIN} is missing: build first (npx nx run api:build)`);
    await truncateAll();
    mail = await startMailSink();
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200).end('ok'));
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));

    // Trust auth ignores it, but a password in the URL must stay out of the logs all the same.
    const databaseUrl = new URL(testDatabaseUrl());
    databaseUrl.password = keep('database password', `dbpw-${randomBytes(12).toString('hex')}`);
    const sessionSecret = keep('SESSION_SECRET', randomBytes(32).toString('base64url'));
    const port = 35000 + Math.floor(Math.random() * 1000);
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl.toString(),
        REDIS_URL: testRedisUrl(),
        REDIS_PREFIX: `vigil-secrets-${process.pid}-${Date.now()}`,
        SMTP_URL: mail.url,
        SESSION_SECRET: sessionSecret,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'vigil-secrets-')),
        WEB_DIST_DIR: join(tmpdir(), 'vigil-no-web'),
        LOG_LEVEL: 'trace',
        VIGIL_ADMIN_EMAIL: ADMIN,
        SNS_CERT_DIR: SNS_TEST_CERT_DIR,
        SNS_TOPIC_ARNS: TOPIC,
        SWEEP_INTERVAL_MS: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(
      async () => (await fetch(`${base}/health/ready`).catch(() => null))?.status === 200,
      { timeoutMs: 60_000, what: `Vigil on ${base}` },
    );
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await mail?.close();
    await new Promise((r) => receiver?.close(r));
  });

  it('writes none of the codes, cookies, tokens, keys and secrets it handled', async () => {
    // Sign in: a code by mail, a wrong guess, the right one.
    expect(
      (await call(base, '/api/v1/auth/otp', { method: 'POST', body: { email: ADMIN } })).status,
    ).toBe(202);
    const code = keep('sign-in code', await mail.nextCode(ADMIN));
    const wrong = code === '000000' ? '111111' : '000000';
    await call(base, '/api/v1/auth/otp/verify', {
      method: 'POST',
      body: { email: ADMIN, code: wrong },
    });
    const verified = await fetch(`${base}/api/v1/auth/otp/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN, code }),
    });
    expect(verified.status).toBe(200);
    const cookie = verified.headers.get('set-cookie')?.split(';')[0] ?? '';
    keep('session cookie', cookie.split('=')[1]);
    const { csrfToken } = (await verified.json()) as { csrfToken: string };
    const session: Session = { cookie, csrfToken: keep('CSRF token', csrfToken) };
    const csrf = await call<{ token: string }>(base, '/api/v1/auth/csrf', { session });
    expect(csrf.body.token).toBe(csrfToken);

    // Credentials, shown once, then used.
    const token = await call<{ secret: string }>(base, '/api/v1/api-tokens', {
      method: 'POST',
      session,
      body: { name: 'nightly export' },
    });
    expect(token.status).toBe(201);
    const apiToken = keep('API token', token.body.secret);
    const key = await call<{ secret: string }>(base, '/api/v1/ingest-keys', {
      method: 'POST',
      session,
      body: { name: 'app servers', source: 'app-prod' },
    });
    expect(key.status).toBe(201);
    const ingestKey = keep('ingest key', key.body.secret);
    expect((await call(base, '/api/v1/auth/me', { bearer: apiToken })).status).toBe(200);
    const ingested = await call(base, '/api/v1/audit-events', {
      method: 'POST',
      bearer: ingestKey,
      body: {
        events: [
          {
            id: 'evt-1',
            occurredAt: new Date().toISOString(),
            category: 'access',
            action: 'auth.login',
            outcome: 'success',
            actor: { type: 'user', id: 'u_1' },
          },
        ],
      },
    });
    expect(ingested.status).toBe(200);
    // Refused credentials are logged as refusals, not as values.
    const forged = `vgl_pat_${randomBytes(32).toString('base64url')}`;
    keep('forged bearer token', forged);
    expect((await call(base, '/api/v1/auth/me', { bearer: forged })).status).toBe(401);

    // A webhook: its secret is shown once; a test delivery is signed with it.
    const { port } = receiver.address() as AddressInfo;
    const hook = await call<{ id: string; secret: string }>(base, '/api/v1/webhooks', {
      method: 'POST',
      session,
      body: { name: 'SecOps', url: `http://127.0.0.1:${port}/hook` },
    });
    expect(hook.status).toBe(201);
    keep('webhook secret', hook.body.secret);
    const delivered = await call(base, `/api/v1/webhooks/${hook.body.id}/test`, {
      method: 'POST',
      bearer: apiToken,
    });
    expect(delivered.status).toBe(200);

    // SNS: a signed alarm notification and a subscription confirmation carrying its token.
    const sign = <T extends object>(message: T) =>
      signSnsMessage(message, {
        version: '2',
        keyPem: snsTestKeyPem(),
        certUrl: SNS_TEST_CERT_URL,
      });
    const subscribeToken = keep('SNS subscription token', randomBytes(64).toString('hex'));
    for (const message of [
      sign({
        Type: 'SubscriptionConfirmation',
        MessageId: randomUUID(),
        Token: subscribeToken,
        TopicArn: TOPIC,
        Message: 'You have chosen to subscribe to the topic.',
        SubscribeURL: `https://sns.ca-central-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${TOPIC}&Token=${subscribeToken}`,
        Timestamp: new Date().toISOString(),
      }),
      sign({
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: TOPIC,
        Subject: 'ALARM: "api-5xx"',
        Message: JSON.stringify({
          AlarmName: 'api-5xx',
          AlarmArn: 'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:api-5xx',
          NewStateValue: 'ALARM',
          OldStateValue: 'OK',
          NewStateReason: 'Threshold crossed',
          StateChangeTime: new Date().toISOString(),
          Region: 'Canada (Central)',
          Trigger: { MetricName: '5XXError', Namespace: 'AWS/ApiGateway' },
        }),
        Timestamp: new Date().toISOString(),
        UnsubscribeURL:
          'https://sns.ca-central-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=x',
      }),
    ]) {
      const reply = await call(base, '/api/v1/integrations/sns', {
        method: 'POST',
        body: JSON.stringify(message),
        headers: { 'content-type': 'text/plain; charset=UTF-8' },
      });
      expect(reply.status).toBe(200);
    }

    // A CSRF refusal echoes nothing back into the log either.
    await call(base, '/api/v1/organizations', {
      method: 'POST',
      session,
      withoutCsrf: true,
      body: {},
    });
    expect((await call(base, '/api/v1/auth/logout', { method: 'POST', session })).status).toBe(204);

    child.kill('SIGTERM');
    expect(await new Promise((r) => child.once('exit', r))).toBe(0);

    // Sanity: the capture holds every request of the flow, refusals included.
    for (const [path, status] of [
      ['/api/v1/auth/otp/verify', 401],
      ['/api/v1/auth/otp/verify', 200],
      ['/api/v1/api-tokens', 201],
      ['/api/v1/audit-events', 200],
      ['/api/v1/auth/me', 401],
      ['/api/v1/integrations/sns', 200],
      ['/api/v1/organizations', 403],
      ['/api/v1/auth/logout', 204],
    ] as const) {
      expect(output).toMatch(new RegExp(`"url":"${path}".*"statusCode":${status}`));
    }

    const leaks = [...secrets].filter(([, value]) => contains(output, value)).map(([name]) => name);
    const headerLeaks = headerValues(output);
    expect({ leaks, headerLeaks, privateKey: /PRIVATE KEY/.test(output) }).toEqual({
      leaks: [],
      headerLeaks: [],
      privateKey: false,
    });
  });
});

/** A 6-digit code counts only as a whole number, not as a run of digits inside a longer one. */
const contains = (text: string, value: string): boolean =>
  /^\d+$/.test(value)
    ? new RegExp(`(?<![0-9A-Za-z])${value}(?![0-9A-Za-z])`).test(text)
    : text.includes(value) || text.includes(encodeURIComponent(value));

/** Any credential-bearing header logged with a value other than the redaction marker. */
const headerValues = (text: string): string[] =>
  [
    ...text.matchAll(
      /"(authorization|cookie|set-cookie|x-csrf-token)"\s*:\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\])/gi,
    ),
  ]
    .filter((m) => !/^"\[redacted\]"$/.test(m[2] ?? ''))
    .map((m) => `${m[1]}: ${m[2]?.slice(0, 16)}…`)
    .filter((line, i, all) => all.indexOf(line) === i);
