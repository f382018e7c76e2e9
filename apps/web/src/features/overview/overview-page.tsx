import { lazy, Suspense, useId } from 'react';
import { useSearchParams } from 'react-router';
import { canReadCheckpoints, canReadObligations, canUse } from '../../app/access';
import { Card, PageHeader, TableSkeleton } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useCurrentUser } from '../auth/queries';
import {
  AlertSourcesCard,
  AuditVolumeCard,
  ResponseTimesCard,
  TimeToNotifyCard,
} from './chart-cards';
import { StatCard, StatSkeleton } from './card-states';
import { cardMessages } from './cards.messages';
import { messages } from './messages';
import {
  OVERVIEW_RANGES,
  parseRange,
  rangeLabel,
  rangeWhen,
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
  const t = useMessages(messages);
  const name = useId();
  return (
    <div className="overview-range">
      <div className="segmented" role="radiogroup" aria-label={t.period}>
        {OVERVIEW_RANGES.map((r) => (
          <div className="segmented__option" key={r.value}>
            <input
              type="radio"
              id={`${name}-${r.value}`}
              name={name}
              checked={range === r.value}
              onChange={() => onChange(r.value)}
            />
            <label htmlFor={`${name}-${r.value}`} title={t.figuresOver(rangeWords(r.value))}>
              {rangeLabel(r.value)}
            </label>
          </div>
        ))}
      </div>
      <p className="overview-range__bounds">
        {period ? (
          <>
            <time dateTime={period.from}>{formatDateTime(period.from)}</time>
            {t.boundsTo}
            <time dateTime={period.to}>{formatDateTime(period.to)}</time>
          </>
        ) : (
          t.figuresOver(rangeWords(range))
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
  const t = useMessages(messages).page;
  const cards = useMessages(cardMessages);
  const { role } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const range = parseRange(params);
  const summary = useDashboardSummary(range);
  const rangeText = rangeWords(range);
  // "Last 30 days", above the one card that covers the period rather than now.
  const when = rangeWhen(range);

  const readsAlerts = canUse(role, 'alerts');
  const readsObligations = canReadObligations(role);
  const readsCheckpoints = canReadCheckpoints(role);
  // The figures on screen are those of the range asked for, not a previous one still shown.
  const period = summary.data && !summary.isPlaceholderData ? summary.data : undefined;

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
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
                <StatCard title={cards.overdueClocks.title} when={cards.now}>
                  <StatSkeleton label={cards.overdueClocks.loading} />
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
              <Card title={cards.nextDeadlines.title} description={cards.nextDeadlines.description}>
                <TableSkeleton rows={3} label={cards.nextDeadlines.loading} />
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
