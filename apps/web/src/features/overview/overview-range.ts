import { pick } from '../../i18n';
import { messages } from './messages';

/**
 * The periods the overview's figures cover, as kept in the address bar: `?range=`. Their words
 * (`rangeLabel`, `rangeWords`, `rangeWhen`) are in messages.ts.
 */
export const OVERVIEW_RANGES = [
  { value: '7d', days: 7 },
  { value: '30d', days: 30 },
  { value: '90d', days: 90 },
  // Calendar months, not 360 days: "the last 12 months" means since this date last year.
  { value: '12mo', months: 12 },
] as const;

export type OverviewRange = (typeof OVERVIEW_RANGES)[number]['value'];

/** The API's own default period. */
export const DEFAULT_RANGE: OverviewRange = '30d';

const DAY_MS = 86_400_000;

const presetOf = (range: OverviewRange) =>
  OVERVIEW_RANGES.find((r) => r.value === range) ?? OVERVIEW_RANGES[1];

export const parseRange = (params: URLSearchParams): OverviewRange =>
  OVERVIEW_RANGES.find((r) => r.value === params.get('range'))?.value ?? DEFAULT_RANGE;

/** `params` with the range written in (the default left out), everything else kept. */
export const withRange = (params: URLSearchParams, range: OverviewRange): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (range === DEFAULT_RANGE) next.delete('range');
  else next.set('range', range);
  return next;
};

/** "30 d", the range picker's button. */
export const rangeLabel = (range: OverviewRange): string => pick(messages).ranges[range].label;

/** "the last 30 days", for sentences such as "No incident detected in the last 30 days". */
export const rangeWords = (range: OverviewRange): string => pick(messages).ranges[range].words;

/** "Last 30 days", above a card that covers the period rather than now. */
export const rangeWhen = (range: OverviewRange): string => pick(messages).ranges[range].when;

/**
 * The `from` and `to` of the summary for a range ending at `now`. Computed when the request is
 * sent, so a refresh moves the window forward instead of re-asking for a period that has passed.
 */
export const rangeBounds = (range: OverviewRange, now: number): { from: string; to: string } => {
  const preset = presetOf(range);
  const to = new Date(now);
  let from: Date;
  if ('months' in preset) {
    from = new Date(now);
    from.setUTCMonth(from.getUTCMonth() - preset.months);
  } else {
    from = new Date(now - preset.days * DAY_MS);
  }
  return { from: from.toISOString(), to: to.toISOString() };
};
