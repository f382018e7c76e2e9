import { alertActionSchema, promoteAlertSchema, suppressAlertSchema } from '@vigil/contracts';
import type { Alert } from '@vigil/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  SelectField,
  TextAreaField,
  TextField,
  Timestamp,
} from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import {
  issuesToFieldErrors,
  serverFieldErrors,
  withoutError,
  type FieldErrors,
} from '../../lib/form-errors';
import { useNow } from '../../lib/use-now';
import { SeverityBadge } from './alert-badges';
import { useAcknowledgeAlert, usePromoteAlert, useSuppressAlert } from './queries';
import type { AlertActionKind } from './alert-actions';
import type { AlertDetail } from './types';

export const SUPPRESS_DURATIONS = [
  { minutes: 15, label: '15 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 240, label: '4 hours' },
  { minutes: 1440, label: '24 hours' },
] as const;

interface ActionDialogProps {
  alert: Alert;
  onClose: () => void;
  /** The alert as the server has it after the action. */
  onDone: (alert: AlertDetail) => void;
}

/** Which alert the dialog is about: its severity and title, above the form. */
const Subject = ({ alert }: { alert: Alert }) => (
  <div className="alert-subject">
    <SeverityBadge severity={alert.severity} />
    <span className="alert-subject__title">{alert.title}</span>
    <Timestamp value={alert.openedAt} layout="inline" />
  </div>
);

const Frame = ({
  title,
  description,
  busy,
  onClose,
  onSubmit,
  submitLabel,
  submitVariant = 'primary',
  error,
  children,
}: {
  title: string;
  description: ReactNode;
  busy: boolean;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  submitVariant?: 'primary' | 'danger';
  error: unknown;
  children: ReactNode;
}) => (
  <Dialog open onClose={onClose} busy={busy} title={title} description={description}>
    <form
      className="dialog__form"
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <DialogBody>
        {children}
        {error ? <ProblemAlert error={error} /> : null}
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant={submitVariant} loading={busy}>
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  </Dialog>
);

const AcknowledgeDialog = ({ alert, onClose, onDone }: ActionDialogProps) => {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const acknowledge = useAcknowledgeAlert();
  const allErrors = { ...serverFieldErrors(acknowledge.error), ...errors };
  const submit = () => {
    const parsed = alertActionSchema.safeParse({ reason: note.trim() || undefined });
    if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues));
    setErrors({});
    acknowledge.mutate({ id: alert.id, ...parsed.data }, { onSuccess: onDone });
  };
  return (
    <Frame
      title="Acknowledge alert"
      description="Tells everyone watching the queue that you are on it."
      busy={acknowledge.isPending}
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Acknowledge"
      error={acknowledge.isError && !allErrors.reason ? acknowledge.error : undefined}
    >
      <Subject alert={alert} />
      <TextAreaField
        label="Note (optional)"
        value={note}
        maxLength={2000}
        placeholder="e.g. Looking at the load balancer logs"
        hint="Kept in the alert's activity."
        error={allErrors.reason}
        onChange={(e) => {
          setNote(e.target.value);
          setErrors((errs) => withoutError(errs, 'reason'));
        }}
        data-autofocus
      />
    </Frame>
  );
};

const PromoteDialog = ({ alert, onClose, onDone }: ActionDialogProps) => {
  const [title, setTitle] = useState(alert.title);
  const [errors, setErrors] = useState<FieldErrors>({});
  const promote = usePromoteAlert();
  const allErrors = { ...serverFieldErrors(promote.error), ...errors };
  const submit = () => {
    const parsed = promoteAlertSchema.safeParse({ title: title.trim() });
    if (!parsed.success) {
      return setErrors({ title: 'Give the incident a title (300 characters at most).' });
    }
    setErrors({});
    promote.mutate({ id: alert.id, ...parsed.data }, { onSuccess: onDone });
  };
  return (
    <Frame
      title="Promote to an incident"
      description="Opens an incident from this alert and links the two."
      busy={promote.isPending}
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Open incident"
      error={promote.isError && !allErrors.title ? promote.error : undefined}
    >
      <Subject alert={alert} />
      <TextField
        label="Incident title"
        value={title}
        maxLength={300}
        error={allErrors.title}
        onChange={(e) => {
          setTitle(e.target.value);
          setErrors((errs) => withoutError(errs, 'title'));
        }}
        data-autofocus
      />
      <p className="dialog__text">
        <span>
          This <strong>opens an incident</strong> at severity <strong>{alert.severity}</strong>,
          detected {formatDateTime(alert.openedAt)}, and acknowledges the alert. Notification clocks
          start from the incident&apos;s own dates.
        </span>
      </p>
    </Frame>
  );
};

const SuppressDialog = ({ alert, onClose, onDone }: ActionDialogProps) => {
  const now = useNow();
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState<number>(60);
  const [errors, setErrors] = useState<FieldErrors>({});
  const suppress = useSuppressAlert();
  const allErrors = { ...serverFieldErrors(suppress.error), ...errors };
  const submit = () => {
    const parsed = suppressAlertSchema.safeParse({ reason, minutes });
    if (!parsed.success) {
      const fieldErrors = issuesToFieldErrors(parsed.error.issues);
      if (fieldErrors.reason) fieldErrors.reason = 'Say why it is suppressed: it goes on record.';
      return setErrors(fieldErrors);
    }
    setErrors({});
    suppress.mutate({ id: alert.id, ...parsed.data }, { onSuccess: onDone });
  };
  return (
    <Frame
      title="Suppress alert"
      description="Silences it for a while: firings in that time are counted, not raised."
      busy={suppress.isPending}
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Suppress"
      error={suppress.isError && !allErrors.reason ? suppress.error : undefined}
    >
      <Subject alert={alert} />
      <TextAreaField
        label="Reason"
        value={reason}
        maxLength={2000}
        required
        placeholder="e.g. Planned maintenance on db-1 until 16:00"
        hint="Required. Kept in the alert's activity and the audit log."
        error={allErrors.reason}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors((errs) => withoutError(errs, 'reason'));
        }}
        data-autofocus
      />
      <SelectField
        label="For"
        value={String(minutes)}
        error={allErrors.minutes}
        hint={`Quiet until about ${formatDateTime(now + minutes * 60_000)}.`}
        onChange={(e) => setMinutes(Number(e.target.value))}
      >
        {SUPPRESS_DURATIONS.map((d) => (
          <option key={d.minutes} value={d.minutes}>
            {d.label}
          </option>
        ))}
      </SelectField>
    </Frame>
  );
};

export interface AlertActionDialogProps extends ActionDialogProps {
  kind: AlertActionKind;
}

export const AlertActionDialog = ({ kind, ...props }: AlertActionDialogProps) =>
  kind === 'acknowledge' ? (
    <AcknowledgeDialog {...props} />
  ) : kind === 'promote' ? (
    <PromoteDialog {...props} />
  ) : (
    <SuppressDialog {...props} />
  );
