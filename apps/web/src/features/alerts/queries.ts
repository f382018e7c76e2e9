import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Alert } from '@vigil/contracts';
import { useCallback } from 'react';
import {
  acknowledgeAlert,
  getAlarm,
  getAlert,
  listAlarms,
  listAlerts,
  listAlertsWithStatuses,
  promoteAlert,
  suppressAlert,
} from './api';
import { sortAlerts, tabStatuses, type QueueFilter } from './alert-queue';
import type { AlertDetail } from './types';

/** The queue is live: new firings show up within this, without a reload. */
export const ALERT_REFRESH_MS = 5_000;

export const alertKeys = {
  all: ['alerts'] as const,
  lists: () => [...alertKeys.all, 'list'] as const,
  list: (filter: QueueFilter) => [...alertKeys.lists(), filter] as const,
  /** Every status, for testing an alert rule against what came in. */
  recent: () => [...alertKeys.all, 'recent'] as const,
  detail: (id: string) => [...alertKeys.all, 'detail', id] as const,
};

export const alarmKeys = {
  all: ['alarms'] as const,
  list: () => [...alarmKeys.all, 'list'] as const,
  detail: (id: string) => [...alarmKeys.all, 'detail', id] as const,
};

/** The alerts of a tab and source, in queue order, refreshed every few seconds. */
export const useAlertQueue = (filter: QueueFilter) => {
  // A stable `select` keeps the sorted list (and the rows) the same until the data changes.
  const select = useCallback((alerts: Alert[]) => sortAlerts(alerts, filter.tab), [filter.tab]);
  return useQuery({
    queryKey: alertKeys.list(filter),
    queryFn: ({ signal }) => listAlertsWithStatuses(tabStatuses(filter.tab), filter.source, signal),
    select,
    refetchInterval: ALERT_REFRESH_MS,
    staleTime: 0,
  });
};

export const useAlert = (id: string | undefined) =>
  useQuery({
    queryKey: alertKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getAlert(id ?? '', signal),
    enabled: id !== undefined,
    refetchInterval: ALERT_REFRESH_MS,
    staleTime: 0,
  });

export const useAlarm = (id: string | null | undefined) =>
  useQuery({
    queryKey: alarmKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getAlarm(id ?? '', signal),
    enabled: !!id,
    refetchInterval: ALERT_REFRESH_MS,
    staleTime: 0,
  });

/** Alarms and the alerts of every status, fetched when someone tests an alert rule. */
export const fetchRuleTestData = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.fetchQuery({
      queryKey: alarmKeys.list(),
      queryFn: ({ signal }) => listAlarms(signal).then((page) => page.items),
      staleTime: 10_000,
    }),
    queryClient.fetchQuery({
      queryKey: alertKeys.recent(),
      queryFn: ({ signal }) => listAlerts({}, signal).then((page) => page.items),
      staleTime: 10_000,
    }),
  ]);

const withoutActivity = ({ activity: _activity, ...alert }: AlertDetail): Alert => alert;

/** An action's answer goes into every cached copy at once; the lists then refetch. */
const useAlertAction = <V>(mutationFn: (variables: V) => Promise<AlertDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(alertKeys.detail(detail.id), detail);
      const alert = withoutActivity(detail);
      queryClient.setQueriesData<Alert[]>({ queryKey: alertKeys.lists() }, (alerts) =>
        alerts?.map((a) => (a.id === alert.id ? alert : a)),
      );
      return queryClient.invalidateQueries({ queryKey: alertKeys.lists() });
    },
  });
};

export const useAcknowledgeAlert = () => useAlertAction(acknowledgeAlert);
export const usePromoteAlert = () => useAlertAction(promoteAlert);
export const useSuppressAlert = () => useAlertAction(suppressAlert);
