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
import { useMessages } from '../../i18n';
import { serverFieldErrors } from '../../lib/form-errors';
import { legalHoldMessages } from './legal-hold.messages';
import { useSetLegalHold } from './queries';

export interface LegalHoldStatusProps {
  organization: Organization;
  onSet: () => void;
  onLift: () => void;
}

/** Whether this client's data may be destroyed right now, and the way to hold or release it. */
export const LegalHoldStatus = ({ organization, onSet, onLift }: LegalHoldStatusProps) => {
  const t = useMessages(legalHoldMessages).status;
  const hold = organization.legalHold;
  return (
    <section
      className={`legal-hold${hold ? ' legal-hold--held' : ''}`}
      aria-label={t.label}
      data-held={hold ? 'true' : 'false'}
    >
      <div className="legal-hold__text">
        <p className="legal-hold__title">
          <Badge tone={hold ? 'warning' : 'neutral'} dot>
            {hold ? t.held : t.notHeld}
          </Badge>
          {hold ? (
            <span className="muted">
              {t.since} <Timestamp value={hold.setAt} layout="inline" /> {t.by(hold.setBy)}
            </span>
          ) : null}
        </p>
        {hold ? (
          <p className="legal-hold__reason">{hold.reason}</p>
        ) : (
          <p className="muted">{t.free}</p>
        )}
      </div>
      {hold ? (
        <Button size="sm" onClick={onLift}>
          {t.lift}
        </Button>
      ) : (
        <Button size="sm" onClick={onSet}>
          {t.set}
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
  const t = useMessages(legalHoldMessages).setDialog;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const hold = useSetLegalHold();
  const fieldError = error ?? serverFieldErrors(hold.error).reason;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = legalHoldSchema.safeParse({ reason });
    if (!parsed.success || !parsed.data.reason) {
      setError(t.reasonMissing);
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
      title={t.title}
      description={t.description(organization.name)}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextAreaField
            label={t.reason}
            rows={3}
            value={reason}
            maxLength={2000}
            required
            placeholder={t.reasonPlaceholder}
            hint={t.reasonHint}
            error={fieldError}
            onChange={(e) => {
              setReason(e.target.value);
              setError(undefined);
            }}
            data-autofocus
          />
          {hold.isError && !fieldError ? (
            <ProblemAlert error={hold.error} action={t.problemAction} />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={hold.isPending}>
            {t.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={hold.isPending}>
            {t.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};

/** Releases the hold: deletion requests can then be carried out again. */
export const LiftLegalHoldDialog = ({ organization, onClose }: SetLegalHoldDialogProps) => {
  const words = useMessages(legalHoldMessages);
  const t = words.liftDialog;
  const hold = useSetLegalHold();
  const current = organization.legalHold;
  return (
    <ConfirmDialog
      open
      title={t.title}
      confirmLabel={t.confirm}
      tone="primary"
      pending={hold.isPending}
      error={
        hold.isError ? (
          <ProblemAlert error={hold.error} action={words.setDialog.problemAction} />
        ) : undefined
      }
      onCancel={onClose}
      onConfirm={() =>
        hold.mutate({ organizationId: organization.id, reason: null }, { onSuccess: onClose })
      }
    >
      <span>{t.text(organization.name)}</span>
      {current ? (
        <span>
          {t.heldBecause} <em>{current.reason}</em>
        </span>
      ) : null}
    </ConfirmDialog>
  );
};
