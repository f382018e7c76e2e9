import { anAlarm, anAlert, anAlertRule } from '../../test/builders';
import { candidateOfAlert, previewAlertRule } from './rule-preview';

const now = Date.parse('2026-11-20T12:00:00Z');
const since = now - 24 * 3600_000;

const cpu = anAlarm({ id: 'cpu', name: 'prod-cpu-high' });
const disk = anAlarm({
  id: 'disk',
  name: 'staging-disk',
  alarmArn: 'arn:aws:cloudwatch:us-east-1:1:alarm:staging-disk',
  namespace: 'CWAgent',
  metricName: 'disk_used_percent',
  dimensions: {},
});
const cpuAlert = anAlert({
  id: 'cpu-alert',
  source: 'alarm',
  alarmId: 'cpu',
  dedupKey: cpu.alarmArn,
  lastFiredAt: '2026-11-20T11:00:00Z',
});
const diskAlert = anAlert({
  id: 'disk-alert',
  source: 'alarm',
  alarmId: 'disk',
  dedupKey: disk.alarmArn,
  lastFiredAt: '2026-11-20T10:00:00Z',
});
const oldAlert = anAlert({
  id: 'old',
  source: 'alarm',
  alarmId: 'cpu',
  dedupKey: cpu.alarmArn,
  lastFiredAt: '2026-11-18T10:00:00Z',
});
const webhook = anAlert({ id: 'hook', lastFiredAt: '2026-11-20T09:00:00Z' });

const draft = {
  name: 'Prod alarms',
  enabled: true,
  match: { alarmName: 'prod-*' },
  severity: 'SEV1' as const,
  action: 'open_incident' as const,
  suppressionMinutes: 30,
  notify: [],
};

const run = (overrides: Partial<Parameters<typeof previewAlertRule>[0]> = {}) =>
  previewAlertRule({
    draft,
    rules: [],
    alerts: [cpuAlert, diskAlert, oldAlert, webhook],
    alarms: [cpu, disk],
    since,
    now,
    ...overrides,
  });

describe('candidateOfAlert', () => {
  it("takes an alarm alert's name, metric and dimensions from its alarm", () => {
    expect(candidateOfAlert(cpuAlert, new Map([['cpu', cpu]]))).toEqual({
      source: 'alarm',
      alarmName: 'prod-cpu-high',
      namespace: 'AWS/EC2',
      metricName: 'CPUUtilization',
      dimensions: { InstanceId: 'i-1' },
      detectionRuleId: undefined,
      dedupKey: cpu.alarmArn,
    });
  });
});

describe('previewAlertRule', () => {
  it('matches the alerts that fired in the window, and the alarms it would catch next', () => {
    const preview = run();
    expect(preview.checked).toBe(3);
    expect(preview.matches).toEqual([{ alert: cpuAlert, takenBy: null }]);
    expect(preview.alarms.map((a) => a.id)).toEqual(['cpu']);
    expect(preview.from).toBe('2026-11-19T12:00:00.000Z');
  });

  it('says when an enabled rule above it takes the alert first', () => {
    const above = anAlertRule({
      id: 'above',
      name: 'All alarms',
      position: 10,
      match: { source: 'alarm' },
    });
    const edited = anAlertRule({ id: 'edited', position: 20 });
    const preview = run({ rules: [edited, above], ruleId: 'edited' });
    expect(preview.matches).toEqual([
      { alert: cpuAlert, takenBy: { id: 'above', name: 'All alarms' } },
    ]);
  });

  it('ignores disabled rules above it and rules below it', () => {
    const off = anAlertRule({
      id: 'off',
      position: 10,
      enabled: false,
      match: { source: 'alarm' },
    });
    const below = anAlertRule({ id: 'below', position: 50, match: { source: 'alarm' } });
    const edited = anAlertRule({ id: 'edited', position: 20 });
    const preview = run({ rules: [off, edited, below], ruleId: 'edited' });
    expect(preview.matches).toEqual([{ alert: cpuAlert, takenBy: null }]);
  });

  it('tests a new rule as the last one', () => {
    const catchAll = anAlertRule({ id: 'all', name: 'Everything', match: {} });
    expect(run({ rules: [catchAll] }).matches[0]?.takenBy).toEqual({
      id: 'all',
      name: 'Everything',
    });
  });
});
