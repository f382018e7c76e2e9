import type { DashboardSummary, ResponseMetric, TimeToNotify } from '@vigil/contracts';
import { pick } from '../../i18n';
import { formatCount, formatDate } from '../../lib/format';
import { sourceLabel } from '../alerts/alert-queue';
import type { AlertSource } from '../alerts/types';
import { utcDays } from '../audit/audit-filter';
import { messages } from './messages';
import {
  formatMetricDuration,
  metricName,
  metricShortLabel,
  samplesText,
  toHours,
} from './overview-format';
import { localizeObligation } from '../deadlines/obligation-wording';

// What the overview's charts draw, shaped from the summary: pure, so the chart modules (and
// recharts) only draw, and the accessible tables show the very same figures.

// ---------- Response metrics ----------

export interface MetricBar {
  key: string;
  /** "MTTA", "MTTR (recover)": the axis label. */
  short: string;
  /** "Mean time to acknowledge", in the active language (the server's words for an unknown key). */
  label: string;
  definition: string;
  /** null when no incident had both moments: no bar, and the table says so. */
  hours: number | null;
  /** "3 h 12 min" or "—". */
  text: string;
  samples: number;
}

export const responseMetricBars = (metrics: readonly ResponseMetric[]): MetricBar[] =>
  metrics.map((m) => ({
    key: m.key,
    short: metricShortLabel(m.key),
    ...metricName(m),
    hours: m.meanMs === null ? null : toHours(m.meanMs),
    text: formatMetricDuration(m.meanMs),
    samples: m.samples,
  }));

export const hasMetricSamples = (metrics: readonly ResponseMetric[]): boolean =>
  metrics.some((m) => m.samples > 0 && m.meanMs !== null);

/** One sentence per metric, for the chart's aria-label. */
export const responseMetricsSummary = (bars: readonly MetricBar[]): string => {
  const words = pick(messages).metrics;
  return (
    bars
      .map((b) =>
        words.line(
          b.label,
          b.short,
          b.hours === null ? words.noData : b.text,
          samplesText(b.samples),
        ),
      )
      .join('; ') + '.'
  );
};

// ---------- Alerts by source ----------

export interface SourceBar {
  source: string;
  label: string;
  count: number;
}

const isAlertSource = (source: string): source is AlertSource =>
  source === 'alarm' || source === 'detection' || source === 'webhook';

export const alertSourceLabel = (source: string): string =>
  isAlertSource(source) ? sourceLabel(source) : source;

/** Busiest source first; a source named twice is counted once. */
export const alertSourceBars = (rows: DashboardSummary['alertsBySource']): SourceBar[] => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.source, (counts.get(row.source) ?? 0) + row.count);
  return [...counts.entries()]
    .map(([source, count]) => ({ source, label: alertSourceLabel(source), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
};

export const alertSourcesSummary = (bars: readonly SourceBar[]): string => {
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  return pick(messages).alertSources.summary(
    total,
    bars.map((b) => `${b.label} ${formatCount(b.count)}`).join(', '),
  );
};

// ---------- Audit events ----------

export interface VolumePoint {
  /** `YYYY-MM-DD` (a UTC day) or `YYYY-MM` (a UTC month). */
  key: string;
  count: number;
}

export interface VolumeSeries {
  unit: 'day' | 'month';
  points: VolumePoint[];
  total: number;
  /** The busiest point, when anything was recorded. */
  peak: VolumePoint | undefined;
}

/** Past this many days a bar a day is thinner than a pixel on a laptop: one bar a month instead. */
export const MAX_DAILY_BARS = 120;

/**
 * Every UTC day of the period with its count (the API leaves out the empty days), or every UTC
 * month when the period is long. The first and last bars may cover part of a day or month.
 */
export const auditVolumeSeries = (
  perDay: DashboardSummary['auditVolumePerDay'],
  from: string,
  to: string,
): VolumeSeries => {
  const days = utcDays(from, to);
  const byDay = new Map<string, number>();
  for (const d of perDay) byDay.set(d.day, (byDay.get(d.day) ?? 0) + d.count);
  const unit = days.length > MAX_DAILY_BARS ? 'month' : 'day';
  const buckets = new Map<string, number>();
  for (const day of days) {
    const key = unit === 'month' ? day.slice(0, 7) : day;
    buckets.set(key, (buckets.get(key) ?? 0) + (byDay.get(day) ?? 0));
  }
  const points = [...buckets.entries()].map(([key, count]) => ({ key, count }));
  const total = points.reduce((sum, p) => sum + p.count, 0);
  const peak = points.reduce<VolumePoint | undefined>(
    (max, p) => (p.count > 0 && (!max || p.count > max.count) ? p : max),
    undefined,
  );
  return { unit, points, total, peak };
};

const dayTick: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: 'UTC' };
const monthTick: Intl.DateTimeFormatOptions = {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
};
const dayLong: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
};
const monthLong: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };

const isMonthKey = (key: string) => key.length === 7;
const keyDate = (key: string) => new Date(`${isMonthKey(key) ? `${key}-01` : key}T00:00:00Z`);

/** "Nov 20" for a day, "Nov 26" for a month: an axis tick (UTC), in the active language. */
export const volumeTickLabel = (key: string): string =>
  formatDate(keyDate(key), isMonthKey(key) ? monthTick : dayTick);

/** "Fri, Nov 20, 2026" for a day, "November 2026" for a month (UTC), in the active language. */
export const volumeKeyLabel = (key: string): string =>
  formatDate(keyDate(key), isMonthKey(key) ? monthLong : dayLong);

export const auditVolumeSummary = (series: VolumeSeries): string => {
  const words = pick(messages).volume;
  const peak = series.peak
    ? words.peak(volumeKeyLabel(series.peak.key), series.peak.count, series.unit)
    : '';
  return `${words.summary(series.total, series.points.length, series.unit)}${peak}.`;
};

// ---------- Time to notify ----------

export interface NotifyBar {
  rule: string;
  title: string;
  samples: number;
  medianHours: number | null;
  maxHours: number | null;
  medianText: string;
  maxText: string;
}

/** One bar pair a rule (median and slowest), in the API's order (by rule id). */
export const timeToNotifyBars = (items: readonly TimeToNotify[]): NotifyBar[] =>
  items
    .filter((t) => t.samples > 0)
    .map((t) => ({
      rule: t.rule,
      title: localizeObligation(t).title,
      samples: t.samples,
      medianHours: t.medianMs === null ? null : toHours(t.medianMs),
      maxHours: t.maxMs === null ? null : toHours(t.maxMs),
      medianText: formatMetricDuration(t.medianMs),
      maxText: formatMetricDuration(t.maxMs),
    }));

export const timeToNotifySummary = (bars: readonly NotifyBar[]): string =>
  bars
    .map((b) => pick(messages).notify.line(b.rule, b.title, b.medianText, b.maxText, b.samples))
    .join('; ') + '.';
