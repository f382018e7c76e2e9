import { Alert, Button, ExportIcon, ProblemAlert } from '../../components/ui';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import type { ExportState } from './queries';

const FORMAT_NAME = { csv: 'CSV', ndjson: 'NDJSON' } as const;

export interface AuditExportButtonsProps {
  state: ExportState;
  onExport: (format: 'csv' | 'ndjson') => void;
}

export const AuditExportButtons = ({ state, onExport }: AuditExportButtonsProps) => {
  const t = useMessages(messages).export;
  const running = state.status === 'running';
  return (
    <>
      {/* Busy rather than disabled while one runs: the focused button keeps the focus. */}
      <Button
        icon={<ExportIcon />}
        onClick={() => onExport('csv')}
        loading={running && state.format === 'csv'}
        disabled={running && state.format !== 'csv'}
        title={t.csvHint}
      >
        {t.csv}
      </Button>
      <Button
        icon={<ExportIcon />}
        onClick={() => onExport('ndjson')}
        loading={running && state.format === 'ndjson'}
        disabled={running && state.format !== 'ndjson'}
        title={t.ndjsonHint}
      >
        {t.ndjson}
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
  const t = useMessages(messages).export;
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    return (
      <div className="export-status" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <div className="export-status__text">
          <p className="export-status__title">{t.running(FORMAT_NAME[state.format])}</p>
          <p className="export-status__progress mono">{t.progress(state.rows, state.bytes)}</p>
        </div>
        <div className="progress progress--indeterminate" aria-hidden="true">
          <span />
        </div>
        <Button size="sm" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="export-status export-status--alert">
        <ProblemAlert error={state.error} action={t.action} />
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </div>
    );
  }
  const progress = t.progress(state.rows, state.bytes);
  return (
    <div className="export-status export-status--alert">
      {state.status === 'done' ? (
        <Alert tone="success" title={t.saved(progress)}>
          <span className="mono">{state.filename}</span>
          {t.savedBody}
        </Alert>
      ) : (
        <Alert tone="info" title={t.cancelled(progress)}>
          {t.nothingSaved}
        </Alert>
      )}
      <Button size="sm" variant="ghost" onClick={onDismiss}>
        {t.dismiss}
      </Button>
    </div>
  );
};
