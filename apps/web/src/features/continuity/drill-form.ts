import type { Drill, DrillInput } from '@vigil/contracts';
import type { FieldErrors } from '../../lib/form-errors';
import { fromLocalInput } from '../incidents/local-time';
import type { FormResult } from './backup-test-form';

export const DRILL_TYPES = [
  {
    value: 'tabletop',
    label: 'Tabletop',
    hint: 'The team walks through the plan against the scenario; nothing is restored.',
  },
  {
    value: 'functional_restore',
    label: 'Functional restore',
    hint: 'Systems are restored for real, in a non-production environment.',
  },
  {
    value: 'failover',
    label: 'Failover',
    hint: 'Production fails over to the recovery site or region.',
  },
] as const satisfies readonly { value: Drill['type']; label: string; hint: string }[];

export const drillTypeLabel = (type: Drill['type']): string =>
  DRILL_TYPES.find((t) => t.value === type)?.label ?? type;

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
  const errors: FieldErrors = {};
  const at: Partial<Record<TimeField, string | null>> = {};
  for (const field of ['interruptionAt', 'restoredAt', 'recoveryPointAt'] as const) {
    const value = fromLocalInput(draft[field]);
    if (value === undefined) errors[field] = 'Not a date and time.';
    else if (value && Date.parse(value) > now) errors[field] = 'This is in the future.';
    else at[field] = value;
  }
  if (at.interruptionAt === null) {
    errors.interruptionAt = 'When did the simulated interruption start? RTO and RPO count from it.';
  }
  const { interruptionAt, restoredAt, recoveryPointAt } = at;
  if (interruptionAt && restoredAt && Date.parse(restoredAt) < Date.parse(interruptionAt)) {
    errors.restoredAt = 'Restored before the interruption started.';
  }
  if (
    interruptionAt &&
    recoveryPointAt &&
    Date.parse(recoveryPointAt) > Date.parse(interruptionAt)
  ) {
    errors.recoveryPointAt = 'The recovery point is the last good data before the interruption.';
  }
  if (!draft.scenario.trim()) {
    errors.scenario = 'Describe the scenario, e.g. ransomware encrypts the primary database.';
  }
  if (!draft.type) errors.type = 'Choose the kind of drill.';

  const findings: DrillInput['findings'] = [];
  for (const f of draft.findings) {
    const dueAt = fromLocalInput(f.dueAt);
    const closedAt = fromLocalInput(f.closedAt);
    if (!f.description.trim()) errors[findingField(f.key, 'description')] = 'Describe the finding.';
    if (dueAt === undefined) errors[findingField(f.key, 'dueAt')] = 'Not a date and time.';
    if (closedAt === undefined) errors[findingField(f.key, 'closedAt')] = 'Not a date and time.';
    else if (closedAt && Date.parse(closedAt) > now) {
      errors[findingField(f.key, 'closedAt')] = 'This is in the future.';
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
