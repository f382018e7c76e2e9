import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  fetchDashboardSummary,
  listCheckpoints,
  listOpenIncidents,
  listWaitingAlerts,
} from './api';
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
  waitingAlerts: () => [...overviewKeys.all, 'waiting-alerts'] as const,
  openIncidents: () => [...overviewKeys.all, 'open-incidents'] as const,
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

export const useWaitingAlerts = () =>
  useQuery({
    queryKey: overviewKeys.waitingAlerts(),
    queryFn: ({ signal }) => listWaitingAlerts(signal),
    select: (page) => page.items,
    refetchInterval: LIVE_REFRESH_MS,
  });

export const useOpenIncidents = () =>
  useQuery({
    queryKey: overviewKeys.openIncidents(),
    queryFn: ({ signal }) => listOpenIncidents(signal),
    select: (page) => page.items,
    refetchInterval: LIVE_REFRESH_MS,
  });

export const useCheckpoints = () =>
  useQuery({
    queryKey: overviewKeys.checkpoints(),
    queryFn: ({ signal }) => listCheckpoints(signal),
    select: (page) => page.items,
    refetchInterval: CHECKPOINT_REFRESH_MS,
  });
