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
import { useMessages } from '../../i18n';
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
import { runDialogMessages } from './run-dialogs.messages';
import { runProgress } from './run-progress';

const FIELDS = ['restoredAt', 'recoveryPointAt', 'note'];

/** Ends the run: when service came back and from which recovery point, or why it stops. */
export const FinishRunDialog = ({ run, onClose }: { run: RunbookRun; onClose: () => void }) => {
  const now = useSecondClock();
  const { finish: t, cancel } = useMessages(runDialogMessages);
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
      title={t.title}
      description={t.description(formatDateTime(run.disruptionStartedAt), localTimeZone())}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          {left > 0 ? <p className="form-note">{t.stillOpen(left, open.blocked)}</p> : null}
          <fieldset className="fieldset">
            <legend className="field__label">{t.outcome}</legend>
            <div className="checkbox-grid outcome-options">
              <label className="checkbox">
                <input
                  type="radio"
                  name={outcomeName}
                  checked={draft.outcome === 'recovered'}
                  onChange={() => set('outcome', 'recovered')}
                />
                <span>
                  <strong>{t.recovered}</strong>
                  <span className="checkbox__hint">{t.recoveredHint}</span>
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
                  <strong>{t.aborted}</strong>
                  <span className="checkbox__hint">{t.abortedHint}</span>
                </span>
              </label>
            </div>
          </fieldset>
          <div className="form-grid">
            {draft.outcome === 'recovered' ? (
              <TextField
                label={t.restoredAt}
                type="datetime-local"
                value={draft.restoredAt}
                error={allErrors.restoredAt}
                hint={t.restoredAtHint}
                onChange={(e) => set('restoredAt', e.target.value)}
              />
            ) : null}
            <TextField
              label={t.recoveryPoint}
              type="datetime-local"
              value={draft.recoveryPointAt}
              error={allErrors.recoveryPointAt}
              hint={t.recoveryPointHint}
              onChange={(e) => set('recoveryPointAt', e.target.value)}
            />
          </div>
          <TextAreaField
            label={draft.outcome === 'aborted' ? t.whyStop : t.note}
            value={draft.note}
            rows={3}
            maxLength={5000}
            error={allErrors.note}
            onChange={(e) => set('note', e.target.value)}
          />
          {preview ? (
            <div className="finish-preview" role="status">
              <p>
                {t.rto} <strong>{formatMinutes(preview.rtoMinutes)}</strong> {t.of}{' '}
                {formatHours(run.rtoHours)}{' '}
                <Badge tone={preview.rtoMet ? 'success' : 'danger'} dot>
                  {preview.rtoMet ? t.met : t.missed}
                </Badge>
              </p>
              <p>
                {t.rpo}{' '}
                {preview.rpoMinutes === null ? (
                  <span className="muted">{t.noRecoveryPoint}</span>
                ) : (
                  <>
                    <strong>{formatMinutes(Math.max(0, preview.rpoMinutes))}</strong> {t.of}{' '}
                    {formatHours(run.rpoHours)}{' '}
                    <Badge tone={preview.rpoMet ? 'success' : 'danger'} dot>
                      {preview.rpoMet ? t.met : t.missed}
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
            {cancel}
          </Button>
          <Button
            type="submit"
            variant={draft.outcome === 'aborted' ? 'danger' : 'primary'}
            loading={finish.isPending}
          >
            {draft.outcome === 'aborted' ? t.abort : t.finish}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
