import { alertRuleInputSchema, type AlertRuleInput, type AlertRuleRecord } from '@vigil/contracts';
import { compilePattern } from '@vigil/domain';
import { pick } from '../../i18n';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import type { AlertSource, Severity } from '../alerts/types';
import { messages } from './messages';

export type AlertAction = AlertRuleInput['action'];
type AlertRuleMatch = AlertRuleInput['match'];

/** The actions in the order the dialog offers them; their words are in `messages.actions`. */
export const ACTIONS: readonly AlertAction[] = [
  'open_incident',
  'attach_incident',
  'alert_only',
  'suppress',
];

export const actionLabel = (action: AlertAction): string =>
  pick(messages).actions[action]?.label ?? action;

/** The dialog's fields, as typed: text until it is sent. */
export interface AlertRuleDraft {
  name: string;
  enabled: boolean;
  source: '' | AlertSource;
  alarmName: string;
  namespace: string;
  metricName: string;
  /** `Name=Value`, one per line. */
  dimensions: string;
  detectionRuleId: string;
  dedupKey: string;
  severity: Severity;
  action: AlertAction;
  suppressionMinutes: string;
  /** Addresses, one per line or separated by commas. */
  notify: string;
}

export const draftOf = (rule?: AlertRuleRecord): AlertRuleDraft => ({
  name: rule?.name ?? '',
  enabled: rule?.enabled ?? true,
  source: rule?.match.source ?? '',
  alarmName: rule?.match.alarmName ?? '',
  namespace: rule?.match.namespace ?? '',
  metricName: rule?.match.metricName ?? '',
  dimensions: Object.entries(rule?.match.dimensions ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join('\n'),
  detectionRuleId: rule?.match.detectionRuleId ?? '',
  dedupKey: rule?.match.dedupKey ?? '',
  severity: rule?.severity ?? 'SEV3',
  action: rule?.action ?? 'alert_only',
  suppressionMinutes: String(rule?.suppressionMinutes ?? 30),
  notify: (rule?.notify ?? []).join('\n'),
});

/** `Name=Value` lines → a record; the first malformed line is reported. */
export const parseDimensions = (
  text: string,
): { ok: true; value: Record<string, string> | undefined } | { ok: false; error: string } => {
  const value: Record<string, string> = {};
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const at = line.indexOf('=');
    const name = line.slice(0, at).trim();
    if (at <= 0 || !name) {
      return { ok: false, error: pick(messages).validation.dimensionLine(line) };
    }
    value[name] = line.slice(at + 1).trim();
  }
  return { ok: true, value: lines.length > 0 ? value : undefined };
};

const text = (value: string) => value.trim() || undefined;

/** The draft as the API takes it, or the message for each field that is wrong. */
export const toRuleInput = (
  draft: AlertRuleDraft,
): { ok: true; value: AlertRuleInput } | { ok: false; errors: FieldErrors } => {
  const errors: FieldErrors = {};
  const dimensions = parseDimensions(draft.dimensions);
  if (!dimensions.ok) errors['match.dimensions'] = dimensions.error;
  for (const field of ['alarmName', 'dedupKey'] as const) {
    const pattern = text(draft[field]);
    if (!pattern) continue;
    try {
      compilePattern(pattern);
    } catch (error) {
      errors[`match.${field}`] = pick(messages).validation.badPattern(
        error instanceof Error ? error.message : undefined,
      );
    }
  }
  const match: AlertRuleMatch = {
    source: draft.source || undefined,
    alarmName: text(draft.alarmName),
    namespace: text(draft.namespace),
    metricName: text(draft.metricName),
    dimensions: dimensions.ok ? dimensions.value : undefined,
    detectionRuleId: text(draft.detectionRuleId),
    dedupKey: text(draft.dedupKey),
  };
  const minutes = draft.suppressionMinutes.trim();
  const parsed = alertRuleInputSchema.safeParse({
    name: draft.name,
    enabled: draft.enabled,
    match: Object.fromEntries(Object.entries(match).filter(([, v]) => v !== undefined)),
    severity: draft.severity,
    action: draft.action,
    suppressionMinutes: minutes === '' ? Number.NaN : Number(minutes),
    notify: draft.notify
      .split(/[\n,]/)
      .map((a) => a.trim())
      .filter(Boolean),
  });
  if (!parsed.success) {
    for (const [path, message] of Object.entries(issuesToFieldErrors(parsed.error.issues))) {
      errors[path] ??= message;
    }
  }
  const words = pick(messages).validation;
  if (errors.suppressionMinutes) errors.suppressionMinutes = words.suppressionMinutes;
  if (errors.name) errors.name = words.name;
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: parsed.data };
};

/** "alarm name ServerCpu*, namespace AWS/EC2": what a rule looks at, in words. */
export const describeMatch = (
  match: AlertRuleMatch,
  detectionNames: ReadonlyMap<string, string> = new Map(),
): string => {
  const t = pick(messages).match;
  const parts: string[] = [];
  if (match.source) parts.push(t.sources[match.source]);
  if (match.alarmName) parts.push(t.alarmName(match.alarmName));
  if (match.namespace) parts.push(t.namespace(match.namespace));
  if (match.metricName) parts.push(t.metricName(match.metricName));
  for (const [name, value] of Object.entries(match.dimensions ?? {})) {
    parts.push(`${name}=${value}`);
  }
  if (match.detectionRuleId) {
    parts.push(t.detection(detectionNames.get(match.detectionRuleId) ?? match.detectionRuleId));
  }
  if (match.dedupKey) parts.push(t.dedupKey(match.dedupKey));
  return parts.length > 0 ? parts.join(' · ') : t.everything;
};
