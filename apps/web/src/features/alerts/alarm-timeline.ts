import type { AlarmStateChangeRecord } from '@vigil/contracts';

export const ALARM_STATES = ['OK', 'INSUFFICIENT_DATA', 'ALARM'] as const;
export type AlarmState = (typeof ALARM_STATES)[number];

/** The chart's levels, bottom to top: all clear, no data, in alarm. */
export const STATE_LEVEL: Record<AlarmState, number> = { OK: 0, INSUFFICIENT_DATA: 1, ALARM: 2 };

const isState = (value: string | null): value is AlarmState =>
  ALARM_STATES.some((s) => s === value);

export interface StatePoint {
  at: number;
  state: AlarmState;
  level: number;
  /** Why CloudWatch changed it; null for the closing "now" point. */
  reason: string | null;
  /** The state it left. */
  from: AlarmState | null;
  /** The last point, at `now`: where the current state has got to, not a change. */
  current: boolean;
}

/**
 * The alarm's state over time as steps: one point per change, oldest first (the API sends the
 * newest first, and deliveries can arrive out of order), plus a closing point at `now` so the
 * current state runs to the right edge. States the chart cannot place are left out.
 */
export const alarmStateSteps = ({
  history,
  now,
}: {
  history: readonly AlarmStateChangeRecord[];
  now: number;
}): StatePoint[] => {
  const changes = history
    .filter((h) => isState(h.newState))
    .map((h) => ({ ...h, at: Date.parse(h.changedAt) }))
    .sort((a, b) => a.at - b.at);
  const points: StatePoint[] = changes.map((h) => {
    const state = h.newState as AlarmState;
    return {
      at: h.at,
      state,
      level: STATE_LEVEL[state],
      reason: h.reason,
      from: isState(h.oldState) ? h.oldState : null,
      current: false,
    };
  });
  const last = points.at(-1);
  if (last && now > last.at) {
    points.push({ ...last, at: now, reason: null, from: null, current: true });
  }
  return points;
};

/** How long each state lasted in total over the charted span, for the chart's caption. */
export const timeInStates = (points: readonly StatePoint[]): Record<AlarmState, number> => {
  const totals: Record<AlarmState, number> = { OK: 0, INSUFFICIENT_DATA: 0, ALARM: 0 };
  points.forEach((point, i) => {
    const next = points[i + 1];
    if (next) totals[point.state] += next.at - point.at;
  });
  return totals;
};
