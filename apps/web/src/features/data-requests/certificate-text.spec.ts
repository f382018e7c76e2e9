import { setActiveLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import {
  certificateFileName,
  certificateJson,
  destroyedTotal,
  seqRangeText,
  shortHash,
  timeRangeText,
  tombstonedTotal,
} from './certificate-text';
import { aCertificate, aStatement } from './test-builders';

describe('timeRangeText', () => {
  const from = '2026-10-01T00:00:00.000Z';
  const to = '2026-10-31T00:00:00.000Z';

  it.each([
    [from, to, `${formatDateTime(from)} → ${formatDateTime(to)}`],
    [from, from, formatDateTime(from)],
    [from, null, `From ${formatDateTime(from)}`],
    [null, to, `Until ${formatDateTime(to)}`],
    [null, null, 'No dated records'],
  ])('%j → %j', (a, b, expected) => {
    expect(timeRangeText(a, b)).toBe(expected);
  });

  describe('in Québec French', () => {
    beforeEach(() => setActiveLocale('fr-CA'));
    afterEach(() => setActiveLocale('en'));

    it('says from and until in French, with French dates', () => {
      expect(timeRangeText(from, null)).toBe(`À partir du ${formatDateTime(from)}`);
      expect(formatDateTime(from)).toMatch(/oct\./);
      expect(timeRangeText(null, to)).toBe(`Jusqu’au ${formatDateTime(to)}`);
      expect(timeRangeText(null, null)).toBe('Aucun enregistrement daté');
    });
  });
});

describe('seqRangeText', () => {
  it.each([
    [10, 12, '#10 – #12'],
    [7, 7, '#7'],
  ])('%i..%i → %s', (fromSeq, toSeq, expected) => {
    expect(seqRangeText({ fromSeq, toSeq })).toBe(expected);
  });
});

it('shortens a hash to its ends, and leaves a short one alone', () => {
  const hash = '3f2a9c01d4e5' + '0'.repeat(44) + '9b0c1d2e';
  expect(shortHash(hash)).toBe('3f2a9c01d4e5…9b0c1d2e');
  expect(shortHash('abc123')).toBe('abc123');
});

it('totals what was destroyed and the audit events tombstoned', () => {
  expect(destroyedTotal(aStatement())).toBe(7);
  // The audit events' own count: their seq ranges may hold other clients' events too.
  expect(tombstonedTotal(aStatement())).toBe(5);
  expect(
    tombstonedTotal(
      aStatement({
        destroyed: [{ kind: 'audit_events', count: 2, from: null, to: null, tombstones: [] }],
      }),
    ),
  ).toBe(2);
  expect(tombstonedTotal(aStatement({ destroyed: [] }))).toBe(0);
});

it('names the JSON file after the organization and the day issued', () => {
  expect(certificateFileName(aStatement())).toBe('certificate-of-destruction-acme-2026-11-03.json');
  expect(certificateFileName(aStatement({ organization: { id: 'Ünï Co/../x', name: 'x' } }))).toBe(
    'certificate-of-destruction-n-co-x-2026-11-03.json',
  );
});

it('keeps the statement and the signature exactly as issued in the JSON download', () => {
  const certificate = aCertificate();
  expect(JSON.parse(certificateJson(certificate))).toEqual(certificate);
  expect(certificateJson(certificate).endsWith('}\n')).toBe(true);
});
