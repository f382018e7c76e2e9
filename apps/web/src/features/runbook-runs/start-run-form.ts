import type { StartRun } from '@vigil/contracts';
import { pick } from '../../i18n';
import type { FieldErrors } from '../../lib/form-errors';
import { fromLocalInput, toLocalInput } from '../incidents/local-time';
import { runMessages } from './messages';

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The start dialog's fields: times as `datetime-local` text in the browser's zone. */
export interface StartRunDraft {
  /** '' for a run tied to no incident. */
  incidentId: string;
  drill: boolean;
  disruptionStartedAt: string;
  lastGoodBackupAt: string;
}

export const emptyStartRunDraft = (now: number, incidentId = ''): StartRunDraft => ({
  incidentId,
  drill: false,
  disruptionStartedAt: toLocalInput(new Date(now).toISOString()),
  lastGoodBackupAt: '',
});

// A picker gives minutes: "now" typed a few seconds ago is not in the future.
const CLOCK_SLACK_MS = 60_000;

/** `POST /runbooks/{id}/runs`; an empty disruption start means now, as the API takes it. */
export const startRunBody = (draft: StartRunDraft, now: number): FormResult<StartRun> => {
  const words = pick(runMessages).forms;
  const errors: FieldErrors = {};
  const disruption = fromLocalInput(draft.disruptionStartedAt);
  const backup = fromLocalInput(draft.lastGoodBackupAt);
  if (disruption === undefined) errors.disruptionStartedAt = words.badTime;
  else if (disruption && Date.parse(disruption) > now + CLOCK_SLACK_MS) {
    errors.disruptionStartedAt = words.disruptionInFuture;
  }
  if (backup === undefined) errors.lastGoodBackupAt = words.badTime;
  else if (backup && Date.parse(backup) > (disruption ? Date.parse(disruption) : now)) {
    errors.lastGoodBackupAt = words.backupAfterDisruption;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The picker's minute that holds "now" is sent as nothing: the API stamps the exact second.
  const isNow = disruption && Math.abs(Date.parse(disruption) - now) < CLOCK_SLACK_MS;
  return {
    ok: true,
    value: {
      drill: draft.drill,
      ...(draft.incidentId ? { incidentId: draft.incidentId } : {}),
      ...(disruption && !isNow ? { disruptionStartedAt: disruption } : {}),
      ...(backup ? { lastGoodBackupAt: backup } : {}),
    },
  };
};
