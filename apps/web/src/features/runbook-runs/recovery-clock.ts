import { rpoExposure, rtoClock, type RtoClock, type RtoState } from '@vigil/domain';
import type { BadgeTone } from '../../components/ui';
import { pick } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { formatDuration } from '../deadlines/board';
import { runMessages } from './messages';

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

/** How each RTO state shows; its words are in `runMessages.rtoState`. */
export const RTO_STATE_TONE: Record<RtoState, BadgeTone> = {
  running: 'info',
  breached: 'danger',
  met: 'success',
  missed: 'danger',
};

/** How each RPO state shows; its words are in `runMessages.rpoState`. */
export const RPO_STATE_TONE: Record<RpoState, BadgeTone> = {
  within: 'success',
  exceeded: 'danger',
  unknown: 'warning',
};

/** "48 h", "1.5 h" (French "1,5 h"), "15 min": an objective as people say it. */
export const formatHours = (hours: number): string => {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${formatNumber(hours, { maximumFractionDigits: 2, useGrouping: false })} h`;
};

/** "3 h 12 min", "2 d 4 h", "0 s" for a count of minutes. */
export const formatMinutes = (minutes: number): string =>
  minutes === 0 ? '0 min' : formatDuration(minutes * MINUTE_MS);

/** What the RTO tile says under its big number: "45 h 30 min left", "over by 1 h 15 min", … */
export const rtoLine = (clock: RtoClock): string =>
  pick(runMessages).rtoLine[clock.state](formatDuration(clock.remainingMs));

/** "2 h 10 min of 48 h", the fraction of the objective as a width for the bar (0–100). */
export const rtoShare = (clock: RtoClock): number =>
  Math.max(0, Math.min(100, Math.round(clock.share * 100)));

/** Disruption start + RTO: when the run's recovery time objective runs out. */
export const rtoDueAt = (run: { disruptionStartedAt: string; rtoHours: number }): string =>
  new Date(Date.parse(run.disruptionStartedAt) + run.rtoHours * 3_600_000).toISOString();
