import type { Drill, DrillInput } from '@vigil/contracts';
import { pick } from '../../i18n';
import type { FieldErrors } from '../../lib/form-errors';
import { fromLocalInput } from '../incidents/local-time';
import type { FormResult } from './backup-test-form';
import { messages } from './messages';

/** The kinds of drill, from the lightest to the most real. */
export const DRILL_TYPES = [
  'tabletop',
  'functional_restore',
  'failover',
] as const satisfies readonly Drill['type'][];

export const drillTypeLabel = (type: Drill['type']): string =>
  pick(messages).drillTypes[type]?.label ?? type;

/** What a kind of drill involves, under the dialog's menu. */
export const drillTypeHint = (type: Drill['type']): string | undefined =>
  pick(messages).drillTypes[type]?.hint;

export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export interface FindingDraft {
  key: string;
  severity: FindingSeverity;
  description: string;
  ticket: string;
  /** `datetime-local` values. */
  dueAt: string;
  closedAt: string;
}

/** The "Record drill" dialog as typed. */
export interface DrillDraft {
  scenario: string;
  type: '' | Drill['type'];
  /** One name per line. */
  participants: string;
  keyPersonnelUnavailable: boolean;
  interruptionAt: string;
  restoredAt: string;
  recoveryPointAt: string;
  findings: FindingDraft[];
}

export const emptyFinding = (key: string): FindingDraft => ({
  key,
  severity: 'medium',
  description: '',
  ticket: '',
  dueAt: '',
  closedAt: '',
});

export const emptyDrillDraft = (): DrillDraft => ({
  scenario: '',
  type: '',
  participants: '',
  keyPersonnelUnavailable: false,
  interruptionAt: '',
  restoredAt: '',
  recoveryPointAt: '',
  findings: [],
});

export const findingField = (key: string, field: keyof Omit<FindingDraft, 'key'>) =>
  `findings.${key}.${field}`;

/** "Ana Ops\nBen DBA, Chloé" → ["Ana Ops", "Ben DBA", "Chloé"]: lines or commas, duplicates once. */
export const parseParticipants = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\n,;]/)
      .map((name) => name.trim())
      .filter(Boolean),
  ),
];

const MINUTE_MS = 60_000;

export interface AchievedPreview {
  rtoMinutes: number | null;
  rpoMinutes: number | null;
}

/**
 * What the drill achieved, as the API will compute it: RTO = restored − interruption, RPO =
 * interruption − recovery point (domain spec §6). Null while a time is missing or unreadable.
 */
export const achievedOf = (
  draft: Pick<DrillDraft, 'interruptionAt' | 'restoredAt' | 'recoveryPointAt'>,
): AchievedPreview => {
  const interruption = fromLocalInput(draft.interruptionAt);
  const restored = fromLocalInput(draft.restoredAt);
  const point = fromLocalInput(draft.recoveryPointAt);
  const between = (from?: string | null, to?: string | null) =>
    from && to ? Math.round((Date.parse(to) - Date.parse(from)) / MINUTE_MS) : null;
  return { rtoMinutes: between(interruption, restored), rpoMinutes: between(point, interruption) };
};

type TimeField = 'interruptionAt' | 'restoredAt' | 'recoveryPointAt';

/**
 * `POST /drills` from the dialog. The interruption time is required; restored and recovery point
 * are left empty for a tabletop exercise, which measures neither.
 */
export const toDrillBody = (draft: DrillDraft, now: number): FormResult<DrillInput> => {
  const { form, drillForm: t } = pick(messages);
  const errors: FieldErrors = {};
  const at: Partial<Record<TimeField, string | null>> = {};
  for (const field of ['interruptionAt', 'restoredAt', 'recoveryPointAt'] as const) {
    const value = fromLocalInput(draft[field]);
    if (value === undefined) errors[field] = form.notADateTime;
    else if (value && Date.parse(value) > now) errors[field] = form.inFuture;
    else at[field] = value;
  }
  if (at.interruptionAt === null) errors.interruptionAt = t.interruptionMissing;
  const { interruptionAt, restoredAt, recoveryPointAt } = at;
  if (interruptionAt && restoredAt && Date.parse(restoredAt) < Date.parse(interruptionAt)) {
    errors.restoredAt = t.restoredBeforeInterruption;
  }
  if (
    interruptionAt &&
    recoveryPointAt &&
    Date.parse(recoveryPointAt) > Date.parse(interruptionAt)
  ) {
    errors.recoveryPointAt = t.recoveryPointAfter;
  }
  if (!draft.scenario.trim()) errors.scenario = t.scenarioMissing;
  if (!draft.type) errors.type = t.typeMissing;

  const findings: DrillInput['findings'] = [];
  for (const f of draft.findings) {
    const dueAt = fromLocalInput(f.dueAt);
    const closedAt = fromLocalInput(f.closedAt);
    if (!f.description.trim()) errors[findingField(f.key, 'description')] = t.findingMissing;
    if (dueAt === undefined) errors[findingField(f.key, 'dueAt')] = form.notADateTime;
    if (closedAt === undefined) errors[findingField(f.key, 'closedAt')] = form.notADateTime;
    else if (closedAt && Date.parse(closedAt) > now) {
      errors[findingField(f.key, 'closedAt')] = form.inFuture;
    }
    if (dueAt === undefined || closedAt === undefined) continue;
    findings.push({
      severity: f.severity,
      description: f.description.trim(),
      ticket: f.ticket.trim() || null,
      dueAt,
      closedAt,
    });
  }

  const { type } = draft;
  if (Object.keys(errors).length > 0 || !interruptionAt || !type) return { ok: false, errors };
  return {
    ok: true,
    value: {
      scenario: draft.scenario.trim(),
      type,
      runId: null,
      participants: parseParticipants(draft.participants),
      keyPersonnelUnavailable: draft.keyPersonnelUnavailable,
      interruptionAt,
      restoredAt: restoredAt ?? null,
      recoveryPointAt: recoveryPointAt ?? null,
      findings,
    },
  };
};

/** Server messages on `findings.0.ticket` go to the finding sent at that index. */
export const drillServerErrors = (draft: DrillDraft, server: FieldErrors): FieldErrors => {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(server)) {
    const match = /^findings\.(\d+)\.(\w+)$/.exec(path);
    const row = match ? draft.findings[Number(match[1])] : undefined;
    if (match && row) errors[`findings.${row.key}.${match[2]}`] = message;
    else errors[path] = message;
  }
  return errors;
};
