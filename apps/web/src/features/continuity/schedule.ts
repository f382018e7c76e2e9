import type { EvidenceSchedule } from '@vigil/contracts';
import type { BadgeTone } from '../../components/ui';

export type ScheduleState = 'overdue' | 'due_soon' | 'on_schedule';

/** A month's notice: enough to book a restore environment or a drill's participants. */
export const DUE_SOON_DAYS = 30;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const SCHEDULE_STATE_META: Record<ScheduleState, { label: string; tone: BadgeTone }> = {
  overdue: { label: 'Overdue', tone: 'danger' },
  due_soon: { label: 'Due soon', tone: 'warning' },
  on_schedule: { label: 'On schedule', tone: 'success' },
};

export const SCHEDULE_KIND_META: Record<
  EvidenceSchedule['kind'],
  { title: string; what: string; controls: string; last: string }
> = {
  backup_test: {
    title: 'Backup restore test',
    // A failed or partial restore proves nothing: only a passed one moves the schedule on.
    last: 'Last passed',
    what: 'Restore a backup to a non-production environment and check it is complete and intact.',
    controls: 'SOC 2 A1.3 · ISO 27001 A.8.13',
  },
  drill: {
    title: 'DR drill',
    last: 'Last drill',
    what: 'Exercise the recovery plan against a scenario and measure the achieved RTO and RPO.',
    controls: 'SOC 2 A1.3, CC7.5 · ISO 27001 A.5.30',
  },
};

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
  const name: Record<number, string> = {
    1: 'monthly',
    3: 'quarterly',
    6: 'half-yearly',
    12: 'yearly',
  };
  const every = everyMonths === 1 ? 'Every month' : `Every ${everyMonths} months`;
  return name[everyMonths] ? `${every} (${name[everyMonths]})` : every;
};

const amount = (ms: number): string => {
  const size = Math.abs(ms);
  if (size < DAY_MS * 2) {
    const hours = Math.floor(size / HOUR_MS);
    return hours === 1 ? '1 hour' : `${hours} hours`;
  }
  const days = Math.floor(size / DAY_MS);
  return `${days} days`;
};

/** "due in 45 days", "due in 20 hours", "overdue by 3 days": the countdown beside the date. */
export const dueText = (nextDueAt: string, now: number): string => {
  const left = Date.parse(nextDueAt) - now;
  return left >= 0 ? `due in ${amount(left)}` : `overdue by ${amount(left)}`;
};
