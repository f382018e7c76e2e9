import type { Drill } from '@vigil/contracts';
import { pick } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { messages } from './messages';
import {
  againstObjectiveText,
  DEFAULT_RPO_HOURS,
  DEFAULT_RTO_HOURS,
  minutesToHours,
} from './recovery-time';

/** One drill on the chart: what it achieved, in hours, and what it was held to. */
export interface DrillChartPoint {
  id: string;
  /** The day of the simulated interruption, for the axis. */
  at: string;
  scenario: string;
  type: Drill['type'];
  /** Bar heights, in hours. */
  rtoHours: number | null;
  rpoHours: number | null;
  /** Exact, for the words. */
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  rtoTargetHours: number;
  rpoTargetHours: number;
  rtoMet: boolean | null;
  rpoMet: boolean | null;
}

/**
 * The drills that measured a recovery time or a recovery point, oldest first, in hours. A
 * tabletop exercise measures neither and is left out: a bar of zero would read as instant recovery.
 */
export const drillChartData = (drills: readonly Drill[]): DrillChartPoint[] =>
  drills
    .filter((d) => d.achievedRtoMinutes !== null || d.achievedRpoMinutes !== null)
    .toSorted((a, b) => Date.parse(a.interruptionAt) - Date.parse(b.interruptionAt))
    .map((d) => ({
      id: d.id,
      at: d.interruptionAt,
      scenario: d.scenario,
      type: d.type,
      rtoHours: d.achievedRtoMinutes === null ? null : minutesToHours(d.achievedRtoMinutes),
      rpoHours: d.achievedRpoMinutes === null ? null : minutesToHours(d.achievedRpoMinutes),
      rtoMinutes: d.achievedRtoMinutes,
      rpoMinutes: d.achievedRpoMinutes,
      rtoTargetHours: d.rtoHours,
      rpoTargetHours: d.rpoHours,
      rtoMet: d.rtoMet,
      rpoMet: d.rpoMet,
    }));

export interface DrillChartScale {
  /** Top of the hours axis: room above the tallest bar and the RTO objective line. */
  maxHours: number;
  /** Where the objective lines go: the drills' own when they all share them, else the company's. */
  lines: { rtoHours: number; rpoHours: number };
  /** Drills held to objectives other than the lines (their services name tighter ones). */
  otherTargets: number;
}

const niceCeiling = (hours: number): number => {
  const step = hours <= 24 ? 6 : hours <= 96 ? 12 : hours <= 240 ? 24 : 48;
  return Math.ceil(hours / step) * step;
};

const COMPANY = { rtoHours: DEFAULT_RTO_HOURS, rpoHours: DEFAULT_RPO_HOURS };

export const drillChartScale = (points: readonly DrillChartPoint[]): DrillChartScale => {
  const first = points[0];
  const shared =
    first &&
    points.every(
      (p) => p.rtoTargetHours === first.rtoTargetHours && p.rpoTargetHours === first.rpoTargetHours,
    );
  const lines = shared
    ? { rtoHours: first.rtoTargetHours, rpoHours: first.rpoTargetHours }
    : COMPANY;
  const tallest = Math.max(
    lines.rtoHours,
    lines.rpoHours,
    ...points.flatMap((p) => [p.rtoHours ?? 0, p.rpoHours ?? 0]),
  );
  return {
    maxHours: niceCeiling(tallest * 1.1),
    lines,
    otherTargets: points.filter(
      (p) => p.rtoTargetHours !== lines.rtoHours || p.rpoTargetHours !== lines.rpoHours,
    ).length,
  };
};

/** What a missed objective or a met one adds up to across the drills, for the figure's caption. */
export const drillChartTotals = (points: readonly DrillChartPoint[]) => ({
  drills: points.length,
  rtoMissed: points.filter((p) => p.rtoMet === false).length,
  rpoMissed: points.filter((p) => p.rpoMet === false).length,
  bothMet: points.filter((p) => p.rtoMet === true && p.rpoMet === true).length,
});

/** One paragraph for assistive technology and the caption: what the bars say. */
export const drillChartSummary = (points: readonly DrillChartPoint[]): string => {
  const t = pick(messages).chart;
  const totals = drillChartTotals(points);
  const parts = [
    t.drillsMeasured(totals.drills, totals.bothMet),
    totals.rtoMissed ? t.missedRto(totals.rtoMissed) : null,
    totals.rpoMissed ? t.missedRpo(totals.rpoMissed) : null,
  ].filter(Boolean);
  const latest = points.at(-1);
  const last = latest
    ? t.latest(
        formatDateTime(latest.at),
        againstObjectiveText(latest.rtoMinutes, latest.rtoTargetHours, latest.rtoMet),
        againstObjectiveText(latest.rpoMinutes, latest.rpoTargetHours, latest.rpoMet),
      )
    : '';
  return `${parts.join(', ')}.${last}`;
};
