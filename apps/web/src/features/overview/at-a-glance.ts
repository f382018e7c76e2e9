import type { Alert, AuditCheckpoint, Incident } from '@vigil/contracts';

// The "right now" figures of the overview's cards, from the same lists the other pages show.

export type Severity = Incident['severity'];
export const SEVERITY_LEVELS: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

export const countBySeverity = (
  items: readonly { severity: Severity }[],
): Record<Severity, number> => {
  const counts: Record<Severity, number> = { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
  for (const item of items) counts[item.severity] = (counts[item.severity] ?? 0) + 1;
  return counts;
};

const earliest = <T>(items: readonly T[], at: (item: T) => string): T | undefined =>
  items.reduce<T | undefined>(
    (first, item) => (!first || Date.parse(at(item)) < Date.parse(at(first)) ? item : first),
    undefined,
  );

export interface OpenIncidents {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Still `detected`: nobody has started triage. */
  awaitingTriage: number;
  /** Open the longest, by detection time. */
  oldest: Incident | undefined;
}

export const openIncidentsAtAGlance = (incidents: readonly Incident[]): OpenIncidents => {
  const open = incidents.filter((i) => i.status !== 'closed' && i.status !== 'false_positive');
  return {
    total: open.length,
    bySeverity: countBySeverity(open),
    awaitingTriage: open.filter((i) => i.status === 'detected').length,
    oldest: earliest(open, (i) => i.detectedAt),
  };
};

export interface WaitingAlerts {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Waiting the longest, since it was opened. */
  oldest: Alert | undefined;
}

export const waitingAlertsAtAGlance = (alerts: readonly Alert[]): WaitingAlerts => {
  const waiting = alerts.filter((a) => a.status === 'open');
  return {
    total: waiting.length,
    bySeverity: countBySeverity(waiting),
    oldest: earliest(waiting, (a) => a.openedAt),
  };
};

/** Checkpoints are signed every hour: past two hours without one, the signing has stopped. */
export const CHECKPOINT_STALE_MS = 2 * 3_600_000;

export interface LastCheckpoint {
  latest: AuditCheckpoint;
  /** The sources signed in the same round as the latest (within a minute of it). */
  sources: string[];
  stale: boolean;
}

const ROUND_MS = 60_000;

export const lastCheckpoint = (
  checkpoints: readonly AuditCheckpoint[],
  now: number,
): LastCheckpoint | undefined => {
  const latest = checkpoints.reduce<AuditCheckpoint | undefined>(
    (newest, c) =>
      !newest ||
      Date.parse(c.createdAt) > Date.parse(newest.createdAt) ||
      (c.createdAt === newest.createdAt && c.id > newest.id)
        ? c
        : newest,
    undefined,
  );
  if (!latest) return undefined;
  const at = Date.parse(latest.createdAt);
  const sources = [
    ...new Set(
      checkpoints.filter((c) => at - Date.parse(c.createdAt) <= ROUND_MS).map((c) => c.source),
    ),
  ].sort();
  return { latest, sources, stale: now - at > CHECKPOINT_STALE_MS };
};

export const CHECKPOINT_REASONS: Record<AuditCheckpoint['reason'], string> = {
  hourly: 'hourly signing',
  on_demand: 'signed on demand',
  retention: 'signed before a retention purge',
};
