import type { RunbookRun } from '@vigil/contracts';
import { useId, useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { formatDateTime, localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { useSecondClock } from '../deadlines/use-second-clock';
import {
  emptyFinishDraft,
  finishPreview,
  finishRunBody,
  type FinishDraft,
} from './finish-run-form';
import { useFinishRun } from './queries';
import { formatHours, formatMinutes } from './recovery-clock';
import { runProgress } from './run-progress';

const FIELDS = ['restoredAt', 'recoveryPointAt', 'note'];

/** Ends the run: when service came back and from which recovery point, or why it stops. */
export const FinishRunDialog = ({ run, onClose }: { run: RunbookRun; onClose: () => void }) => {
  const now = useSecondClock();
  const outcomeName = useId();
  const [draft, setDraft] = useState<FinishDraft>(() => emptyFinishDraft(run, now));
  const [errors, setErrors] = useState<FieldErrors>({});
  const finish = useFinishRun();
  const allErrors = { ...serverFieldErrors(finish.error), ...errors };
  const preview = finishPreview(run, draft, now);
  const open = runProgress(run.steps);
  const left = open.pending + open.blocked;

  const set = <K extends keyof FinishDraft>(field: K, value: FinishDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, field));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = finishRunBody(run, draft, Date.now());
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    finish.mutate({ runId: run.id, ...result.value }, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={finish.isPending}
      title="Finish run"
      description={`Disruption started ${formatDateTime(run.disruptionStartedAt)}. Times in ${localTimeZone()}.`}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          {left > 0 ? (
            <p className="form-note">
              {left} {left === 1 ? 'step is' : 'steps are'} still open
              {open.blocked ? `, ${open.blocked} blocked` : ''}. They stay as they are in the
              record.
            </p>
          ) : null}
          <fieldset className="fieldset">
            <legend className="field__label">Outcome</legend>
            <div className="checkbox-grid outcome-options">
              <label className="checkbox">
                <input
                  type="radio"
                  name={outcomeName}
                  checked={draft.outcome === 'recovered'}
                  onChange={() => set('outcome', 'recovered')}
                />
                <span>
                  <strong>Recovered</strong>
                  <span className="checkbox__hint">Service is back: the RTO clock stops.</span>
                </span>
              </label>
              <label className="checkbox">
                <input
                  type="radio"
                  name={outcomeName}
                  checked={draft.outcome === 'aborted'}
                  onChange={() => set('outcome', 'aborted')}
                />
                <span>
                  <strong>Aborted</strong>
                  <span className="checkbox__hint">Stopped without restoring service.</span>
                </span>
              </label>
            </div>
          </fieldset>
          <div className="form-grid">
            {draft.outcome === 'recovered' ? (
              <TextField
                label="Service restored at"
                type="datetime-local"
                value={draft.restoredAt}
                error={allErrors.restoredAt}
                hint="Now, or when users could work again."
                onChange={(e) => set('restoredAt', e.target.value)}
              />
            ) : null}
            <TextField
              label="Recovery point used (optional)"
              type="datetime-local"
              value={draft.recoveryPointAt}
              error={allErrors.recoveryPointAt}
              hint="The backup or snapshot restored from; data after it is lost."
              onChange={(e) => set('recoveryPointAt', e.target.value)}
            />
          </div>
          <TextAreaField
            label={draft.outcome === 'aborted' ? 'Why it stops' : 'Note (optional)'}
            value={draft.note}
            rows={3}
            maxLength={5000}
            error={allErrors.note}
            onChange={(e) => set('note', e.target.value)}
          />
          {preview ? (
            <div className="finish-preview" role="status">
              <p>
                RTO: <strong>{formatMinutes(preview.rtoMinutes)}</strong> of{' '}
                {formatHours(run.rtoHours)}{' '}
                <Badge tone={preview.rtoMet ? 'success' : 'danger'} dot>
                  {preview.rtoMet ? 'Met' : 'Missed'}
                </Badge>
              </p>
              <p>
                RPO:{' '}
                {preview.rpoMinutes === null ? (
                  <span className="muted">no recovery point given</span>
                ) : (
                  <>
                    <strong>{formatMinutes(Math.max(0, preview.rpoMinutes))}</strong> of{' '}
                    {formatHours(run.rpoHours)}{' '}
                    <Badge tone={preview.rpoMet ? 'success' : 'danger'} dot>
                      {preview.rpoMet ? 'Met' : 'Missed'}
                    </Badge>
                  </>
                )}
              </p>
            </div>
          ) : null}
          {finish.isError &&
          !Object.keys(serverFieldErrors(finish.error)).some((k) => FIELDS.includes(k)) ? (
            <ProblemAlert error={finish.error} />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={finish.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant={draft.outcome === 'aborted' ? 'danger' : 'primary'}
            loading={finish.isPending}
          >
            {draft.outcome === 'aborted' ? 'Abort run' : 'Finish run'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
