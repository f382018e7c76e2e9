import { formatBytes, formatDateTime, formatRelative } from './format';

const now = Date.parse('2026-11-20T14:00:00Z');
const at = (offsetSeconds: number) => now + offsetSeconds * 1000;

describe('formatRelative', () => {
  it.each([
    [at(-10), 'just now'],
    [at(30), 'just now'],
    [at(-50), '1 minute ago'],
    [at(-3 * 60), '3 minutes ago'],
    [at(2 * 3600), 'in 2 hours'],
    [at(-26 * 3600), 'yesterday'],
    [at(-3 * 24 * 3600), '3 days ago'],
    [at(-14 * 24 * 3600), '2 weeks ago'],
    [at(-400 * 24 * 3600), 'last year'],
  ])('%#: %s', (value, expected) => {
    expect(formatRelative(value, now)).toBe(expected);
  });

  it('takes ISO strings as the API sends them', () => {
    expect(formatRelative('2026-11-20T13:00:00.000Z', now)).toBe('1 hour ago');
  });
});

describe('formatDateTime', () => {
  it('always names the time zone', () => {
    expect(formatDateTime('2026-11-20T14:03:11Z', 'UTC')).toMatch(/14:03:11 UTC$/);
    expect(formatDateTime('2026-11-20T14:03:11Z', 'America/Toronto')).toMatch(/09:03:11 EST$/);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_500, '1.5 kB'],
    [2_345_678, '2.3 MB'],
    [3_000_000_000, '3.00 GB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
