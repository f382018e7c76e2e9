import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RunbookRun } from '@vigil/contracts';
import { incidentKeys } from '../incidents/queries';
import { finishRun, getRun, listRuns, startRun, updateRunStep, type RunQuery } from './api';

/** Several people tick steps of one run: this picks up what the others did. */
export const RUN_REFRESH_MS = 10_000;

export const runKeys = {
  all: ['runbook-runs'] as const,
  lists: () => [...runKeys.all, 'list'] as const,
  list: (query: RunQuery) => [...runKeys.lists(), query] as const,
  detail: (id: string) => [...runKeys.all, 'detail', id] as const,
};

export const useRuns = (query: RunQuery, enabled = true) =>
  useQuery({
    queryKey: runKeys.list(query),
    queryFn: ({ signal }) => listRuns(query, signal),
    select: (page) => page.items,
    enabled,
    refetchInterval: 30_000,
  });

export const useRun = (id: string) =>
  useQuery({
    queryKey: runKeys.detail(id),
    queryFn: ({ signal }) => getRun(id, signal),
    refetchInterval: RUN_REFRESH_MS,
  });

/**
 * A run's change lands on its incident's timeline (and list of runs): those are refetched in the
 * background, so a ticked step does not wait for the incident to reload.
 */
const storeRun = (queryClient: QueryClient, run: RunbookRun) => {
  queryClient.setQueryData(runKeys.detail(run.id), run);
  void queryClient.invalidateQueries({ queryKey: runKeys.lists() });
  if (run.incidentId) {
    void queryClient.invalidateQueries({ queryKey: incidentKeys.timeline(run.incidentId) });
    void queryClient.invalidateQueries({ queryKey: incidentKeys.details() });
  }
};

const useRunChange = <V>(mutationFn: (variables: V) => Promise<RunbookRun>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (run) => storeRun(queryClient, run) });
};

export const useStartRun = () => useRunChange(startRun);
export const useUpdateRunStep = () => useRunChange(updateRunStep);
export const useFinishRun = () => useRunChange(finishRun);
