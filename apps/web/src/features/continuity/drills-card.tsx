import type { Drill } from '@vigil/contracts';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  PlusIcon,
  Skeleton,
  TableSkeleton,
  TargetIcon,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { cardsMessages } from './cards.messages';
import { drillChartData } from './drill-chart-data';
import { drillTypeLabel } from './drill-form';
import { findingSeverityLabel, findingsSummary, SEVERITY_TONE } from './findings';
import { ObjectiveResult } from './objective-result';
import type { useDrills } from './queries';
import { DEFAULT_RPO_HOURS, DEFAULT_RTO_HOURS, formatObjectiveHours } from './recovery-time';

// recharts is large: only the chart needs it, so it downloads after the page is up.
const DrillChart = lazy(() => import('./drill-chart').then((m) => ({ default: m.DrillChart })));

const ChartSkeleton = () => {
  const t = useMessages(cardsMessages).chart;
  return (
    <div className="chart-skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{t.loading}</span>
      <Skeleton variant="block" />
    </div>
  );
};

/** Achieved RTO and RPO per drill against the objectives: the picture an auditor asks for first. */
export const DrillChartCard = ({
  drills,
  tableId,
}: {
  drills: ReturnType<typeof useDrills>;
  tableId: string;
}) => {
  const t = useMessages(cardsMessages).chart;
  const points = drillChartData(drills.data ?? []);
  return (
    <Card
      title={t.title}
      description={t.description(
        formatObjectiveHours(DEFAULT_RTO_HOURS),
        formatObjectiveHours(DEFAULT_RPO_HOURS),
      )}
    >
      {drills.isPending ? (
        <ChartSkeleton />
      ) : drills.isError ? (
        <ErrorState error={drills.error} title={t.error} onRetry={() => void drills.refetch()} />
      ) : points.length === 0 ? (
        <p className="chart-empty">{t.empty}</p>
      ) : (
        <Suspense fallback={<ChartSkeleton />}>
          <DrillChart points={points} tableId={tableId} />
        </Suspense>
      )}
    </Card>
  );
};

const FindingsList = ({ findings }: { findings: Drill['findings'] }) => {
  const t = useMessages(cardsMessages).drills;
  return findings.length === 0 ? (
    <span className="muted">{t.noFindings}</span>
  ) : (
    <div className="drill-findings">
      <span className="table__sub table__sub--flush">{findingsSummary(findings)}</span>
      <ul>
        {findings.map((f, index) => (
          <li key={index} className={f.closedAt ? 'drill-findings__closed' : undefined}>
            <Badge tone={f.closedAt ? 'neutral' : SEVERITY_TONE[f.severity]}>
              {findingSeverityLabel(f.severity)}
            </Badge>{' '}
            {f.description}
            <span className="table__sub">
              {[
                f.ticket ? t.ticket(f.ticket) : t.noTicket,
                f.closedAt
                  ? t.closed(formatDateTime(f.closedAt))
                  : f.dueAt
                    ? t.due(formatDateTime(f.dueAt))
                    : t.noDueDate,
              ].join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
};

const DrillsTable = ({ drills, tableId }: { drills: readonly Drill[]; tableId: string }) => {
  const t = useMessages(cardsMessages).drills;
  return (
    <div className="table-wrap">
      <table className="table drills-table" id={tableId}>
        <caption className="visually-hidden">{t.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.drill}</th>
            <th scope="col">{t.table.interruption}</th>
            <th scope="col">{t.table.rto}</th>
            <th scope="col">{t.table.rpo}</th>
            <th scope="col">{t.table.participants}</th>
            <th scope="col">{t.table.findings}</th>
          </tr>
        </thead>
        <tbody>
          {drills.map((d) => (
            <tr key={d.id} data-drill-id={d.id}>
              <th scope="row" className="drills-table__drill">
                <span className="drills-table__scenario">{d.scenario}</span>
                <span className="inline-stack">
                  <Badge>{drillTypeLabel(d.type)}</Badge>
                  {d.keyPersonnelUnavailable ? (
                    <Badge tone="info" title={t.keyPersonnelHint}>
                      {t.keyPersonnel}
                    </Badge>
                  ) : null}
                </span>
                {d.runId ? (
                  <Link className="table__sub" to={`/runbook-runs/${encodeURIComponent(d.runId)}`}>
                    {t.openRun}
                  </Link>
                ) : null}
                <span className="table__sub">
                  {t.recordedBy(d.recordedBy, formatDateTime(d.recordedAt))}
                </span>
              </th>
              <td>
                <Timestamp value={d.interruptionAt} />
              </td>
              <td>
                <ObjectiveResult
                  kind="RTO"
                  achievedMinutes={d.achievedRtoMinutes}
                  objectiveHours={d.rtoHours}
                  met={d.rtoMet}
                />
              </td>
              <td>
                <ObjectiveResult
                  kind="RPO"
                  achievedMinutes={d.achievedRpoMinutes}
                  objectiveHours={d.rpoHours}
                  met={d.rpoMet}
                />
              </td>
              <td>
                {d.participants.length > 0 ? (
                  <ul className="continuity-list">
                    {d.participants.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>
                <FindingsList findings={d.findings} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** Every DR drill on record, newest first: scenario, who took part, what it achieved and found. */
export const DrillsCard = ({
  drills,
  canRecord,
  onRecord,
  tableId,
}: {
  drills: ReturnType<typeof useDrills>;
  canRecord: boolean;
  onRecord: () => void;
  tableId: string;
}) => {
  const t = useMessages(cardsMessages).drills;
  const items = (drills.data ?? []).toSorted(
    (a, b) => Date.parse(b.interruptionAt) - Date.parse(a.interruptionAt),
  );
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
      {drills.isPending ? (
        <TableSkeleton rows={3} label={t.loading} />
      ) : drills.isError ? (
        <ErrorState error={drills.error} onRetry={() => void drills.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<TargetIcon size="lg" />}
          title={t.empty.title}
          description={t.empty.description}
        />
      ) : (
        <DrillsTable drills={items} tableId={tableId} />
      )}
    </Card>
  );
};
