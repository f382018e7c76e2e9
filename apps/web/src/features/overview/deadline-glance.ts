import type { Obligation } from '@vigil/contracts';
import { buildBoard, deadlineOf, type BoardRow } from '../deadlines/board';

// The next notification clocks in the deadlines board's own order and states, re-judged every
// second. Kept apart: the board brings @vigil/domain, loaded only for those who read it.

/**
 * How many notices the overview lists: `NEXT_DEADLINES`, the closest ones `GET /dashboard/now`
 * sends (repeated here because the contracts' runtime would bring zod into the page).
 */
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
