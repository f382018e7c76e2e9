import {
  DEFAULT_EVIDENCE_CADENCE_MONTHS,
  FIRST_EVIDENCE_GRACE_DAYS,
  addMonthsInZone,
  evidenceSchedule,
} from './evidence-schedule.js';

const TORONTO = 'America/Toronto';

describe('addMonthsInZone', () => {
  it.each<[string, string, number, string, string]>([
    [
      'EST to EDT keeps 09:00 local (Toronto)',
      '2026-01-15T09:00:00-05:00',
      3,
      TORONTO,
      '2026-04-15T13:00:00.000Z',
    ],
    [
      'EDT to EST keeps 09:00 local (Toronto)',
      '2026-10-15T09:00:00-04:00',
      1,
      TORONTO,
      '2026-11-15T14:00:00.000Z',
    ],
    [
      'a UTC input is read on the local calendar',
      '2026-01-15T14:00:00Z',
      3,
      TORONTO,
      '2026-04-15T13:00:00.000Z',
    ],
    [
      'Jan 31 + 1 month → Feb 28',
      '2026-01-31T09:00:00-05:00',
      1,
      TORONTO,
      '2026-02-28T14:00:00.000Z',
    ],
    [
      'Jan 31 + 1 month in a leap year → Feb 29',
      '2028-01-31T09:00:00-05:00',
      1,
      TORONTO,
      '2028-02-29T14:00:00.000Z',
    ],
    [
      'Feb 29 + 12 months → Feb 28',
      '2028-02-29T09:00:00-05:00',
      12,
      TORONTO,
      '2029-02-28T14:00:00.000Z',
    ],
    [
      'Nov 30 + 3 months → Feb 29 of a leap year',
      '2027-11-30T09:00:00-05:00',
      3,
      TORONTO,
      '2028-02-29T14:00:00.000Z',
    ],
    ['across the new year', '2026-11-30T09:00:00-05:00', 3, TORONTO, '2027-02-28T14:00:00.000Z'],
    [
      'backwards: Mar 31 − 1 month → Feb 28, back in EST',
      '2026-03-31T09:00:00-04:00',
      -1,
      TORONTO,
      '2026-02-28T14:00:00.000Z',
    ],
    [
      'a local 02:30 the spring change skips moves forward to 03:30 EDT',
      '2026-02-08T02:30:00-05:00',
      1,
      TORONTO,
      '2026-03-08T07:30:00.000Z',
    ],
    [
      'a local 01:30 the autumn change repeats is the first (EDT) one',
      '2026-10-01T01:30:00-04:00',
      1,
      TORONTO,
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'milliseconds are kept',
      '2026-01-15T09:00:00.123-05:00',
      3,
      TORONTO,
      '2026-04-15T13:00:00.123Z',
    ],
    [
      'Kolkata (+05:30): the local date is a day ahead of UTC',
      '2026-03-01T03:00:00+05:30',
      1,
      'Asia/Kolkata',
      '2026-03-31T21:30:00.000Z',
    ],
    [
      'Kolkata (+05:30): Jan 31 local is Jan 30 in UTC',
      '2026-01-31T02:00:00+05:30',
      1,
      'Asia/Kolkata',
      '2026-02-27T20:30:00.000Z',
    ],
    [
      'Paris: late evening across the March change to CEST',
      '2026-01-31T23:30:00+01:00',
      2,
      'Europe/Paris',
      '2026-03-31T21:30:00.000Z',
    ],
    ['UTC itself', '2026-01-31T23:30:00Z', 1, 'UTC', '2026-02-28T23:30:00.000Z'],
  ])('%s', (_, at, months, timeZone, expected) => {
    expect(addMonthsInZone(at, months, timeZone)).toBe(expected);
  });

  it.each<[string, string, number, string]>([
    ['an unknown time zone', '2026-01-15T09:00:00Z', 3, 'America/Atlantis'],
    ['an empty time zone', '2026-01-15T09:00:00Z', 3, ''],
    ['a time without an offset', '2026-01-15T09:00:00', 3, TORONTO],
    ['a time that is not one', 'next Tuesday', 3, TORONTO],
    ['part of a month', '2026-01-15T09:00:00Z', 1.5, TORONTO],
  ])('rejects %s', (_, at, months, timeZone) => {
    expect(() => addMonthsInZone(at, months, timeZone)).toThrow(RangeError);
  });
});

describe('evidenceSchedule', () => {
  const backupTest = {
    kind: 'backup_test' as const,
    lastAt: '2026-01-15T09:00:00-05:00',
    startedAt: '2025-12-01T00:00:00Z',
    timeZone: TORONTO,
  };

  it('makes backup tests quarterly and drills yearly by default', () => {
    expect(DEFAULT_EVIDENCE_CADENCE_MONTHS).toEqual({ backup_test: 3, drill: 12 });
    expect(evidenceSchedule({ ...backupTest, now: '2026-02-01T00:00:00Z' })).toEqual({
      kind: 'backup_test',
      everyMonths: 3,
      lastAt: '2026-01-15T14:00:00.000Z',
      nextDueAt: '2026-04-15T13:00:00.000Z',
      overdue: false,
    });
    expect(
      evidenceSchedule({
        ...backupTest,
        kind: 'drill',
        lastAt: '2026-06-10T14:00:00-04:00',
        now: '2026-07-01T00:00:00Z',
      }),
    ).toMatchObject({ everyMonths: 12, nextDueAt: '2027-06-10T18:00:00.000Z', overdue: false });
  });

  it('takes a configured cadence', () => {
    expect(
      evidenceSchedule({ ...backupTest, everyMonths: 1, now: '2026-02-01T00:00:00Z' }),
    ).toMatchObject({ everyMonths: 1, nextDueAt: '2026-02-15T14:00:00.000Z' });
  });

  it.each<[string, string, boolean]>([
    ['a millisecond before the due time', '2026-04-15T12:59:59.999Z', false],
    ['exactly at the due time', '2026-04-15T09:00:00-04:00', false],
    ['a millisecond after the due time', '2026-04-15T13:00:00.001Z', true],
  ])('overdue %s → %s', (_, now, overdue) => {
    expect(evidenceSchedule({ ...backupTest, now }).overdue).toBe(overdue);
  });

  it(`gives ${FIRST_EVIDENCE_GRACE_DAYS} days for the first evidence when none is on record`, () => {
    const neverDone = { ...backupTest, lastAt: null, startedAt: '2026-05-01T10:00:00Z' };
    expect(evidenceSchedule({ ...neverDone, now: '2026-05-31T10:00:00Z' })).toEqual({
      kind: 'backup_test',
      everyMonths: 3,
      lastAt: null,
      nextDueAt: '2026-05-31T10:00:00.000Z',
      overdue: false,
    });
    expect(evidenceSchedule({ ...neverDone, now: '2026-05-31T10:00:00.001Z' }).overdue).toBe(true);
  });

  it('counts the grace in elapsed days, so it ends an hour later on the local clock across DST', () => {
    expect(
      evidenceSchedule({
        ...backupTest,
        kind: 'drill',
        lastAt: null,
        startedAt: '2026-03-01T09:00:00-05:00',
        now: '2026-03-02T00:00:00Z',
      }).nextDueAt,
    ).toBe('2026-03-31T14:00:00.000Z');
  });

  it.each<[string, Partial<Parameters<typeof evidenceSchedule>[0]>]>([
    ['an unknown time zone, even before any evidence', { lastAt: null, timeZone: 'Mars/Olympus' }],
    ['a zero cadence', { everyMonths: 0 }],
    ['a cadence in part months', { everyMonths: 2.5 }],
    ['a now without an offset', { now: '2026-02-01T00:00:00' }],
    ['a start that is not a time', { startedAt: 'last spring' }],
    ['a last time without an offset', { lastAt: '2026-01-15T09:00:00' }],
  ])('rejects %s', (_, override) => {
    expect(() =>
      evidenceSchedule({ ...backupTest, now: '2026-02-01T00:00:00Z', ...override }),
    ).toThrow(RangeError);
  });
});
