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
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { backupResultLabel } from './backup-test-form';
import { cardsMessages } from './cards.messages';
import type { useBackupTests } from './queries';
import { formatRecoveryMinutes } from './recovery-time';

const RESULT_TONE: Record<BackupTest['result'], BadgeTone> = {
  passed: 'success',
  partial: 'warning',
  failed: 'danger',
};

const Checks = ({ checks }: { checks: BackupTest['integrityChecks'] }) => {
  const t = useMessages(cardsMessages).backupTests;
  return checks.length === 0 ? (
    <span className="table__sub table__sub--danger table__sub--flush">{t.noChecks}</span>
  ) : (
    <ul className="integrity-checks">
      {checks.map((c, index) => (
        <li key={index} className={c.passed ? undefined : 'integrity-checks__failed'}>
          <span className="integrity-checks__icon" aria-hidden="true">
            {c.passed ? <CheckIcon /> : <CloseIcon />}
          </span>
          <span>
            <strong>{c.method}</strong>{' '}
            <span className="visually-hidden">{c.passed ? t.checkPassed : t.checkFailed}</span>
            {c.expected || c.actual ? (
              <span className="table__sub table__sub--flush">
                {t.expected}
                <span className="mono">{c.expected || '—'}</span>
                {t.actual}
                <span className="mono">{c.actual || '—'}</span>
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
};

const BackupTestsTable = ({
  tests,
  serviceNames,
}: {
  tests: readonly BackupTest[];
  serviceNames: ReadonlyMap<string, string>;
}) => {
  const t = useMessages(cardsMessages).backupTests;
  return (
    <div className="table-wrap">
      <table className="table backup-tests-table">
        <caption className="visually-hidden">{t.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.restored}</th>
            <th scope="col">{t.table.backupOf}</th>
            <th scope="col">{t.table.restore}</th>
            <th scope="col">{t.table.checks}</th>
            <th scope="col">{t.table.result}</th>
          </tr>
        </thead>
        <tbody>
          {tests.map((test) => (
            <tr key={test.id} data-backup-test-id={test.id}>
              <th scope="row" className="backup-tests-table__what">
                <span className="backup-tests-table__restored">{test.restoredWhat}</span>
                {test.serviceId ? (
                  <span className="table__sub">
                    {serviceNames.get(test.serviceId) ?? test.serviceId}
                  </span>
                ) : null}
                {test.notes ? <span className="table__sub">{test.notes}</span> : null}
                <span className="table__sub">
                  {t.recordedBy(test.recordedBy, formatDateTime(test.recordedAt))}
                </span>
              </th>
              <td>
                <Timestamp value={test.backupTakenAt} />
              </td>
              <td>
                <span className="backup-tests-table__duration">
                  {formatRecoveryMinutes(test.durationMinutes)}
                </span>
                <span className="table__sub">
                  {t.rangeFrom}
                  <time dateTime={test.startedAt}>{formatDateTime(test.startedAt)}</time>
                  {t.rangeTo}
                  <time dateTime={test.finishedAt}>{formatDateTime(test.finishedAt)}</time>
                </span>
              </td>
              <td>
                <Checks checks={test.integrityChecks} />
              </td>
              <td>
                <Badge tone={RESULT_TONE[test.result]} dot>
                  {backupResultLabel(test.result)}
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

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
  const t = useMessages(cardsMessages).backupTests;
  const items = (tests.data ?? []).toSorted(
    (a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt),
  );
  const serviceNames = new Map(services.map((s) => [s.id, s.name]));
  return (
    <Card
      flush
      title={t.title}
      description={t.description}
      actions={
        canRecord ? (
          <Button icon={<PlusIcon />} onClick={onRecord}>
            {t.record}
          </Button>
        ) : undefined
      }
    >
      {tests.isPending ? (
        <TableSkeleton rows={3} label={t.loading} />
      ) : tests.isError ? (
        <ErrorState error={tests.error} onRetry={() => void tests.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<DatabaseIcon size="lg" />}
          title={t.empty.title}
          description={t.empty.description}
        />
      ) : (
        <BackupTestsTable tests={items} serviceNames={serviceNames} />
      )}
    </Card>
  );
};
