import type { DataRequest } from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  SelectField,
  TextAreaField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { serverFieldErrors } from '../../lib/form-errors';
import type { UpdateDataRequest } from './api';
import { STATUS_META, type AssigneeOption } from './data-request-text';
import { requestMessages } from './messages';
import { useUpdateDataRequest } from './queries';
import { requestTitle } from './request-badges';
import { requestDialogMessages } from './request-dialogs.messages';

type EditableStatus = NonNullable<UpdateDataRequest['status']>;
const STATUSES: readonly EditableStatus[] = ['open', 'in_progress', 'rejected'];

export interface EditRequestDialogProps {
  request: DataRequest;
  assignees: readonly AssigneeOption[];
  onClose: () => void;
}

/** Who has the request, where it stands, and a note; only what changed is sent. */
export const EditRequestDialog = ({ request, assignees, onClose }: EditRequestDialogProps) => {
  const words = useMessages(requestDialogMessages);
  const t = words.editRequest;
  const unassigned = useMessages(requestMessages).unassigned;
  const [assigneeId, setAssigneeId] = useState(request.assignee?.id ?? '');
  const [status, setStatus] = useState<EditableStatus>(
    request.status === 'completed' ? 'open' : request.status,
  );
  const [note, setNote] = useState(request.note);
  const update = useUpdateDataRequest();
  const errors = serverFieldErrors(update.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: UpdateDataRequest = {};
    if (assigneeId !== (request.assignee?.id ?? '')) body.assigneeId = assigneeId || null;
    if (status !== request.status) body.status = status;
    if (note.trim() !== request.note) body.note = note.trim();
    if (Object.keys(body).length === 0) return onClose();
    update.mutate({ id: request.id, ...body }, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={update.isPending}
      title={t.title(requestTitle(request))}
      description={t.description}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <div className="form-grid">
            <SelectField
              label={t.assignee}
              value={assigneeId}
              error={errors.assigneeId}
              onChange={(e) => setAssigneeId(e.target.value)}
              data-autofocus
            >
              <option value="">{unassigned}</option>
              {assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t.status}
              value={status}
              error={errors.status}
              hint={status === 'rejected' ? t.rejectedHint : t.statusHint}
              onChange={(e) => setStatus(e.target.value as EditableStatus)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_META[s].label}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField
            label={t.note}
            value={note}
            maxLength={5000}
            error={errors.note}
            onChange={(e) => setNote(e.target.value)}
          />
          {update.isError && Object.keys(errors).length === 0 ? (
            <ProblemAlert error={update.error} />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={update.isPending}>
            {words.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={update.isPending}>
            {t.save}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
