import type { AlertRuleInput, AlertRuleRecord, Page } from '@vigil/contracts';
import { api } from '../../lib/api-client';

const BASE = '/api/v1/alert-rules';

/** Ordered by `position`: the first enabled rule that matches decides. */
export const listAlertRules = (signal?: AbortSignal) =>
  api.get<Page<AlertRuleRecord>>(BASE, { signal });

export const createAlertRule = (body: AlertRuleInput) => api.post<AlertRuleRecord>(BASE, body);

/**
 * Changes some fields of `rule`. The fields whose schema has a default are always sent with
 * their current values: the API's patch schema (zod 4 `.partial()`) still applies those
 * defaults, so leaving them out would reset the rule's match, notify list and window.
 */
export const updateAlertRule = ({
  rule,
  ...patch
}: Partial<AlertRuleInput> & { rule: AlertRuleRecord }) =>
  api.patch<AlertRuleRecord>(`${BASE}/${encodeURIComponent(rule.id)}`, {
    enabled: rule.enabled,
    match: rule.match,
    suppressionMinutes: rule.suppressionMinutes,
    notify: rule.notify,
    ...patch,
  });

export const deleteAlertRule = (id: string) =>
  api.delete<void>(`${BASE}/${encodeURIComponent(id)}`);
