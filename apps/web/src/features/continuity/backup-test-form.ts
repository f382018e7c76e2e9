import type { BackupTest, BackupTestInput } from '@vigil/contracts';
import { pick } from '../../i18n';
import type { FieldErrors } from '../../lib/form-errors';
import { fromLocalInput } from '../incidents/local-time';
import { messages } from './messages';

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const BACKUP_RESULTS = [
  'passed',
  'partial',
  'failed',
] as const satisfies readonly BackupTest['result'][];

/** "Passed", "Partial", "Failed". */
export const backupResultLabel = (result: BackupTest['result']): string =>
  pick(messages).backupResults[result]?.label ?? result;

/** What a result means, under the dialog's menu. */
export const backupResultHint = (result: BackupTest['result']): string | undefined =>
  pick(messages).backupResults[result]?.hint;

export interface IntegrityCheckDraft {
  /** Stable across edits, for React's list and for each field's message. */
  key: string;
  method: string;
  expected: string;
  actual: string;
  /** '' until someone says. */
  passed: '' | 'yes' | 'no';
}

/** The "Record backup test" dialog as typed: times as `datetime-local` values. */
export interface BackupTestDraft {
  serviceId: string;
  restoredWhat: string;
  backupTakenAt: string;
  startedAt: string;
  finishedAt: string;
  checks: IntegrityCheckDraft[];
  result: '' | BackupTest['result'];
  notes: string;
}

export const emptyCheck = (key: string): IntegrityCheckDraft => ({
  key,
  method: '',
  expected: '',
  actual: '',
  passed: '',
});

export const emptyBackupTestDraft = (): BackupTestDraft => ({
  serviceId: '',
  restoredWhat: '',
  backupTakenAt: '',
  startedAt: '',
  finishedAt: '',
  checks: [emptyCheck('c1')],
  result: '',
  notes: '',
});

/** Where a check's message goes: `checks.c1.method`. */
export const checkField = (key: string, field: keyof Omit<IntegrityCheckDraft, 'key'>) =>
  `checks.${key}.${field}`;

const isBlank = (c: IntegrityCheckDraft) =>
  !c.method.trim() && !c.expected.trim() && !c.actual.trim() && c.passed === '';

/** Expected and actual written the same, ignoring case, spaces and thousands separators. */
export const sameValue = (expected: string, actual: string): boolean => {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s,_]/g, '');
  return norm(expected) !== '' && norm(expected) === norm(actual);
};

type TimeField = 'backupTakenAt' | 'startedAt' | 'finishedAt';

const readTimes = (draft: BackupTestDraft, now: number) => {
  const { form, backupForm: t } = pick(messages);
  const errors: FieldErrors = {};
  const at: Partial<Record<TimeField, string>> = {};
  const missing: Record<TimeField, string> = {
    backupTakenAt: t.backupTakenMissing,
    startedAt: t.startedMissing,
    finishedAt: t.finishedMissing,
  };
  for (const field of ['backupTakenAt', 'startedAt', 'finishedAt'] as const) {
    const value = fromLocalInput(draft[field]);
    if (value === undefined) errors[field] = form.notADateTime;
    else if (value === null) errors[field] = missing[field];
    else if (Date.parse(value) > now) errors[field] = form.inFuture;
    else at[field] = value;
  }
  const { backupTakenAt, startedAt, finishedAt } = at;
  if (startedAt && finishedAt && Date.parse(finishedAt) < Date.parse(startedAt)) {
    errors.finishedAt = t.finishesBeforeStart;
  }
  if (backupTakenAt && startedAt && Date.parse(backupTakenAt) > Date.parse(startedAt)) {
    errors.backupTakenAt = t.backupAfterStart;
  }
  return { errors, at };
};

/**
 * `POST /backup-tests` from the dialog. Blank check rows are dropped; a test recorded as passed
 * with a failed check is refused, since A1.3 asks for the integrity and completeness to be shown.
 */
export const toBackupTestBody = (
  draft: BackupTestDraft,
  now: number,
): FormResult<BackupTestInput> => {
  const t = pick(messages).backupForm;
  const { errors, at } = readTimes(draft, now);
  if (!draft.restoredWhat.trim()) errors.restoredWhat = t.restoredWhatMissing;
  if (!draft.result) errors.result = t.resultMissing;
  const checks = draft.checks.filter((c) => !isBlank(c));
  for (const c of checks) {
    if (!c.method.trim()) errors[checkField(c.key, 'method')] = t.checkMethodMissing;
    if (c.passed === '') errors[checkField(c.key, 'passed')] = t.checkPassedMissing;
  }
  if (draft.result === 'passed' && checks.some((c) => c.passed === 'no')) {
    errors.result = t.failedCheckPassed;
  }
  const { backupTakenAt, startedAt, finishedAt } = at;
  const { result } = draft;
  if (Object.keys(errors).length > 0 || !backupTakenAt || !startedAt || !finishedAt || !result) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      serviceId: draft.serviceId || null,
      restoredWhat: draft.restoredWhat.trim(),
      backupTakenAt,
      startedAt,
      finishedAt,
      integrityChecks: checks.map((c) => ({
        method: c.method.trim(),
        expected: c.expected.trim(),
        actual: c.actual.trim(),
        passed: c.passed === 'yes',
      })),
      result,
      notes: draft.notes.trim(),
    },
  };
};

/** Server messages on `integrityChecks.0.method` go to the row that was sent at that index. */
export const backupServerErrors = (draft: BackupTestDraft, server: FieldErrors): FieldErrors => {
  const sent = draft.checks.filter((c) => !isBlank(c));
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(server)) {
    const match = /^integrityChecks\.(\d+)\.(method|expected|actual|passed)$/.exec(path);
    const row = match ? sent[Number(match[1])] : undefined;
    if (match && row) errors[checkField(row.key, match[2] as 'method')] = message;
    else errors[path] = message;
  }
  return errors;
};
