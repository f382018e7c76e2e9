import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { IncidentDetail, Page, TimelineEntry } from '@vigil/contracts';
import { isApiError } from '../../lib/api-client';
import { localizeObligations } from '../deadlines/obligation-wording';
import { listUsers } from '../users/api';
import { userKeys } from '../users/queries';
import {
  addNote,
  createIncident,
  getIncident,
  getTimeline,
  linkEvidence,
  listIncidents,
  moveIncident,
  saveAssessment,
  updateIncident,
} from './api';
import type { IncidentQuery } from './incident-filter';
import { pagesToRows } from './incident-list';

/** Clocks are counted down in the browser; this only picks up what other people changed. */
export const INCIDENT_REFRESH_MS = 30_000;

/** Rows per page of the list; the next page is asked for as the table nears its end. */
export const INCIDENT_PAGE_SIZE = 100;

/** Open incidents offered in a picker (a runbook run's incident): more than a team works at once. */
const INCIDENT_CHOICES = 200;

export const incidentKeys = {
  all: ['incidents'] as const,
  lists: () => [...incidentKeys.all, 'list'] as const,
  list: (query: IncidentQuery) => [...incidentKeys.lists(), query] as const,
  pages: (query: IncidentQuery) => [...incidentKeys.lists(), 'pages', query] as const,
  details: () => [...incidentKeys.all, 'detail'] as const,
  detail: (id: string) => [...incidentKeys.details(), id] as const,
  timeline: (id: string) => [...incidentKeys.all, 'timeline', id] as const,
};

/** The first incidents of a filter, in one page: for pickers, not for the list. */
export const useIncidents = (query: IncidentQuery) =>
  useQuery({
    queryKey: incidentKeys.list(query),
    queryFn: ({ signal }) => listIncidents(query, { limit: INCIDENT_CHOICES }, signal),
    select: (page) => page.items,
    refetchInterval: INCIDENT_REFRESH_MS,
    // While other filters load, the old rows stay (dimmed) instead of a blank table.
    placeholderData: keepPreviousData,
  });

/** The incident list of a filter, page after page as the table asks for more. */
export const useIncidentPages = (query: IncidentQuery) =>
  useInfiniteQuery({
    queryKey: incidentKeys.pages(query),
    queryFn: ({ pageParam, signal }) =>
      listIncidents(query, { limit: INCIDENT_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: pagesToRows,
    // Each poll asks again for every page loaded, from the first: others' changes show in place,
    // and the page holds its rows still while someone works on it (use-held-incidents.ts).
    refetchInterval: INCIDENT_REFRESH_MS,
    placeholderData: keepPreviousData,
  });

const localizeIncidentClocks = (detail: IncidentDetail): IncidentDetail => ({
  ...detail,
  obligations: localizeObligations(detail.obligations),
  responseClocks: localizeObligations(detail.responseClocks),
});

/** By id or by reference (`INC-12`): the API answers to both. */
export const useIncident = (id: string) =>
  useQuery({
    queryKey: incidentKeys.detail(id),
    queryFn: ({ signal }) => getIncident(id, signal),
    select: localizeIncidentClocks,
    refetchInterval: INCIDENT_REFRESH_MS,
  });

export const useTimeline = (incidentId: string | undefined) =>
  useQuery({
    queryKey: incidentKeys.timeline(incidentId ?? ''),
    queryFn: ({ signal }) => getTimeline(incidentId ?? '', signal),
    select: (page) => page.items,
    enabled: incidentId !== undefined,
    refetchInterval: INCIDENT_REFRESH_MS,
  });

/** `GET /users` answers admins only: everyone else is not asked (a 403 would be noise). */
export const useLeadCandidates = (enabled: boolean) =>
  useQuery({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => listUsers(signal),
    select: (page) => page.items,
    enabled,
    staleTime: 60_000,
  });

/** The new state of an incident goes into every cached copy (by id or by reference) at once. */
const storeDetail = (queryClient: QueryClient, detail: IncidentDetail) => {
  queryClient.setQueriesData<IncidentDetail>({ queryKey: incidentKeys.details() }, (cached) =>
    cached?.id === detail.id ? detail : cached,
  );
  queryClient.setQueryData(incidentKeys.detail(detail.id), detail);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: incidentKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: incidentKeys.timeline(detail.id) }),
  ]);
};

const useIncidentChange = <V>(mutationFn: (variables: V) => Promise<IncidentDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (detail) => storeDetail(queryClient, detail) });
};

export const useCreateIncident = () => useIncidentChange(createIncident);
export const useUpdateIncident = () => useIncidentChange(updateIncident);

/** A 409 means someone moved it first: the page refetches to offer the moves that are left. */
export const useMoveIncident = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveIncident,
    onSuccess: (detail) => storeDetail(queryClient, detail),
    onError: (error) =>
      isApiError(error) && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: incidentKeys.details() })
        : undefined,
  });
};
export const useSaveAssessment = () => useIncidentChange(saveAssessment);

export const useAddNote = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addNote,
    onSuccess: (page: Page<TimelineEntry>, { id }) =>
      queryClient.setQueryData(incidentKeys.timeline(id), page),
  });
};

export const useLinkEvidence = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkEvidence,
    onSuccess: (_evidence, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: incidentKeys.details() }),
        queryClient.invalidateQueries({ queryKey: incidentKeys.timeline(id) }),
      ]),
  });
};
