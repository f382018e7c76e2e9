import type { DataRequest, Organization } from '@vigil/contracts';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  DatabaseIcon,
  EmptyState,
  ErrorState,
  ExportIcon,
  PlusIcon,
  ShieldCheckIcon,
  TableSkeleton,
  Timestamp,
  TrashIcon,
} from '../../components/ui';
import { formatCount } from '../../lib/format';
import { useCurrentUser } from '../auth/queries';
import { useSecondClock } from '../deadlines/use-second-clock';
import { CertificateDialog } from './certificate-dialog';
import { canManageDataRequests } from './data-request-access';
import { DataRequestItem, type RequestAction } from './data-request-item';
import {
  assigneeOptions,
  BACKUP_CYCLE_DAYS,
  isOpenRequest,
  requestClockState,
  sortByClock,
  WINDOW_DAYS,
} from './data-request-text';
import { DeleteDataDialog } from './delete-data-dialog';
import { EditRequestDialog } from './edit-request-dialog';
import { LegalHoldStatus, LiftLegalHoldDialog, SetLegalHoldDialog } from './legal-hold';
import { NewRequestDialog } from './new-request-dialog';
import {
  useArchiveDownload,
  useAssigneeCandidates,
  useOrganizationRequests,
  type ArchiveState,
} from './queries';

type OpenDialog =
  | { kind: 'new' }
  | { kind: 'hold' }
  | { kind: 'lift' }
  | { kind: 'edit'; id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'certificate'; id: string; justIssued: boolean };

const IDLE: ArchiveState = { status: 'idle' };

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** The organization page's "Client data": the hold, the requests and their 30-day clocks. */
const ClientData = ({ organization }: { organization: Organization }) => {
  const user = useCurrentUser();
  const requests = useOrganizationRequests(organization.id);
  const candidates = useAssigneeCandidates(user.role === 'admin');
  const archive = useArchiveDownload();
  const now = useSecondClock();
  const [params] = useSearchParams();
  const focusedId = params.get('request');
  const [dialog, setDialog] = useState<OpenDialog | null>(null);

  const items = useMemo(() => sortByClock(requests.data ?? [], now), [requests.data, now]);
  const open = items.filter(isOpenRequest);
  const overdue = open.filter((r) => requestClockState(r, now) === 'overdue').length;
  const acting =
    dialog && 'id' in dialog && dialog.kind !== 'certificate'
      ? items.find((r) => r.id === dialog.id)
      : undefined;
  const assignees = useMemo(
    () => assigneeOptions(user, candidates.data, acting?.assignee ?? null),
    [user, candidates.data, acting?.assignee],
  );

  const running = archive.state.status === 'running' ? archive.state.requestId : null;
  const close = useCallback(() => setDialog(null), []);
  const onAction = useCallback((action: RequestAction, r: DataRequest) => {
    if (action === 'certificate') {
      if (r.certificateId)
        setDialog({ kind: 'certificate', id: r.certificateId, justIssued: false });
    } else {
      setDialog({ kind: action, id: r.id });
    }
  }, []);
  const { start, cancel, dismiss } = archive;

  const description = requests.data
    ? open.length === 0
      ? `Nothing pending. Each export or deletion is due ${WINDOW_DAYS} days after the client asks.`
      : [plural(open.length, 'open request'), overdue ? `${formatCount(overdue)} overdue` : null]
          .filter(Boolean)
          .join(' · ') + `. Each is due ${WINDOW_DAYS} days after the client asked.`
    : 'The client’s data stays theirs: a full export on request, deletion within 30 days.';

  return (
    <>
      <Card
        className="client-data"
        title="Client data"
        description={description}
        flush
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ kind: 'new' })}>
            New request
          </Button>
        }
      >
        <div id="client-data" className="client-data__body">
          <LegalHoldStatus
            organization={organization}
            onSet={() => setDialog({ kind: 'hold' })}
            onLift={() => setDialog({ kind: 'lift' })}
          />
          {organization.dataDestroyedAt ? (
            <div className="client-data__destroyed">
              <Alert tone="info" title="This client's data was destroyed">
                On <Timestamp value={organization.dataDestroyedAt} layout="inline" />. The
                organization stays as the record; the certificate is on the deletion request below.
              </Alert>
            </div>
          ) : null}
          {requests.isPending ? (
            <TableSkeleton rows={3} label="Loading the data requests" />
          ) : requests.isError && !requests.data ? (
            <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={<DatabaseIcon size="lg" />}
              title="No data requests"
              description={`When ${organization.name} asks for its data, or its contract ends, record it here: the ${WINDOW_DAYS}-day clock starts from the ask.`}
              items={[
                {
                  icon: <ExportIcon />,
                  title: 'Full export',
                  description: 'Every record as NDJSON, with counts and a SHA-256 per file.',
                },
                {
                  icon: <TrashIcon />,
                  title: 'Deletion',
                  description: `Confirmed by typing the name; backups age out within ${BACKUP_CYCLE_DAYS} days.`,
                },
                {
                  icon: <ShieldCheckIcon />,
                  title: 'Certificate',
                  description: 'Signed: what was destroyed, what was kept and why.',
                },
              ]}
            />
          ) : (
            <div className="data-request-list">
              {items.map((r) => (
                <DataRequestItem
                  key={r.id}
                  request={r}
                  now={now}
                  archive={
                    archive.state.status !== 'idle' && archive.state.requestId === r.id
                      ? archive.state
                      : IDLE
                  }
                  otherDownloading={running !== null && running !== r.id}
                  focused={focusedId === r.id}
                  onDownload={start}
                  onCancelDownload={cancel}
                  onDismissDownload={dismiss}
                  onAction={onAction}
                />
              ))}
            </div>
          )}
        </div>
      </Card>

      {dialog?.kind === 'new' ? (
        <NewRequestDialog organization={organization} assignees={assignees} onClose={close} />
      ) : null}
      {dialog?.kind === 'hold' ? (
        <SetLegalHoldDialog organization={organization} onClose={close} />
      ) : null}
      {dialog?.kind === 'lift' ? (
        <LiftLegalHoldDialog organization={organization} onClose={close} />
      ) : null}
      {dialog?.kind === 'edit' && acting ? (
        <EditRequestDialog request={acting} assignees={assignees} onClose={close} />
      ) : null}
      {dialog?.kind === 'delete' && acting ? (
        <DeleteDataDialog
          organization={organization}
          request={acting}
          onClose={close}
          onDeleted={(done) =>
            setDialog(
              done.certificateId
                ? { kind: 'certificate', id: done.certificateId, justIssued: true }
                : null,
            )
          }
        />
      ) : null}
      {dialog?.kind === 'certificate' ? (
        <CertificateDialog
          certificateId={dialog.id}
          justIssued={dialog.justIssued}
          onClose={close}
        />
      ) : null}
    </>
  );
};

/** Rendered for the DPO and admins, who run clients' data requests; nothing for anyone else. */
export const ClientDataSection = ({ organization }: { organization: Organization }) => {
  const user = useCurrentUser();
  return canManageDataRequests(user.role) ? <ClientData organization={organization} /> : null;
};
