import type { ExportManifest } from '@vigil/contracts';
import {
  Alert,
  Badge,
  Button,
  CheckIcon,
  CopyButton,
  ErrorIcon,
  ProblemAlert,
  Timestamp,
} from '../../components/ui';
import { formatBytes, formatCount } from '../../lib/format';
import { progressPercent, rowsText } from './archive-progress';
import { dataKindLabel } from './data-request-text';
import { checkHashes, hashCheckSummary, manifestJson, manifestSummary } from './manifest';
import type { ArchiveState } from './queries';

export interface ArchiveStatusProps {
  state: ArchiveState;
  onCancel: () => void;
  onDismiss: () => void;
}

/** Where a download stands: rows against the total as it streams, then saved, cancelled or failed. */
export const ArchiveStatus = ({ state, onCancel, onDismiss }: ArchiveStatusProps) => {
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    const percent = progressPercent(state.rows, state.total);
    return (
      <div className="export-status archive-status" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <div className="export-status__text">
          <p className="export-status__title">
            Exporting the client&apos;s data{percent === null ? '…' : `: ${percent} %`}
          </p>
          <p className="export-status__progress mono">
            {rowsText(state.rows, state.total)} · {formatBytes(state.bytes)}
          </p>
        </div>
        {percent === null ? (
          <div className="progress progress--indeterminate" aria-hidden="true">
            <span />
          </div>
        ) : (
          <progress
            className="archive-progress"
            max={100}
            value={percent}
            aria-label="Export progress"
          >
            {percent} %
          </progress>
        )}
        <Button size="sm" onClick={onCancel}>
          Cancel export
        </Button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="export-status export-status--alert">
        <ProblemAlert error={state.error} action="The export" />
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <div className="export-status export-status--alert">
        <Alert tone="info" title={`Export cancelled after ${rowsText(state.rows, state.total)}`}>
          Nothing was saved.
        </Alert>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    );
  }
  return (
    <div className="export-status export-status--alert">
      <Alert
        tone="success"
        title={`Export saved: ${formatCount(state.rows)} ${state.rows === 1 ? 'row' : 'rows'} · ${formatBytes(state.bytes)}`}
      >
        <span className="mono">{state.filename}</span> is in your downloads: one NDJSON file per
        kind of data and a <span className="mono">manifest.json</span>. The export is recorded in
        the request&apos;s history and the audit log.
      </Alert>
      <Button size="sm" variant="ghost" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
};

export interface ManifestViewProps {
  manifest: ExportManifest;
  /** SHA-256 per file of the archive just saved, when this browser computed them. */
  hashes?: ReadonlyMap<string, string> | null;
  /** The server has not recorded the manifest yet: this one was read from the archive. */
  fromArchive?: boolean;
}

/** What the archive holds: each file, its rows, its size and the SHA-256 the client can check. */
export const ManifestView = ({ manifest, hashes, fromArchive = false }: ManifestViewProps) => {
  const checks = hashes ? checkHashes(manifest.files, hashes) : null;
  const summary = checks ? hashCheckSummary(checks) : null;
  return (
    <section className="manifest" aria-label="Export manifest">
      <div className="drawer__heading-row">
        <h4 className="drawer__heading">Export manifest</h4>
        <CopyButton size="sm" variant="ghost" text={manifestJson(manifest)} label="Copy manifest" />
      </div>
      <p className="manifest__summary">
        <span>{manifestSummary(manifest)}</span>
        <span className="muted">
          generated <Timestamp value={manifest.generatedAt} layout="inline" />
          {fromArchive ? ' · read from the archive saved' : ''}
        </span>
        {summary ? (
          <Badge
            tone={summary.tone}
            icon={summary.tone === 'success' ? <CheckIcon /> : <ErrorIcon />}
          >
            {summary.text}
          </Badge>
        ) : null}
      </p>
      <div className="table-wrap">
        <table className="table table--compact manifest__table">
          <caption className="visually-hidden">Files of the export, with their SHA-256</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="numeric">
                Rows
              </th>
              <th scope="col" className="numeric">
                Size
              </th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {manifest.files.map((f) => {
              const check = checks?.get(f.name);
              return (
                <tr key={f.name} data-file={f.name}>
                  <td>
                    <div className="cell-stack">
                      <span className="mono">{f.name}</span>
                      <span className="cell-stack__sub">{dataKindLabel(f.kind)}</span>
                    </div>
                  </td>
                  <td className="numeric">{formatCount(f.count)}</td>
                  <td className="numeric">{formatBytes(f.bytes)}</td>
                  <td>
                    <code className="mono break-all manifest__hash">{f.sha256}</code>
                    {check === 'mismatch' ? (
                      <span className="table__sub table__sub--danger">
                        The file saved has another hash
                      </span>
                    ) : check === 'missing' ? (
                      <span className="table__sub table__sub--danger">Not in the file saved</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
};
