import { useQuery } from '@tanstack/react-query';
import { listOutbox } from './api';

export const OUTBOX_LIMIT = 500;

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (limit: number) => [...outboxKeys.all, { limit }] as const,
};

export const useOutbox = () =>
  useQuery({
    queryKey: outboxKeys.list(OUTBOX_LIMIT),
    queryFn: ({ signal }) => listOutbox(OUTBOX_LIMIT, signal),
    select: (page) => page.items,
    // Pending mail turns into sent or failed within seconds; keep the page current.
    refetchInterval: 15_000,
  });
