import type { Alert } from '@vigil/contracts';
import { pick } from '../../i18n';
import { alertMessages } from './messages';
import type { AlertActivity, AlertSource, AlertStatus, Severity } from './types';

// Labels are read when shown, in the language the console speaks then.
export const ALERT_TABS = [
  {
    value: 'active',
    get label() {
      return pick(alertMessages).tabs.active;
    },
    statuses: ['open', 'acknowledged'],
  },
  {
    value: 'suppressed',
    get label() {
      return pick(alertMessages).tabs.suppressed;
    },
    statuses: ['suppressed'],
  },
  {
    value: 'resolved',
    get label() {
      return pick(alertMessages).tabs.resolved;
    },
    statuses: ['resolved'],
  },
] as const satisfies readonly { value: string; label: string; statuses: AlertStatus[] }[];

export type AlertTab = (typeof ALERT_TABS)[number]['value'];

const source = (value: AlertSource): { value: AlertSource; label: string } => ({
  value,
  get label() {
    return pick(alertMessages).sources[value];
  },
});

export const ALERT_SOURCES: readonly { value: AlertSource; label: string }[] = [
  source('alarm'),
  source('detection'),
  source('webhook'),
];

export const sourceLabel = (source: AlertSource): string =>
  ALERT_SOURCES.find((s) => s.value === source)?.label ?? source;

/** What the queue shows, as kept in the address bar: `?status=&source=&alert=`. */
export interface QueueFilter {
  tab: AlertTab;
  source?: AlertSource;
}

export const parseQueueFilter = (params: URLSearchParams): QueueFilter => ({
  tab: ALERT_TABS.find((t) => t.value === params.get('status'))?.value ?? 'active',
  source: ALERT_SOURCES.find((s) => s.value === params.get('source'))?.value,
});

/** The queue's filter written over `params`, leaving the rest (the open alert) alone. */
export const withQueueFilter = (params: URLSearchParams, filter: QueueFilter): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (filter.tab === 'active') next.delete('status');
  else next.set('status', filter.tab);
  if (filter.source) next.set('source', filter.source);
  else next.delete('source');
  return next;
};

export const tabStatuses = (tab: AlertTab): readonly AlertStatus[] =>
  ALERT_TABS.find((t) => t.value === tab)?.statuses ?? [];

const SEVERITY_RANK: Record<Severity, number> = { SEV1: 1, SEV2: 2, SEV3: 3, SEV4: 4 };

export const severityRank = (severity: Severity): number => SEVERITY_RANK[severity] ?? 5;

const byId = (a: Alert, b: Alert) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Live alerts: most severe first, then the one waiting longest (as the API orders them).
 * Resolved ones are history: the most recently resolved first.
 */
export const sortAlerts = (alerts: readonly Alert[], tab: AlertTab): Alert[] =>
  [...alerts].sort((a, b) => {
    if (tab === 'resolved') {
      const resolved =
        Date.parse(b.resolvedAt ?? b.lastFiredAt) - Date.parse(a.resolvedAt ?? a.lastFiredAt);
      return resolved || byId(a, b);
    }
    return (
      severityRank(a.severity) - severityRank(b.severity) ||
      Date.parse(a.openedAt) - Date.parse(b.openedAt) ||
      byId(a, b)
    );
  });

/** Alerts of one alarm (or one dedup key): its episodes, collapsed under one header. */
export interface AlertGroup {
  key: string;
  /** In queue order; the first one places the group. */
  alerts: Alert[];
  /** The most severe of the group. */
  severity: Severity;
  fireCount: number;
  lastFiredAt: string;
}

export const groupKeyOf = (alert: Pick<Alert, 'alarmId' | 'dedupKey'>): string =>
  alert.alarmId ? `alarm:${alert.alarmId}` : `key:${alert.dedupKey}`;

/** Groups in the order of their first alert, so a sorted queue stays sorted. */
export const groupAlerts = (alerts: readonly Alert[]): AlertGroup[] => {
  const groups = new Map<string, AlertGroup>();
  for (const alert of alerts) {
    const key = groupKeyOf(alert);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        key,
        alerts: [alert],
        severity: alert.severity,
        fireCount: alert.fireCount,
        lastFiredAt: alert.lastFiredAt,
      });
      continue;
    }
    group.alerts.push(alert);
    group.fireCount += alert.fireCount;
    if (severityRank(alert.severity) < severityRank(group.severity))
      group.severity = alert.severity;
    if (Date.parse(alert.lastFiredAt) > Date.parse(group.lastFiredAt)) {
      group.lastFiredAt = alert.lastFiredAt;
    }
  }
  return [...groups.values()];
};

export interface QueueRow {
  alert: Alert;
  /** No longer in this view (resolved, suppressed, …): kept in place until the list updates. */
  gone: boolean;
}

export interface HeldQueue {
  rows: QueueRow[];
  /** Alerts that arrived since the list was held, not shown yet. */
  newCount: number;
  goneCount: number;
}

/**
 * The queue while someone points at it or has a row focused: the rows held, in their held
 * order, with their latest data; arrivals wait behind a "n new alerts" pill instead of pushing
 * rows out from under the pointer.
 */
export const holdQueue = (held: readonly Alert[], live: readonly Alert[]): HeldQueue => {
  const liveById = new Map(live.map((a) => [a.id, a]));
  const heldIds = new Set(held.map((a) => a.id));
  const rows = held.map((alert) => {
    const latest = liveById.get(alert.id);
    return latest ? { alert: latest, gone: false } : { alert, gone: true };
  });
  return {
    rows,
    newCount: live.filter((a) => !heldIds.has(a.id)).length,
    goneCount: rows.filter((r) => r.gone).length,
  };
};

export interface ActivityEntry {
  kind: string;
  at: string;
  actorId: string | null;
  note: string | null;
  /** Consecutive firings folded into one line: how many, and when the last one was. */
  count: number;
  lastAt: string;
}

/** The timeline with runs of repeated firings folded: a flapping alarm is one line, not 200. */
export const summariseActivity = (activity: readonly AlertActivity[]): ActivityEntry[] => {
  const entries: ActivityEntry[] = [];
  for (const item of activity) {
    const previous = entries.at(-1);
    if (previous && item.kind === 'fired' && previous.kind === 'fired') {
      previous.count += 1;
      previous.lastAt = item.at;
      continue;
    }
    entries.push({ ...item, count: 1, lastAt: item.at });
  }
  return entries;
};
