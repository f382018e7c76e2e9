import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DashboardSummary, TimeToNotify } from '@vigil/contracts';
import { incidentMetrics, type IncidentState } from '@vigil/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { isoOrNull as iso } from '../../common/iso-time.js';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 400;
const DAY_MS = 86_400_000;

const median = (sorted: number[]): number | null => {
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
};

/** The overview's figures over one period; each metric says what it measures. */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(
    range: { from?: string; to?: string },
    now = new Date(),
  ): Promise<DashboardSummary> {
    const to = range.to ? new Date(range.to) : now;
    const from = range.from ? new Date(range.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
    if (from >= to)
      throw new AppError('VALIDATION_FAILED', '`from` must be before `to`.', {
        errors: [{ path: 'from', message: 'must be before to' }],
      });
    if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
      throw new AppError('VALIDATION_FAILED', `The period is at most ${MAX_DAYS} days.`, {
        errors: [{ path: 'from', message: `at most ${MAX_DAYS} days before to` }],
      });
    }
    const [open, alerts, incidents, notices, deadlines, audit] = await Promise.all([
      this.dataSource.query(
        `SELECT severity, count(*)::int AS count FROM incident WHERE status NOT IN ('closed', 'false_positive') GROUP BY severity`,
      ) as Promise<
        { severity: keyof DashboardSummary['openIncidentsBySeverity']; count: number }[]
      >,
      this.dataSource.query(
        `SELECT source, count(*)::int AS count FROM alert WHERE opened_at >= $1 AND opened_at < $2 GROUP BY source ORDER BY count DESC`,
        [from, to],
      ) as Promise<{ source: string; count: number }[]>,
      this.dataSource.query(
        `SELECT i.status, i.detected_at, i.acknowledged_at, i.triage_started_at, i.contained_at, i.recovered_at, i.closed_at,
                (SELECT min(a.opened_at) FROM alert a WHERE a.incident_id = i.id) AS alerted_at
           FROM incident i WHERE i.detected_at >= $1 AND i.detected_at < $2`,
        [from, to],
      ) as Promise<IncidentTimesRow[]>,
      this.dataSource.query(
        `SELECT rule, title, extract(epoch FROM met_at - clock_started_at) * 1000 AS ms FROM obligation
          WHERE kind = 'notice' AND status = 'met' AND clock_started_at IS NOT NULL AND met_at >= $1 AND met_at < $2`,
        [from, to],
      ) as Promise<{ rule: string; title: string; ms: string }[]>,
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE status = 'met' AND met_at <= due_at)::int AS met,
                count(*) FILTER (WHERE status = 'met' AND met_at > due_at)::int AS late,
                count(*) FILTER (WHERE status = 'pending' AND NOT suspended)::int AS missed
           FROM obligation
          WHERE kind = 'notice' AND due_at IS NOT NULL AND due_at >= $1 AND due_at < least($2::timestamptz, $3::timestamptz)`,
        [from, to, now],
      ) as Promise<[{ met: number; late: number; missed: number }]>,
      this.dataSource.query(
        // Grouped on the day's number (a hash aggregate) and named in JS: grouping on to_char()
        // sorted every event of the period on a text key, spilling to disk at a million events.
        `SELECT (occurred_at AT TIME ZONE 'UTC')::date - DATE '1970-01-01' AS day, count(*)::int AS count
           FROM audit_event WHERE occurred_at >= $1 AND occurred_at < $2 GROUP BY 1`,
        [from, to],
      ) as Promise<{ day: number; count: number }[]>,
    ]);

    const bySeverity = { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
    for (const row of open) bySeverity[row.severity] = row.count;
    const { met, late, missed } = deadlines[0];
    const due = met + late + missed;
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      openIncidentsBySeverity: bySeverity,
      incidentsDetected: incidents.length,
      alertsBySource: alerts,
      responseMetrics: incidentMetrics(
        incidents.map((i) => ({
          state: i.status,
          detectedAt: i.detected_at.toISOString(),
          alertedAt: iso(i.alerted_at),
          acknowledgedAt: iso(i.acknowledged_at),
          triageStartedAt: iso(i.triage_started_at),
          containedAt: iso(i.contained_at),
          recoveredAt: iso(i.recovered_at),
          closedAt: iso(i.closed_at),
        })),
      ).filter((metric) => metric.key !== 'MTTD'),
      timeToNotify: this.timeToNotify(notices),
      deadlinesMet: {
        met,
        late,
        missed,
        percent: due ? Math.round((met / due) * 1000) / 10 : null,
      },
      auditVolumePerDay: audit
        .map(({ day, count }) => ({
          day: new Date(day * DAY_MS).toISOString().slice(0, 10),
          count,
        }))
        .sort((a, b) => a.day.localeCompare(b.day)),
    };
  }

  private timeToNotify(rows: { rule: string; title: string; ms: string }[]): TimeToNotify[] {
    const byRule = new Map<string, { title: string; ms: number[] }>();
    for (const row of rows) {
      const entry = byRule.get(row.rule) ?? { title: row.title, ms: [] };
      entry.ms.push(Math.max(0, Math.round(Number(row.ms))));
      byRule.set(row.rule, entry);
    }
    return [...byRule.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, { title, ms }]) => {
        const sorted = ms.sort((a, b) => a - b);
        return {
          rule,
          title,
          samples: sorted.length,
          medianMs: median(sorted),
          maxMs: sorted.at(-1) ?? null,
        };
      });
  }
}

interface IncidentTimesRow {
  status: IncidentState;
  detected_at: Date;
  acknowledged_at: Date | null;
  triage_started_at: Date | null;
  contained_at: Date | null;
  recovered_at: Date | null;
  closed_at: Date | null;
  alerted_at: Date | null;
}
