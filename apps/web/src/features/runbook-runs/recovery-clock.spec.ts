import { setActiveLocale } from '../../i18n';
import {
  formatHours,
  formatMinutes,
  rtoDueAt,
  rtoLine,
  rtoShare,
  runRpo,
  runRtoClock,
} from './recovery-clock';
import { aRun } from './test-builders';

const at = (iso: string) => Date.parse(iso);

describe('runRtoClock', () => {
  const run = aRun({ disruptionStartedAt: '2026-11-20T10:00:00.000Z', rtoHours: 48 });

  it.each([
    ['2026-11-20T12:30:00.000Z', 'running', '45 h 30 min left', 5],
    ['2026-11-22T10:00:00.000Z', 'running', '0 s left', 100],
    ['2026-11-22T11:15:00.000Z', 'breached', 'over by 1 h 15 min', 100],
  ])('at %s it is %s: %s', (now, state, line, share) => {
    const clock = runRtoClock(run, at(now));
    expect(clock.state).toBe(state);
    expect(rtoLine(clock)).toBe(line);
    expect(rtoShare(clock)).toBe(share);
    expect(clock.dueAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('stops at the restore time once recovered', () => {
    const restored = { ...run, restoredAt: '2026-11-20T13:00:00.000Z' };
    const clock = runRtoClock(restored, at('2026-11-25T00:00:00.000Z'));
    expect(clock.state).toBe('met');
    expect(clock.elapsedMs).toBe(3 * 3_600_000);
    expect(rtoLine(clock)).toBe('45 h 00 min to spare');
    const late = runRtoClock({ ...run, restoredAt: '2026-11-22T12:00:00.000Z' }, 0);
    expect(late.state).toBe('missed');
    expect(rtoLine(late)).toBe('2 h 00 min late');
  });

  it('gives the due time without a clock, for lists', () => {
    expect(rtoDueAt({ disruptionStartedAt: '2026-11-20T10:00:00.000Z', rtoHours: 4.5 })).toBe(
      '2026-11-20T14:30:00.000Z',
    );
  });
});

describe('runRpo', () => {
  const base = { disruptionStartedAt: '2026-11-20T10:00:00.000Z', rpoHours: 24 };

  it.each([
    [null, null, null, 'unknown'],
    ['2026-11-20T04:00:00.000Z', null, 360, 'within'],
    ['2026-11-19T09:00:00.000Z', null, 25 * 60, 'exceeded'],
    // The recovery point actually restored from replaces the backup known at the start.
    ['2026-11-20T04:00:00.000Z', '2026-11-19T10:00:00.000Z', 24 * 60, 'within'],
  ])('backup %s, recovery point %s → %s min, %s', (backup, point, minutes, state) => {
    const rpo = runRpo({ ...base, lastGoodBackupAt: backup, recoveryPointAt: point });
    expect(rpo.exposureMinutes).toBe(minutes);
    expect(rpo.state).toBe(state);
    expect(rpo.from).toBe(point ?? backup);
  });
});

describe('formatting', () => {
  it.each([
    [48, '48 h'],
    [1.5, '1.5 h'],
    [0.25, '15 min'],
    [2.333333, '2.33 h'],
  ])('formatHours(%s) → %s', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });

  it.each([
    [0, '0 min'],
    [7, '7 min 00 s'],
    [133, '2 h 13 min'],
    [24 * 60, '24 h 00 min'],
    [80 * 60, '3 d 8 h'],
  ])('formatMinutes(%s) → %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('writes objectives with a decimal comma', () => {
    expect(formatHours(1.5)).toBe('1,5 h');
    expect(formatHours(48)).toBe('48 h');
    expect(formatHours(0.25)).toBe('15 min');
  });

  it('says what the RTO tile says under its number', () => {
    const run = aRun({ disruptionStartedAt: '2026-11-20T10:00:00.000Z', rtoHours: 48 });
    expect(rtoLine(runRtoClock(run, at('2026-11-20T12:30:00.000Z')))).toBe('il reste 45 h 30 min');
    expect(rtoLine(runRtoClock(run, at('2026-11-22T11:15:00.000Z')))).toBe('dépassé de 1 h 15 min');
    const late = runRtoClock({ ...run, restoredAt: '2026-11-22T12:00:00.000Z' }, 0);
    expect(rtoLine(late)).toBe('2 h 00 min de retard');
  });
});
