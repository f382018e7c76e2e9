import { formatBytes, formatCount, formatDateTime, formatRelative } from '../lib/format';
import { setActiveLocale } from './active-locale';
import { negotiateLocale } from './locale';
import { defineMessages, localizedRecord, plural } from './messages';

describe('negotiateLocale', () => {
  it.each([
    [['fr-CA', 'en'], 'fr-CA'],
    [['fr-FR'], 'fr-CA'],
    [['FR'], 'fr-CA'],
    [['en-GB', 'fr-CA'], 'en'],
    [['de-DE', 'fr-BE', 'en'], 'fr-CA'],
    [['de-DE', 'es'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(negotiateLocale(languages)).toBe(expected);
  });
});

describe('the active language', () => {
  afterEach(() => setActiveLocale('en'));

  const words = defineMessages(
    { open: 'Open', count: (n: number) => `${n} open` },
    { open: 'Ouvert', count: (n: number) => `${n} ouverts` },
  );

  it('makes lookup tables and formatters follow it', () => {
    const labels = localizedRecord({ en: { a: 'Open' }, 'fr-CA': { a: 'Ouvert' } });
    expect(labels.a).toBe('Open');
    setActiveLocale('fr-CA');
    expect(labels.a).toBe('Ouvert');
    expect(words['fr-CA'].count(2)).toBe('2 ouverts');
    expect(formatCount(12345)).toBe('12\u00a0345');
    expect(formatBytes(1_500)).toBe('1,5 ko');
    expect(
      formatRelative(Date.parse('2026-11-20T13:00:00Z'), Date.parse('2026-11-20T14:00:00Z')),
    ).toBe('il y a 1 heure');
    expect(formatDateTime('2026-11-20T14:03:11Z', 'America/Toronto')).toMatch(
      /09 h 03 min 11 s HNE$/,
    );
  });

  it('counts French singulars from zero, English only at one', () => {
    const forms = { one: 'incident', other: 'incidents' };
    expect(plural('en', 0, forms)).toBe('incidents');
    expect(plural('fr-CA', 0, forms)).toBe('incident');
    expect(plural('fr-CA', 1, forms)).toBe('incident');
    expect(plural('fr-CA', 2, forms)).toBe('incidents');
  });
});
