import type { Drill } from '@vigil/contracts';
import type { BadgeTone } from '../../components/ui';
import { pick } from '../../i18n';
import { FINDING_SEVERITIES, type FindingSeverity } from './drill-form';
import { messages } from './messages';

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

export const SEVERITY_TONE: Record<FindingSeverity, BadgeTone> = {
  high: 'danger',
  medium: 'warning',
  low: 'neutral',
};

/** "High", "Medium", "Low": a finding's severity. */
export const findingSeverityLabel = (severity: FindingSeverity): string =>
  pick(messages).findings.severities[severity];

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
  const t = pick(messages).findings;
  if (findings.length === 0) return t.none;
  const open = findings.filter((f) => f.closedAt === null);
  const high = open.filter((f) => f.severity === 'high').length;
  if (open.length === 0) return t.closed(findings.length);
  return t.open(open.length, high, findings.length);
};
