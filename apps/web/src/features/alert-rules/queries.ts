import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AlertRuleInput, AlertRuleRecord, Page } from '@vigil/contracts';
import { fetchRuleTestData } from '../alerts/queries';
import { createAlertRule, deleteAlertRule, listAlertRules, updateAlertRule } from './api';
import { moveRule, orderRules, type MoveDirection } from './rule-order';
import { previewAlertRule } from './rule-preview';

export const alertRuleKeys = {
  all: ['alert-rules'] as const,
  list: () => [...alertRuleKeys.all, 'list'] as const,
};

const DAY_MS = 24 * 3600_000;

/** In the order they are tried. */
export const useAlertRules = () =>
  useQuery({
    queryKey: alertRuleKeys.list(),
    queryFn: ({ signal }) => listAlertRules(signal),
    select: (page) => orderRules(page.items),
  });

const useInvalidateRules = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: alertRuleKeys.all });
};

export const useSaveAlertRule = () => {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: ({ rule, input }: { rule?: AlertRuleRecord; input: AlertRuleInput }) =>
      rule ? updateAlertRule({ rule, ...input }) : createAlertRule(input),
    onSuccess: invalidate,
  });
};

/** A change from the list (the enabled switch): shown at once, put back if the server refuses. */
export const useUpdateAlertRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAlertRule,
    onMutate: async ({ rule, ...patch }) => {
      await queryClient.cancelQueries({ queryKey: alertRuleKeys.list() });
      const before = queryClient.getQueryData<Page<AlertRuleRecord>>(alertRuleKeys.list());
      queryClient.setQueryData<Page<AlertRuleRecord>>(
        alertRuleKeys.list(),
        (page) =>
          page && {
            ...page,
            items: page.items.map((r) => (r.id === rule.id ? { ...r, ...patch } : r)),
          },
      );
      return { before };
    },
    onError: (_error, _variables, context) =>
      queryClient.setQueryData(alertRuleKeys.list(), context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertRuleKeys.all }),
  });
};

export const useDeleteAlertRule = () => {
  const invalidate = useInvalidateRules();
  return useMutation({ mutationFn: deleteAlertRule, onSuccess: invalidate });
};

/** Moves a rule one place: the list reorders at once, then the new positions are saved. */
export const useMoveAlertRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      rules,
      id,
      direction,
    }: {
      rules: readonly AlertRuleRecord[];
      id: string;
      direction: MoveDirection;
    }) => {
      const byId = new Map(rules.map((r) => [r.id, r]));
      for (const { id: ruleId, position } of moveRule(rules, id, direction)) {
        const rule = byId.get(ruleId);
        if (rule) await updateAlertRule({ rule, position });
      }
    },
    onMutate: async ({ rules, id, direction }) => {
      await queryClient.cancelQueries({ queryKey: alertRuleKeys.list() });
      const positions = new Map(moveRule(rules, id, direction).map((c) => [c.id, c.position]));
      queryClient.setQueryData<Page<AlertRuleRecord>>(alertRuleKeys.list(), (page) =>
        page
          ? {
              ...page,
              items: page.items.map((r) => ({ ...r, position: positions.get(r.id) ?? r.position })),
            }
          : page,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertRuleKeys.all }),
  });
};

/** "Test against the last 24 h", in the browser: nothing is sent but two reads. */
export const useAlertRulePreview = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      draft,
      ruleId,
      rules,
    }: {
      draft: AlertRuleInput;
      ruleId?: string;
      rules: readonly AlertRuleRecord[];
    }) => {
      const [alarms, alerts] = await fetchRuleTestData(queryClient);
      const now = Date.now();
      return previewAlertRule({ draft, ruleId, rules, alerts, alarms, since: now - DAY_MS, now });
    },
  });
};
