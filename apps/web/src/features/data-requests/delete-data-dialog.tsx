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
import { formatDateTime } from '../../lib/format';
import { serverFieldErrors } from '../../lib/form-errors';
import { BACKUP_CYCLE_DAYS, confirmNameState } from './data-request-text';
import { useConfirmDeletion } from './queries';

export interface DeleteDataDialogProps {
  organization: Organization;
  request: DataRequest;
  onClose: () => void;
  /** The deletion went through: the request, completed, names its certificate. */
  onDeleted: (request: DataRequest) => void;
}

const NAME_ERRORS = {
  case: 'The capitals differ: type the name exactly as shown.',
  mismatch: 'This is not the organization’s name.',
} as const;

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
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const remove = useConfirmDeletion();
  const hold = organization.legalHold;
  const match = confirmNameState(typed, organization.name);
  const serverNameError = serverFieldErrors(remove.error).confirmName;
  const nameError =
    touched && (match === 'case' || match === 'mismatch') ? NAME_ERRORS[match] : serverNameError;
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
      title={`Delete ${organization.name}'s data`}
      description="This cannot be undone. A signed certificate of destruction is issued at the end."
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          {hold ? (
            <Alert tone="warning" title="Deletion is on legal hold">
              {hold.reason} Nothing can be destroyed until the hold is lifted on this page.
            </Alert>
          ) : null}
          {!request.exportManifest ? (
            <Alert tone="info" title="No export has been produced for this request">
              If the client wants their data back, download the export first: after this, it is
              gone.
            </Alert>
          ) : null}
          <div className="deletion-scope">
            <section aria-labelledby="deletion-destroyed">
              <h3 className="drawer__heading" id="deletion-destroyed">
                Destroyed
              </h3>
              <ul className="deletion-scope__list">
                <li>
                  The content of every audit event of {organization.name}: actors, targets, IP
                  addresses, user agents and metadata.
                </li>
                <li>Its contacts, and the notice drafts addressed to it.</li>
              </ul>
            </section>
            <section aria-labelledby="deletion-kept">
              <h3 className="drawer__heading" id="deletion-kept">
                Kept, and why
              </h3>
              <ul className="deletion-scope__list">
                <li>
                  <strong>Audit events as tombstones</strong>: each keeps only its sequence number
                  and hash, so the hash chain still verifies and shows these records were destroyed.
                </li>
                <li>
                  <strong>Incident register entries</strong>, with the client&apos;s contact details
                  removed: the law requires breach records to be kept (Québec Law 25 Regulation s.
                  7, 5 years; PIPEDA s. 10.3, 24 months).
                </li>
                <li>
                  <strong>Notices sent</strong>: date, channel and content hash, the proof a breach
                  was notified; recipient addresses reduced to the organization&apos;s name.
                </li>
                <li>The organization itself, this request and its history, and the certificate.</li>
              </ul>
            </section>
            <section aria-labelledby="deletion-backups">
              <h3 className="drawer__heading" id="deletion-backups">
                Backups
              </h3>
              <p className="deletion-scope__text">
                Backups are never edited: they expire on their own {BACKUP_CYCLE_DAYS}-day cycle, so
                the last copy holding this data is gone by about {formatDateTime(backupsGone)}. The
                certificate states the exact time.
              </p>
            </section>
          </div>
          <TextField
            label={`Type “${organization.name}” to confirm`}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            disabled={Boolean(hold)}
            error={nameError}
            hint="The organization’s name, exactly as shown."
            onChange={(e) => setTyped(e.target.value)}
            onBlur={() => setTouched(typed.trim() !== '')}
            data-autofocus={hold ? undefined : true}
          />
          {remove.isError && !serverNameError ? (
            <ProblemAlert error={remove.error} action="Deletion" />
          ) : null}
        </DialogBody>
        <DialogFooter>
          {/* A destructive action is never the default: Cancel is where the focus goes first. */}
          <Button
            onClick={onClose}
            disabled={remove.isPending}
            data-autofocus={hold ? true : undefined}
          >
            Cancel
          </Button>
          <Button
            type="submit"
            variant="danger"
            icon={<TrashIcon />}
            loading={remove.isPending}
            disabled={match !== 'match' || Boolean(hold)}
          >
            Delete data permanently
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
