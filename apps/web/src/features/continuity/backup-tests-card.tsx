import type { BackupTest, Service } from '@vigil/contracts';
import {
  Badge,
  Button,
  Card,
  CheckIcon,
  CloseIcon,
  DatabaseIcon,
  EmptyState,
  ErrorState,
  PlusIcon,
  TableSkeleton,
  Timestamp,
  type BadgeTone,
} from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { BACKUP_RESULTS } from './backup-test-form';
import type { useBackupTests } from './queries';
import { formatRecoveryMinutes } from './recovery-time';

const RESULT_TONE: Record<BackupTest['result'], BadgeTone> = {
  passed: 'success',
  partial: 'warning',
  failed: 'danger',
};

const resultLabel = (result: BackupTest['result']) =>
  BACKUP_RESULTS.find((r) => r.value === result)?.label ?? result;

const Checks = ({ checks }: { checks: BackupTest['integrityChecks'] }) =>
  checks.length === 0 ? (
    <span className="table__sub table__sub--danger table__sub--flush">No integrity check</span>
  ) : (
    <ul className="integrity-checks">
      {checks.map((c, index) => (
        <li key={index} className={c.passed ? undefined : 'integrity-checks__failed'}>
          <span className="integrity-checks__icon" aria-hidden="true">
            {c.passed ? <CheckIcon /> : <CloseIcon />}
          </span>
          <span>
            <strong>{c.method}</strong>{' '}
            <span className="visually-hidden">{c.passed ? 'passed' : 'failed'}</span>
            {c.expected || c.actual ? (
              <span className="table__sub table__sub--flush">
                expected <span className="mono">{c.expected || '—'}</span> · actual{' '}
                <span className="mono">{c.actual || '—'}</span>
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );

const BackupTestsTable = ({
  tests,
  serviceNames,
}: {
  tests: readonly BackupTest[];
  serviceNames: ReadonlyMap<string, string>;
}) => (
  <div className="table-wrap">
    <table className="table backup-tests-table">
      <caption className="visually-hidden">Backup restore tests, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Restored</th>
          <th scope="col">From the backup of</th>
          <th scope="col">Restore</th>
          <th scope="col">Integrity checks</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {tests.map((t) => (
          <tr key={t.id} data-backup-test-id={t.id}>
            <th scope="row" className="backup-tests-table__what">
              <span className="backup-tests-table__restored">{t.restoredWhat}</span>
              {t.serviceId ? (
                <span className="table__sub">{serviceNames.get(t.serviceId) ?? t.serviceId}</span>
              ) : null}
              {t.notes ? <span className="table__sub">{t.notes}</span> : null}
              <span className="table__sub">
                Recorded by {t.recordedBy} · {formatDateTime(t.recordedAt)}
              </span>
            </th>
            <td>
              <Timestamp value={t.backupTakenAt} />
            </td>
            <td>
              <span className="backup-tests-table__duration">
                {formatRecoveryMinutes(t.durationMinutes)}
              </span>
              <span className="table__sub">
                <time dateTime={t.startedAt}>{formatDateTime(t.startedAt)}</time> to{' '}
                <time dateTime={t.finishedAt}>{formatDateTime(t.finishedAt)}</time>
              </span>
            </td>
            <td>
              <Checks checks={t.integrityChecks} />
            </td>
            <td>
              <Badge tone={RESULT_TONE[t.result]} dot>
                {resultLabel(t.result)}
              </Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** Restores proven from real backups, with the checks that show the data came back whole. */
export const BackupTestsCard = ({
  tests,
  services,
  canRecord,
  onRecord,
}: {
  tests: ReturnType<typeof useBackupTests>;
  services: readonly Service[];
  canRecord: boolean;
  onRecord: () => void;
}) => {
  const items = (tests.data ?? []).toSorted(
    (a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt),
  );
  const serviceNames = new Map(services.map((s) => [s.id, s.name]));
  return (
    <Card
      flush
      title="Backup tests"
      description="Restores from real backups to a non-production environment, with the checks (row counts, checksums) that prove the data is complete and intact."
      actions={
        canRecord ? (
          <Button icon={<PlusIcon />} onClick={onRecord}>
            Record backup test
          </Button>
        ) : undefined
      }
    >
      {tests.isPending ? (
        <TableSkeleton rows={3} label="Loading backup tests" />
      ) : tests.isError ? (
        <ErrorState error={tests.error} onRetry={() => void tests.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<DatabaseIcon size="lg" />}
          title="No backup test recorded yet"
          description="A backup counts once it has been restored: record what was restored, from which backup, and the integrity checks that matched."
        />
      ) : (
        <BackupTestsTable tests={items} serviceNames={serviceNames} />
      )}
    </Card>
  );
};
