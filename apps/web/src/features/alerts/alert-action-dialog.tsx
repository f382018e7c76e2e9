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
import { pick, useMessages } from '../../i18n';
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
import { alertActionDialogMessages } from './alert-action-dialog.messages';
import type { AlertDetail } from './types';

const SUPPRESS_MINUTES = [15, 60, 240, 1440] as const;

export const SUPPRESS_DURATIONS = SUPPRESS_MINUTES.map((minutes) => ({
  minutes,
  get label() {
    return pick(alertActionDialogMessages).durations[minutes];
  },
}));

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
}) => {
  const t = useMessages(alertActionDialogMessages);
  return (
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
            {t.cancel}
          </Button>
          <Button type="submit" variant={submitVariant} loading={busy}>
            {submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};

const AcknowledgeDialog = ({ alert, onClose, onDone }: ActionDialogProps) => {
  const t = useMessages(alertActionDialogMessages).acknowledge;
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
      title={t.title}
      description={t.description}
      busy={acknowledge.isPending}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t.submit}
      error={acknowledge.isError && !allErrors.reason ? acknowledge.error : undefined}
    >
      <Subject alert={alert} />
      <TextAreaField
        label={t.note}
        value={note}
        maxLength={2000}
        placeholder={t.notePlaceholder}
        hint={t.noteHint}
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
  const t = useMessages(alertActionDialogMessages).promote;
  const [title, setTitle] = useState(alert.title);
  const [errors, setErrors] = useState<FieldErrors>({});
  const promote = usePromoteAlert();
  const allErrors = { ...serverFieldErrors(promote.error), ...errors };
  const submit = () => {
    const parsed = promoteAlertSchema.safeParse({ title: title.trim() });
    if (!parsed.success) {
      return setErrors({ title: t.titleError });
    }
    setErrors({});
    promote.mutate({ id: alert.id, ...parsed.data }, { onSuccess: onDone });
  };
  return (
    <Frame
      title={t.title}
      description={t.description}
      busy={promote.isPending}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t.submit}
      error={promote.isError && !allErrors.title ? promote.error : undefined}
    >
      <Subject alert={alert} />
      <TextField
        label={t.incidentTitle}
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
          {t.effect.lead}
          <strong>{t.effect.opens}</strong>
          {t.effect.atSeverity}
          <strong>{alert.severity}</strong>
          {t.effect.rest(formatDateTime(alert.openedAt))}
        </span>
      </p>
    </Frame>
  );
};

const SuppressDialog = ({ alert, onClose, onDone }: ActionDialogProps) => {
  const t = useMessages(alertActionDialogMessages).suppress;
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
      if (fieldErrors.reason) fieldErrors.reason = t.reasonError;
      return setErrors(fieldErrors);
    }
    setErrors({});
    suppress.mutate({ id: alert.id, ...parsed.data }, { onSuccess: onDone });
  };
  return (
    <Frame
      title={t.title}
      description={t.description}
      busy={suppress.isPending}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t.submit}
      error={suppress.isError && !allErrors.reason ? suppress.error : undefined}
    >
      <Subject alert={alert} />
      <TextAreaField
        label={t.reason}
        value={reason}
        maxLength={2000}
        required
        placeholder={t.reasonPlaceholder}
        hint={t.reasonHint}
        error={allErrors.reason}
        onChange={(e) => {
          setReason(e.target.value);
          setErrors((errs) => withoutError(errs, 'reason'));
        }}
        data-autofocus
      />
      <SelectField
        label={t.duration}
        value={String(minutes)}
        error={allErrors.minutes}
        hint={t.quietUntil(formatDateTime(now + minutes * 60_000))}
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
