import type { DataRequest, Organization } from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  TextField,
  TrashIcon,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { serverFieldErrors } from '../../lib/form-errors';
import { BACKUP_CYCLE_DAYS, confirmNameState } from './data-request-text';
import { useConfirmDeletion } from './queries';
import { requestDialogMessages } from './request-dialogs.messages';

export interface DeleteDataDialogProps {
  organization: Organization;
  request: DataRequest;
  onClose: () => void;
  /** The deletion went through: the request, completed, names its certificate. */
  onDeleted: (request: DataRequest) => void;
}

/**
 * The last step of a deletion request: says what is destroyed, what is kept and why, then asks
 * for the organization's name typed back before anything is destroyed.
 */
export const DeleteDataDialog = ({
  organization,
  request,
  onClose,
  onDeleted,
}: DeleteDataDialogProps) => {
  const words = useMessages(requestDialogMessages);
  const t = words.deleteData;
  const nameErrors = { case: t.nameCase, mismatch: t.nameMismatch };
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const remove = useConfirmDeletion();
  const hold = organization.legalHold;
  const match = confirmNameState(typed, organization.name);
  const serverNameError = serverFieldErrors(remove.error).confirmName;
  const nameError =
    touched && (match === 'case' || match === 'mismatch') ? nameErrors[match] : serverNameError;
  const backupsGone = openedAt + BACKUP_CYCLE_DAYS * 24 * 3_600_000;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (match !== 'match' || hold) return;
    remove.mutate(
      { id: request.id, confirmName: typed.trim() },
      { onSuccess: (done) => onDeleted(done) },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={remove.isPending}
      size="lg"
      title={t.title(organization.name)}
      description={t.description}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          {hold ? (
            <Alert tone="warning" title={t.holdTitle}>
              {hold.reason} {t.holdText}
            </Alert>
          ) : null}
          {!request.exportManifest ? (
            <Alert tone="info" title={t.noExportTitle}>
              {t.noExportText}
            </Alert>
          ) : null}
          <div className="deletion-scope">
            <section aria-labelledby="deletion-destroyed">
              <h3 className="drawer__heading" id="deletion-destroyed">
                {t.destroyed}
              </h3>
              <ul className="deletion-scope__list">
                <li>{t.destroyedAudit(organization.name)}</li>
                <li>{t.destroyedContacts}</li>
              </ul>
            </section>
            <section aria-labelledby="deletion-kept">
              <h3 className="drawer__heading" id="deletion-kept">
                {t.kept}
              </h3>
              <ul className="deletion-scope__list">
                <li>
                  <strong>{t.keptTombstones}</strong>
                  {t.keptTombstonesWhy}
                </li>
                <li>
                  <strong>{t.keptRegister}</strong>
                  {t.keptRegisterWhy}
                </li>
                <li>
                  <strong>{t.keptNotices}</strong>
                  {t.keptNoticesWhy}
                </li>
                <li>{t.keptRecord}</li>
              </ul>
            </section>
            <section aria-labelledby="deletion-backups">
              <h3 className="drawer__heading" id="deletion-backups">
                {t.backups}
              </h3>
              <p className="deletion-scope__text">
                {t.backupsText(BACKUP_CYCLE_DAYS, formatDateTime(backupsGone))}
              </p>
            </section>
          </div>
          <TextField
            label={t.confirmLabel(organization.name)}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            disabled={Boolean(hold)}
            error={nameError}
            hint={t.confirmHint}
            onChange={(e) => setTyped(e.target.value)}
            onBlur={() => setTouched(typed.trim() !== '')}
            data-autofocus={hold ? undefined : true}
          />
          {remove.isError && !serverNameError ? (
            <ProblemAlert error={remove.error} action={t.problemAction} />
          ) : null}
        </DialogBody>
        <DialogFooter>
          {/* A destructive action is never the default: Cancel is where the focus goes first. */}
          <Button
            onClick={onClose}
            disabled={remove.isPending}
            data-autofocus={hold ? true : undefined}
          >
            {words.cancel}
          </Button>
          <Button
            type="submit"
            variant="danger"
            icon={<TrashIcon />}
            loading={remove.isPending}
            disabled={match !== 'match' || Boolean(hold)}
          >
            {t.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
