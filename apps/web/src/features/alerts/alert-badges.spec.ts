import { setActiveLocale } from '../../i18n';
import { alarmStateLabel, alertStatusLabel, SEVERITY_OPTIONS } from './alert-badges';

describe('alert labels', () => {
  afterEach(() => setActiveLocale('en'));

  it('reads statuses, alarm states and severities in English', () => {
    expect(alertStatusLabel('acknowledged')).toBe('Acknowledged');
    expect(alarmStateLabel('INSUFFICIENT_DATA')).toBe('Insufficient data');
    expect(alarmStateLabel('MAYBE')).toBe('MAYBE');
    expect(SEVERITY_OPTIONS.map((o) => o.label)).toEqual([
      'SEV1 · Critical',
      'SEV2 · Major',
      'SEV3 · Minor',
      'SEV4 · Low',
    ]);
  });

  it('reads them in Québec French, keeping CloudWatch state codes', () => {
    setActiveLocale('fr-CA');
    expect(alertStatusLabel('acknowledged')).toBe('Prise en charge');
    expect(alertStatusLabel('suppressed')).toBe('En sourdine');
    expect(alarmStateLabel('INSUFFICIENT_DATA')).toBe('Données insuffisantes');
    expect(alarmStateLabel('ALARM')).toBe('ALARM');
    expect(SEVERITY_OPTIONS[0]?.label).toBe('SEV1 · Critique');
  });
});
