import { setActiveLocale } from '../../i18n';
import {
  formatMetricDuration,
  formatPercent,
  metricName,
  metricNeeds,
  metricShortLabel,
  samplesText,
  hoursTick,
  toHours,
  wholeHourTicks,
} from './overview-format';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('formatMetricDuration', () => {
  it.each([
    [null, '—'],
    [0, '0 s'],
    [42 * S, '42 s'],
    [59.4 * S, '59 s'],
    [59.6 * S, '1 min'],
    [90 * S, '2 min'],
    [18 * MIN, '18 min'],
    [59 * MIN + 40 * S, '1 h'],
    [3 * H + 12 * MIN, '3 h 12 min'],
    [3 * H + 12 * MIN + 29 * S, '3 h 12 min'],
    [71 * H + 58 * MIN, '71 h 58 min'],
    // Past the GDPR window's 72 h, days read better than "103 h".
    [72 * H, '3 d'],
    [4 * 24 * H + 6 * H + 20 * MIN, '4 d 6 h'],
  ])('%p ms is "%s"', (ms, text) => {
    expect(formatMetricDuration(ms)).toBe(text);
  });

  it('never shows a negative duration', () => {
    expect(formatMetricDuration(-5 * MIN)).toBe('0 s');
  });
});

describe('hours for the charts', () => {
  it('rounds to the hundredth of an hour', () => {
    expect(toHours(3 * H + 12 * MIN)).toBe(3.2);
    expect(toHours(20 * MIN)).toBe(0.33);
  });

  it('writes axis ticks in minutes below an hour, without trailing zeros above', () => {
    expect(hoursTick(0)).toBe('0');
    expect(hoursTick(0.75)).toBe('45 min');
    expect(hoursTick(3)).toBe('3 h');
    expect(hoursTick(1.5)).toBe('1.5 h');
    expect(hoursTick(12.25)).toBe('12.3 h');
  });

  it('keeps to whole hours once the longest bar passes 2 h', () => {
    expect(wholeHourTicks([3.01, null, 0.2])).toBe(true);
    expect(wholeHourTicks([1.2, null])).toBe(false);
    expect(wholeHourTicks([null])).toBe(false);
  });
});

describe('metric labels', () => {
  it('always says which MTTR', () => {
    expect(metricShortLabel('MTTA')).toBe('MTTA');
    expect(metricShortLabel('MTTR_RECOVER')).toBe('MTTR (recover)');
    expect(metricShortLabel('MTTR_RESOLVE')).toBe('MTTR (resolve)');
  });

  it('says what each metric needs to be measured', () => {
    expect(metricNeeds('MTTA')).toBe('MTTA needs at least one acknowledged incident');
    expect(metricNeeds('MTTR_RESOLVE')).toBe('MTTR (resolve) needs at least one closed incident');
  });

  it('counts the samples', () => {
    expect(samplesText(0)).toBe('no incident yet');
    expect(samplesText(1)).toBe('from 1 incident');
    expect(samplesText(1200)).toBe('from 1,200 incidents');
  });

  it('writes a percentage, or a dash when nothing fell due', () => {
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(92.5)).toBe('92.5%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('writes durations with days as « j » and decimals with a comma', () => {
    expect(formatMetricDuration(3 * H + 12 * MIN)).toBe('3 h 12 min');
    expect(formatMetricDuration(4 * 24 * H + 6 * H)).toBe('4 j 6 h');
    expect(hoursTick(1.5)).toBe('1,5 h');
    expect(hoursTick(0.75)).toBe('45 min');
    expect(formatPercent(92.5)).toBe('92,5\u00a0%');
    expect(formatPercent(100)).toBe('100\u00a0%');
  });

  it('names and defines the metrics by key, in the server’s words for an unknown one', () => {
    expect(metricShortLabel('MTTR_RECOVER')).toBe('MTTR (rétablir)');
    expect(metricShortLabel('MTTA')).toBe('MTTA');
    const server = {
      label: 'Mean time to acknowledge',
      definition: 'mean(acknowledged − alerted)',
    };
    expect(metricName({ key: 'MTTA', ...server }).label).toBe('Délai moyen de prise en charge');
    expect(metricName({ key: 'MTTX', ...server })).toEqual(server);
  });

  it('says what a metric needs and counts the samples as French counts', () => {
    expect(metricNeeds('MTTR_RESOLVE')).toBe(
      'Pour mesurer le MTTR (résoudre), il faut au moins un incident fermé',
    );
    expect(samplesText(0)).toBe('aucun incident pour l’instant');
    expect(samplesText(1)).toBe('sur 1 incident');
    expect(samplesText(1200)).toBe('sur 1\u00a0200 incidents');
  });
});
