import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { obligationKeys } from '../deadlines/queries';
import { incidentKeys } from '../incidents/queries';
import { listResponseTargets, saveResponseTargets } from './api';

export const responseTargetKeys = {
  all: ['response-targets'] as const,
  list: () => [...responseTargetKeys.all, 'list'] as const,
};

export const useResponseTargets = () =>
  useQuery({
    queryKey: responseTargetKeys.list(),
    queryFn: ({ signal }) => listResponseTargets(signal),
    select: (targets) => targets.items,
  });

export const useSaveResponseTargets = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveResponseTargets,
    onSuccess: (saved) => {
      queryClient.setQueryData(responseTargetKeys.list(), saved);
      // The server moved the pending response clocks of every open incident.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
        queryClient.invalidateQueries({ queryKey: obligationKeys.all }),
      ]);
    },
  });
};
