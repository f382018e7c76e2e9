import type { IncidentDetail } from '@vigil/contracts';
import { useId, useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  TextAreaField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { IncidentStatusBadge } from './incident-badges';
import { messages } from './incident-dialogs.messages';
import { moveOptions, statusLabel, type IncidentStatus } from './incident-lifecycle';
import { useMoveIncident } from './queries';

export interface MoveIncidentDialogProps {
  incident: IncidentDetail;
  /** The move chosen on the page; the dialog lets it be changed. */
  to: IncidentStatus;
  onClose: () => void;
}

/** One step of the lifecycle, with an optional note that goes on the timeline. */
export const MoveIncidentDialog = ({ incident, to, onClose }: MoveIncidentDialogProps) => {
  const [target, setTarget] = useState<IncidentStatus>(to);
  const [note, setNote] = useState('');
  const move = useMoveIncident();
  // The moves from the state the dialog opened in, until a 409 says someone moved it first.
  const [openedIn] = useState(incident.status);
  const from = move.isError ? incident.status : openedIn;
  const options = moveOptions(from);
  const name = useId();
  const chosen = options.find((o) => o.to === target);
  const { fields, move: t } = useMessages(messages);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    move.mutate(
      { id: incident.id, to: target, note: note.trim() || undefined },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={move.isPending}
      title={t.title(incident.reference)}
      description={
        <span className="inline-stack">
          {t.now} <IncidentStatusBadge status={from} />
          {t.stamped}
        </span>
      }
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          {options.length === 0 ? (
            <p className="dialog__text">{t.final(statusLabel(from))}</p>
          ) : (
            <fieldset className="fieldset">
              <legend className="field__label">{t.moveTo}</legend>
              {options.map((option) => (
                <label className="checkbox" key={option.to}>
                  <input
                    type="radio"
                    name={name}
                    checked={target === option.to}
                    onChange={() => setTarget(option.to)}
                    data-autofocus={option.to === to || undefined}
                  />
                  <span>
                    <strong>{statusLabel(option.to)}</strong>
                    <span className="checkbox__hint">{option.description}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <TextAreaField
            label={target === 'false_positive' ? t.whyFalsePositive : t.note}
            value={note}
            maxLength={5000}
            placeholder={target === 'contained' ? t.containedPlaceholder : t.notePlaceholder}
            onChange={(e) => setNote(e.target.value)}
          />
          {move.isError ? <ProblemAlert error={move.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={move.isPending}>
            {fields.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={move.isPending} disabled={!chosen}>
            {chosen ? chosen.action : t.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
