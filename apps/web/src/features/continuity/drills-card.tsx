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
import { formatDateTime } from '../../lib/format';
import { drillChartData } from './drill-chart-data';
import { drillTypeLabel } from './drill-form';
import { findingsSummary, SEVERITY_META } from './findings';
import { ObjectiveResult } from './objective-result';
import type { useDrills } from './queries';
import { DEFAULT_RPO_HOURS, DEFAULT_RTO_HOURS, formatObjectiveHours } from './recovery-time';

// recharts is large: only the chart needs it, so it downloads after the page is up.
const DrillChart = lazy(() => import('./drill-chart').then((m) => ({ default: m.DrillChart })));

const ChartSkeleton = () => (
  <div className="chart-skeleton" role="status" aria-busy="true">
    <span className="visually-hidden">Loading the chart…</span>
    <Skeleton variant="block" />
  </div>
);

/** Achieved RTO and RPO per drill against the objectives: the picture an auditor asks for first. */
export const DrillChartCard = ({
  drills,
  tableId,
}: {
  drills: ReturnType<typeof useDrills>;
  tableId: string;
}) => {
  const points = drillChartData(drills.data ?? []);
  return (
    <Card
      title="Recovery against objectives"
      description={`Achieved RTO and RPO of each drill that measured them, in hours, against its objectives: the company's ${formatObjectiveHours(DEFAULT_RTO_HOURS)} and ${formatObjectiveHours(DEFAULT_RPO_HOURS)} unless its services name tighter ones.`}
    >
      {drills.isPending ? (
        <ChartSkeleton />
      ) : drills.isError ? (
        <ErrorState
          error={drills.error}
          title="The chart could not be loaded"
          onRetry={() => void drills.refetch()}
        />
      ) : points.length === 0 ? (
        <p className="chart-empty">
          No drill has measured a recovery yet. A functional restore or a failover records when
          service was restored and which recovery point was used.
        </p>
      ) : (
        <Suspense fallback={<ChartSkeleton />}>
          <DrillChart points={points} tableId={tableId} />
        </Suspense>
      )}
    </Card>
  );
};

const FindingsList = ({ findings }: { findings: Drill['findings'] }) =>
  findings.length === 0 ? (
    <span className="muted">None</span>
  ) : (
    <div className="drill-findings">
      <span className="table__sub table__sub--flush">{findingsSummary(findings)}</span>
      <ul>
        {findings.map((f, index) => (
          <li key={index} className={f.closedAt ? 'drill-findings__closed' : undefined}>
            <Badge tone={f.closedAt ? 'neutral' : SEVERITY_META[f.severity].tone}>
              {SEVERITY_META[f.severity].label}
            </Badge>{' '}
            {f.description}
            <span className="table__sub">
              {[
                f.ticket ? `Ticket ${f.ticket}` : 'No ticket',
                f.closedAt
                  ? `closed ${formatDateTime(f.closedAt)}`
                  : f.dueAt
                    ? `due ${formatDateTime(f.dueAt)}`
                    : 'no due date',
              ].join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );

const DrillsTable = ({ drills, tableId }: { drills: readonly Drill[]; tableId: string }) => (
  <div className="table-wrap">
    <table className="table drills-table" id={tableId}>
      <caption className="visually-hidden">
        DR drills, newest first, with the achieved RTO and RPO against their objectives
      </caption>
      <thead>
        <tr>
          <th scope="col">Drill</th>
          <th scope="col">Interruption</th>
          <th scope="col">RTO</th>
          <th scope="col">RPO</th>
          <th scope="col">Participants</th>
          <th scope="col">Findings</th>
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
                  <Badge tone="info" title="Run without someone the plan relies on (CC7.5)">
                    Key personnel unavailable
                  </Badge>
                ) : null}
              </span>
              {d.runId ? (
                <Link className="table__sub" to={`/runbook-runs/${encodeURIComponent(d.runId)}`}>
                  Open the runbook run it came from
                </Link>
              ) : null}
              <span className="table__sub">
                Recorded by {d.recordedBy} · {formatDateTime(d.recordedAt)}
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
  const items = (drills.data ?? []).toSorted(
    (a, b) => Date.parse(b.interruptionAt) - Date.parse(a.interruptionAt),
  );
  return (
    <Card
      flush
      title="DR drills"
      description="Tabletop exercises, functional restores and failovers. A drill run of a runbook is recorded here by itself once it finishes."
      actions={
        canRecord ? (
          <Button icon={<PlusIcon />} onClick={onRecord}>
            Record drill
          </Button>
        ) : undefined
      }
    >
      {drills.isPending ? (
        <TableSkeleton rows={3} label="Loading drills" />
      ) : drills.isError ? (
        <ErrorState error={drills.error} onRetry={() => void drills.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<TargetIcon size="lg" />}
          title="No drill recorded yet"
          description="Auditors expect at least one recovery test a year, with the achieved recovery time and data loss against the objectives, the participants and what was found."
        />
      ) : (
        <DrillsTable drills={items} tableId={tableId} />
      )}
    </Card>
  );
};
