import { setActiveLocale } from '../../i18n';
import { anAlertRule } from '../../test/builders';
import { actionLabel, describeMatch, draftOf, parseDimensions, toRuleInput } from './rule-form';

describe('parseDimensions', () => {
  it.each([
    ['', { ok: true, value: undefined }],
    ['InstanceId=i-1\n\n  Env = prod ', { ok: true, value: { InstanceId: 'i-1', Env: 'prod' } }],
    ['InstanceId', { ok: false, error: 'Write "InstanceId" as Name=Value.' }],
    ['=x', { ok: false, error: 'Write "=x" as Name=Value.' }],
  ])('%j', (text, expected) => {
    expect(parseDimensions(text)).toEqual(expected);
  });
});

describe('toRuleInput', () => {
  const draft = {
    ...draftOf(),
    name: 'CPU alarms',
    alarmName: 'prod-*',
    severity: 'SEV1' as const,
  };

  it('sends only the match fields that are filled in', () => {
    expect(
      toRuleInput({
        ...draft,
        source: 'alarm',
        dimensions: 'InstanceId=i-1',
        notify: 'a@example.com, b@example.com\n',
      }),
    ).toEqual({
      ok: true,
      value: {
        name: 'CPU alarms',
        enabled: true,
        match: { source: 'alarm', alarmName: 'prod-*', dimensions: { InstanceId: 'i-1' } },
        severity: 'SEV1',
        action: 'alert_only',
        suppressionMinutes: 30,
        notify: ['a@example.com', 'b@example.com'],
      },
    });
  });

  it('names each wrong field', () => {
    const result = toRuleInput({
      ...draft,
      name: ' ',
      alarmName: '/(unclosed/',
      suppressionMinutes: '',
      dimensions: 'nope',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'match.alarmName',
      'match.dimensions',
      'name',
      'suppressionMinutes',
    ]);
    expect(result.errors.suppressionMinutes).toBe('Whole minutes, from 0 to 1,440 (24 h).');
  });

  it('round-trips a stored rule through the form', () => {
    const rule = anAlertRule({
      match: { namespace: 'AWS/EC2', dimensions: { InstanceId: 'i-1' }, dedupKey: 'x:*' },
      notify: ['oncall@example.com'],
      action: 'suppress',
      suppressionMinutes: 90,
    });
    const result = toRuleInput(draftOf(rule));
    expect(result).toEqual({
      ok: true,
      value: {
        name: rule.name,
        enabled: true,
        match: rule.match,
        severity: rule.severity,
        action: 'suppress',
        suppressionMinutes: 90,
        notify: ['oncall@example.com'],
      },
    });
  });
});

describe('describeMatch', () => {
  it('says what a rule looks at, naming detections', () => {
    expect(describeMatch({})).toBe('Every alert');
    expect(
      describeMatch(
        { source: 'detection', detectionRuleId: 'd1', dimensions: { Env: 'prod' } },
        new Map([['d1', 'Mass export']]),
      ),
    ).toBe('detections · Env=prod · detection “Mass export”');
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names actions, says what a rule looks at and what is wrong, in French', () => {
    expect(actionLabel('suppress')).toBe('Mettre en sourdine');
    expect(describeMatch({})).toBe('Toutes les alertes');
    expect(
      describeMatch(
        { source: 'alarm', alarmName: 'prod-*', detectionRuleId: 'd1' },
        new Map([['d1', 'Mass export']]),
      ),
    ).toBe('alarmes CloudWatch · nom d’alarme prod-* · détection «\u00a0Mass export\u00a0»');
    expect(parseDimensions('InstanceId')).toEqual({
      ok: false,
      error: 'Écrivez «\u00a0InstanceId\u00a0» sous la forme Nom=Valeur.',
    });
    const result = toRuleInput({ ...draftOf(), name: ' ', suppressionMinutes: '' });
    expect(result).toMatchObject({
      ok: false,
      errors: {
        name: 'Donnez un nom à la règle.',
        suppressionMinutes: 'Minutes entières, de 0 à 1\u00a0440 (24\u00a0h).',
      },
    });
  });
});
