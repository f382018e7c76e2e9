import type { AuditEventInput } from '@vigil/contracts';

export type Outcome = AuditEventInput['outcome'];
export type Category = AuditEventInput['category'];

export const OUTCOMES: readonly Outcome[] = ['success', 'failure', 'unknown'];
export const CATEGORIES: readonly Category[] = ['access', 'admin', 'data', 'system'];

// Their names on the range buttons are in messages.ts (`filters.presets`).
export const RANGE_PRESETS = [
  { value: '24h', hours: 24 },
  { value: '7d', hours: 7 * 24 },
  { value: '30d', hours: 30 * 24 },
  // Retention keeps 12 months: the longest range with anything in it.
  { value: '12mo', hours: 365 * 24 },
] as const;

export type RangePreset = (typeof RANGE_PRESETS)[number]['value'] | 'custom';

export const DEFAULT_RANGE: RangePreset = '7d';

/** What the filter bar holds, as kept in the address bar. */
export interface AuditFilter {
  range: RangePreset;
  /** Custom range: first and last local day, `YYYY-MM-DD`, both included. */
  fromDay?: string;
  toDay?: string;
  actor?: string;
  action?: string;
  outcome?: Outcome;
  category?: Category;
  organizationId?: string;
  ip?: string;
  q?: string;
}

/** The API's filter parameters (search, per-day, export). */
export interface AuditQuery {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  outcome?: Outcome;
  category?: Category;
  organizationId?: string;
  ip?: string;
  q?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

const text = (params: URLSearchParams, name: string, max = 200) => {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, max) : undefined;
};

const isRange = (value: string | null): value is RangePreset =>
  value === 'custom' || RANGE_PRESETS.some((p) => p.value === value);

/** Reads the filter from `?range=&from=&to=&actor=&action=&outcome=&category=&org=&ip=&q=`. */
export const parseFilter = (params: URLSearchParams): AuditFilter => {
  const range = params.get('range');
  const fromDay = params.get('from');
  const toDay = params.get('to');
  const filter: AuditFilter = {
    range: isRange(range) ? range : DEFAULT_RANGE,
    actor: text(params, 'actor', 320),
    action: text(params, 'action'),
    outcome: oneOf(OUTCOMES, params.get('outcome')),
    category: oneOf(CATEGORIES, params.get('category')),
    organizationId: text(params, 'org', 64),
    ip: text(params, 'ip', 64),
    q: text(params, 'q'),
  };
  if (filter.range === 'custom') {
    filter.fromDay = fromDay && DAY.test(fromDay) ? fromDay : undefined;
    filter.toDay = toDay && DAY.test(toDay) ? toDay : undefined;
  }
  return filter;
};

/** The address-bar form of a filter; the default range and empty fields are left out. */
export const filterToParams = (filter: AuditFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (filter.range !== DEFAULT_RANGE) params.set('range', filter.range);
  if (filter.range === 'custom') {
    if (filter.fromDay) params.set('from', filter.fromDay);
    if (filter.toDay) params.set('to', filter.toDay);
  }
  const fields: [string, string | undefined][] = [
    ['actor', filter.actor],
    ['action', filter.action],
    ['outcome', filter.outcome],
    ['category', filter.category],
    ['org', filter.organizationId],
    ['ip', filter.ip],
    ['q', filter.q],
  ];
  for (const [name, value] of fields) if (value) params.set(name, value);
  return params;
};

/** Local midnight of a `YYYY-MM-DD` day, plus `addDays`. */
const localMidnight = (day: string, addDays = 0): Date => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + addDays);
};

/** `YYYY-MM-DD` of a time in the browser's zone. */
export const localDay = (at: number): string => {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/**
 * The time bounds of the range. Presets count back from `anchor` (when the page was opened or
 * refreshed) and stay open-ended, so a refresh shows what arrived since; a custom range covers
 * whole local days, its last day included.
 */
export const rangeBounds = (
  filter: AuditFilter,
  anchor: number,
): { from?: string; to?: string } => {
  if (filter.range === 'custom') {
    return {
      from: filter.fromDay ? localMidnight(filter.fromDay).toISOString() : undefined,
      to: filter.toDay ? localMidnight(filter.toDay, 1).toISOString() : undefined,
    };
  }
  const preset = RANGE_PRESETS.find((p) => p.value === filter.range) ?? RANGE_PRESETS[1];
  return { from: new Date(anchor - preset.hours * 3600_000).toISOString() };
};

/** The API parameters for a filter at `anchor`. */
export const toQuery = (filter: AuditFilter, anchor: number): AuditQuery => {
  const { from, to } = rangeBounds(filter, anchor);
  const query: AuditQuery = {
    from,
    to,
    actor: filter.actor,
    action: filter.action,
    outcome: filter.outcome,
    category: filter.category,
    organizationId: filter.organizationId,
    ip: filter.ip,
    q: filter.q,
  };
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined),
  ) as AuditQuery;
};

/** Every UTC day (`YYYY-MM-DD`) from `from` to `to`, both included: the chart's x axis. */
export const utcDays = (from: string, to: string): string[] => {
  const days: string[] = [];
  const start = new Date(from);
  const cursor = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const end = Date.parse(to);
  for (let at = cursor; at <= end && days.length < 800; at += 24 * 3600_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
};

/** The number of filters set besides the time range. */
export const activeFilterCount = (filter: AuditFilter): number =>
  [
    filter.actor,
    filter.action,
    filter.outcome,
    filter.category,
    filter.organizationId,
    filter.ip,
    filter.q,
  ].filter(Boolean).length;

/** How the audit filter lives in the page's address. */
export const AUDIT_FILTER_CODEC = { parse: parseFilter, toParams: filterToParams };
