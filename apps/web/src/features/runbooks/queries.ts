import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { Runbook } from '@vigil/contracts';
import {
  archiveRunbook,
  createRunbook,
  getRunbook,
  listRunbooks,
  listRunbookVersions,
  listServices,
  unarchiveRunbook,
  updateRunbook,
  type RunbookQuery,
} from './api';

export const runbookKeys = {
  all: ['runbooks'] as const,
  lists: () => [...runbookKeys.all, 'list'] as const,
  list: (query: RunbookQuery) => [...runbookKeys.lists(), query] as const,
  details: () => [...runbookKeys.all, 'detail'] as const,
  /** `version` undefined: the current one. */
  detail: (id: string, version?: number) =>
    [...runbookKeys.details(), id, version ?? 'current'] as const,
  versions: (id: string) => [...runbookKeys.all, 'versions', id] as const,
};

export const serviceKeys = {
  all: ['services'] as const,
};

export const useRunbooks = (query: RunbookQuery, enabled = true) =>
  useQuery({
    queryKey: runbookKeys.list(query),
    queryFn: ({ signal }) => listRunbooks(query, signal),
    select: (page) => page.items,
    enabled,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

export const useRunbook = (id: string, version?: number) =>
  useQuery({
    queryKey: runbookKeys.detail(id, version),
    queryFn: ({ signal }) => getRunbook(id, version, signal),
    // An old version never changes: no need to ask again.
    staleTime: version === undefined ? 30_000 : Infinity,
  });

export const useRunbookVersions = (id: string, enabled = true) =>
  useQuery({
    queryKey: runbookKeys.versions(id),
    queryFn: ({ signal }) => listRunbookVersions(id, signal),
    select: (page) => [...page.items].sort((a, b) => b.version - a.version),
    enabled,
  });

export const useServices = (enabled = true) =>
  useQuery({
    queryKey: serviceKeys.all,
    queryFn: ({ signal }) => listServices(signal),
    select: (page) => page.items,
    enabled,
    staleTime: 5 * 60_000,
  });

/** Service names by id, for lists that only carry ids; an unknown id stands for itself. */
export const useServiceNames = (): Map<string, string> => {
  const services = useServices();
  return new Map((services.data ?? []).map((s) => [s.id, s.name]));
};

const storeRunbook = (queryClient: QueryClient, runbook: Runbook) => {
  queryClient.setQueryData(runbookKeys.detail(runbook.id), runbook);
  queryClient.setQueryData(runbookKeys.detail(runbook.id, runbook.version), runbook);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: runbookKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: runbookKeys.versions(runbook.id) }),
  ]);
};

const useRunbookChange = <V>(mutationFn: (variables: V) => Promise<Runbook>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (runbook) => storeRunbook(queryClient, runbook) });
};

export const useCreateRunbook = () => useRunbookChange(createRunbook);
export const useUpdateRunbook = () => useRunbookChange(updateRunbook);
export const useArchiveRunbook = () => useRunbookChange(archiveRunbook);
export const useUnarchiveRunbook = () => useRunbookChange(unarchiveRunbook);
