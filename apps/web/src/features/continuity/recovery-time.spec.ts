import { setActiveLocale } from '../../i18n';
import {
  againstObjectiveText,
  formatObjectiveHours,
  formatRecoveryMinutes,
  minutesToHours,
  outcomeOf,
} from './recovery-time';

describe('formatRecoveryMinutes', () => {
  it.each<[number, string]>([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [1800, '30 h'],
    [2880, '48 h'],
    // Past two days it stays in hours: it is read against objectives written in hours.
    [4385, '73 h 5 min'],
    [59.6, '1 h'],
    [-90, '−1 h 30 min'],
  ])('%d → %s', (minutes, text) => {
    expect(formatRecoveryMinutes(minutes)).toBe(text);
  });
});

describe('formatObjectiveHours', () => {
  it.each<[number, string]>([
    [48, '48 h'],
    [24, '24 h'],
    [0.25, '15 min'],
    [1.5, '1 h 30 min'],
    [2160, '2160 h'],
  ])('%d h → %s', (hours, text) => {
    expect(formatObjectiveHours(hours)).toBe(text);
  });
});

describe('minutesToHours', () => {
  it('keeps two decimals for the chart', () => {
    expect(minutesToHours(1800)).toBe(30);
    expect(minutesToHours(90)).toBe(1.5);
    expect(minutesToHours(100)).toBe(1.67);
  });
});

describe('againstObjectiveText', () => {
  it('says the achieved time, the objective and the verdict', () => {
    expect(againstObjectiveText(1800, 48, true)).toBe('30 h against 48 h: met');
    expect(againstObjectiveText(3000, 48, false)).toBe('50 h against 48 h: missed');
    expect(againstObjectiveText(null, 24, null)).toBe('not measured (objective 24 h)');
  });

  it('judges it itself when the server has not, the objective itself still counting as met', () => {
    expect(againstObjectiveText(2880, 48, null)).toBe('48 h against 48 h: met');
    expect(againstObjectiveText(2881, 48, null)).toBe('48 h 1 min against 48 h: missed');
  });

  it('maps the API flags to an outcome', () => {
    expect([outcomeOf(true), outcomeOf(false), outcomeOf(null)]).toEqual([
      'met',
      'missed',
      'not_measured',
    ]);
  });
});

describe('in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('says the achieved time against the objective', () => {
    setActiveLocale('fr-CA');
    expect(againstObjectiveText(1800, 48, true)).toBe('30 h pour un objectif de 48 h, respecté');
    expect(againstObjectiveText(3000, 48, false)).toBe(
      '50 h pour un objectif de 48 h, non respecté',
    );
    expect(againstObjectiveText(null, 24, null)).toBe('non mesuré (objectif de 24 h)');
  });
});
