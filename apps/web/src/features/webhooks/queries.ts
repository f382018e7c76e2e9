import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page, Webhook } from '@vigil/contracts';
import { outboxKeys } from '../outbox/queries';
import { createWebhook, deleteWebhook, listWebhooks, testWebhook, updateWebhook } from './api';

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
};

export const useWebhooks = () =>
  useQuery({
    queryKey: webhookKeys.list(),
    queryFn: ({ signal }) => listWebhooks(signal),
    select: (page) => page.items,
  });

const useInvalidateWebhooks = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: webhookKeys.all });
};

export const useCreateWebhook = () => {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: createWebhook, onSuccess: invalidate });
};

/** Edits and the active switch: shown in the list at once, put back if the server refuses. */
export const useUpdateWebhook = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWebhook,
    onMutate: async ({ id, ...patch }) => {
      await queryClient.cancelQueries({ queryKey: webhookKeys.list() });
      const before = queryClient.getQueryData<Page<Webhook>>(webhookKeys.list());
      queryClient.setQueryData<Page<Webhook>>(
        webhookKeys.list(),
        (page) =>
          page && {
            ...page,
            items: page.items.map((w) => (w.id === id ? { ...w, ...patch } : w)),
          },
      );
      return { before };
    },
    onError: (_error, _variables, context) =>
      queryClient.setQueryData(webhookKeys.list(), context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
  });
};

export const useDeleteWebhook = () => {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: deleteWebhook, onSuccess: invalidate });
};

/** One per row: each webhook keeps the result of its own last test. */
export const useTestWebhook = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testWebhook,
    // The list's last delivery and the Outbox both gained a row, delivered or not.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: webhookKeys.all }),
        queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
      ]),
  });
};
