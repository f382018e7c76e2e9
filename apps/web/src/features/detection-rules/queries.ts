import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DetectionRuleInput, DetectionRuleRecord, Page } from '@vigil/contracts';
import { useMemo } from 'react';
import {
  createDetectionRule,
  deleteDetectionRule,
  listDetectionRules,
  previewDetectionRule,
  updateDetectionRule,
} from './api';

export const detectionRuleKeys = {
  all: ['detection-rules'] as const,
  list: () => [...detectionRuleKeys.all, 'list'] as const,
};

export const useDetectionRules = () =>
  useQuery({
    queryKey: detectionRuleKeys.list(),
    queryFn: ({ signal }) => listDetectionRules(signal),
    select: (page) => page.items,
  });

/** id → name, for alert rules that match on a detection. */
export const useDetectionRuleNames = (): Map<string, string> => {
  const { data } = useDetectionRules();
  return useMemo(() => new Map((data ?? []).map((r) => [r.id, r.name])), [data]);
};

const useInvalidate = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detectionRuleKeys.all });
};

export const useSaveDetectionRule = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: DetectionRuleInput }) =>
      id ? updateDetectionRule({ id, ...input }) : createDetectionRule(input),
    onSuccess: invalidate,
  });
};

/** A change from the list (the enabled switch): shown at once, put back if the server refuses. */
export const useUpdateDetectionRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDetectionRule,
    onMutate: async ({ id, ...patch }) => {
      await queryClient.cancelQueries({ queryKey: detectionRuleKeys.list() });
      const before = queryClient.getQueryData<Page<DetectionRuleRecord>>(detectionRuleKeys.list());
      queryClient.setQueryData<Page<DetectionRuleRecord>>(
        detectionRuleKeys.list(),
        (page) =>
          page && { ...page, items: page.items.map((r) => (r.id === id ? { ...r, ...patch } : r)) },
      );
      return { before };
    },
    onError: (_error, _variables, context) =>
      queryClient.setQueryData(detectionRuleKeys.list(), context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: detectionRuleKeys.all }),
  });
};

export const useDeleteDetectionRule = () => {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: deleteDetectionRule, onSuccess: invalidate });
};

export const useDetectionPreview = () => useMutation({ mutationFn: previewDetectionRule });
