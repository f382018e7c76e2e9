import {
  type DETECTION_KINDS,
  detectionRuleInputSchema,
  type DetectionParams,
  type DetectionRuleInput,
  type DetectionRuleRecord,
} from '@vigil/contracts';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import type { Severity } from '../alerts/types';

export type DetectionKind = (typeof DETECTION_KINDS)[number];
type Outcome = 'success' | 'failure' | 'unknown';

export const KIND_INFO: Record<DetectionKind, { label: string; description: string }> = {
  threshold: {
    label: 'Threshold',
    description: 'Too many matching events from one actor or IP address within a window.',
  },
  forbidden_actor: {
    label: 'Forbidden actor',
    description: 'An action done by anyone not on the allowed list.',
  },
  deactivated_user: {
    label: 'Deactivated user',
    description: 'Any event by a Vigil user after they were deactivated.',
  },
  mass_export: {
    label: 'Mass export',
    description: 'Many exports by one actor within a window.',
  },
  quiet_source: {
    label: 'Quiet source',
    description: 'A source that sent nothing for too long: a broken logging pipeline.',
  },
};

/** The dialog's fields for every kind; only the chosen kind's are sent. */
export interface DetectionDraft {
  name: string;
  enabled: boolean;
  severity: Severity;
  kind: DetectionKind;
  action: string;
  outcome: '' | Outcome;
  groupBy: 'actor' | 'ip';
  count: string;
  windowMinutes: string;
  /** Emails or ids, one per line or separated by commas. */
  allowedActors: string;
  source: string;
  quietMinutes: string;
}

/** Sensible starting values for a kind, so switching kinds never leaves a blank form. */
const DEFAULTS: Omit<DetectionDraft, 'name' | 'enabled' | 'severity' | 'kind'> = {
  action: '',
  outcome: '',
  groupBy: 'actor',
  count: '10',
  windowMinutes: '5',
  allowedActors: '',
  source: '',
  quietMinutes: '30',
};

export const detectionDraftOf = (rule?: DetectionRuleRecord): DetectionDraft => {
  const draft: DetectionDraft = {
    ...DEFAULTS,
    name: rule?.name ?? '',
    enabled: rule?.enabled ?? true,
    severity: rule?.severity ?? 'SEV2',
    kind: rule?.params.kind ?? 'threshold',
  };
  const params = rule?.params;
  if (!params) return draft;
  switch (params.kind) {
    case 'threshold':
      return {
        ...draft,
        action: params.action,
        outcome: params.outcome ?? '',
        groupBy: params.groupBy,
        count: String(params.count),
        windowMinutes: String(params.windowMinutes),
      };
    case 'forbidden_actor':
      return { ...draft, action: params.action, allowedActors: params.allowedActors.join('\n') };
    case 'mass_export':
      return {
        ...draft,
        action: params.action,
        count: String(params.count),
        windowMinutes: String(params.windowMinutes),
      };
    case 'quiet_source':
      return { ...draft, source: params.source, quietMinutes: String(params.quietMinutes) };
    case 'deactivated_user':
      return draft;
  }
};

/** Switching kind keeps what fits the new kind (the action) and fills in the rest. */
export const withKind = (draft: DetectionDraft, kind: DetectionKind): DetectionDraft => ({
  ...draft,
  kind,
  action: draft.action || (kind === 'mass_export' ? 'data.export' : ''),
});

// A number field left empty or half-typed must fail as "a whole number", not become 0.
const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

const paramsOf = (draft: DetectionDraft): Record<string, unknown> => {
  switch (draft.kind) {
    case 'threshold':
      return {
        kind: draft.kind,
        action: draft.action.trim(),
        ...(draft.outcome ? { outcome: draft.outcome } : {}),
        groupBy: draft.groupBy,
        count: whole(draft.count),
        windowMinutes: whole(draft.windowMinutes),
      };
    case 'forbidden_actor':
      return {
        kind: draft.kind,
        action: draft.action.trim(),
        allowedActors: draft.allowedActors
          .split(/[\n,]/)
          .map((a) => a.trim())
          .filter(Boolean),
      };
    case 'mass_export':
      return {
        kind: draft.kind,
        action: draft.action.trim() || 'data.export',
        count: whole(draft.count),
        windowMinutes: whole(draft.windowMinutes),
      };
    case 'quiet_source':
      return {
        kind: draft.kind,
        source: draft.source.trim(),
        quietMinutes: whole(draft.quietMinutes),
      };
    case 'deactivated_user':
      return { kind: draft.kind };
  }
};

const MESSAGES: Record<string, string> = {
  name: 'Give the rule a name.',
  'params.action': 'An action such as auth.login, or a prefix such as auth.*.',
  'params.count': 'A whole number, 2 or more.',
  'params.windowMinutes': 'Whole minutes, from 1 to 1,440 (24 h).',
  'params.quietMinutes': 'Whole minutes, from 1 to 10,080 (7 days).',
  'params.source': 'The source name its events come in under, e.g. app-prod.',
  'params.allowedActors': 'At most 100 emails or ids.',
};

/** The draft as the API takes it, or a message per wrong field (`params.count`, …). */
export const toDetectionInput = (
  draft: DetectionDraft,
): { ok: true; value: DetectionRuleInput } | { ok: false; errors: FieldErrors } => {
  const parsed = detectionRuleInputSchema.safeParse({
    name: draft.name,
    enabled: draft.enabled,
    severity: draft.severity,
    params: paramsOf(draft),
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = issuesToFieldErrors(parsed.error.issues);
  for (const path of Object.keys(errors)) {
    const key = path.startsWith('params.allowedActors') ? 'params.allowedActors' : path;
    const message = MESSAGES[key];
    if (message) errors[key] = message;
  }
  return { ok: false, errors };
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "10 × auth.* failures per actor in 5 min": the rule in a line. */
export const describeParams = (params: DetectionParams): string => {
  switch (params.kind) {
    case 'threshold':
      return `${params.count} × ${params.action}${params.outcome ? ` (${params.outcome})` : ''} per ${
        params.groupBy === 'ip' ? 'IP address' : 'actor'
      } within ${plural(params.windowMinutes, 'minute')}`;
    case 'forbidden_actor':
      return `${params.action} by anyone but ${
        params.allowedActors.length > 0
          ? params.allowedActors.join(', ')
          : 'nobody (no one is allowed yet)'
      }`;
    case 'deactivated_user':
      return 'Any event by a user after their deactivation';
    case 'mass_export':
      return `${params.count} × ${params.action} per actor within ${plural(
        params.windowMinutes,
        'minute',
      )}`;
    case 'quiet_source':
      return `No events from ${params.source} for ${plural(params.quietMinutes, 'minute')}`;
  }
};
