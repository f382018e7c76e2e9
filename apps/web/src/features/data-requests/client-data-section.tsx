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
import { useMessages } from '../../i18n';
import { useCurrentUser } from '../auth/queries';
import { useSecondClock } from '../deadlines/use-second-clock';
import { CertificateDialog } from './certificate-dialog';
import { clientDataMessages } from './client-data.messages';
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

/** The organization page's "Client data": the hold, the requests and their 30-day clocks. */
const ClientData = ({ organization }: { organization: Organization }) => {
  const t = useMessages(clientDataMessages).section;
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

  const description = !requests.data
    ? t.loadingDescription
    : open.length === 0
      ? t.noneOpen(WINDOW_DAYS)
      : t.openSummary(open.length, overdue, WINDOW_DAYS);

  return (
    <>
      <Card
        className="client-data"
        title={t.title}
        description={description}
        flush
        actions={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ kind: 'new' })}>
            {t.newRequest}
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
              <Alert tone="info" title={t.destroyedTitle}>
                {t.destroyedOn} <Timestamp value={organization.dataDestroyedAt} layout="inline" />
                {t.destroyedRest}
              </Alert>
            </div>
          ) : null}
          {requests.isPending ? (
            <TableSkeleton rows={3} label={t.loading} />
          ) : requests.isError && !requests.data ? (
            <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={<DatabaseIcon size="lg" />}
              title={t.emptyTitle}
              description={t.emptyDescription(organization.name, WINDOW_DAYS)}
              items={[
                { icon: <ExportIcon />, title: t.emptyExport, description: t.emptyExportText },
                {
                  icon: <TrashIcon />,
                  title: t.emptyDeletion,
                  description: t.emptyDeletionText(BACKUP_CYCLE_DAYS),
                },
                {
                  icon: <ShieldCheckIcon />,
                  title: t.emptyCertificate,
                  description: t.emptyCertificateText,
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
