import type { RunbookRun, StartRun } from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';

const BASE = '/api/v1/runbook-runs';

const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export type RunStatus = RunbookRun['status'];
export type StepStatus = RunbookRun['steps'][number]['status'];

export interface RunQuery {
  incidentId?: string;
  drill?: 'true' | 'false';
  status?: RunStatus;
}

export const listRuns = (query: RunQuery, signal?: AbortSignal) =>
  api.get<{ items: RunbookRun[] }>(`${BASE}${queryString({ ...query })}`, { signal });

export const getRun = (id: string, signal?: AbortSignal) =>
  api.get<RunbookRun>(one(id), { signal });

export const startRun = ({ runbookId, ...body }: StartRun & { runbookId: string }) =>
  api.post<RunbookRun>(`/api/v1/runbooks/${encodeURIComponent(runbookId)}/runs`, body);

export interface StepUpdate {
  runId: string;
  stepId: string;
  status: StepStatus;
  /** Required for `blocked`: what blocks it. */
  note?: string;
}

/** 403 when the step names another role (a security lead or admin may act for it). */
export const updateRunStep = ({ runId, stepId, status, note }: StepUpdate) =>
  api.patch<RunbookRun>(`${one(runId)}/steps/${encodeURIComponent(stepId)}`, {
    status,
    ...(note ? { note } : {}),
  });

export interface FinishRun {
  runId: string;
  outcome: 'recovered' | 'aborted';
  restoredAt?: string;
  recoveryPointAt?: string;
  note?: string;
}

/** The answer carries the achieved RTO and RPO. */
export const finishRun = ({ runId, ...body }: FinishRun) =>
  api.post<RunbookRun>(`${one(runId)}/finish`, body);
