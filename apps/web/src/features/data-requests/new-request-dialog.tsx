import type { Organization } from '@vigil/contracts';
import { useId, useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { useCurrentUser } from '../auth/queries';
import {
  BACKUP_CYCLE_DAYS,
  KIND_LABELS,
  REASON_LABELS,
  WINDOW_DAYS,
  type AssigneeOption,
  type DataRequestKind,
  type DataRequestReason,
} from './data-request-text';
import { requestMessages } from './messages';
import { useCreateDataRequest } from './queries';
import { requestDialogMessages } from './request-dialogs.messages';
import { dueFrom, emptyRequestDraft, toCreateRequest, type RequestDraft } from './request-form';

export interface NewRequestDialogProps {
  organization: Organization;
  assignees: readonly AssigneeOption[];
  onClose: () => void;
}

/** Records a client's ask for an export or a deletion; its 30-day clock starts from the ask. */
export const NewRequestDialog = ({ organization, assignees, onClose }: NewRequestDialogProps) => {
  const words = useMessages(requestDialogMessages);
  const t = words.newRequest;
  const unassigned = useMessages(requestMessages).unassigned;
  const kindHints: Record<DataRequestKind, string> = {
    export: t.kindHints.export,
    deletion: t.kindHints.deletion(BACKUP_CYCLE_DAYS),
  };
  const user = useCurrentUser();
  const [draft, setDraft] = useState<RequestDraft>(() => emptyRequestDraft(user.id));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [openedAt] = useState(() => Date.now());
  const create = useCreateDataRequest();
  const kindName = useId();
  const allErrors = { ...serverFieldErrors(create.error), ...errors };
  const due = dueFrom(draft.requestedAt, openedAt);

  const edit = <K extends keyof RequestDraft>(field: K, value: RequestDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, field));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toCreateRequest(draft, Date.now());
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    create.mutate({ organizationId: organization.id, ...result.body }, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={create.isPending}
      title={t.title}
      description={t.description(organization.name, WINDOW_DAYS)}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <fieldset className="fieldset">
            <legend className="field__label">{t.kindLegend}</legend>
            {(['export', 'deletion'] as const).map((kind) => (
              <label className="checkbox" key={kind}>
                <input
                  type="radio"
                  name={kindName}
                  checked={draft.kind === kind}
                  onChange={() => edit('kind', kind)}
                  data-autofocus={draft.kind === kind || undefined}
                />
                <span>
                  <strong>{KIND_LABELS[kind]}</strong>
                  <span className="checkbox__hint">{kindHints[kind]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="form-grid">
            <SelectField
              label={t.reason}
              value={draft.reason}
              error={allErrors.reason}
              onChange={(e) => edit('reason', e.target.value as DataRequestReason)}
            >
              {(['on_request', 'end_of_contract'] as const).map((reason) => (
                <option key={reason} value={reason}>
                  {REASON_LABELS[reason]}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t.askedAt}
              type="datetime-local"
              value={draft.requestedAt}
              error={allErrors.requestedAt}
              hint={due === null ? t.askedAtHint : t.askedAtHintDue(formatDateTime(due))}
              onChange={(e) => edit('requestedAt', e.target.value)}
            />
            <SelectField
              label={t.assignee}
              value={draft.assigneeId}
              error={allErrors.assigneeId}
              hint={t.assigneeHint}
              onChange={(e) => edit('assigneeId', e.target.value)}
            >
              <option value="">{unassigned}</option>
              {assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField
            label={t.note}
            value={draft.note}
            maxLength={5000}
            error={allErrors.note}
            placeholder={t.notePlaceholder}
            onChange={(e) => edit('note', e.target.value)}
          />
          {create.isError && Object.keys(serverFieldErrors(create.error)).length === 0 ? (
            <ProblemAlert error={create.error} action={t.problemAction} />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={create.isPending}>
            {words.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t.create}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
