import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AlarmParse, AlarmStateChange } from './alarm-change.js';
import { parseCloudWatchAlarmMessage } from './cloudwatch-alarm-message.js';
import { parseEventBridgeAlarmEvent } from './eventbridge-alarm-event.js';
import { parseSnsLambdaRecords } from './sns-lambda-records.js';

const fixtureDir = path.resolve(__dirname, '../../../../../shared/fixtures/sns-cloudwatch');

type Json = Record<string, unknown>;
type Delivery = { message: string; topicArn?: string };

/** The SNS messages of a fixture: `Records[].Sns` when Lambda-shaped, else the HTTP body itself. */
const deliveriesIn = (file: string): Delivery[] => {
  const body = JSON.parse(readFileSync(path.join(fixtureDir, file), 'utf8')) as Json;
  if ('Records' in body) {
    const records = parseSnsLambdaRecords(body);
    if (!records.ok) throw new Error(`${file}: ${JSON.stringify(records.errors)}`);
    return records.value.map((sns) => ({
      message: sns.message,
      ...(sns.topicArn !== null && { topicArn: sns.topicArn }),
    }));
  }
  if (typeof body.Message !== 'string') throw new Error(`${file}: no Message`);
  return [
    {
      message: body.Message,
      ...(typeof body.TopicArn === 'string' && { topicArn: body.TopicArn }),
    },
  ];
};

const parsed = (result: AlarmParse<AlarmStateChange>): AlarmStateChange => {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.errors)}`);
  return result.value;
};

const errorPaths = (result: AlarmParse<AlarmStateChange>): string[] =>
  result.ok ? [] : result.errors.map((error) => error.path);

type Expected = Omit<AlarmStateChange, 'reason' | 'reasonData' | 'metrics' | 'source'> & {
  metricCount: number | null;
};

// Read by hand from each fixture's Message; nothing here is computed by the code under test.
const alarms: Record<string, Expected> = {
  'alerta_http-s3-bucket-size-alarm.json': {
    // No AlarmArn in the payload: built from AWSAccountId, "EU (Ireland)" and AlarmName.
    alarmArn: 'arn:aws:cloudwatch:eu-west-1:1234567890:alarm:bucketbytesAlarm',
    alarmName: 'bucketbytesAlarm',
    description: 'bucket bytes size exceeded',
    accountId: '1234567890',
    region: 'eu-west-1',
    kind: 'metric',
    newState: 'ALARM',
    oldState: 'INSUFFICIENT_DATA',
    changedAt: '2019-02-15T23:53:45.093Z',
    namespace: 'AWS/S3',
    metricName: 'BucketSizeBytes',
    dimensions: { StorageType: 'StandardStorage', BucketName: 'try.alerta.io' },
    metricCount: null,
    compositeRule: null,
  },
  'alerta_http-sns-insufficient-data.json': {
    alarmArn: 'arn:aws:cloudwatch:eu-west-1:1234567890:alarm:notificationCountAlarm',
    // The Subject says "NotificationCount"; the alarm's own name is this one.
    alarmName: 'notificationCountAlarm',
    description: 'number of notifications exceeded',
    accountId: '1234567890',
    region: 'eu-west-1',
    kind: 'metric',
    newState: 'INSUFFICIENT_DATA',
    oldState: 'ALARM',
    changedAt: '2019-05-13T08:41:43.548Z',
    namespace: 'AWS/SNS',
    metricName: 'NumberOfNotificationsDelivered',
    dimensions: { TopicName: 'alerta-test' },
    metricCount: null,
    compositeRule: null,
  },
  'aws-lambda-go_cloudwatch-alarm-sns-payload-multiple-metrics.json': {
    // AWS's own fixture keeps placeholders in the ARN; they are taken as written.
    alarmArn: 'arn:aws:cloudwatch:REGION:ACCOUNT_NUMBER:alarm:EXAMPLE',
    alarmName: 'EXAMPLE',
    description: 'EXAMPLE',
    accountId: 'EXAMPLE',
    region: 'REGION',
    kind: 'metric_math',
    newState: 'ALARM',
    oldState: 'INSUFFICIENT_DATA',
    changedAt: '2015-06-03T17:43:27.123Z',
    namespace: null,
    metricName: null,
    dimensions: {},
    metricCount: 2,
    compositeRule: null,
  },
  'aws-lambda-go_cloudwatch-alarm-sns-payload-single-metric.json': {
    alarmArn: 'arn:aws:cloudwatch:REGION:ACCOUNT_NUMBER:alarm:EXAMPLE',
    alarmName: 'EXAMPLE',
    description: 'EXAMPLE',
    // AWSAccountId, not the ARN's ACCOUNT_NUMBER placeholder.
    accountId: '123456789012',
    region: 'REGION',
    kind: 'metric',
    newState: 'ALARM',
    oldState: 'INSUFFICIENT_DATA',
    changedAt: '2015-06-03T17:43:27.123Z',
    namespace: 'AWS/EC2',
    metricName: 'NetworkOut',
    dimensions: { InstanceId: 'TestInstance' },
    metricCount: null,
    compositeRule: null,
  },
  'cloudwatch-slack-lambda_sns-cloudwatch-event.json': {
    alarmArn: 'arn:aws:cloudwatch:us-west-2:123456789123:alarm:awsrds-app-High-DB-Connections',
    alarmName: 'awsrds-app-High-DB-Connections',
    description: 'An alarm for when things break',
    accountId: '123456789123',
    region: 'us-west-2',
    kind: 'metric',
    newState: 'ALARM',
    oldState: 'OK',
    changedAt: '2016-07-24T22:05:19.737Z',
    namespace: 'AWS/RDS',
    metricName: 'DatabaseConnections',
    dimensions: { DBInstanceIdentifier: 'app' },
    metricCount: null,
    compositeRule: null,
  },
  'cloudwatch-slack-lambda_sns-event.json': {
    // The name has a space; AWS keeps it as is in the ARN (see EventBridge fixture 03).
    alarmArn: 'arn:aws:cloudwatch:eu-west-1:111111111111111:alarm:Sample Alert',
    alarmName: 'Sample Alert',
    description: 'An alarm for when things sample',
    accountId: '111111111111111',
    region: 'eu-west-1',
    kind: 'metric',
    newState: 'ALARM',
    oldState: 'OK',
    changedAt: '2017-08-07T18:51:41.602Z',
    namespace: 'AWS/ApplicationELB',
    metricName: 'RequestCount',
    dimensions: { LoadBalancer: 'app/app/6892f491c9b95d3f' },
    metricCount: null,
    compositeRule: null,
  },
  'lambda-cloudwatch-slack_sns-cloudwatch-event.json': {
    alarmArn: 'arn:aws:cloudwatch:us-west-2:123456789123:alarm:awsrds-app-High-DB-Connections',
    alarmName: 'awsrds-app-High-DB-Connections',
    description: null,
    accountId: '123456789123',
    region: 'us-west-2',
    kind: 'metric',
    newState: 'ALARM',
    oldState: 'OK',
    changedAt: '2016-07-24T22:05:19.737Z',
    namespace: 'AWS/RDS',
    metricName: 'DatabaseConnections',
    dimensions: { DBInstanceIdentifier: 'app' },
    metricCount: null,
    compositeRule: null,
  },
  'plugin-aws-sns-mon-webhook_http-anomaly-detection-ok.json': {
    alarmArn:
      'arn:aws:cloudwatch:ap-northeast-2:257706363616:alarm:ContainerInsight-pod_cpu_utilization',
    alarmName: 'ContainerInsight-pod_cpu_utilization',
    description: null,
    accountId: '257706363616',
    region: 'ap-northeast-2',
    kind: 'metric_math',
    newState: 'OK',
    oldState: 'ALARM',
    changedAt: '2021-06-27T13:53:39.351Z',
    namespace: null,
    metricName: null,
    dimensions: {},
    metricCount: 2,
    compositeRule: null,
  },
  'plugin-aws-sns-mon-webhook_http-ec2-cpu-alarm.json': {
    alarmArn: 'arn:aws:cloudwatch:ap-northeast-2:257706363616:alarm:EC2-CPU',
    alarmName: 'EC2-CPU',
    description: null,
    accountId: '257706363616',
    region: 'ap-northeast-2',
    kind: 'metric',
    newState: 'ALARM',
    oldState: 'INSUFFICIENT_DATA',
    changedAt: '2021-06-23T08:41:06.622Z',
    namespace: 'AWS/EC2',
    metricName: 'CPUUtilization',
    dimensions: { InstanceId: 'i-0f672ea50a80cda4b' },
    metricCount: null,
    compositeRule: null,
  },
};

const envelopesOnly = [
  'aws-sns-docs_http-notification.json',
  'aws-sns-docs_http-subscription-confirmation.json',
  'aws-sns-docs_http-unsubscribe-confirmation.json',
  'plugin-aws-sns-mon-webhook_http-subscription-confirmation.json',
];

const aMessage = (overrides: Json = {}): Json => ({
  AlarmName: 'api-5xx',
  AlarmDescription: null,
  AWSAccountId: '123456789012',
  NewStateValue: 'ALARM',
  NewStateReason: 'Threshold Crossed: 1 datapoint [12.0] was greater than the threshold (10.0).',
  StateChangeTime: '2026-11-20T14:03:11.250+0000',
  Region: 'Canada (Central)',
  AlarmArn: 'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:api-5xx',
  OldStateValue: 'OK',
  Trigger: {
    MetricName: 'HTTPCode_Target_5XX_Count',
    Namespace: 'AWS/ApplicationELB',
    Statistic: 'SUM',
    Unit: null,
    Dimensions: [{ value: 'app/api/0123456789abcdef', name: 'LoadBalancer' }],
    Period: 60,
    EvaluationPeriods: 1,
    ComparisonOperator: 'GreaterThanThreshold',
    Threshold: 10.0,
    TreatMissingData: '- TreatMissingData:                    notBreaching',
  },
  ...overrides,
});

const without = (message: Json, ...keys: string[]): Json =>
  Object.fromEntries(Object.entries(message).filter(([key]) => !keys.includes(key)));

describe('parseCloudWatchAlarmMessage over the SNS fixtures', () => {
  it('has an expectation for every fixture file', () => {
    const files = readdirSync(fixtureDir).filter((file) => file.endsWith('.json'));
    expect([...Object.keys(alarms), ...envelopesOnly].sort()).toEqual(files.sort());
  });

  it.each(Object.entries(alarms))('%s', (file, expected) => {
    const deliveries = deliveriesIn(file);
    expect(deliveries).toHaveLength(1);
    const { metricCount, ...fields } = expected;
    const change = parsed(parseCloudWatchAlarmMessage(deliveries[0].message, deliveries[0]));
    expect(change).toMatchObject({ ...fields, source: 'sns' });
    expect(change.dimensions).toEqual(fields.dimensions);
    expect(change.metrics?.length ?? null).toBe(metricCount);
    expect(change.reason).toMatch(/^(Threshold|Thresholds|Insufficient Data)/);
    expect(change.reasonData).toBeNull();
  });

  it.each(Object.entries(alarms))('%s parses the same without the SNS topic', (file) => {
    const [delivery] = deliveriesIn(file);
    expect(parsed(parseCloudWatchAlarmMessage(delivery.message))).toEqual(
      parsed(parseCloudWatchAlarmMessage(delivery.message, delivery)),
    );
  });

  it.each(envelopesOnly)('%s holds no alarm', (file) => {
    const [delivery] = deliveriesIn(file);
    const result = parseCloudWatchAlarmMessage(delivery.message, delivery);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '(message)',
          message: 'not a CloudWatch alarm notification: the SNS Message is not JSON',
        },
      ],
    });
  });
});

describe('parseCloudWatchAlarmMessage', () => {
  it('takes an already parsed object as well as the JSON string', () => {
    const message = aMessage();
    expect(parseCloudWatchAlarmMessage(message)).toEqual(
      parseCloudWatchAlarmMessage(JSON.stringify(message)),
    );
    expect(parsed(parseCloudWatchAlarmMessage(message))).toMatchObject({
      alarmArn: 'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:api-5xx',
      region: 'ca-central-1',
      changedAt: '2026-11-20T14:03:11.250Z',
      dimensions: { LoadBalancer: 'app/api/0123456789abcdef' },
    });
  });

  it('reads a composite alarm from AlarmRule, with no Trigger', () => {
    // Shaped after the composite schema in the CloudWatch user guide; no published sample exists.
    const change = parsed(
      parseCloudWatchAlarmMessage(
        without(
          aMessage({
            AlarmName: 'service-degraded',
            AlarmArn: 'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:service-degraded',
            NewStateReason:
              'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:api-5xx transitioned to ALARM',
            OKActions: [],
            AlarmActions: ['arn:aws:sns:ca-central-1:123456789012:vigil'],
            InsufficientDataActions: [],
            AlarmRule: 'ALARM(api-5xx) OR ALARM(api-latency)',
            TriggeringChildren: [
              {
                Arn: 'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:api-5xx',
                State: { Value: 'ALARM', Timestamp: '2026-11-20T14:03:11.250+0000' },
              },
            ],
          }),
          'Trigger',
        ),
      ),
    );
    expect(change).toMatchObject({
      kind: 'composite',
      compositeRule: 'ALARM(api-5xx) OR ALARM(api-latency)',
      namespace: null,
      metricName: null,
      dimensions: {},
      metrics: null,
    });
  });

  it('keeps INSUFFICIENT_DATA as its own state', () => {
    const change = parsed(
      parseCloudWatchAlarmMessage(
        aMessage({ NewStateValue: 'INSUFFICIENT_DATA', OldStateValue: 'ALARM' }),
      ),
    );
    expect([change.newState, change.oldState]).toEqual(['INSUFFICIENT_DATA', 'ALARM']);
  });

  it.each([
    ['2021-05-11T21:03:28.571+0000', '2021-05-11T21:03:28.571Z'],
    ['2021-05-11T21:03:28.571Z', '2021-05-11T21:03:28.571Z'],
    ['2021-05-12T02:33:28.571+05:30', '2021-05-11T21:03:28.571Z'],
  ])('reads StateChangeTime %s as %s', (time, expected) => {
    const change = parsed(parseCloudWatchAlarmMessage(aMessage({ StateChangeTime: time })));
    expect(change.changedAt).toBe(expected);
  });

  it.each([
    ['2021-02-30T10:00:00.000+0000', 'a date that does not exist'],
    ['2021-05-11T21:03:28.571', 'a time without a zone'],
    ['yesterday', 'not a time'],
  ])('rejects StateChangeTime %s (%s)', (time) => {
    expect(errorPaths(parseCloudWatchAlarmMessage(aMessage({ StateChangeTime: time })))).toEqual([
      'StateChangeTime',
    ]);
  });

  it('requires AlarmName', () => {
    expect(errorPaths(parseCloudWatchAlarmMessage(without(aMessage(), 'AlarmName')))).toEqual([
      'AlarmName',
    ]);
    expect(errorPaths(parseCloudWatchAlarmMessage(aMessage({ AlarmName: '  ' })))).toEqual([
      'AlarmName',
    ]);
  });

  it('reports every problem of a message together', () => {
    const result = parseCloudWatchAlarmMessage(
      without(
        aMessage({ NewStateValue: 'alarm', OldStateValue: 'PENDING', StateChangeTime: 'now' }),
        'Trigger',
      ),
    );
    expect(errorPaths(result)).toEqual([
      'NewStateValue',
      'OldStateValue',
      'StateChangeTime',
      'Trigger',
    ]);
  });

  it.each([
    ['EU (Ireland)', 'eu-west-1'],
    ['EU - Ireland', 'eu-west-1'],
    ['Canada (Central)', 'ca-central-1'],
    ['US East (N. Virginia)', 'us-east-1'],
    ['US - N. Virginia', 'us-east-1'],
    ['AWS GovCloud (US-West)', 'us-gov-west-1'],
  ])('builds the missing AlarmArn from the display name %s', (region, code) => {
    const change = parsed(
      parseCloudWatchAlarmMessage(without(aMessage({ Region: region }), 'AlarmArn')),
    );
    expect(change.region).toBe(code);
    const partition = code.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
    expect(change.alarmArn).toBe(`arn:${partition}:cloudwatch:${code}:123456789012:alarm:api-5xx`);
  });

  it('falls back to the SNS topic region when the display name is unknown', () => {
    const message = without(aMessage({ Region: 'Somewhere (New)' }), 'AlarmArn');
    expect(
      parsed(
        parseCloudWatchAlarmMessage(message, {
          topicArn: 'arn:aws:sns:ca-west-1:123456789012:vigil',
        }),
      ),
    ).toMatchObject({
      alarmArn: 'arn:aws:cloudwatch:ca-west-1:123456789012:alarm:api-5xx',
      region: 'ca-west-1',
    });
    expect(errorPaths(parseCloudWatchAlarmMessage(message))).toEqual(['Region']);
    expect(
      errorPaths(parseCloudWatchAlarmMessage(message, { topicArn: 'arn:aws:sns:EXAMPLE' })),
    ).toEqual(['Region']);
  });

  it('prefers the alarm ARN over the display name and the topic', () => {
    const change = parsed(
      parseCloudWatchAlarmMessage(aMessage({ Region: 'EU (Ireland)' }), {
        topicArn: 'arn:aws:sns:us-west-2:123456789012:vigil',
      }),
    );
    expect(change.region).toBe('ca-central-1');
  });

  it('requires AWSAccountId to build a missing AlarmArn', () => {
    expect(
      errorPaths(parseCloudWatchAlarmMessage(without(aMessage(), 'AlarmArn', 'AWSAccountId'))),
    ).toEqual(['AWSAccountId']);
  });

  it('takes the account from the ARN when AWSAccountId is absent', () => {
    expect(parsed(parseCloudWatchAlarmMessage(without(aMessage(), 'AWSAccountId'))).accountId).toBe(
      '123456789012',
    );
  });

  it('gives an old payload the same key EventBridge gives the same alarm', () => {
    const fromSns = parsed(
      parseCloudWatchAlarmMessage(
        without(
          aMessage({ AlarmName: 'ServerCpuTooHigh', Region: 'US East (N. Virginia)' }),
          'AlarmArn',
        ),
      ),
    );
    const fromEventBridge = parseEventBridgeAlarmEvent(
      JSON.parse(
        readFileSync(
          path.resolve(
            fixtureDir,
            '../eventbridge/aws-cloudwatch-docs_01_state-change-single-metric-ok-to-alarm.json',
          ),
          'utf8',
        ),
      ),
    );
    expect(fromEventBridge.ok && fromEventBridge.value.change.alarmArn).toBe(fromSns.alarmArn);
  });

  it.each([
    ['AlarmArn', 'arn:aws:sns:ca-central-1:123456789012:vigil'],
    ['Trigger', { Namespace: 'AWS/EC2' }],
    ['Trigger.Dimensions', { name: 'InstanceId' }],
    [
      'Trigger.Dimensions[1]',
      [
        { name: 'a', value: 'b' },
        { name: 'InstanceId', value: 42 },
      ],
    ],
  ])('rejects a malformed %s', (field, value) => {
    const trigger = aMessage().Trigger as Json;
    const overrides: Json =
      field === 'AlarmArn'
        ? { AlarmArn: value }
        : field === 'Trigger'
          ? { Trigger: value }
          : { Trigger: { ...trigger, Dimensions: value } };
    expect(errorPaths(parseCloudWatchAlarmMessage(aMessage(overrides)))).toEqual([field]);
  });

  it('reads reason data when a payload carries it as JSON, and ignores it otherwise', () => {
    expect(
      parsed(parseCloudWatchAlarmMessage(aMessage({ NewStateReasonData: '{"threshold":10}' })))
        .reasonData,
    ).toEqual({ threshold: 10 });
    expect(
      parsed(parseCloudWatchAlarmMessage(aMessage({ NewStateReasonData: 'not json' }))).reasonData,
    ).toBeNull();
  });

  it('tolerates fields it does not know', () => {
    expect(
      parseCloudWatchAlarmMessage(
        aMessage({ AlarmConfigurationUpdatedTimestamp: '2026-11-01T00:00:00.000+0000' }),
      ).ok,
    ).toBe(true);
  });

  it.each([
    ['Hello world!', /is not JSON/],
    ['42', /expected a JSON object/],
    ['[]', /expected a JSON object/],
    ['{}', /none of AlarmName/],
    ['{"Type":"Notification","Message":"{}"}', /SNS envelope; pass its Message/],
    [
      '{"source":"aws.cloudwatch","detail-type":"CloudWatch Alarm State Change"}',
      /EventBridge event/,
    ],
  ])('says why %s is not an alarm, without throwing', (message, why) => {
    const result = parseCloudWatchAlarmMessage(message);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(why);
  });
});
