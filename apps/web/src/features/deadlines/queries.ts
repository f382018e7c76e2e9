import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Obligation, Page } from '@vigil/contracts';
import { registerKeys } from '../register/queries';
import { listObligations, waiveObligation, type ObligationQuery } from './api';
import { localizeObligations } from './obligation-wording';

/** New clocks (an assessment saved elsewhere) show up within this, without a reload. */
export const OBLIGATION_REFRESH_MS = 30_000;

export const obligationKeys = {
  all: ['obligations'] as const,
  lists: () => [...obligationKeys.all, 'list'] as const,
  list: (query: ObligationQuery) => [...obligationKeys.lists(), query] as const,
};

// Module-level, so the board's per-second renders reuse the worded list instead of redoing it.
const obligationsOfPage = (page: Page<Obligation>) => localizeObligations(page.items);

export const useObligations = (query: ObligationQuery) =>
  useQuery({
    queryKey: obligationKeys.list(query),
    queryFn: ({ signal }) => listObligations(query, signal),
    select: obligationsOfPage,
    refetchInterval: OBLIGATION_REFRESH_MS,
  });

/**
 * An obligation as the server answered after a change: into every cached list at once, then the
 * lists, the register and the incidents (whose detail embeds obligations) are fetched again.
 */
export const recordObligationChange = (queryClient: QueryClient, obligation: Obligation) => {
  queryClient.setQueriesData<Page<Obligation>>({ queryKey: obligationKeys.lists() }, (page) =>
    page
      ? { ...page, items: page.items.map((o) => (o.id === obligation.id ? obligation : o)) }
      : page,
  );
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: obligationKeys.all }),
    queryClient.invalidateQueries({ queryKey: registerKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['incidents'] }),
  ]);
};

export const useWaiveObligation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: waiveObligation,
    onSuccess: (obligation) => recordObligationChange(queryClient, obligation),
  });
};
