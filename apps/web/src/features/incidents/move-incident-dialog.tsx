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
import { IncidentStatusBadge } from './incident-badges';
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
      title={`Move ${incident.reference}`}
      description={
        <span className="inline-stack">
          Now <IncidentStatusBadge status={from} />. The move is stamped with the current time and
          kept on the timeline.
        </span>
      }
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          {options.length === 0 ? (
            <p className="dialog__text">{statusLabel(from)} is final: there is no next state.</p>
          ) : (
            <fieldset className="fieldset">
              <legend className="field__label">Move to</legend>
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
            label={target === 'false_positive' ? 'Why is it a false positive?' : 'Note (optional)'}
            value={note}
            maxLength={5000}
            placeholder={
              target === 'contained'
                ? 'e.g. Revoked the leaked key; no further access in the logs since 10:42'
                : 'What changed, for the timeline'
            }
            onChange={(e) => setNote(e.target.value)}
          />
          {move.isError ? <ProblemAlert error={move.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={move.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={move.isPending} disabled={!chosen}>
            {chosen ? chosen.action : 'Move'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
