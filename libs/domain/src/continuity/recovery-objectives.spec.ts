import {
  DEFAULT_RPO_HOURS,
  DEFAULT_RTO_HOURS,
  achievedRecovery,
  rpoExposure,
  rtoClock,
  rtoReminderMoments,
  tightestObjectives,
  type RtoClock,
} from './recovery-objectives.js';

const DISRUPTION = '2026-05-04T08:00:00.000Z';
const DUE_48H = '2026-05-06T08:00:00.000Z';
const HOUR = 3_600_000;

describe('rtoClock', () => {
  it.each<[string, string | null, string, Omit<RtoClock, 'dueAt'>]>([
    [
      'halfway, not restored',
      null,
      '2026-05-05T08:00:00Z',
      { elapsedMs: 24 * HOUR, remainingMs: 24 * HOUR, share: 0.5, state: 'running' },
    ],
    [
      'not restored, exactly at 48 h',
      null,
      DUE_48H,
      { elapsedMs: 48 * HOUR, remainingMs: 0, share: 1, state: 'running' },
    ],
    [
      'not restored, one millisecond past 48 h',
      null,
      '2026-05-06T08:00:00.001Z',
      {
        elapsedMs: 48 * HOUR + 1,
        remainingMs: -1,
        share: (48 * HOUR + 1) / (48 * HOUR),
        state: 'breached',
      },
    ],
    [
      'not restored, a day past due',
      null,
      '2026-05-07T08:00:00Z',
      { elapsedMs: 72 * HOUR, remainingMs: -24 * HOUR, share: 1.5, state: 'breached' },
    ],
    [
      'restored exactly at 48 h',
      DUE_48H,
      '2026-05-10T00:00:00Z',
      { elapsedMs: 48 * HOUR, remainingMs: 0, share: 1, state: 'met' },
    ],
    [
      'restored at 40 h, given with an offset',
      '2026-05-05T20:00:00-04:00',
      '2026-05-10T00:00:00Z',
      { elapsedMs: 40 * HOUR, remainingMs: 8 * HOUR, share: 40 / 48, state: 'met' },
    ],
    [
      'restored a minute late',
      '2026-05-06T08:01:00Z',
      '2026-05-10T00:00:00Z',
      { elapsedMs: 48 * HOUR + 60_000, remainingMs: -60_000, share: 2881 / 2880, state: 'missed' },
    ],
  ])('%s', (_, restoredAt, now, expected) => {
    expect(rtoClock({ disruptionStartedAt: DISRUPTION, rtoHours: 48, restoredAt, now })).toEqual({
      dueAt: DUE_48H,
      ...expected,
    });
  });

  it('states the due time in UTC whatever offset the disruption was given in', () => {
    const clock = rtoClock({
      disruptionStartedAt: '2026-05-04T10:00:00+02:00',
      rtoHours: 0.25,
      restoredAt: null,
      now: '2026-05-04T08:05:00Z',
    });
    expect(clock.dueAt).toBe('2026-05-04T08:15:00.000Z');
    expect(clock.remainingMs).toBe(10 * 60_000);
  });

  it.each<[string, Partial<Parameters<typeof rtoClock>[0]>]>([
    ['a zero RTO', { rtoHours: 0 }],
    ['a negative RTO', { rtoHours: -48 }],
    ['an RTO that is not a number', { rtoHours: Number.NaN }],
    ['a disruption without an offset', { disruptionStartedAt: '2026-05-04T08:00:00' }],
    ['a disruption that is not a time', { disruptionStartedAt: 'yesterday' }],
    ['an impossible date', { disruptionStartedAt: '2026-02-30T08:00:00Z' }],
    ['a restoration without an offset', { restoredAt: '2026-05-05T08:00:00' }],
    ['a now without an offset', { now: '2026-05-05 08:00' }],
  ])('rejects %s', (_, override) => {
    expect(() =>
      rtoClock({
        disruptionStartedAt: DISRUPTION,
        rtoHours: 48,
        restoredAt: null,
        now: DISRUPTION,
        ...override,
      }),
    ).toThrow(RangeError);
  });
});

describe('rpoExposure', () => {
  it.each<[string, string | null, number | null, boolean | null]>([
    ['nightly backup six hours before', '2026-05-04T02:00:00Z', 360, true],
    ['backup exactly 24 h before', '2026-05-03T08:00:00Z', 1440, true],
    ['backup 24 h and a minute before', '2026-05-03T07:59:00Z', 1441, false],
    ['recovery point at the disruption itself', DISRUPTION, 0, true],
    ['89 seconds rounds to a minute', '2026-05-04T07:58:31Z', 1, true],
    ['90 seconds rounds up to two', '2026-05-04T07:58:30Z', 2, true],
    ['backup time given with an offset', '2026-05-03T23:00:00-04:00', 300, true],
    ['no backup time known', null, null, null],
  ])('%s', (_, lastGoodBackupAt, exposureMinutes, met) => {
    expect(
      rpoExposure({ disruptionStartedAt: DISRUPTION, lastGoodBackupAt, rpoHours: 24 }),
    ).toEqual({ exposureMinutes, met });
  });

  it('decides on the exact time: a millisecond over 24 h is not met, though it shows 1440 min', () => {
    expect(
      rpoExposure({
        disruptionStartedAt: DISRUPTION,
        lastGoodBackupAt: '2026-05-03T07:59:59.999Z',
        rpoHours: 24,
      }),
    ).toEqual({ exposureMinutes: 1440, met: false });
  });

  it.each([0, -1, Number.POSITIVE_INFINITY])('rejects an RPO of %s hours', (rpoHours) => {
    expect(() =>
      rpoExposure({ disruptionStartedAt: DISRUPTION, lastGoodBackupAt: null, rpoHours }),
    ).toThrow(RangeError);
  });

  it('rejects a backup time without an offset', () => {
    expect(() =>
      rpoExposure({
        disruptionStartedAt: DISRUPTION,
        lastGoodBackupAt: '2026-05-03T08:00:00',
        rpoHours: 24,
      }),
    ).toThrow(RangeError);
  });
});

describe('achievedRecovery', () => {
  it.each<
    [
      string,
      { restoredAt: string; recoveryPointAt: string | null; rtoHours?: number; rpoHours?: number },
      ReturnType<typeof achievedRecovery>,
    ]
  >([
    [
      'well inside both objectives',
      { restoredAt: '2026-05-06T07:30:00Z', recoveryPointAt: '2026-05-04T05:00:00Z' },
      { rtoMinutes: 2850, rpoMinutes: 180, rtoMet: true, rpoMet: true },
    ],
    [
      'exactly at 48 h and 24 h',
      { restoredAt: DUE_48H, recoveryPointAt: '2026-05-03T08:00:00Z' },
      { rtoMinutes: 2880, rpoMinutes: 1440, rtoMet: true, rpoMet: true },
    ],
    [
      'both missed',
      { restoredAt: '2026-05-06T10:00:00Z', recoveryPointAt: '2026-05-03T02:00:00Z' },
      { rtoMinutes: 3000, rpoMinutes: 1800, rtoMet: false, rpoMet: false },
    ],
    [
      'no recovery point known',
      { restoredAt: '2026-05-04T12:00:00Z', recoveryPointAt: null },
      { rtoMinutes: 240, rpoMinutes: null, rtoMet: true, rpoMet: null },
    ],
    [
      'seconds short of 48 h round to 2880 min, still met',
      { restoredAt: '2026-05-06T07:59:59.600Z', recoveryPointAt: null },
      { rtoMinutes: 2880, rpoMinutes: null, rtoMet: true, rpoMet: null },
    ],
    [
      'a tight 4 h / 1 h service',
      {
        restoredAt: '2026-05-04T13:00:00+01:00',
        recoveryPointAt: '2026-05-04T06:45:00Z',
        rtoHours: 4,
        rpoHours: 1,
      },
      { rtoMinutes: 240, rpoMinutes: 75, rtoMet: true, rpoMet: false },
    ],
  ])('%s', (_, { rtoHours = 48, rpoHours = 24, ...times }, expected) => {
    expect(
      achievedRecovery({ disruptionStartedAt: DISRUPTION, rtoHours, rpoHours, ...times }),
    ).toEqual(expected);
  });

  it('agrees with the RTO clock one millisecond past due', () => {
    const restoredAt = '2026-05-06T08:00:00.001Z';
    const input = { disruptionStartedAt: DISRUPTION, restoredAt, rtoHours: 48 };
    expect(achievedRecovery({ ...input, recoveryPointAt: null, rpoHours: 24 }).rtoMet).toBe(false);
    expect(rtoClock({ ...input, now: restoredAt }).state).toBe('missed');
  });

  it.each([
    { rtoHours: 0, rpoHours: 24 },
    { rtoHours: 48, rpoHours: -24 },
  ])('rejects non-positive objectives %o', (objectives) => {
    expect(() =>
      achievedRecovery({
        disruptionStartedAt: DISRUPTION,
        restoredAt: DUE_48H,
        recoveryPointAt: null,
        ...objectives,
      }),
    ).toThrow(RangeError);
  });
});

describe('tightestObjectives', () => {
  it('falls back to 48 h / 24 h when there are no services', () => {
    expect(tightestObjectives([])).toEqual({ rtoHours: 48, rpoHours: 24 });
    expect([DEFAULT_RTO_HOURS, DEFAULT_RPO_HOURS]).toEqual([48, 24]);
  });

  it('takes the smallest RTO and the smallest RPO, even from different services', () => {
    expect(
      tightestObjectives([
        { rtoHours: 48, rpoHours: 24 },
        { rtoHours: 4, rpoHours: 12 },
        { rtoHours: 72, rpoHours: 0.25 },
      ]),
    ).toEqual({ rtoHours: 4, rpoHours: 0.25 });
  });

  it('keeps a single service as it is', () => {
    expect(tightestObjectives([{ rtoHours: 8, rpoHours: 1 }])).toEqual({
      rtoHours: 8,
      rpoHours: 1,
    });
  });

  it('rejects a service with a zero objective', () => {
    expect(() => tightestObjectives([{ rtoHours: 0, rpoHours: 24 }])).toThrow(RangeError);
  });
});

describe('rtoReminderMoments', () => {
  it('reminds at 50, 75, 90 and 100 % of a 48 h window', () => {
    expect(rtoReminderMoments({ disruptionStartedAt: DISRUPTION, rtoHours: 48 })).toEqual([
      { fraction: 0.5, label: '50%', at: '2026-05-05T08:00:00.000Z' },
      { fraction: 0.75, label: '75%', at: '2026-05-05T20:00:00.000Z' },
      { fraction: 0.9, label: '90%', at: '2026-05-06T03:12:00.000Z' },
      { fraction: 1, label: '100%', at: DUE_48H },
    ]);
  });

  it('keeps the seconds of a short window', () => {
    expect(
      rtoReminderMoments({ disruptionStartedAt: '2026-05-04T10:00:00+02:00', rtoHours: 0.25 }).map(
        (m) => m.at,
      ),
    ).toEqual([
      '2026-05-04T08:07:30.000Z',
      '2026-05-04T08:11:15.000Z',
      '2026-05-04T08:13:30.000Z',
      '2026-05-04T08:15:00.000Z',
    ]);
  });

  it('rejects a zero RTO and a zone-less start', () => {
    expect(() => rtoReminderMoments({ disruptionStartedAt: DISRUPTION, rtoHours: 0 })).toThrow(
      RangeError,
    );
    expect(() =>
      rtoReminderMoments({ disruptionStartedAt: '2026-05-04T08:00:00', rtoHours: 48 }),
    ).toThrow(RangeError);
  });
});
