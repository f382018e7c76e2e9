import { formatCount } from '../../lib/format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A mean or median response time as people say it: "42 s", "18 min", "3 h 12 min", "4 d 6 h".
 * Hours up to 72 (the GDPR window is thought of in hours); null (no sample) is "—".
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
  return dayHours ? `${days} d ${dayHours} h` : `${days} d`;
};

/** Milliseconds as hours for a chart axis, to the minute (two decimals are finer than a minute). */
export const toHours = (ms: number): number => Math.round((ms / HOUR) * 100) / 100;

/** An axis tick in hours: "0", "45 min" below an hour, "3 h", "1.5 h". */
export const hoursTick = (hours: number): string => {
  if (hours <= 0) return '0';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${Number.isInteger(hours) ? hours : Number(hours.toFixed(1))} h`;
};

/** Whole-hour ticks once the longest bar passes 2 h: "0.8 h" and "2.3 h" read badly. */
export const wholeHourTicks = (values: readonly (number | null)[]): boolean =>
  Math.max(0, ...values.map((v) => v ?? 0)) >= 2;

/** The metric's key in words short enough for an axis: MTTR always says which one. */
export const metricShortLabel = (key: string): string => {
  switch (key) {
    case 'MTTR_RECOVER':
      return 'MTTR (recover)';
    case 'MTTR_RESOLVE':
      return 'MTTR (resolve)';
    default:
      return key;
  }
};

/** The start and end event of each metric, for "MTTA needs at least one acknowledged incident". */
const METRIC_NEEDS: Record<string, string> = {
  MTTD: 'incident with a known start',
  MTTA: 'acknowledged incident',
  MTTC: 'contained incident',
  MTTR_RECOVER: 'recovered incident',
  MTTR_RESOLVE: 'closed incident',
};

export const metricNeeds = (key: string): string =>
  `${metricShortLabel(key)} needs at least one ${METRIC_NEEDS[key] ?? 'incident with both moments recorded'}`;

export const plural = (n: number, word: string, many = `${word}s`): string =>
  `${formatCount(n)} ${n === 1 ? word : many}`;

/** "from 3 incidents", "no incident yet". */
export const samplesText = (samples: number, noun = 'incident'): string =>
  samples === 0 ? `no ${noun} yet` : `from ${plural(samples, noun)}`;

/** "92.5%", or "—" when nothing fell due. */
export const formatPercent = (percent: number | null): string =>
  percent === null ? '—' : `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
