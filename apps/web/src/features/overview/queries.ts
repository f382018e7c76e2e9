import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardNow } from '@vigil/contracts';
import { localizeObligations } from '../deadlines/obligation-wording';
import { fetchDashboardNow, fetchDashboardSummary, listCheckpoints } from './api';
import type { OverviewRange } from './overview-range';

/** Alerts and incidents open now: a morning's board should not need a reload to stay true. */
export const LIVE_REFRESH_MS = 30_000;
/** The period's figures move slowly, and counting a year of audit events is not free. */
export const SUMMARY_REFRESH_MS = 5 * 60_000;
/** Checkpoints are signed every hour. */
export const CHECKPOINT_REFRESH_MS = 5 * 60_000;

export const overviewKeys = {
  all: ['overview'] as const,
  summary: (range: OverviewRange) => [...overviewKeys.all, 'summary', range] as const,
  now: () => [...overviewKeys.all, 'now'] as const,
  checkpoints: () => [...overviewKeys.all, 'checkpoints'] as const,
};

export const useDashboardSummary = (range: OverviewRange) =>
  useQuery({
    queryKey: overviewKeys.summary(range),
    queryFn: ({ signal }) => fetchDashboardSummary(range, signal),
    // While another range loads, the charts keep the last one (dimmed) rather than blinking.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    refetchInterval: SUMMARY_REFRESH_MS,
  });

const localizeNextDeadlines = (now: DashboardNow): DashboardNow =>
  now.obligations
    ? {
        ...now,
        obligations: { ...now.obligations, next: localizeObligations(now.obligations.next) },
      }
    : now;

/** Open incidents, waiting alerts and running clocks: one request serves every "now" card. */
export const useDashboardNow = () =>
  useQuery({
    queryKey: overviewKeys.now(),
    queryFn: ({ signal }) => fetchDashboardNow(signal),
    select: localizeNextDeadlines,
    refetchInterval: LIVE_REFRESH_MS,
  });

export const useCheckpoints = () =>
  useQuery({
    queryKey: overviewKeys.checkpoints(),
    queryFn: ({ signal }) => listCheckpoints(signal),
    select: (page) => page.items,
    refetchInterval: CHECKPOINT_REFRESH_MS,
  });
