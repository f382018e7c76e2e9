import { useQuery } from '@tanstack/react-query';
import { fetchReadiness } from './api';

export const READINESS_POLL_MS = 15_000;

export const systemKeys = {
  all: ['system'] as const,
  readiness: () => [...systemKeys.all, 'readiness'] as const,
};

/** Shared by the status panel, the runtime banner and the database badge: one request per poll. */
export const useReadiness = () =>
  useQuery({
    queryKey: systemKeys.readiness(),
    queryFn: ({ signal }) => fetchReadiness(signal),
    refetchInterval: READINESS_POLL_MS,
    staleTime: READINESS_POLL_MS - 1_000,
    // The panel reports failures as they are; a retry would only delay the news.
    retry: false,
  });
