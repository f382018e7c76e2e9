import { legalHoldSchema, type Organization } from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  ConfirmDialog,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  TextAreaField,
  Timestamp,
} from '../../components/ui';
import { serverFieldErrors } from '../../lib/form-errors';
import { useSetLegalHold } from './queries';

export interface LegalHoldStatusProps {
  organization: Organization;
  onSet: () => void;
  onLift: () => void;
}

/** Whether this client's data may be destroyed right now, and the way to hold or release it. */
export const LegalHoldStatus = ({ organization, onSet, onLift }: LegalHoldStatusProps) => {
  const hold = organization.legalHold;
  return (
    <section
      className={`legal-hold${hold ? ' legal-hold--held' : ''}`}
      aria-label="Legal hold"
      data-held={hold ? 'true' : 'false'}
    >
      <div className="legal-hold__text">
        <p className="legal-hold__title">
          <Badge tone={hold ? 'warning' : 'neutral'} dot>
            {hold ? 'Legal hold' : 'No legal hold'}
          </Badge>
          {hold ? (
            <span className="muted">
              since <Timestamp value={hold.setAt} layout="inline" /> by {hold.setBy}
            </span>
          ) : null}
        </p>
        {hold ? (
          <p className="legal-hold__reason">{hold.reason}</p>
        ) : (
          <p className="muted">
            Deletion requests can be carried out. Set a hold when litigation, an investigation or a
            regulator requires this client&apos;s data to be preserved.
          </p>
        )}
      </div>
      {hold ? (
        <Button size="sm" onClick={onLift}>
          Lift hold
        </Button>
      ) : (
        <Button size="sm" onClick={onSet}>
          Set legal hold
        </Button>
      )}
    </section>
  );
};

export interface SetLegalHoldDialogProps {
  organization: Organization;
  onClose: () => void;
}

/** Puts the organization's data on hold: no deletion until lifted, whatever the requests. */
export const SetLegalHoldDialog = ({ organization, onClose }: SetLegalHoldDialogProps) => {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const hold = useSetLegalHold();
  const fieldError = error ?? serverFieldErrors(hold.error).reason;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = legalHoldSchema.safeParse({ reason });
    if (!parsed.success || !parsed.data.reason) {
      setError('Give the reason: it is shown to anyone who tries to delete this data.');
      return;
    }
    setError(undefined);
    hold.mutate(
      { organizationId: organization.id, reason: parsed.data.reason },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={hold.isPending}
      title="Set a legal hold"
      description={`${organization.name}: while held, none of its data can be deleted. Exports still work.`}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextAreaField
            label="Reason"
            rows={3}
            value={reason}
            maxLength={2000}
            required
            placeholder="e.g. Preservation order from the Superior Court, file 500-17-123456-245"
            hint="Required. Recorded in the audit log, and shown when a deletion is refused."
            error={fieldError}
            onChange={(e) => {
              setReason(e.target.value);
              setError(undefined);
            }}
            data-autofocus
          />
          {hold.isError && !fieldError ? (
            <ProblemAlert error={hold.error} action="Legal holds" />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={hold.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={hold.isPending}>
            Set legal hold
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};

/** Releases the hold: deletion requests can then be carried out again. */
export const LiftLegalHoldDialog = ({ organization, onClose }: SetLegalHoldDialogProps) => {
  const hold = useSetLegalHold();
  const current = organization.legalHold;
  return (
    <ConfirmDialog
      open
      title="Lift the legal hold?"
      confirmLabel="Lift hold"
      tone="primary"
      pending={hold.isPending}
      error={hold.isError ? <ProblemAlert error={hold.error} action="Legal holds" /> : undefined}
      onCancel={onClose}
      onConfirm={() =>
        hold.mutate({ organizationId: organization.id, reason: null }, { onSuccess: onClose })
      }
    >
      <span>
        {organization.name}&apos;s data can be deleted again once the hold is lifted. Make sure what
        required it is over.
      </span>
      {current ? (
        <span>
          Held because: <em>{current.reason}</em>
        </span>
      ) : null}
    </ConfirmDialog>
  );
};
