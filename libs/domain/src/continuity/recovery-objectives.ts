import { instantMs } from '../obligations/legal-time.js';
import { REMINDER_FRACTIONS, reminderLabel } from '../obligations/obligation-status.js';

/** The company's objectives when a service names none (domain spec §6). */
export const DEFAULT_RTO_HOURS = 48;
export const DEFAULT_RPO_HOURS = 24;

/** The same moments as every other clock's reminders. */
export const RTO_REMINDER_FRACTIONS = REMINDER_FRACTIONS;
type RtoReminderFraction = (typeof RTO_REMINDER_FRACTIONS)[number];

const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

const windowMs = (hours: number, field: string): number => {
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new RangeError(`${field} must be a positive number of hours, got ${hours}`);
  }
  return Math.round(hours * MS_PER_HOUR);
};

// `+ 0` turns the -0 that Math.round gives for a small negative span into a plain 0.
const wholeMinutes = (ms: number): number => Math.round(ms / MS_PER_MINUTE) + 0;

export type RtoState = 'running' | 'breached' | 'met' | 'missed';

export interface RtoClock {
  /** Disruption start + RTO. */
  dueAt: string;
  /** Until restoration when restored, else until now. */
  elapsedMs: number;
  /** dueAt − now (negative once past); once restored, dueAt − restoredAt. */
  remainingMs: number;
  /** elapsedMs over the RTO window; above 1 once the window is exceeded. */
  share: number;
  state: RtoState;
}

/**
 * The RTO clock of a disruption. Exactly at the due time is still within the objective: the RTO is
 * "the maximum acceptable delay" (AWS REL13-BP01), so restored at 48 h is met and unrestored at 48 h
 * is still running.
 */
export const rtoClock = ({
  disruptionStartedAt,
  rtoHours,
  restoredAt,
  now,
}: {
  disruptionStartedAt: string;
  rtoHours: number;
  restoredAt: string | null;
  now: string;
}): RtoClock => {
  const window = windowMs(rtoHours, 'rtoHours');
  const start = instantMs(disruptionStartedAt, 'disruptionStartedAt');
  const nowMs = instantMs(now, 'now');
  const restored = restoredAt === null ? null : instantMs(restoredAt, 'restoredAt');
  const due = start + window;
  const end = restored ?? nowMs;
  const late = end > due;
  return {
    dueAt: new Date(due).toISOString(),
    elapsedMs: end - start,
    remainingMs: due - end,
    share: (end - start) / window,
    state: restored === null ? (late ? 'breached' : 'running') : late ? 'missed' : 'met',
  };
};

/**
 * Data at risk: the time between the last good recovery point and the disruption. Unknown (null)
 * when no backup time was given; met when it is at most the RPO.
 */
export const rpoExposure = ({
  disruptionStartedAt,
  lastGoodBackupAt,
  rpoHours,
}: {
  disruptionStartedAt: string;
  lastGoodBackupAt: string | null;
  rpoHours: number;
}): { exposureMinutes: number | null; met: boolean | null } => {
  const window = windowMs(rpoHours, 'rpoHours');
  const start = instantMs(disruptionStartedAt, 'disruptionStartedAt');
  if (lastGoodBackupAt === null) return { exposureMinutes: null, met: null };
  const exposure = start - instantMs(lastGoodBackupAt, 'lastGoodBackupAt');
  return { exposureMinutes: wholeMinutes(exposure), met: exposure <= window };
};

/**
 * What a finished recovery achieved, for the run and drill records auditors sample: restored −
 * disruption against the RTO, disruption − recovery point against the RPO. Met is decided on the
 * exact times, so it always agrees with `rtoClock`; the minutes are rounded for display.
 */
export const achievedRecovery = ({
  disruptionStartedAt,
  restoredAt,
  recoveryPointAt,
  rtoHours,
  rpoHours,
}: {
  disruptionStartedAt: string;
  restoredAt: string;
  recoveryPointAt: string | null;
  rtoHours: number;
  rpoHours: number;
}): { rtoMinutes: number; rpoMinutes: number | null; rtoMet: boolean; rpoMet: boolean | null } => {
  const rtoWindow = windowMs(rtoHours, 'rtoHours');
  const start = instantMs(disruptionStartedAt, 'disruptionStartedAt');
  const downtime = instantMs(restoredAt, 'restoredAt') - start;
  const rpo = rpoExposure({ disruptionStartedAt, lastGoodBackupAt: recoveryPointAt, rpoHours });
  return {
    rtoMinutes: wholeMinutes(downtime),
    rpoMinutes: rpo.exposureMinutes,
    rtoMet: downtime <= rtoWindow,
    rpoMet: rpo.met,
  };
};

/** The tightest (smallest) RTO and RPO among services; DEFAULT_* when the list is empty. */
export const tightestObjectives = (
  services: readonly { rtoHours: number; rpoHours: number }[],
): { rtoHours: number; rpoHours: number } => {
  if (services.length === 0) return { rtoHours: DEFAULT_RTO_HOURS, rpoHours: DEFAULT_RPO_HOURS };
  for (const s of services) {
    windowMs(s.rtoHours, 'rtoHours');
    windowMs(s.rpoHours, 'rpoHours');
  }
  return {
    rtoHours: Math.min(...services.map((s) => s.rtoHours)),
    rpoHours: Math.min(...services.map((s) => s.rpoHours)),
  };
};

/** Reminder moments at 50/75/90/100 % of the RTO window from disruption. */
export const rtoReminderMoments = ({
  disruptionStartedAt,
  rtoHours,
}: {
  disruptionStartedAt: string;
  rtoHours: number;
}): { fraction: RtoReminderFraction; label: string; at: string }[] => {
  const window = windowMs(rtoHours, 'rtoHours');
  const start = instantMs(disruptionStartedAt, 'disruptionStartedAt');
  return RTO_REMINDER_FRACTIONS.map((fraction) => ({
    fraction,
    label: reminderLabel(fraction),
    at: new Date(start + Math.round(window * fraction)).toISOString(),
  }));
};
