import { onFiring } from './alert-episode.js';
import {
  type AlertCandidate,
  type AlertRule,
  compilePattern,
  decideAlert,
  DEFAULT_DECISION,
} from './alert-rule-match.js';

const aRule = (overrides: Partial<AlertRule>): AlertRule => ({
  id: 'r',
  name: 'rule',
  enabled: true,
  match: {},
  severity: 'SEV2',
  action: 'open_incident',
  suppressionMinutes: 15,
  ...overrides,
});

const anAlarm = (overrides: Partial<AlertCandidate> = {}): AlertCandidate => ({
  source: 'alarm',
  alarmName: 'prod-rds-CPU-high',
  namespace: 'AWS/RDS',
  metricName: 'CPUUtilization',
  dimensions: { DBInstanceIdentifier: 'prod-db' },
  dedupKey: 'arn:aws:cloudwatch:ca-central-1:123456789012:alarm:prod-rds-CPU-high',
  ...overrides,
});

describe('decideAlert', () => {
  it.each([
    ['glob on the alarm name', { alarmName: 'prod-*' }, true],
    ['glob is case-insensitive and whole-string', { alarmName: 'PROD-RDS-*' }, true],
    ['glob must match the whole name', { alarmName: 'rds-*' }, false],
    ['regular expression', { alarmName: '/cpu-high$/i' }, true],
    ['namespace and metric', { namespace: 'AWS/RDS', metricName: 'CPUUtilization' }, true],
    ['wrong namespace', { namespace: 'AWS/EC2' }, false],
    ['dimension subset', { dimensions: { DBInstanceIdentifier: 'prod-db' } }, true],
    ['dimension value differs', { dimensions: { DBInstanceIdentifier: 'staging-db' } }, false],
    ['source', { source: 'webhook' as const }, false],
    ['dedup key glob', { dedupKey: 'arn:aws:cloudwatch:ca-central-1:*' }, true],
    ['detection rule id', { detectionRuleId: 'd1' }, false],
  ])('%s', (_, match, matches) => {
    const decision = decideAlert({ rules: [aRule({ id: 'r1', match })], candidate: anAlarm() });
    expect(decision.ruleId).toBe(matches ? 'r1' : null);
  });

  it('takes the first enabled match, in order', () => {
    const rules = [
      aRule({ id: 'disabled', enabled: false, match: { source: 'alarm' } }),
      aRule({ id: 'first', match: { namespace: 'AWS/RDS' }, severity: 'SEV1' }),
      aRule({ id: 'second', match: { source: 'alarm' }, severity: 'SEV4' }),
    ];
    expect(decideAlert({ rules, candidate: anAlarm() })).toEqual({
      ruleId: 'first',
      severity: 'SEV1',
      action: 'open_incident',
      suppressionMinutes: 15,
    });
  });

  it('falls back to a plain SEV3 alert when nothing matches', () => {
    expect(decideAlert({ rules: [], candidate: anAlarm() })).toEqual(DEFAULT_DECISION);
  });

  it('treats glob metacharacters of regular expressions literally', () => {
    expect(compilePattern('a.b(c)').test('a.b(c)')).toBe(true);
    expect(compilePattern('a.b(c)').test('aXb(c)')).toBe(false);
  });
});

describe('onFiring', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const resolvedAgo = (minutes: number) => ({
    status: 'resolved' as const,
    resolvedAt: new Date(now.getTime() - minutes * 60_000),
    suppressedUntil: null,
  });

  it.each([
    ['no alert yet', null, 'new'],
    [
      'an open alert',
      { status: 'open' as const, resolvedAt: null, suppressedUntil: null },
      'refire',
    ],
    [
      'an acknowledged alert',
      { status: 'acknowledged' as const, resolvedAt: null, suppressedUntil: null },
      'refire',
    ],
    ['resolved 5 min ago, window 15 min (flap)', resolvedAgo(5), 'reopen'],
    ['resolved 15 min ago, window 15 min', resolvedAgo(15), 'new'],
    ['resolved 2 h ago', resolvedAgo(120), 'new'],
  ])('%s → %s', (_, latest, kind) => {
    expect(onFiring({ latest, now, suppressionMinutes: 15 }).kind).toBe(kind);
  });
});
