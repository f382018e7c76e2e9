import type { Alarm, Alert, AlertRuleRecord } from '@vigil/contracts';

// Builders for unit tests: a valid value, with only what a test is about overridden.

export const anAlert = (overrides: Partial<Alert> = {}): Alert => ({
  id: 'a1',
  source: 'webhook',
  dedupKey: 'app:disk-full',
  title: 'Disk almost full',
  severity: 'SEV3',
  status: 'open',
  ruleId: null,
  alarmId: null,
  detectionRuleId: null,
  incidentId: null,
  openedAt: '2026-11-20T10:00:00.000Z',
  lastFiredAt: '2026-11-20T10:00:00.000Z',
  fireCount: 1,
  acknowledgedAt: null,
  resolvedAt: null,
  suppressedUntil: null,
  incidentResolutionSuggested: false,
  details: {},
  ...overrides,
});

export const anAlarm = (overrides: Partial<Alarm> = {}): Alarm => ({
  id: 'alarm-1',
  alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh',
  name: 'ServerCpuTooHigh',
  description: null,
  accountId: '123456789012',
  region: 'us-east-1',
  kind: 'metric',
  namespace: 'AWS/EC2',
  metricName: 'CPUUtilization',
  dimensions: { InstanceId: 'i-1' },
  state: 'ALARM',
  stateChangedAt: '2026-11-20T10:00:00.000Z',
  reason: 'Threshold Crossed',
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});

export const anAlertRule = (overrides: Partial<AlertRuleRecord> = {}): AlertRuleRecord => ({
  id: 'r1',
  name: 'Rule',
  enabled: true,
  position: 10,
  match: {},
  severity: 'SEV2',
  action: 'alert_only',
  suppressionMinutes: 30,
  notify: [],
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...overrides,
});
