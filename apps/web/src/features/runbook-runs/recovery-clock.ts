import { rpoExposure, rtoClock, type RtoClock, type RtoState } from '@vigil/domain';
import type { BadgeTone } from '../../components/ui';
import { formatDuration } from '../deadlines/board';

const MINUTE_MS = 60_000;

export type { RtoState };

/** The run's RTO now: live while it runs, fixed at the restore time once recovered. */
export const runRtoClock = (
  run: { disruptionStartedAt: string; rtoHours: number; restoredAt: string | null },
  now: number,
): RtoClock =>
  rtoClock({
    disruptionStartedAt: run.disruptionStartedAt,
    rtoHours: run.rtoHours,
    restoredAt: run.restoredAt,
    now: new Date(now).toISOString(),
  });

export type RpoState = 'within' | 'exceeded' | 'unknown';

export interface RpoView {
  exposureMinutes: number | null;
  state: RpoState;
  /** The recovery point the exposure counts from: the one restored, else the last good backup. */
  from: string | null;
}

/** Data at risk: from the recovery point to the disruption, against the RPO. */
export const runRpo = (run: {
  disruptionStartedAt: string;
  lastGoodBackupAt: string | null;
  recoveryPointAt: string | null;
  rpoHours: number;
}): RpoView => {
  const from = run.recoveryPointAt ?? run.lastGoodBackupAt;
  const { exposureMinutes, met } = rpoExposure({
    disruptionStartedAt: run.disruptionStartedAt,
    lastGoodBackupAt: from,
    rpoHours: run.rpoHours,
  });
  return {
    exposureMinutes,
    from,
    state: met === null ? 'unknown' : met ? 'within' : 'exceeded',
  };
};

export const RTO_STATE_META: Record<RtoState, { label: string; tone: BadgeTone; hint: string }> = {
  running: { label: 'Running', tone: 'info', hint: 'Within the recovery time objective so far.' },
  breached: {
    label: 'Breached',
    tone: 'danger',
    hint: 'Service is still down past the recovery time objective.',
  },
  met: { label: 'Met', tone: 'success', hint: 'Restored within the recovery time objective.' },
  missed: { label: 'Missed', tone: 'danger', hint: 'Restored after the recovery time objective.' },
};

export const RPO_STATE_META: Record<RpoState, { label: string; tone: BadgeTone; hint: string }> = {
  within: { label: 'Within RPO', tone: 'success', hint: 'The data at risk fits the objective.' },
  exceeded: {
    label: 'Exceeds RPO',
    tone: 'danger',
    hint: 'More data is at risk than the objective allows.',
  },
  unknown: {
    label: 'Unknown',
    tone: 'warning',
    hint: 'No last good backup time was recorded for this run.',
  },
};

/** "48 h", "1.5 h", "15 min": an objective as people say it. */
export const formatHours = (hours: number): string => {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${Number.isInteger(hours) ? hours : Number(hours.toFixed(2))} h`;
};

/** "3 h 12 min", "2 d 4 h", "0 s" for a count of minutes. */
export const formatMinutes = (minutes: number): string =>
  minutes === 0 ? '0 min' : formatDuration(minutes * MINUTE_MS);

/** What the RTO tile says under its big number. */
export const rtoLine = (clock: RtoClock): string => {
  switch (clock.state) {
    case 'running':
      return `${formatDuration(clock.remainingMs)} left`;
    case 'breached':
      return `over by ${formatDuration(clock.remainingMs)}`;
    case 'met':
      return `${formatDuration(clock.remainingMs)} to spare`;
    case 'missed':
      return `${formatDuration(clock.remainingMs)} late`;
  }
};

/** "2 h 10 min of 48 h", the fraction of the objective as a width for the bar (0–100). */
export const rtoShare = (clock: RtoClock): number =>
  Math.max(0, Math.min(100, Math.round(clock.share * 100)));

/** Disruption start + RTO: when the run's recovery time objective runs out. */
export const rtoDueAt = (run: { disruptionStartedAt: string; rtoHours: number }): string =>
  new Date(Date.parse(run.disruptionStartedAt) + run.rtoHours * 3_600_000).toISOString();
