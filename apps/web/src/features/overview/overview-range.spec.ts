import { setActiveLocale } from '../../i18n';
import {
  DEFAULT_RANGE,
  OVERVIEW_RANGES,
  parseRange,
  rangeBounds,
  rangeLabel,
  rangeWhen,
  rangeWords,
  withRange,
} from './overview-range';

const NOW = Date.parse('2026-11-20T14:03:11.201Z');

describe('rangeBounds', () => {
  it.each([
    ['7d', '2026-11-13T14:03:11.201Z'],
    ['30d', '2026-10-21T14:03:11.201Z'],
    ['90d', '2026-08-22T14:03:11.201Z'],
    // Calendar months: this date last year, not 360 days ago.
    ['12mo', '2025-11-20T14:03:11.201Z'],
  ] as const)('%s ends now and starts at %s', (range, from) => {
    expect(rangeBounds(range, NOW)).toEqual({ from, to: '2026-11-20T14:03:11.201Z' });
  });

  it('keeps 12 months within the API limit of 400 days, leap day included', () => {
    const leap = Date.parse('2028-02-29T08:00:00.000Z');
    const { from, to } = rangeBounds('12mo', leap);
    expect(from).toBe('2027-03-01T08:00:00.000Z');
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBeLessThanOrEqual(400);
  });

  it('gives the API RFC 3339 UTC times, from before to', () => {
    for (const { value } of OVERVIEW_RANGES) {
      const { from, to } = rangeBounds(value, NOW);
      expect(from).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(from)).toBeLessThan(Date.parse(to));
    }
  });
});

describe('the range in the address bar', () => {
  it('reads a known range and falls back to 30 days', () => {
    expect(parseRange(new URLSearchParams('range=90d'))).toBe('90d');
    expect(parseRange(new URLSearchParams('range=5y'))).toBe(DEFAULT_RANGE);
    expect(parseRange(new URLSearchParams(''))).toBe('30d');
  });

  it('writes the range, leaves the default out and keeps other parameters', () => {
    expect(withRange(new URLSearchParams('x=1'), '7d').toString()).toBe('x=1&range=7d');
    expect(withRange(new URLSearchParams('range=7d&x=1'), '30d').toString()).toBe('x=1');
  });

  it('says the period in words', () => {
    expect(rangeWords('7d')).toBe('the last 7 days');
    expect(rangeWords('12mo')).toBe('the last 12 months');
    expect(rangeLabel('30d')).toBe('30 d');
    expect(rangeWhen('7d')).toBe('Last 7 days');
  });

  it('says the period in Québec French', () => {
    setActiveLocale('fr-CA');
    try {
      expect(rangeLabel('7d')).toBe('7 j');
      expect(rangeWords('30d')).toBe('les 30 derniers jours');
      expect(rangeWhen('12mo')).toBe('12 derniers mois');
    } finally {
      setActiveLocale('en');
    }
  });
});
