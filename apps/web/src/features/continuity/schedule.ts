import type { EvidenceSchedule } from '@vigil/contracts';
import type { BadgeTone } from '../../components/ui';
import { pick } from '../../i18n';
import { messages } from './messages';

export type ScheduleState = 'overdue' | 'due_soon' | 'on_schedule';

/** A month's notice: enough to book a restore environment or a drill's participants. */
export const DUE_SOON_DAYS = 30;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const SCHEDULE_STATE_TONE: Record<ScheduleState, BadgeTone> = {
  overdue: 'danger',
  due_soon: 'warning',
  on_schedule: 'success',
};

/** "Overdue", "Due soon", "On schedule". */
export const scheduleStateLabel = (state: ScheduleState): string =>
  pick(messages).schedule.states[state];

const SCHEDULE_CONTROLS: Record<EvidenceSchedule['kind'], string> = {
  backup_test: 'SOC 2 A1.3 · ISO 27001 A.8.13',
  drill: 'SOC 2 A1.3, CC7.5 · ISO 27001 A.5.30',
};

/**
 * What each kind of evidence is, the controls it answers and what its last date means: for a
 * backup test, the last passed one (a failed or partial restore proves nothing, so only a passed
 * one moves the schedule on).
 */
export const scheduleKindMeta = (
  kind: EvidenceSchedule['kind'],
): { title: string; what: string; controls: string; last: string } => ({
  ...pick(messages).schedule.kinds[kind],
  controls: SCHEDULE_CONTROLS[kind],
});

/** The server's `overdue` is as of its answer; the clock on screen moves on from there. */
export const scheduleState = (
  schedule: Pick<EvidenceSchedule, 'nextDueAt' | 'overdue'>,
  now: number,
): ScheduleState => {
  const left = Date.parse(schedule.nextDueAt) - now;
  if (schedule.overdue || left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS * DAY_MS ? 'due_soon' : 'on_schedule';
};

/** 3 → "Every 3 months (quarterly)", 12 → "Every 12 months (yearly)". */
export const cadenceText = (everyMonths: number): string => {
  const t = pick(messages).schedule;
  const name = t.cadenceNames[everyMonths];
  const every = everyMonths === 1 ? t.everyMonth : t.everyMonths(everyMonths);
  return name ? `${every} (${name})` : every;
};

const amount = (ms: number): string => {
  const t = pick(messages).schedule;
  const size = Math.abs(ms);
  if (size < DAY_MS * 2) return t.hours(Math.floor(size / HOUR_MS));
  return t.days(Math.floor(size / DAY_MS));
};

/** "due in 45 days", "due in 20 hours", "overdue by 3 days": the countdown beside the date. */
export const dueText = (nextDueAt: string, now: number): string => {
  const t = pick(messages).schedule;
  const left = Date.parse(nextDueAt) - now;
  return left >= 0 ? t.dueIn(amount(left)) : t.overdueBy(amount(left));
};
