import type { DataRequest } from '@vigil/contracts';
import { memo, useEffect, useRef } from 'react';
import {
  Badge,
  Button,
  ExportIcon,
  PencilIcon,
  ShieldCheckIcon,
  Timestamp,
  TrashIcon,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { clientDataMessages } from './client-data.messages';
import { requestClockState, STATUS_META, isOpenRequest } from './data-request-text';
import { ArchiveStatus, ManifestView } from './export-panel';
import { requestMessages } from './messages';
import type { ArchiveState } from './queries';
import { RequestClockBadge, RequestDue, requestTitle } from './request-badges';
import { RequestHistory } from './request-history';

export type RequestAction = 'edit' | 'delete' | 'certificate';

export interface DataRequestItemProps {
  request: DataRequest;
  now: number;
  /** The download of this request, or idle when another (or none) runs. */
  archive: ArchiveState;
  /** Another request's archive is downloading: one at a time. */
  otherDownloading: boolean;
  /** Opened from a link to this request (the Deadlines board): scrolled into view. */
  focused: boolean;
  onDownload: (request: DataRequest) => void;
  onCancelDownload: () => void;
  onDismissDownload: () => void;
  onAction: (action: RequestAction, request: DataRequest) => void;
}

/** One request: its 30-day clock, who has it, the export and its manifest, deletion, history. */
export const DataRequestItem = memo(function DataRequestItem({
  request: r,
  now,
  archive,
  otherDownloading,
  focused,
  onDownload,
  onCancelDownload,
  onDismissDownload,
  onAction,
}: DataRequestItemProps) {
  const t = useMessages(clientDataMessages).item;
  const unassigned = useMessages(requestMessages).unassigned;
  const ref = useRef<HTMLElement>(null);
  const state = requestClockState(r, now);
  const open = isOpenRequest(r);
  const titleId = `data-request-${r.id}-title`;
  const downloading = archive.status === 'running';
  const deleted = r.kind === 'deletion' && r.status === 'completed';
  const manifest = r.exportManifest ?? (archive.status === 'done' ? archive.manifest : null);

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'center' });
  }, [focused]);

  return (
    <article
      ref={ref}
      className={`data-request data-request--${state}${focused ? ' data-request--focused' : ''}`}
      aria-labelledby={titleId}
      data-request-id={r.id}
    >
      <header className="data-request__header">
        <div className="data-request__title-row">
          <h3 className="data-request__title" id={titleId}>
            {requestTitle(r)}
          </h3>
          <RequestClockBadge state={state} />
          {open ? (
            <Badge tone={STATUS_META[r.status].tone}>{STATUS_META[r.status].label}</Badge>
          ) : null}
        </div>
        <div className="action-group data-request__actions">
          {!deleted && r.status !== 'rejected' ? (
            <Button
              size="sm"
              icon={<ExportIcon />}
              onClick={() => onDownload(r)}
              loading={downloading}
              disabled={otherDownloading}
              title={t.downloadHint}
            >
              {t.download}
            </Button>
          ) : null}
          {r.kind === 'deletion' && open ? (
            <Button
              size="sm"
              variant="danger"
              icon={<TrashIcon />}
              onClick={() => onAction('delete', r)}
            >
              {t.deleteData}
            </Button>
          ) : null}
          {r.certificateId ? (
            <Button
              size="sm"
              variant="primary"
              icon={<ShieldCheckIcon />}
              onClick={() => onAction('certificate', r)}
            >
              {t.viewCertificate}
            </Button>
          ) : null}
          {open ? (
            <Button
              size="sm"
              variant="ghost"
              icon={<PencilIcon />}
              onClick={() => onAction('edit', r)}
            >
              {t.edit}
            </Button>
          ) : null}
        </div>
      </header>
      <dl className="data-request__facts">
        <div>
          <dt>{t.requested}</dt>
          <dd>
            <Timestamp value={r.requestedAt} />
          </dd>
        </div>
        <div>
          <dt>{t.due}</dt>
          <dd>
            <RequestDue request={r} state={state} now={now} />
          </dd>
        </div>
        <div>
          <dt>{t.assignee}</dt>
          <dd>{r.assignee ? r.assignee.email : <span className="muted">{unassigned}</span>}</dd>
        </div>
        {r.note ? (
          <div className="data-request__note">
            <dt>{t.note}</dt>
            <dd>{r.note}</dd>
          </div>
        ) : null}
      </dl>
      <ArchiveStatus state={archive} onCancel={onCancelDownload} onDismiss={onDismissDownload} />
      {manifest ? (
        <ManifestView
          manifest={manifest}
          hashes={archive.status === 'done' ? archive.hashes : undefined}
          fromArchive={!r.exportManifest}
        />
      ) : null}
      <RequestHistory events={r.history} />
    </article>
  );
});
