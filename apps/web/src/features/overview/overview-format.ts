import { pick } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { messages, type MetricKey } from './messages';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A mean or median response time as people say it: "42 s", "18 min", "3 h 12 min", "4 d 6 h"
 * ("4 j 6 h" in French). Hours up to 72 (the GDPR window is thought of in hours); null (no
 * sample) is "—".
 */
export const formatMetricDuration = (ms: number | null): string => {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const size = Math.max(0, ms);
  const seconds = Math.round(size / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(size / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 72) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  const wholeHours = Math.round(size / HOUR);
  const days = Math.floor(wholeHours / 24);
  const dayHours = wholeHours % 24;
  const d = pick(messages).dayUnit;
  return dayHours ? `${days} ${d} ${dayHours} h` : `${days} ${d}`;
};

/** Milliseconds as hours for a chart axis, to the minute (two decimals are finer than a minute). */
export const toHours = (ms: number): number => Math.round((ms / HOUR) * 100) / 100;

/** One decimal at most, in the active language, without grouping: "1.5" / "1,5", "1000". */
const decimal = (n: number, minimumFractionDigits = 0): string =>
  formatNumber(Number(n.toFixed(1)), {
    minimumFractionDigits,
    maximumFractionDigits: 1,
    useGrouping: false,
  });

/** An axis tick in hours: "0", "45 min" below an hour, "3 h", "1.5 h" ("1,5 h" in French). */
export const hoursTick = (hours: number): string => {
  if (hours <= 0) return '0';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${decimal(hours)} h`;
};

/** Whole-hour ticks once the longest bar passes 2 h: "0.8 h" and "2.3 h" read badly. */
export const wholeHourTicks = (values: readonly (number | null)[]): boolean =>
  Math.max(0, ...values.map((v) => v ?? 0)) >= 2;

/** The metric's key in words short enough for an axis: MTTR always says which one. */
export const metricShortLabel = (key: string): string =>
  pick(messages).metrics.short[key as MetricKey] ?? key;

/**
 * The metric's name and definition in the active language, by its key; the server's own words
 * (English) for a key the console does not know.
 */
export const metricName = (metric: {
  key: string;
  label: string;
  definition: string;
}): { label: string; definition: string } =>
  pick(messages).metrics.names[metric.key as MetricKey] ?? {
    label: metric.label,
    definition: metric.definition,
  };

/** What each metric needs to be measured: "MTTA needs at least one acknowledged incident". */
export const metricNeeds = (key: string): string => {
  const words = pick(messages).metrics;
  return words.needsText(metricShortLabel(key), words.needs[key as MetricKey] ?? words.needsOther);
};

/** "from 3 incidents", "no incident yet". */
export const samplesText = (samples: number): string => pick(messages).metrics.samples(samples);

/** "92.5%" ("92,5 %" in French), or "—" when nothing fell due. */
export const formatPercent = (percent: number | null): string =>
  percent === null
    ? '—'
    : pick(messages).percent(decimal(percent, Number.isInteger(percent) ? 0 : 1));
