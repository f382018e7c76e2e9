import type { Obligation } from '@vigil/contracts';
import { pick } from '../../i18n';
import {
  clockStateOf,
  deadlineOf,
  isClock,
  STATE_ORDER,
  type ClockState,
} from '../deadlines/board';
import { messages } from './messages';

export interface IncidentClock {
  obligation: Obligation;
  state: ClockState;
}

/**
 * The clocks of one incident in one list: its response targets and the notification duties that
 * have a clock (records have none). Most urgent state first, then the one that runs out first.
 */
export const incidentClocks = (obligations: readonly Obligation[], now: number): IncidentClock[] =>
  obligations
    .filter(isClock)
    .map((obligation) => ({ obligation, state: clockStateOf(obligation, now) }))
    .sort((a, b) => {
      const byState = STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state);
      if (byState !== 0) return byState;
      const at = (c: IncidentClock) => {
        const deadline = deadlineOf(c.obligation);
        return deadline === null ? Number.MAX_SAFE_INTEGER : Date.parse(deadline);
      };
      return at(a) - at(b) || a.obligation.key.localeCompare(b.obligation.key);
    });

/** "3 running, 1 overdue": what the clocks card says before its tiles. */
export const clockSummary = (clocks: readonly IncidentClock[]): string => {
  const count = (states: readonly ClockState[]) =>
    clocks.filter((c) => states.includes(c.state)).length;
  const running = count(['overdue', 'due_soon', 'pending']);
  const overdue = count(['overdue']);
  const settled = count(['met', 'waived']);
  const t = pick(messages).clocks;
  return [t.running(running), overdue ? t.overdue(overdue) : '', settled ? t.settled(settled) : '']
    .filter(Boolean)
    .join(', ');
};
