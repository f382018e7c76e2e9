import type { AlarmStateChangeRecord } from '@vigil/contracts';
import { alarmStateSteps, timeInStates } from './alarm-timeline';

const change = (
  changedAt: string,
  oldState: string | null,
  newState: string,
): AlarmStateChangeRecord => ({
  id: changedAt,
  delivery: 'eventbridge',
  oldState,
  newState,
  reason: `${oldState} → ${newState}`,
  changedAt,
  receivedAt: changedAt,
});

describe('alarmStateSteps', () => {
  // The API sends the newest first.
  const history = [
    change('2026-11-20T12:00:00Z', 'OK', 'ALARM'),
    change('2026-11-20T11:00:00Z', 'ALARM', 'OK'),
    change('2026-11-20T10:00:00Z', 'INSUFFICIENT_DATA', 'ALARM'),
  ];
  const now = Date.parse('2026-11-20T12:30:00Z');

  it('orders the changes oldest first and runs the current state to now', () => {
    const points = alarmStateSteps({ history, now });
    expect(points.map((p) => [new Date(p.at).toISOString(), p.state, p.level, p.current])).toEqual([
      ['2026-11-20T10:00:00.000Z', 'ALARM', 2, false],
      ['2026-11-20T11:00:00.000Z', 'OK', 0, false],
      ['2026-11-20T12:00:00.000Z', 'ALARM', 2, false],
      ['2026-11-20T12:30:00.000Z', 'ALARM', 2, true],
    ]);
    expect(points[1]).toMatchObject({ from: 'ALARM', reason: 'ALARM → OK' });
  });

  it('leaves out states it cannot place, and has nothing to draw without history', () => {
    expect(
      alarmStateSteps({ history: [change('2026-11-20T10:00:00Z', null, 'MAYBE')], now }),
    ).toEqual([]);
    expect(alarmStateSteps({ history: [], now })).toEqual([]);
  });

  it('adds up the time spent in each state', () => {
    expect(timeInStates(alarmStateSteps({ history, now }))).toEqual({
      ALARM: 90 * 60_000,
      OK: 60 * 60_000,
      INSUFFICIENT_DATA: 0,
    });
  });
});
