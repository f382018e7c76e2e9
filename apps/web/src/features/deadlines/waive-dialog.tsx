import { waiveObligationSchema, type Obligation } from '@vigil/contracts';
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  TextAreaField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { serverFieldErrors } from '../../lib/form-errors';
import { incidentReference, regimeLabel } from './board';
import { messages } from './messages';
import { useWaiveObligation } from './queries';

export interface WaiveDialogProps {
  obligation: Obligation;
  onClose: () => void;
  onDone: (obligation: Obligation) => void;
}

/** Records that a notice will not be sent, and the legal ground for it, on the incident's record. */
export const WaiveDialog = ({ obligation, onClose, onDone }: WaiveDialogProps) => {
  const t = useMessages(messages).waive;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const waive = useWaiveObligation();
  const fieldError = error ?? serverFieldErrors(waive.error).reason;

  const submit = () => {
    const parsed = waiveObligationSchema.safeParse({ reason });
    if (!parsed.success) {
      setError(t.reasonMissing);
      return;
    }
    setError(undefined);
    waive.mutate({ id: obligation.id, reason: parsed.data.reason }, { onSuccess: onDone });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={waive.isPending}
      title={t.title}
      description={`${obligation.rule} — ${obligation.title} · ${incidentReference(obligation)} ${obligation.incidentTitle}`}
    >
      <form
        className="dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DialogBody>
          <div className="dialog__text">
            <span>
              {t.effectBefore}
              <strong>{t.effectState}</strong>
              {t.effectAfter}
            </span>
            <span>
              {[
                regimeLabel(obligation.regime),
                t.to(obligation.recipient.display),
                obligation.legalBasis,
              ].join(' · ')}
            </span>
          </div>
          <TextAreaField
            label={t.reason}
            rows={4}
            value={reason}
            maxLength={5000}
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
          {waive.isError && !fieldError ? <ProblemAlert error={waive.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={waive.isPending}>
            {t.cancel}
          </Button>
          <Button type="submit" variant="danger" loading={waive.isPending}>
            {t.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
