import { lazy, Suspense, useId } from 'react';
import { useSearchParams } from 'react-router';
import { canReadCheckpoints, canReadObligations, canUse } from '../../app/access';
import { Card, PageHeader, TableSkeleton } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useCurrentUser } from '../auth/queries';
import {
  AlertSourcesCard,
  AuditVolumeCard,
  ResponseTimesCard,
  TimeToNotifyCard,
} from './chart-cards';
import { StatCard, StatSkeleton } from './card-states';
import {
  OVERVIEW_RANGES,
  parseRange,
  rangeWords,
  withRange,
  type OverviewRange,
} from './overview-range';
import { useDashboardSummary } from './queries';
import {
  DeadlinesMetCard,
  IntegrityCard,
  OpenIncidentsCard,
  WaitingAlertsCard,
} from './stat-cards';
import './overview.css';

// The clocks' cards come with the deadlines board's rules (@vigil/domain): fetched beside the
// other cards' data rather than before the page can show anything, and never for a responder.
const deadlineCards = () => import('./deadline-cards');
const OverdueClocksCard = lazy(() =>
  deadlineCards().then((m) => ({ default: m.OverdueClocksCard })),
);
const NextDeadlinesCard = lazy(() =>
  deadlineCards().then((m) => ({ default: m.NextDeadlinesCard })),
);

const RangePicker = ({
  range,
  onChange,
  period,
}: {
  range: OverviewRange;
  onChange: (range: OverviewRange) => void;
  /** The exact bounds of the figures shown, once known. */
  period?: { from: string; to: string };
}) => {
  const name = useId();
  return (
    <div className="overview-range">
      <div className="segmented" role="radiogroup" aria-label="Period">
        {OVERVIEW_RANGES.map((r) => (
          <div className="segmented__option" key={r.value}>
            <input
              type="radio"
              id={`${name}-${r.value}`}
              name={name}
              checked={range === r.value}
              onChange={() => onChange(r.value)}
            />
            <label htmlFor={`${name}-${r.value}`} title={`Figures over ${r.words}`}>
              {r.label}
            </label>
          </div>
        ))}
      </div>
      <p className="overview-range__bounds">
        {period ? (
          <>
            <time dateTime={period.from}>{formatDateTime(period.from)}</time> to{' '}
            <time dateTime={period.to}>{formatDateTime(period.to)}</time>
          </>
        ) : (
          `Figures over ${rangeWords(range)}`
        )}
      </p>
    </div>
  );
};

/**
 * The first page of the morning: what is open and due now, then how the response has gone over
 * a chosen period. Each role sees only the cards whose data it may read.
 */
export const OverviewPage = () => {
  const { role } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const range = parseRange(params);
  const summary = useDashboardSummary(range);
  const rangeText = rangeWords(range);
  // "Last 30 days", above the one card that covers the period rather than now.
  const when = rangeText.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase());

  const readsAlerts = canUse(role, 'alerts');
  const readsObligations = canReadObligations(role);
  const readsCheckpoints = canReadCheckpoints(role);
  // The figures on screen are those of the range asked for, not a previous one still shown.
  const period = summary.data && !summary.isPlaceholderData ? summary.data : undefined;

  return (
    <>
      <PageHeader
        title="Overview"
        description="What needs attention now, and how the response has gone over the period chosen."
        actions={
          <RangePicker
            range={range}
            onChange={(next) => setParams(withRange(params, next), { replace: true })}
            period={period}
          />
        }
      />
      <div className="overview">
        <div className="overview__stats">
          <OpenIncidentsCard />
          {readsAlerts ? <WaitingAlertsCard /> : null}
          {readsObligations ? (
            <Suspense
              fallback={
                <StatCard title="Overdue notices" when="Now">
                  <StatSkeleton label="Loading the notification clocks" />
                </StatCard>
              }
            >
              <OverdueClocksCard />
            </Suspense>
          ) : null}
          <DeadlinesMetCard
            summary={summary}
            when={when}
            rangeText={rangeText}
            linkToBoard={readsObligations}
          />
          {readsCheckpoints ? <IntegrityCard /> : null}
        </div>
        {readsObligations ? (
          <Suspense
            fallback={
              <Card
                title="Next deadlines"
                description="The notification clocks closest to running out."
              >
                <TableSkeleton rows={3} label="Loading the next deadlines" />
              </Card>
            }
          >
            <NextDeadlinesCard />
          </Suspense>
        ) : null}
        <div className="overview__charts">
          <ResponseTimesCard summary={summary} rangeText={rangeText} />
          <TimeToNotifyCard summary={summary} rangeText={rangeText} />
          {readsAlerts ? <AlertSourcesCard summary={summary} rangeText={rangeText} /> : null}
          <AuditVolumeCard
            summary={summary}
            rangeText={rangeText}
            linkToAudit={canUse(role, 'audit')}
          />
        </div>
      </div>
    </>
  );
};
