import type { AuditCheckpoint, DashboardNow, DashboardSummary, Page } from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';
import { rangeBounds, type OverviewRange } from './overview-range';

/** The period's figures, for the range ending now (the bounds are taken when the call is sent). */
export const fetchDashboardSummary = (range: OverviewRange, signal?: AbortSignal) =>
  api.get<DashboardSummary>(
    `/api/v1/dashboard/summary${queryString(rangeBounds(range, Date.now()))}`,
    { signal },
  );

/** What is open right now, counted by the server over everything, not from a page of it. */
export const fetchDashboardNow = (signal?: AbortSignal) =>
  api.get<DashboardNow>('/api/v1/dashboard/now', { signal });

/** The newest signed checkpoints (the API returns the last 20), newest first. */
export const listCheckpoints = (signal?: AbortSignal) =>
  api.get<Page<AuditCheckpoint>>('/api/v1/audit-events/checkpoints', { signal });
