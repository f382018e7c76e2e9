import type { RunbookRun } from '@vigil/contracts';
import { achievedRecovery } from '@vigil/domain';
import { pick } from '../../i18n';
import type { FieldErrors } from '../../lib/form-errors';
import { fromLocalInput, toLocalInput } from '../incidents/local-time';
import type { FinishRun } from './api';
import { runMessages } from './messages';
import type { FormResult } from './start-run-form';

type RunTimes = Pick<
  RunbookRun,
  'disruptionStartedAt' | 'lastGoodBackupAt' | 'rtoHours' | 'rpoHours'
>;

export interface FinishDraft {
  outcome: FinishRun['outcome'];
  /** `datetime-local` text in the browser's zone. */
  restoredAt: string;
  recoveryPointAt: string;
  note: string;
}

export const emptyFinishDraft = (run: RunTimes, now: number): FinishDraft => ({
  outcome: 'recovered',
  restoredAt: toLocalInput(new Date(now).toISOString()),
  recoveryPointAt: toLocalInput(run.lastGoodBackupAt),
  note: '',
});

const CLOCK_SLACK_MS = 60_000;

/** A picked minute that holds the present: it stands for now, to the second. */
const isNowish = (at: string, now: number) => Math.abs(Date.parse(at) - now) < CLOCK_SLACK_MS;

/** `POST /runbook-runs/{id}/finish`; an aborted run was not restored, so no restore time. */
export const finishRunBody = (
  run: RunTimes,
  draft: FinishDraft,
  now: number,
): FormResult<Omit<FinishRun, 'runId'>> => {
  const words = pick(runMessages).forms;
  const errors: FieldErrors = {};
  const recovered = draft.outcome === 'recovered';
  const restored = recovered ? fromLocalInput(draft.restoredAt) : null;
  const point = fromLocalInput(draft.recoveryPointAt);
  const disruption = Date.parse(run.disruptionStartedAt);
  if (restored === undefined) errors.restoredAt = words.badTime;
  else if (restored && Date.parse(restored) < disruption - CLOCK_SLACK_MS) {
    errors.restoredAt = words.restoredBeforeDisruption;
  } else if (restored && Date.parse(restored) > now + CLOCK_SLACK_MS) {
    errors.restoredAt = words.restoredInFuture;
  }
  if (point === undefined) errors.recoveryPointAt = words.badTime;
  else if (point && Date.parse(point) > disruption) {
    errors.recoveryPointAt = words.recoveryPointAfterDisruption;
  }
  if (!recovered && !draft.note.trim()) {
    errors.note = words.abortReason;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The picker's minute that holds "now" is sent as nothing: the API stamps the exact second.
  const isNow = restored && isNowish(restored, now);
  return {
    ok: true,
    value: {
      outcome: draft.outcome,
      ...(restored && !isNow ? { restoredAt: restored } : {}),
      ...(point ? { recoveryPointAt: point } : {}),
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    },
  };
};

/** What finishing now would record, shown before the person confirms; null when not computable. */
export const finishPreview = (run: RunTimes, draft: FinishDraft, now: number) => {
  if (draft.outcome !== 'recovered') return null;
  const restored = fromLocalInput(draft.restoredAt);
  const point = fromLocalInput(draft.recoveryPointAt);
  if (restored === undefined || point === undefined) return null;
  const restoredAt = restored && !isNowish(restored, now) ? restored : new Date(now).toISOString();
  if (Date.parse(restoredAt) < Date.parse(run.disruptionStartedAt)) return null;
  return achievedRecovery({
    disruptionStartedAt: run.disruptionStartedAt,
    restoredAt,
    recoveryPointAt: point,
    rtoHours: run.rtoHours,
    rpoHours: run.rpoHours,
  });
};
