import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { confirmSnsSubscription, listSnsSubscriptions } from './api';

export const snsKeys = {
  all: ['sns-subscriptions'] as const,
  list: () => [...snsKeys.all, 'list'] as const,
};

export const useSnsSubscriptions = () =>
  useQuery({
    queryKey: snsKeys.list(),
    queryFn: ({ signal }) => listSnsSubscriptions(signal),
    select: (page) => page.items,
    // A topic's confirmation request arrives while someone sets it up in AWS.
    refetchInterval: 15_000,
  });

export const useConfirmSnsSubscription = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmSnsSubscription,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snsKeys.all }),
  });
};
