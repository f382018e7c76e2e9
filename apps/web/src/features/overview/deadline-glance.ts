import type { Obligation } from '@vigil/contracts';
import { buildBoard, countViews, deadlineOf, type BoardRow } from '../deadlines/board';

// The notification clocks as the overview counts them, by the deadlines board's own rules. Kept
// apart from the other figures: the board brings @vigil/domain, loaded only for those who read it.

/** How many notices the overview lists. */
export const NEXT_DEADLINE_COUNT = 5;

/**
 * The open notification clocks closest to running out, overdue ones first (most overdue on top),
 * as the deadlines board orders them. Clocks without a deadline yet are left out.
 */
export const nextDeadlines = (
  obligations: readonly Obligation[],
  now: number,
  count = NEXT_DEADLINE_COUNT,
): BoardRow[] =>
  buildBoard(obligations, { kind: 'duties', view: 'open' }, now)
    .flatMap((group) => group.rows)
    .filter((row) => row.state !== 'suspended' && deadlineOf(row.obligation) !== null)
    .slice(0, count);

export interface ClockCounts {
  overdue: number;
  dueSoon: number;
  open: number;
}

/** Notification duties by state now (response targets are the incidents' own, not notices). */
export const clockCounts = (obligations: readonly Obligation[], now: number): ClockCounts => {
  const counts = countViews(obligations, { kind: 'duties' }, now);
  return { overdue: counts.overdue, dueSoon: counts.due_soon, open: counts.open };
};
