import { useId, useState } from 'react';
import { canEditServices, canRecordContinuityEvidence } from '../../app/access';
import { Alert, Button, ExportIcon, PageHeader, ProblemAlert } from '../../components/ui';
import { useMessages } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { useCurrentUser } from '../auth/queries';
import { REPORT_HTML_URL } from './api';
import { BackupTestDialog } from './backup-test-dialog';
import { BackupTestsCard } from './backup-tests-card';
import { cardsMessages } from './cards.messages';
import './continuity.css';
import { DrillDialog } from './drill-dialog';
import { DrillChartCard, DrillsCard } from './drills-card';
import { OpenFindingsCard } from './open-findings-card';
import { useBackupTests, useDrills, useReportJson, useSchedule, useServices } from './queries';
import { ScheduleCard } from './schedule-card';
import { ServicesCard } from './services-card';

/**
 * Business continuity in one place: the recovery objectives, when the next backup test and DR
 * drill are due, the evidence of each, and the report an auditor takes away (SOC 2 A1.2, A1.3,
 * CC7.5; ISO 27001 A.5.30, A.8.13).
 */
export const ContinuityPage = () => {
  const t = useMessages(cardsMessages).page;
  const user = useCurrentUser();
  const canRecord = canRecordContinuityEvidence(user.role);
  const services = useServices();
  const schedule = useSchedule();
  const drills = useDrills();
  const tests = useBackupTests();
  const report = useReportJson();
  const [dialog, setDialog] = useState<'backup-test' | 'drill' | null>(null);
  const drillsTableId = useId();

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description(localTimeZone())}
        actions={
          <>
            <Button
              icon={<ExportIcon />}
              loading={report.isPending}
              onClick={() => report.mutate()}
              title={t.downloadHint}
            >
              {t.download}
            </Button>
            <a
              className="button button--secondary"
              href={REPORT_HTML_URL}
              target="_blank"
              rel="noopener noreferrer"
              title={t.printableHint}
            >
              {t.printable}
            </a>
          </>
        }
      />
      <div className="stack">
        {report.isError ? <ProblemAlert error={report.error} action={t.reportAction} /> : null}
        {report.isSuccess ? (
          <Alert tone="success" title={t.saved(report.data.filename)}>
            {t.inDownloads}
          </Alert>
        ) : null}
        <ScheduleCard schedule={schedule} />
        <ServicesCard services={services} canEdit={canEditServices(user.role)} />
        <DrillChartCard drills={drills} tableId={drillsTableId} />
        <DrillsCard
          drills={drills}
          canRecord={canRecord}
          onRecord={() => setDialog('drill')}
          tableId={drillsTableId}
        />
        <BackupTestsCard
          tests={tests}
          services={services.data ?? []}
          canRecord={canRecord}
          onRecord={() => setDialog('backup-test')}
        />
        <OpenFindingsCard drills={drills} />
      </div>
      {dialog === 'backup-test' ? (
        <BackupTestDialog services={services.data ?? []} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'drill' ? (
        <DrillDialog services={services.data ?? []} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
};
