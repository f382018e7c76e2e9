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
import { serverFieldErrors } from '../../lib/form-errors';
import { incidentReference, regimeLabel } from './board';
import { useWaiveObligation } from './queries';

export interface WaiveDialogProps {
  obligation: Obligation;
  onClose: () => void;
  onDone: (obligation: Obligation) => void;
}

/** Records that a notice will not be sent, and the legal ground for it, on the incident's record. */
export const WaiveDialog = ({ obligation, onClose, onDone }: WaiveDialogProps) => {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const waive = useWaiveObligation();
  const fieldError = error ?? serverFieldErrors(waive.error).reason;

  const submit = () => {
    const parsed = waiveObligationSchema.safeParse({ reason });
    if (!parsed.success) {
      setError('Give the legal ground for not sending it: it goes on record.');
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
      title="Waive this notice"
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
              The clock stops and the obligation is recorded as <strong>waived</strong>, with your
              reason, on the incident&apos;s timeline and in the audit log. This cannot be undone.
            </span>
            <span>
              {regimeLabel(obligation.regime)} · to {obligation.recipient.display} ·{' '}
              {obligation.legalBasis}
            </span>
          </div>
          <TextAreaField
            label="Reason"
            rows={4}
            value={reason}
            maxLength={5000}
            required
            placeholder="e.g. GDPR Art. 34(3)(a): the data was encrypted with keys that were not compromised"
            hint="Required. The exemption relied on and the facts behind it."
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
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={waive.isPending}>
            Waive notice
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
