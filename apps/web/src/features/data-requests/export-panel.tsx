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
import { useMessages } from '../../i18n';
import { formatBytes, formatCount } from '../../lib/format';
import { progressPercent, rowsText } from './archive-progress';
import { dataKindLabel } from './data-request-text';
import { exportMessages } from './export-panel.messages';
import { checkHashes, hashCheckSummary, manifestJson, manifestSummary } from './manifest';
import type { ArchiveState } from './queries';

export interface ArchiveStatusProps {
  state: ArchiveState;
  onCancel: () => void;
  onDismiss: () => void;
}

/** Where a download stands: rows against the total as it streams, then saved, cancelled or failed. */
export const ArchiveStatus = ({ state, onCancel, onDismiss }: ArchiveStatusProps) => {
  const t = useMessages(exportMessages).status;
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    const percent = progressPercent(state.rows, state.total);
    return (
      <div className="export-status archive-status" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <div className="export-status__text">
          <p className="export-status__title">{t.exporting(percent)}</p>
          <p className="export-status__progress mono">
            {rowsText(state.rows, state.total)} · {formatBytes(state.bytes)}
          </p>
        </div>
        {percent === null ? (
          <div className="progress progress--indeterminate" aria-hidden="true">
            <span />
          </div>
        ) : (
          <progress className="archive-progress" max={100} value={percent} aria-label={t.progress}>
            {percent} %
          </progress>
        )}
        <Button size="sm" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="export-status export-status--alert">
        <ProblemAlert error={state.error} action={t.problemAction} />
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </div>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <div className="export-status export-status--alert">
        <Alert tone="info" title={t.cancelled(rowsText(state.rows, state.total))}>
          {t.nothingSaved}
        </Alert>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </div>
    );
  }
  return (
    <div className="export-status export-status--alert">
      <Alert tone="success" title={t.saved(state.rows, formatBytes(state.bytes))}>
        <span className="mono">{state.filename}</span>
        {t.savedFile}
        <span className="mono">manifest.json</span>
        {t.savedRecorded}
      </Alert>
      <Button size="sm" variant="ghost" onClick={onDismiss}>
        {t.dismiss}
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
  const t = useMessages(exportMessages).manifest;
  const checks = hashes ? checkHashes(manifest.files, hashes) : null;
  const summary = checks ? hashCheckSummary(checks) : null;
  return (
    <section className="manifest" aria-label={t.title}>
      <div className="drawer__heading-row">
        <h4 className="drawer__heading">{t.title}</h4>
        <CopyButton size="sm" variant="ghost" text={manifestJson(manifest)} label={t.copy} />
      </div>
      <p className="manifest__summary">
        <span>{manifestSummary(manifest)}</span>
        <span className="muted">
          {t.generated} <Timestamp value={manifest.generatedAt} layout="inline" />
          {fromArchive ? t.fromArchive : ''}
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
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.file}</th>
              <th scope="col" className="numeric">
                {t.rows}
              </th>
              <th scope="col" className="numeric">
                {t.size}
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
                      <span className="table__sub table__sub--danger">{t.otherHash}</span>
                    ) : check === 'missing' ? (
                      <span className="table__sub table__sub--danger">{t.missing}</span>
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
