import {
  type DETECTION_KINDS,
  detectionRuleInputSchema,
  type DetectionParams,
  type DetectionRuleInput,
  type DetectionRuleRecord,
} from '@vigil/contracts';
import { localizedRecord, pick } from '../../i18n';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import type { Severity } from '../alerts/types';
import { kindMessages, messages } from './messages';

export type DetectionKind = (typeof DETECTION_KINDS)[number];
type Outcome = 'success' | 'failure' | 'unknown';

/** Each kind's name and description, in the language the console speaks when read. */
export const KIND_INFO: Readonly<Record<DetectionKind, { label: string; description: string }>> =
  localizedRecord(kindMessages);

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
    const message = pick(messages).validation[key];
    if (message) errors[key] = message;
  }
  return { ok: false, errors };
};

/** "10 × auth.* (failure) per actor within 5 minutes": the rule in a line. */
export const describeParams = (params: DetectionParams): string => {
  const t = pick(messages).describe;
  switch (params.kind) {
    case 'threshold':
      return t.threshold(
        params.count,
        params.action,
        params.outcome ? (t.outcome[params.outcome] ?? params.outcome) : undefined,
        params.groupBy === 'ip',
        t.minutes(params.windowMinutes),
      );
    case 'forbidden_actor':
      return t.forbiddenActor(
        params.action,
        params.allowedActors.length > 0 ? params.allowedActors.join(', ') : undefined,
      );
    case 'deactivated_user':
      return t.deactivatedUser;
    case 'mass_export':
      return t.massExport(params.count, params.action, t.minutes(params.windowMinutes));
    case 'quiet_source':
      return t.quietSource(params.source, t.minutes(params.quietMinutes));
  }
};
