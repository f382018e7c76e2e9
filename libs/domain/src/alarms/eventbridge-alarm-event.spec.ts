import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AlarmConfigurationChange, AlarmParse, AlarmStateChange } from './alarm-change.js';
import {
  parseEventBridgeAlarmEvent,
  type EventBridgeAlarmEvent,
} from './eventbridge-alarm-event.js';

const fixtureDir = path.resolve(__dirname, '../../../../../shared/fixtures/eventbridge');

type Json = Record<string, unknown>;

const fixture = (file: string): Json =>
  JSON.parse(readFileSync(path.join(fixtureDir, file), 'utf8')) as Json;

const parsed = (result: AlarmParse<EventBridgeAlarmEvent>): EventBridgeAlarmEvent => {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.errors)}`);
  return result.value;
};

const stateChange = (event: unknown): AlarmStateChange => {
  const value = parsed(parseEventBridgeAlarmEvent(event));
  if (value.kind !== 'state') throw new Error(`expected a state change, got ${value.kind}`);
  return value.change;
};

const errorPaths = (result: AlarmParse<EventBridgeAlarmEvent>): string[] =>
  result.ok ? [] : result.errors.map((error) => error.path);

type ExpectedState = Omit<AlarmStateChange, 'reason' | 'reasonData' | 'metrics' | 'source'> & {
  metricCount: number | null;
};
type ExpectedConfiguration = Omit<AlarmConfigurationChange, 'configuration' | 'source'>;

// Read by hand from each fixture; nothing here is computed by the code under test.
const stateChanges: Record<string, ExpectedState> = {
  'aws-cloudwatch-docs_01_state-change-single-metric-ok-to-alarm.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh',
    alarmName: 'ServerCpuTooHigh',
    description: 'Goes into alarm when server CPU utilization is too high!',
    accountId: '123456789012',
    region: 'us-east-1',
    kind: 'metric',
    newState: 'ALARM',
    oldState: 'OK',
    // detail.state.timestamp, not the envelope's 2019-10-02T17:04:40Z.
    changedAt: '2019-10-02T17:04:40.989Z',
    namespace: 'AWS/EC2',
    metricName: 'CPUUtilization',
    dimensions: { InstanceId: 'i-12345678901234567' },
    metricCount: 1,
    compositeRule: null,
  },
  'aws-cloudwatch-docs_02_state-change-metric-math-insufficient-data-to-alarm.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:TotalNetworkTrafficTooHigh',
    alarmName: 'TotalNetworkTrafficTooHigh',
    description: 'Goes into alarm if total network traffic exceeds 10Kb',
    accountId: '123456789012',
    region: 'us-east-1',
    kind: 'metric_math',
    newState: 'ALARM',
    oldState: 'INSUFFICIENT_DATA',
    changedAt: '2019-10-02T17:20:48.554Z',
    namespace: null,
    metricName: null,
    dimensions: {},
    metricCount: 3,
    compositeRule: null,
  },
  'aws-cloudwatch-docs_03_state-change-anomaly-detection-ok-to-alarm.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:EC2 CPU Utilization Anomaly',
    alarmName: 'EC2 CPU Utilization Anomaly',
    description: 'Goes into alarm if CPU Utilization is out of band',
    accountId: '123456789012',
    region: 'us-east-1',
    kind: 'metric_math',
    newState: 'ALARM',
    oldState: 'OK',
    changedAt: '2019-10-03T16:00:04.653Z',
    namespace: null,
    metricName: null,
    dimensions: {},
    metricCount: 2,
    compositeRule: null,
  },
  'aws-cloudwatch-docs_04_state-change-composite-with-suppressor-alarm.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServiceAggregatedAlarm',
    alarmName: 'ServiceAggregatedAlarm',
    description: null,
    accountId: '123456789012',
    region: 'us-east-1',
    kind: 'composite',
    newState: 'ALARM',
    oldState: 'OK',
    changedAt: '2022-07-22T15:57:45.394Z',
    namespace: null,
    metricName: null,
    dimensions: {},
    metricCount: null,
    compositeRule: 'ALARM(ServerCpuTooHigh) OR ALARM(TotalNetworkTrafficTooHigh)',
  },
  'aws-cloudwatch-docs_11_state-change-metrics-insights-partial-data.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:my-alarm-name',
    alarmName: 'my-alarm-name',
    description: null,
    accountId: '123456789012',
    region: 'us-east-1',
    // One metric, but it is a Metrics Insights SQL expression.
    kind: 'metric_math',
    newState: 'ALARM',
    oldState: 'INSUFFICIENT_DATA',
    changedAt: '2022-11-08T11:26:05.401Z',
    namespace: null,
    metricName: null,
    dimensions: {},
    metricCount: 1,
    compositeRule: null,
  },
};

const configurationChanges: Record<string, ExpectedConfiguration> = {
  'aws-cloudwatch-docs_05_config-change-composite-create.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServiceAggregatedAlarm',
    alarmName: 'ServiceAggregatedAlarm',
    accountId: '123456789012',
    region: 'us-east-1',
    changedAt: '2022-03-03T17:06:22.289Z',
    operation: 'create',
    previous: null,
  },
  'aws-cloudwatch-docs_06_config-change-composite-create-with-suppressor.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServiceAggregatedAlarm',
    alarmName: 'ServiceAggregatedAlarm',
    accountId: '123456789012',
    region: 'us-east-1',
    changedAt: '2022-07-14T13:59:46.425Z',
    operation: 'create',
    previous: null,
  },
  'aws-cloudwatch-docs_07_config-change-metric-alarm-update.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh',
    alarmName: 'ServerCpuTooHigh',
    accountId: '123456789012',
    region: 'us-east-1',
    changedAt: '2022-03-03T17:06:34.267Z',
    operation: 'update',
    previous: expect.objectContaining({ threshold: 70, timestamp: '2022-03-03T17:06:13.757+0000' }),
  },
  'aws-cloudwatch-docs_08_config-change-composite-update-with-suppressor.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServiceAggregatedAlarm',
    alarmName: 'ServiceAggregatedAlarm',
    accountId: '123456789012',
    region: 'us-east-1',
    changedAt: '2022-07-14T13:59:56.290Z',
    operation: 'update',
    previous: expect.objectContaining({ actionsSuppressorExtensionPeriod: 180 }),
  },
  'aws-cloudwatch-docs_09_config-change-metric-math-delete.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:TotalNetworkTrafficTooHigh',
    alarmName: 'TotalNetworkTrafficTooHigh',
    accountId: '123456789012',
    region: 'us-east-1',
    // The event time: configuration.timestamp (17:06:17.672) dates the deleted configuration.
    changedAt: '2022-03-03T17:07:13.000Z',
    operation: 'delete',
    previous: null,
  },
  'aws-cloudwatch-docs_10_config-change-composite-delete-with-suppressor.json': {
    alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServiceAggregatedAlarm',
    alarmName: 'ServiceAggregatedAlarm',
    accountId: '123456789012',
    region: 'us-east-1',
    changedAt: '2022-07-14T14:00:01.000Z',
    operation: 'delete',
    previous: null,
  },
};

describe('parseEventBridgeAlarmEvent over the EventBridge fixtures', () => {
  it('has an expectation for every fixture file', () => {
    const files = readdirSync(fixtureDir).filter((file) => file.endsWith('.json'));
    expect([...Object.keys(stateChanges), ...Object.keys(configurationChanges)].sort()).toEqual(
      files.sort(),
    );
  });

  it.each(Object.entries(stateChanges))('%s is a state change', (file, expected) => {
    const { metricCount, ...fields } = expected;
    const change = stateChange(fixture(file));
    expect(change).toMatchObject({ ...fields, source: 'eventbridge' });
    expect(change.dimensions).toEqual(fields.dimensions);
    expect(change.metrics?.length ?? null).toBe(metricCount);
    expect(change.reason).not.toBe('');
  });

  it.each(Object.entries(configurationChanges))(
    '%s is a configuration change',
    (file, expected) => {
      const event = fixture(file);
      const result = parseEventBridgeAlarmEvent(event);
      expect(result).toEqual({
        ok: true,
        value: {
          kind: 'configuration',
          change: {
            ...expected,
            configuration: (event.detail as Json).configuration,
            source: 'eventbridge',
          },
        },
      });
    },
  );
});

describe('parseEventBridgeAlarmEvent', () => {
  const singleMetric = () =>
    fixture('aws-cloudwatch-docs_01_state-change-single-metric-ok-to-alarm.json');
  const withDetail = (event: Json, detail: Json): Json => ({
    ...event,
    detail: { ...(event.detail as Json), ...detail },
  });

  it('parses reasonData, a JSON string, into an object', () => {
    expect(stateChange(singleMetric()).reasonData).toEqual({
      version: '1.0',
      queryDate: '2019-10-02T17:04:40.985+0000',
      startDate: '2019-10-02T16:59:00.000+0000',
      statistic: 'Average',
      period: 300,
      recentDatapoints: [99.50160229693434],
      threshold: 50.0,
    });
  });

  it('keeps the triggering alarms of a composite in reasonData', () => {
    const change = stateChange(
      fixture('aws-cloudwatch-docs_04_state-change-composite-with-suppressor-alarm.json'),
    );
    expect(change.reasonData).toEqual({
      triggeringAlarms: [
        {
          arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh',
          state: { value: 'ALARM', timestamp: '2022-07-22T15:57:45.394+0000' },
        },
      ],
    });
  });

  it('has no reasonData when the state carries none', () => {
    const event = singleMetric();
    const detail = event.detail as Json;
    const state = { ...(detail.state as Json), reasonData: undefined };
    expect(stateChange(withDetail(event, { state })).reasonData).toBeNull();
  });

  it('falls back to the envelope time when the state has no timestamp', () => {
    const event = singleMetric();
    const { timestamp: _timestamp, ...state } = (event.detail as Json).state as Json;
    expect(stateChange(withDetail(event, { state })).changedAt).toBe('2019-10-02T17:04:40.000Z');
  });

  it('does not fall back when the state timestamp is there but invalid', () => {
    const event = singleMetric();
    const state = { ...((event.detail as Json).state as Json), timestamp: '2019-02-30T17:04:40Z' };
    expect(errorPaths(parseEventBridgeAlarmEvent(withDetail(event, { state })))).toEqual([
      'detail.state.timestamp',
    ]);
  });

  it('has no old state when previousState is absent', () => {
    const { previousState: _previous, ...detail } = singleMetric().detail as Json;
    expect(stateChange({ ...singleMetric(), detail }).oldState).toBeNull();
  });

  it.each([
    [{ source: 'aws.ec2' }, 'source'],
    [{ 'detail-type': 'CloudWatch Alarm Contributor State Change' }, 'detail-type'],
    [{ 'detail-type': 'EC2 Instance State-change Notification' }, 'detail-type'],
    [{ detail: null }, 'detail'],
    [{ resources: [] }, 'resources[0]'],
    [{ resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-1'] }, 'resources[0]'],
  ])('rejects %j at %s', (overrides, at) => {
    expect(errorPaths(parseEventBridgeAlarmEvent({ ...singleMetric(), ...overrides }))).toEqual([
      at,
    ]);
  });

  it.each([
    [
      { state: { value: 'BROKEN', timestamp: '2019-10-02T17:04:40.989+0000' } },
      'detail.state.value',
    ],
    [{ previousState: { value: 'ok' } }, 'detail.previousState.value'],
    [{ configuration: undefined }, 'detail.configuration'],
    [{ configuration: { metrics: [] } }, 'detail.configuration'],
    [
      {
        configuration: {
          metrics: [
            { id: 'm1', metricStat: { metric: { name: 'CPU', dimensions: { InstanceId: 1 } } } },
          ],
        },
      },
      'detail.configuration.metrics[0].metricStat.metric.dimensions.InstanceId',
    ],
  ])('rejects the detail %j at %s', (detail, at) => {
    expect(errorPaths(parseEventBridgeAlarmEvent(withDetail(singleMetric(), detail)))).toEqual([
      at,
    ]);
  });

  it('never turns a configuration change into a state change', () => {
    for (const file of Object.keys(configurationChanges)) {
      const result = parsed(parseEventBridgeAlarmEvent(fixture(file)));
      expect(result.kind).toBe('configuration');
      expect(result.change).not.toHaveProperty('newState');
    }
  });

  it.each([null, 'Hello world!', [], 42])('rejects %j without throwing', (event) => {
    expect(errorPaths(parseEventBridgeAlarmEvent(event))).toEqual(['(event)']);
  });
});
