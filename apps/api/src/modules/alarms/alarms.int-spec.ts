import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createIngestKey, createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import {
  SNS_OTHER_CERT_URL,
  SNS_TEST_CERT_DIR,
  SNS_TEST_CERT_URL,
  signSnsMessage,
  snsTestKeyPem,
} from '../../../test/sns-signing.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

const FIXTURES = resolve(__dirname, '../../../../../../shared/fixtures');
const TOPIC = 'arn:aws:sns:ca-central-1:123456789012:vigil-alarms';
const ALARM_ARN = 'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:prod-db-cpu';

const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const snsFixtures = () =>
  readdirSync(join(FIXTURES, 'sns-cloudwatch')).map((file) => {
    const body = readJson(join(FIXTURES, 'sns-cloudwatch', file));
    const records = body.Records as { Sns: Record<string, unknown> }[] | undefined;
    return { file, envelopes: records ? records.map((r) => r.Sns) : [body] };
  });
const fixtureTopics = () => [
  ...new Set(snsFixtures().flatMap((f) => f.envelopes.map((e) => String(e.TopicArn)))),
];

const alarmMessage = (state: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA', at: string, old = 'OK') =>
  JSON.stringify({
    AlarmName: 'prod-db-cpu',
    AlarmDescription: 'Production database CPU above 90 %',
    AWSAccountId: '123456789012',
    AlarmArn: ALARM_ARN,
    NewStateValue: state,
    NewStateReason: `Threshold crossed (${state})`,
    StateChangeTime: at,
    Region: 'Canada (Central)',
    OldStateValue: old,
    Trigger: {
      MetricName: 'CPUUtilization',
      Namespace: 'AWS/RDS',
      StatisticType: 'Statistic',
      Statistic: 'AVERAGE',
      Dimensions: [{ value: 'prod-db', name: 'DBInstanceIdentifier' }],
      Period: 60,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 90,
    },
  });

const notification = (message: string, overrides: Record<string, unknown> = {}) =>
  signSnsMessage(
    {
      Type: 'Notification',
      MessageId: randomUUID(),
      TopicArn: TOPIC,
      Subject: 'ALARM: "prod-db-cpu" in Canada (Central)',
      Message: message,
      Timestamp: new Date().toISOString(),
      UnsubscribeURL:
        'https://sns.ca-central-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=x',
      ...overrides,
    },
    { version: '2', keyPem: snsTestKeyPem(), certUrl: SNS_TEST_CERT_URL },
  );

describe('alarms and alerts', () => {
  let app: TestApp;
  let lead: string;
  let admin: string;
  let key: string;

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp({
      SNS_CERT_DIR: SNS_TEST_CERT_DIR,
      SNS_TOPIC_ARNS: [TOPIC, ...fixtureTopics()].join(','),
    });
  });
  beforeEach(async () => {
    await truncateAll();
    lead = await createToken(app, (await createUser(app, 'security_lead')).email);
    admin = await createToken(app, (await createUser(app, 'admin')).email);
    key = await createIngestKey(app, 'monitoring');
  });
  afterAll(() => app.close());

  const postSns = (body: unknown, contentType = 'text/plain; charset=UTF-8') =>
    call<{ type: string; duplicate: boolean; handled: string }>(
      app.url,
      '/api/v1/integrations/sns',
      {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': contentType },
      },
    );
  const count = async (table: string) =>
    ((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }])[0]
      .n;
  const alerts = () =>
    call<{
      items: {
        id: string;
        status: string;
        fireCount: number;
        incidentId: string | null;
        severity: string;
      }[];
    }>(app.url, '/api/v1/alerts', { bearer: lead });

  it('turns every alarm-bearing SNS fixture into the right alarm, state and time', async () => {
    let alarms = 0;
    for (const { file, envelopes } of snsFixtures()) {
      for (const envelope of envelopes) {
        // Some published samples share a MessageId; real SNS never reuses one for another message.
        const unique = { ...envelope, MessageId: randomUUID() };
        const reply = await postSns(
          signSnsMessage(unique, {
            version: '1',
            keyPem: snsTestKeyPem(),
            certUrl: SNS_TEST_CERT_URL,
          }),
        );
        expect({ file, status: reply.status }).toEqual({ file, status: 200 });
        if (/^alarm |already stored/.test(reply.body.handled)) alarms++;
      }
    }
    expect(alarms).toBe(9);
    // Two pairs of published samples are the same transition (same alarm, time and new state):
    // the two aws-lambda-go payloads, and the two slack-lambda RDS ones. Each pair is stored once.
    expect(await count('alarm_state_change')).toBe(7);
    const list = await call<{
      items: { name: string; region: string; state: string; stateChangedAt: string }[];
    }>(app.url, '/api/v1/alarms', { bearer: lead });
    const ec2 = list.body.items.find((a) => a.name === 'EC2-CPU');
    expect(ec2).toMatchObject({
      region: 'ap-northeast-2',
      state: 'ALARM',
      stateChangedAt: '2021-06-23T08:41:06.622Z',
    });
    const insufficient = list.body.items.find((a) => a.name === 'notificationCountAlarm');
    expect(insufficient).toMatchObject({ state: 'INSUFFICIENT_DATA', region: 'eu-west-1' });
  });

  it('stores one state change when SNS delivers the same message twice', async () => {
    const message = notification(alarmMessage('ALARM', '2026-11-20T10:00:00.000+0000'));
    expect((await postSns(message)).body.duplicate).toBe(false);
    const again = await postSns(message);
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    expect(await count('alarm_state_change')).toBe(1);
    expect((await alerts()).body.items).toHaveLength(1);
  });

  it.each([
    [
      'a changed signed field',
      (m: Record<string, unknown>) => ({ ...m, Message: String(m.Message).replace('ALARM', 'OK') }),
    ],
    [
      'a swapped certificate',
      (m: Record<string, unknown>) => ({ ...m, SigningCertURL: SNS_OTHER_CERT_URL }),
    ],
    [
      'a certificate on another host',
      (m: Record<string, unknown>) => ({
        ...m,
        SigningCertURL:
          'https://sns.ca-central-1.amazonaws.com.evil.com/SimpleNotificationService-test.pem',
      }),
    ],
    [
      'an unknown SignatureVersion',
      (m: Record<string, unknown>) => ({ ...m, SignatureVersion: '3' }),
    ],
    [
      'a topic outside the allow-list',
      (m: Record<string, unknown>) =>
        signSnsMessage(
          { ...m, TopicArn: 'arn:aws:sns:ca-central-1:999999999999:other' },
          {
            version: '2',
            keyPem: snsTestKeyPem(),
            certUrl: SNS_TEST_CERT_URL,
          },
        ),
    ],
  ])('refuses %s with 403 and stores nothing', async (_, forge) => {
    const reply = await postSns(forge(notification(alarmMessage('ALARM', '2026-11-20T10:00:00Z'))));
    expect(reply.status).toBe(403);
    expect(await count('sns_message')).toBe(0);
    expect(await count('alarm')).toBe(0);
  });

  it('answers malformed bodies with 400', async () => {
    const reply = await call(app.url, '/api/v1/integrations/sns', {
      method: 'POST',
      body: '{"Type":',
      headers: { 'content-type': 'text/plain' },
    });
    expect(reply.status).toBe(400);
  });

  it('keeps a subscription confirmation pending for an admin, and never follows it on its own', async () => {
    const fixture = readJson(
      join(FIXTURES, 'sns-cloudwatch', 'aws-sns-docs_http-subscription-confirmation.json'),
    );
    const signed = signSnsMessage(
      {
        ...fixture,
        TopicArn: TOPIC,
        SubscribeURL: `https://sns.ca-central-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${TOPIC}&Token=abc`,
      },
      {
        version: '2',
        keyPem: snsTestKeyPem(),
        certUrl: SNS_TEST_CERT_URL,
      },
    );
    expect((await postSns(signed)).body.handled).toBe('subscription pending confirmation');
    const pending = await call<{ items: { status: string; topicArn: string }[] }>(
      app.url,
      '/api/v1/integrations/sns/subscriptions',
      { bearer: admin },
    );
    expect(pending.body.items).toEqual([
      expect.objectContaining({ status: 'pending', topicArn: TOPIC }),
    ]);
  });

  it('opens an incident from ALARM by rule, treats a flap inside the window as the same alert, and OK resolves it', async () => {
    const rule = await call(app.url, '/api/v1/alert-rules', {
      method: 'POST',
      bearer: lead,
      body: {
        name: 'Production databases page',
        match: { namespace: 'AWS/RDS', alarmName: 'prod-*' },
        severity: 'SEV2',
        action: 'open_incident',
        suppressionMinutes: 15,
      },
    });
    expect(rule.status).toBe(201);
    await postSns(notification(alarmMessage('ALARM', '2026-11-20T10:00:00.000+0000')));
    await postSns(notification(alarmMessage('OK', '2026-11-20T10:03:00.000+0000', 'ALARM')));
    await postSns(notification(alarmMessage('ALARM', '2026-11-20T10:05:00.000+0000')));
    let list = (await alerts()).body.items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'open', fireCount: 2, severity: 'SEV2' });
    expect(list[0]?.incidentId).toEqual(expect.any(String));
    expect(await count('incident')).toBe(1);

    await postSns(notification(alarmMessage('OK', '2026-11-20T10:20:00.000+0000', 'ALARM')));
    list = (await alerts()).body.items;
    expect(list[0]).toMatchObject({ status: 'resolved', incidentResolutionSuggested: true });
    const [incident] = (await app.dataSource.query('SELECT status FROM incident')) as {
      status: string;
    }[];
    expect(incident?.status).toBe('detected');

    // Long after the window, ALARM is a new episode with its own alert (attached to no new incident yet).
    await postSns(notification(alarmMessage('ALARM', '2026-11-20T12:00:00.000+0000')));
    expect((await alerts()).body.items).toHaveLength(2);
    const alarm = await call<{ history: { newState: string }[] }>(
      app.url,
      `/api/v1/alarms/${encodeURIComponent(ALARM_ARN)}`,
      {
        bearer: lead,
      },
    );
    expect(alarm.body.history.map((h) => h.newState)).toEqual([
      'ALARM',
      'OK',
      'ALARM',
      'OK',
      'ALARM',
    ]);
  });

  it('changes only what a rule PATCH names', async () => {
    const created = await call<{ id: string }>(app.url, '/api/v1/alert-rules', {
      method: 'POST',
      bearer: lead,
      body: {
        name: 'RDS',
        match: { namespace: 'AWS/RDS' },
        severity: 'SEV2',
        action: 'open_incident',
        suppressionMinutes: 45,
        notify: ['oncall@acme.test'],
      },
    });
    const patched = await call(app.url, `/api/v1/alert-rules/${created.body.id}`, {
      method: 'PATCH',
      bearer: lead,
      body: { enabled: false },
    });
    expect(patched.body).toMatchObject({
      enabled: false,
      match: { namespace: 'AWS/RDS' },
      suppressionMinutes: 45,
      notify: ['oncall@acme.test'],
    });
    const rule = (
      await call<{ id: string; enabled: boolean }>(app.url, '/api/v1/detection-rules', {
        method: 'POST',
        bearer: lead,
        body: {
          name: 'Quiet',
          enabled: false,
          severity: 'SEV3',
          params: { kind: 'quiet_source', source: 'app', quietMinutes: 30 },
        },
      })
    ).body;
    const renamed = await call(app.url, `/api/v1/detection-rules/${rule?.id}`, {
      method: 'PATCH',
      bearer: lead,
      body: { name: 'Renamed' },
    });
    expect(renamed.body).toMatchObject({ name: 'Renamed', enabled: rule?.enabled });
  });

  it('takes EventBridge state changes and keeps configuration changes as history only', async () => {
    const dir = join(FIXTURES, 'eventbridge');
    for (const file of readdirSync(dir)) {
      const reply = await call(app.url, '/api/v1/integrations/eventbridge', {
        method: 'POST',
        bearer: key,
        body: readJson(join(dir, file)),
      });
      expect({ file, status: reply.status }).toEqual({ file, status: 200 });
    }
    expect(await count('alarm_configuration_change')).toBe(6);
    expect(await count('alarm_state_change')).toBe(5);
    const again = await call<{ duplicate: boolean }>(app.url, '/api/v1/integrations/eventbridge', {
      method: 'POST',
      bearer: key,
      body: readJson(join(dir, readdirSync(dir)[0] as string)),
    });
    expect(again.body.duplicate).toBe(true);
  });

  it('fires and resolves generic webhook alerts by dedupKey', async () => {
    const send = (status: 'firing' | 'resolved') =>
      call<{ alertId: string; status: string }>(app.url, '/api/v1/integrations/webhook', {
        method: 'POST',
        bearer: key,
        body: {
          dedupKey: 'bugsnag:checkout-500',
          title: 'Checkout 500s',
          severity: 'SEV2',
          status,
        },
      });
    const first = await send('firing');
    expect(first.body.status).toBe('new');
    expect((await send('firing')).body).toEqual({ alertId: first.body.alertId, status: 'refire' });
    expect((await send('resolved')).body.status).toBe('resolved');
    expect((await alerts()).body.items[0]).toMatchObject({
      status: 'resolved',
      severity: 'SEV2',
      fireCount: 2,
    });
  });

  it('lets the security lead acknowledge, promote and suppress, each audited', async () => {
    await postSns(notification(alarmMessage('ALARM', '2026-11-20T10:00:00Z')));
    const [alert] = (await alerts()).body.items;
    const id = alert?.id as string;
    expect(
      (
        await call(app.url, `/api/v1/alerts/${id}/acknowledge`, {
          method: 'POST',
          bearer: lead,
          body: {},
        })
      ).body,
    ).toMatchObject({
      status: 'acknowledged',
    });
    const promoted = await call<{ incidentId: string }>(app.url, `/api/v1/alerts/${id}/promote`, {
      method: 'POST',
      bearer: lead,
      body: {},
    });
    expect(promoted.body.incidentId).toEqual(expect.any(String));
    expect(
      (
        await call(app.url, `/api/v1/alerts/${id}/promote`, {
          method: 'POST',
          bearer: lead,
          body: {},
        })
      ).status,
    ).toBe(409);
    const suppressed = await call(app.url, `/api/v1/alerts/${id}/suppress`, {
      method: 'POST',
      bearer: lead,
      body: { reason: 'maintenance window', minutes: 30 },
    });
    expect(suppressed.body).toMatchObject({ status: 'suppressed' });
    const actions = (await app.dataSource.query(
      `SELECT action FROM audit_event WHERE source = 'vigil' AND action LIKE 'alert.%' ORDER BY seq`,
    )) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'alert.acknowledge',
      'alert.promote',
      'alert.suppress',
    ]);
  });
});
