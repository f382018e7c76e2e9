import { Alert, Button, ExportIcon, ProblemAlert } from '../../components/ui';
import { formatBytes, formatCount } from '../../lib/format';
import type { ExportState } from './queries';

const progressText = (rows: number, bytes: number) =>
  `${formatCount(rows)} ${rows === 1 ? 'row' : 'rows'} · ${formatBytes(bytes)}`;

const FORMAT_NAME = { csv: 'CSV', ndjson: 'NDJSON' } as const;

export interface AuditExportButtonsProps {
  state: ExportState;
  onExport: (format: 'csv' | 'ndjson') => void;
}

export const AuditExportButtons = ({ state, onExport }: AuditExportButtonsProps) => {
  const running = state.status === 'running';
  return (
    <>
      {/* Busy rather than disabled while one runs: the focused button keeps the focus. */}
      <Button
        icon={<ExportIcon />}
        onClick={() => onExport('csv')}
        loading={running && state.format === 'csv'}
        disabled={running && state.format !== 'csv'}
        title="The events matching the filters, as a spreadsheet-safe CSV"
      >
        Export CSV
      </Button>
      <Button
        icon={<ExportIcon />}
        onClick={() => onExport('ndjson')}
        loading={running && state.format === 'ndjson'}
        disabled={running && state.format !== 'ndjson'}
        title="The events matching the filters, one JSON object per line"
      >
        Export NDJSON
      </Button>
    </>
  );
};

export interface AuditExportStatusProps {
  state: ExportState;
  onCancel: () => void;
  onDismiss: () => void;
}

/** Where an export stands: counting as it streams, then saved, cancelled or failed. */
export const AuditExportStatus = ({ state, onCancel, onDismiss }: AuditExportStatusProps) => {
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    return (
      <div className="export-status" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <div className="export-status__text">
          <p className="export-status__title">Exporting {FORMAT_NAME[state.format]}…</p>
          <p className="export-status__progress mono">{progressText(state.rows, state.bytes)}</p>
        </div>
        <div className="progress progress--indeterminate" aria-hidden="true">
          <span />
        </div>
        <Button size="sm" onClick={onCancel}>
          Cancel export
        </Button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="export-status export-status--alert">
        <ProblemAlert error={state.error} action="Export" />
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    );
  }
  return (
    <div className="export-status export-status--alert">
      <Alert
        tone={state.status === 'done' ? 'success' : 'info'}
        title={
          state.status === 'done'
            ? `Export saved: ${progressText(state.rows, state.bytes)}`
            : `Export cancelled after ${progressText(state.rows, state.bytes)}`
        }
      >
        {state.status === 'done' ? (
          <>
            <span className="mono">{state.filename}</span> is in your downloads. The export itself
            is recorded in the audit log.
          </>
        ) : (
          'Nothing was saved.'
        )}
      </Alert>
      <Button size="sm" variant="ghost" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
};
