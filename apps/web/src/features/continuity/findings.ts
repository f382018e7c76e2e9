import type { Drill } from '@vigil/contracts';
import type { BadgeTone } from '../../components/ui';
import { FINDING_SEVERITIES, type FindingSeverity } from './drill-form';

export interface OpenFinding {
  drillId: string;
  scenario: string;
  drilledAt: string;
  /** Position within its drill, for a stable key. */
  index: number;
  severity: FindingSeverity;
  description: string;
  ticket: string | null;
  dueAt: string | null;
  overdue: boolean;
}

export const SEVERITY_META: Record<FindingSeverity, { label: string; tone: BadgeTone }> = {
  high: { label: 'High', tone: 'danger' },
  medium: { label: 'Medium', tone: 'warning' },
  low: { label: 'Low', tone: 'neutral' },
};

const rank = (s: FindingSeverity) => FINDING_SEVERITIES.indexOf(s);
const dueMs = (f: OpenFinding) => (f.dueAt ? Date.parse(f.dueAt) : Number.POSITIVE_INFINITY);

/**
 * Findings not closed yet, across every drill: overdue first, then high before low, then by due
 * date (none last). CC7.5 asks that plans improve from what tests found; these are the loose ends.
 */
export const openFindings = (drills: readonly Drill[], now: number): OpenFinding[] =>
  drills
    .flatMap((d) =>
      d.findings.map((f, index) => ({ f, d, index })).filter(({ f }) => f.closedAt === null),
    )
    .map(({ f, d, index }) => ({
      drillId: d.id,
      scenario: d.scenario,
      drilledAt: d.interruptionAt,
      index,
      severity: f.severity,
      description: f.description,
      ticket: f.ticket,
      dueAt: f.dueAt,
      overdue: f.dueAt !== null && Date.parse(f.dueAt) < now,
    }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        rank(a.severity) - rank(b.severity) ||
        dueMs(a) - dueMs(b),
    );

/** "2 open (1 high)" for a drill's row. */
export const findingsSummary = (findings: Drill['findings']): string => {
  if (findings.length === 0) return 'None';
  const open = findings.filter((f) => f.closedAt === null);
  const high = open.filter((f) => f.severity === 'high').length;
  if (open.length === 0) return `${findings.length} closed`;
  return `${open.length} open${high ? ` (${high} high)` : ''} of ${findings.length}`;
};
