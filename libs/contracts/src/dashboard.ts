import { z } from 'zod';
import type { Alert } from './alerts.js';
import type { Incident, Obligation } from './incidents.js';

const rfc3339 = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 time' });

export const dashboardQuerySchema = z
  .object({ from: rfc3339.optional(), to: rfc3339.optional() })
  .strict();
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export interface ResponseMetric {
  /** `MTTA`, `MTTC`, `MTTR_RECOVER`, `MTTR_RESOLVE`, `MTTD`: MTTR is always named by which one. */
  key: string;
  label: string;
  definition: string;
  meanMs: number | null;
  samples: number;
}

export interface TimeToNotify {
  rule: string;
  title: string;
  samples: number;
  medianMs: number | null;
  maxMs: number | null;
}

/** `GET /api/v1/dashboard/summary?from&to` (default: the last 30 days). */
export interface DashboardSummary {
  from: string;
  to: string;
  /** Open right now, whatever the period. */
  openIncidentsBySeverity: Record<'SEV1' | 'SEV2' | 'SEV3' | 'SEV4', number>;
  /** Incidents detected in the period (false positives included): the population of the metrics. */
  incidentsDetected: number;
  alertsBySource: { source: string; count: number }[];
  /** Over incidents detected in the period. */
  responseMetrics: ResponseMetric[];
  timeToNotify: TimeToNotify[];
  /** Notices with a numeric (legal or contractual) deadline that fell due in the period. */
  deadlinesMet: { met: number; late: number; missed: number; percent: number | null };
  /** UTC days with at least one event; days without any are left out. */
  auditVolumePerDay: { day: string; count: number }[];
}

type SeverityCounts = Record<'SEV1' | 'SEV2' | 'SEV3' | 'SEV4', number>;

/**
 * `GET /api/v1/dashboard/now`: what is open at this moment, counted by the database rather than
 * from a first page. A part the caller's role cannot read is null.
 */
export interface DashboardNow {
  at: string;
  incidents: {
    open: number;
    bySeverity: SeverityCounts;
    /** Still `detected`: nobody has started triage. */
    awaitingTriage: number;
    /** Open the longest, by detection time. */
    oldest: Incident | null;
  };
  alerts: { waiting: number; bySeverity: SeverityCounts; oldest: Alert | null } | null;
  /** Notification duties (response targets and record-keeping left out). */
  obligations: {
    open: number;
    overdue: number;
    dueSoon: number;
    /** The clocks closest to running out, overdue first, at most `NEXT_DEADLINES`. */
    next: Obligation[];
  } | null;
}

export const NEXT_DEADLINES = 5;
