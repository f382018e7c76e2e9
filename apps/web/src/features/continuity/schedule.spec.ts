import { setActiveLocale } from '../../i18n';
import {
  cadenceText,
  dueText,
  scheduleKindMeta,
  scheduleState,
  scheduleStateLabel,
} from './schedule';
import { aSchedule } from './test-builders';

const at = (iso: string) => Date.parse(iso);

describe('scheduleState', () => {
  const due = aSchedule({ nextDueAt: '2026-12-01T09:00:00.000Z' });

  it.each<[string, string]>([
    ['2026-10-01T09:00:00.000Z', 'on_schedule'],
    ['2026-11-01T09:00:00.000Z', 'due_soon'],
    ['2026-12-01T09:00:00.000Z', 'due_soon'],
    ['2026-12-01T09:00:01.000Z', 'overdue'],
  ])('at %s: %s', (now, state) => {
    expect(scheduleState(due, at(now))).toBe(state);
  });

  it('trusts the server when it says overdue', () => {
    expect(scheduleState({ ...due, overdue: true }, at('2026-10-01T09:00:00.000Z'))).toBe(
      'overdue',
    );
  });
});

describe('dueText', () => {
  const due = '2026-12-01T09:00:00.000Z';
  it.each<[string, string]>([
    ['2026-10-17T09:00:00.000Z', 'due in 45 days'],
    ['2026-11-30T13:00:00.000Z', 'due in 20 hours'],
    ['2026-12-01T08:00:00.000Z', 'due in 1 hour'],
    ['2026-12-04T10:00:00.000Z', 'overdue by 3 days'],
  ])('at %s: %s', (now, text) => {
    expect(dueText(due, at(now))).toBe(text);
  });
});

describe('cadenceText', () => {
  it.each<[number, string]>([
    [3, 'Every 3 months (quarterly)'],
    [12, 'Every 12 months (yearly)'],
    [1, 'Every month (monthly)'],
    [4, 'Every 4 months'],
  ])('%d → %s', (months, text) => {
    expect(cadenceText(months)).toBe(text);
  });
});

describe('in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('words the cadence, the countdown and the state', () => {
    setActiveLocale('fr-CA');
    expect([cadenceText(3), cadenceText(1), cadenceText(4)]).toEqual([
      'Tous les 3 mois (trimestriel)',
      'Tous les mois (mensuel)',
      'Tous les 4 mois',
    ]);
    const due = '2026-12-01T09:00:00.000Z';
    expect(dueText(due, at('2026-10-17T09:00:00.000Z'))).toBe('échéance dans 45 jours');
    expect(dueText(due, at('2026-12-01T08:00:00.000Z'))).toBe('échéance dans 1 heure');
    expect(dueText(due, at('2026-12-04T10:00:00.000Z'))).toBe('en retard de 3 jours');
    expect(scheduleStateLabel('due_soon')).toBe('Échéance proche');
    expect(scheduleKindMeta('drill')).toMatchObject({
      title: 'Exercice de PRA',
      controls: 'SOC 2 A1.3, CC7.5 · ISO 27001 A.5.30',
    });
  });
});
