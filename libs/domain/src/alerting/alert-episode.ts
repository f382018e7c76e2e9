/**
 * One alert per firing episode: ALARM … OK is one episode, and a re-fire soon after it resolved
 * (inside the suppression window) is the same episode flapping, not a new alert.
 */
export type AlertStatus = 'open' | 'acknowledged' | 'suppressed' | 'resolved';

export interface LatestAlert {
  status: AlertStatus;
  resolvedAt: Date | null;
  suppressedUntil: Date | null;
}

export type FiringOutcome =
  /** No alert for this key is live or recently resolved: open a new one. */
  | { kind: 'new' }
  /** The live alert fires again: count it, keep its status. */
  | { kind: 'refire' }
  /** Resolved a moment ago: the same episode is flapping; reopen it. */
  | { kind: 'reopen' };

export const onFiring = ({
  latest,
  now,
  suppressionMinutes,
}: {
  latest: LatestAlert | null;
  now: Date;
  suppressionMinutes: number;
}): FiringOutcome => {
  if (!latest) return { kind: 'new' };
  if (latest.status !== 'resolved') return { kind: 'refire' };
  const windowEnd = (latest.resolvedAt?.getTime() ?? 0) + suppressionMinutes * 60_000;
  return now.getTime() < windowEnd ? { kind: 'reopen' } : { kind: 'new' };
};

/** A suppressed alert stays quiet until its window ends; a firing then shows it again. */
export const isSuppressed = (latest: LatestAlert | null, now: Date): boolean =>
  latest?.status === 'suppressed' && !!latest.suppressedUntil && latest.suppressedUntil > now;
