import type { Alert, AuditCheckpoint, DashboardSummary, Incident, Page } from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';
import { rangeBounds, type OverviewRange } from './overview-range';

/** The API's maximum page: a count of what is open, not a first page of it. */
export const OPEN_LIST_LIMIT = 1000;

/** The period's figures, for the range ending now (the bounds are taken when the call is sent). */
export const fetchDashboardSummary = (range: OverviewRange, signal?: AbortSignal) =>
  api.get<DashboardSummary>(
    `/api/v1/dashboard/summary${queryString(rangeBounds(range, Date.now()))}`,
    { signal },
  );

/** Alerts nobody has acknowledged, suppressed or resolved yet. */
export const listWaitingAlerts = (signal?: AbortSignal) =>
  api.get<Page<Alert>>(`/api/v1/alerts${queryString({ status: 'open', limit: OPEN_LIST_LIMIT })}`, {
    signal,
  });

/** Incidents neither closed nor false positives, most severe first. */
export const listOpenIncidents = (signal?: AbortSignal) =>
  api.get<Page<Incident>>(
    `/api/v1/incidents${queryString({ openOnly: 'true', limit: OPEN_LIST_LIMIT })}`,
    { signal },
  );

/** The newest signed checkpoints (the API returns the last 20), newest first. */
export const listCheckpoints = (signal?: AbortSignal) =>
  api.get<Page<AuditCheckpoint>>('/api/v1/audit-events/checkpoints', { signal });
