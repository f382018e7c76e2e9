import type { Alarm, AlarmDetail, Alert, Page } from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';
import type { AlertDetail, AlertSource, AlertStatus } from './types';

const BASE = '/api/v1/alerts';
const ALARMS = '/api/v1/alarms';

/** The API's maximum: the queue shows every live alert, not a first page of them. */
export const ALERT_LIST_LIMIT = 1000;

export interface AlertListQuery {
  status?: AlertStatus;
  source?: AlertSource;
  limit?: number;
}

export const listAlerts = (query: AlertListQuery, signal?: AbortSignal) =>
  api.get<Page<Alert>>(`${BASE}${queryString({ limit: ALERT_LIST_LIMIT, ...query })}`, { signal });

/** One list for several statuses (the API filters on one at a time). */
export const listAlertsWithStatuses = async (
  statuses: readonly AlertStatus[],
  source: AlertSource | undefined,
  signal?: AbortSignal,
): Promise<Alert[]> => {
  const pages = await Promise.all(statuses.map((status) => listAlerts({ status, source }, signal)));
  return pages.flatMap((page) => page.items);
};

export const getAlert = (id: string, signal?: AbortSignal) =>
  api.get<AlertDetail>(`${BASE}/${encodeURIComponent(id)}`, { signal });

const act = (id: string, action: string, body: unknown) =>
  api.post<AlertDetail>(`${BASE}/${encodeURIComponent(id)}/${action}`, body);

export const acknowledgeAlert = ({ id, reason }: { id: string; reason?: string }) =>
  act(id, 'acknowledge', reason ? { reason } : {});

/** Opens an incident from the alert (or attaches it to `incidentId`); 409 when it has one. */
export const promoteAlert = ({
  id,
  ...body
}: {
  id: string;
  title?: string;
  incidentId?: string;
}) => act(id, 'promote', body);

export const suppressAlert = ({ id, ...body }: { id: string; reason: string; minutes: number }) =>
  act(id, 'suppress', body);

export const listAlarms = (signal?: AbortSignal) => api.get<Page<Alarm>>(ALARMS, { signal });

/** The alarm with its state changes, newest first. */
export const getAlarm = (id: string, signal?: AbortSignal) =>
  api.get<AlarmDetail>(`${ALARMS}/${encodeURIComponent(id)}`, { signal });
