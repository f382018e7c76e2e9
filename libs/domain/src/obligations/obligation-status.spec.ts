import {
  gdprSaNeedsDelayReason,
  obligationStatus,
  reminderMoments,
  type ObligationStatus,
} from './obligation-status.js';

const CLOCK = '2026-03-02T09:00:00.000Z';
const DUE_72H = '2026-03-05T09:00:00.000Z';
const DUE_24H = '2026-03-03T09:00:00.000Z';

describe('gdprSaNeedsDelayReason (GDPR Art. 33(1))', () => {
  it.each<[string, string | null, string, boolean]>([
    ['sent well inside 72 h', DUE_72H, '2026-03-04T09:00:00.000Z', false],
    ['sent exactly at 72 h ("not later than")', DUE_72H, DUE_72H, false],
    ['sent one millisecond late', DUE_72H, '2026-03-05T09:00:00.001Z', true],
    ['sent a day late, with an offset', DUE_72H, '2026-03-06T05:00:00-05:00', true],
    ['no legal due date', null, '2026-04-01T00:00:00.000Z', false],
  ])('%s → %s', (_, dueAt, sentAt, expected) => {
    expect(gdprSaNeedsDelayReason({ dueAt, sentAt })).toBe(expected);
  });
});

describe('obligationStatus', () => {
  it.each<[string, Parameters<typeof obligationStatus>[0], ObligationStatus]>([
    [
      'met wins over everything',
      {
        dueAt: DUE_72H,
        targetAt: null,
        metAt: CLOCK,
        waivedAt: CLOCK,
        now: '2026-04-01T00:00:00Z',
      },
      'met',
    ],
    [
      'waived',
      { dueAt: DUE_72H, targetAt: null, waivedAt: CLOCK, now: '2026-04-01T00:00:00Z' },
      'waived',
    ],
    [
      'no due date and no target (a record, a suspended notice)',
      { dueAt: null, targetAt: null, now: CLOCK },
      'pending',
    ],
    [
      '72 h window, 19 h left',
      { dueAt: DUE_72H, targetAt: null, clockStartedAt: CLOCK, now: '2026-03-04T14:00:00Z' },
      'pending',
    ],
    [
      '72 h window, 17 h left (< 25 %)',
      { dueAt: DUE_72H, targetAt: null, clockStartedAt: CLOCK, now: '2026-03-04T16:00:00Z' },
      'due_soon',
    ],
    [
      '72 h window, exactly 18 h left (= 25 %)',
      { dueAt: DUE_72H, targetAt: null, clockStartedAt: CLOCK, now: '2026-03-04T15:00:00Z' },
      'pending',
    ],
    [
      '24 h window, 7 h left',
      { dueAt: DUE_24H, targetAt: null, clockStartedAt: CLOCK, now: '2026-03-03T02:00:00Z' },
      'pending',
    ],
    [
      '24 h window, 5 h left (< 6 h)',
      { dueAt: DUE_24H, targetAt: null, clockStartedAt: CLOCK, now: '2026-03-03T04:00:00Z' },
      'due_soon',
    ],
    [
      'no clock start known: only the 6 h rule',
      { dueAt: DUE_72H, targetAt: null, now: '2026-03-04T16:00:00Z' },
      'pending',
    ],
    [
      'no clock start known, 5 h left',
      { dueAt: DUE_72H, targetAt: null, now: '2026-03-05T04:00:00Z' },
      'due_soon',
    ],
    [
      'exactly at the deadline is still on time',
      { dueAt: DUE_72H, targetAt: null, clockStartedAt: CLOCK, now: DUE_72H },
      'due_soon',
    ],
    [
      'a millisecond past the deadline',
      { dueAt: DUE_72H, targetAt: null, clockStartedAt: CLOCK, now: '2026-03-05T09:00:00.001Z' },
      'overdue',
    ],
    [
      'internal target used when there is no legal date',
      { dueAt: null, targetAt: DUE_72H, clockStartedAt: CLOCK, now: '2026-03-06T00:00:00Z' },
      'overdue',
    ],
    [
      'the legal date wins over a target',
      { dueAt: DUE_24H, targetAt: DUE_72H, clockStartedAt: CLOCK, now: '2026-03-04T00:00:00Z' },
      'overdue',
    ],
    [
      'now as a Date',
      {
        dueAt: DUE_72H,
        targetAt: null,
        clockStartedAt: CLOCK,
        now: new Date('2026-03-02T10:00:00Z'),
      },
      'pending',
    ],
  ])('%s → %s', (_, input, expected) => {
    expect(obligationStatus(input)).toBe(expected);
  });
});

describe('reminderMoments', () => {
  it('reminds at 50, 75, 90 and 100 % of a 72 h legal window', () => {
    expect(reminderMoments({ clockStartedAt: CLOCK, dueAt: DUE_72H })).toEqual([
      { fraction: 0.5, at: '2026-03-03T21:00:00.000Z' },
      { fraction: 0.75, at: '2026-03-04T15:00:00.000Z' },
      { fraction: 0.9, at: '2026-03-05T01:48:00.000Z' },
      { fraction: 1, at: DUE_72H },
    ]);
  });

  it('uses the internal target when there is no legal date', () => {
    expect(
      reminderMoments({ clockStartedAt: CLOCK, dueAt: null, targetAt: DUE_24H }).map((m) => m.at),
    ).toEqual([
      '2026-03-02T21:00:00.000Z',
      '2026-03-03T03:00:00.000Z',
      '2026-03-03T06:36:00.000Z',
      DUE_24H,
    ]);
  });

  it.each<[string, Parameters<typeof reminderMoments>[0]]>([
    ['no deadline', { clockStartedAt: CLOCK, dueAt: null, targetAt: null }],
    ['no clock start', { clockStartedAt: null, dueAt: DUE_72H }],
  ])('no reminders with %s', (_, input) => {
    expect(reminderMoments(input)).toEqual([]);
  });

  it('a deadline at or before its clock start gives one reminder, at the deadline', () => {
    expect(reminderMoments({ clockStartedAt: DUE_72H, dueAt: CLOCK })).toEqual([
      { fraction: 1, at: CLOCK },
    ]);
  });
});
