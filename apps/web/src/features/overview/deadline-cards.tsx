import { Link } from 'react-router';
import {
  ButtonLink,
  Card,
  DeadlineIcon,
  EmptyState,
  ErrorState,
  TableSkeleton,
} from '../../components/ui';
import { formatCount, localTimeZone } from '../../lib/format';
import { incidentReference, regimeLabel } from '../deadlines/board';
import { ClockStateBadge, DeadlineSummary } from '../deadlines/clock-parts';
import { useObligations } from '../deadlines/queries';
import { useSecondClock } from '../deadlines/use-second-clock';
import { incidentPath } from '../incidents/paths';
import { CardProblem, StaleNote, StatCard, StatSkeleton, StatValue } from './card-states';
import { clockCounts, NEXT_DEADLINE_COUNT, nextDeadlines } from './deadline-glance';
import { plural } from './overview-format';

// Loaded on its own (see overview-page.tsx): the deadlines board's rules bring @vigil/domain,
// which only the roles that read obligations need.

/** Notification clocks that have run out, counted to the second like the deadlines board. */
export const OverdueClocksCard = () => {
  const obligations = useObligations({ kind: 'duties' });
  const now = useSecondClock();
  if (obligations.isPending) {
    return (
      <StatCard title="Overdue notices" when="Now">
        <StatSkeleton label="Loading the notification clocks" />
      </StatCard>
    );
  }
  if (obligations.isError && !obligations.data) {
    return (
      <StatCard title="Overdue notices" when="Now">
        <CardProblem
          what="The notification clocks"
          error={obligations.error}
          onRetry={() => void obligations.refetch()}
        />
      </StatCard>
    );
  }
  const counts = clockCounts(obligations.data, now);
  return (
    <StatCard
      title="Overdue notices"
      when="Now"
      tone={counts.overdue > 0 ? 'danger' : counts.dueSoon > 0 ? 'warning' : 'success'}
      footer={
        counts.overdue > 0 ? (
          <Link to="/deadlines?view=overdue">See the overdue clocks</Link>
        ) : (
          <Link to="/deadlines">Open the deadlines board</Link>
        )
      }
    >
      <StatValue value={formatCount(counts.overdue)} />
      <p className="stat-card__note">
        {counts.open === 0
          ? 'No notification clock is running.'
          : counts.overdue > 0
            ? `Past their legal deadline or internal target, unsent. ${plural(counts.open, 'open clock')} in all${counts.dueSoon ? `, ${formatCount(counts.dueSoon)} due soon` : ''}.`
            : `No clock has run out. ${plural(counts.open, 'open clock')}${counts.dueSoon ? `, ${formatCount(counts.dueSoon)} due soon` : ''}.`}
      </p>
      {obligations.isRefetchError ? <StaleNote error={obligations.error} /> : null}
    </StatCard>
  );
};

/** The notification clocks closest to running out, counting down to the second. */
export const NextDeadlinesCard = () => {
  const obligations = useObligations({ kind: 'duties' });
  const now = useSecondClock();
  const rows = obligations.data ? nextDeadlines(obligations.data, now) : [];
  const counts = obligations.data ? clockCounts(obligations.data, now) : undefined;

  const zone = `Times in ${localTimeZone()}.`;
  const description = !counts
    ? 'The notification clocks closest to running out.'
    : counts.open === 0
      ? 'No notification clock is running.'
      : rows.length >= NEXT_DEADLINE_COUNT && counts.open > rows.length
        ? `The ${formatCount(rows.length)} closest to running out of ${plural(counts.open, 'open clock')}, overdue first. ${zone}`
        : `${plural(counts.open, 'open clock')}, overdue first${
            counts.open > rows.length
              ? `; ${formatCount(counts.open - rows.length)} without a deadline yet`
              : ''
          }. ${zone}`;

  return (
    <Card
      flush
      title="Next deadlines"
      description={description}
      actions={
        <ButtonLink to="/deadlines" size="sm">
          All deadlines
        </ButtonLink>
      }
    >
      {obligations.isPending ? (
        <TableSkeleton rows={3} label="Loading the next deadlines" />
      ) : obligations.isError && !obligations.data ? (
        <ErrorState
          title="The notification clocks could not be loaded"
          error={obligations.error}
          onRetry={() => void obligations.refetch()}
        />
      ) : rows.length === 0 ? (
        counts && counts.open > 0 ? (
          <EmptyState
            icon={<DeadlineIcon size="lg" />}
            title="No clock with a deadline yet"
            description={`${plural(counts.open, 'open clock')} ${counts.open === 1 ? 'waits' : 'wait'} for the moment ${counts.open === 1 ? 'it starts' : 'they start'} from (such as the time the company became aware) to be recorded on the incident, or ${counts.open === 1 ? 'is' : 'are'} on hold for law enforcement.`}
            actions={<ButtonLink to="/deadlines">Open the deadlines board</ButtonLink>}
          />
        ) : (
          <EmptyState
            icon={<DeadlineIcon size="lg" />}
            title="No notification clock running"
            description="A clock starts when an incident affects a client (24 h by contract) or when a privacy assessment finds a notifiable breach (GDPR 72 h, Law 25, PIPEDA). The closest ones will be listed here."
          />
        )
      ) : (
        <>
          {obligations.isRefetchError ? (
            <div className="card__notice">
              <StaleNote error={obligations.error} />
            </div>
          ) : null}
          <div className="table-wrap">
            <table className="table next-deadlines">
              <caption className="visually-hidden">
                The {formatCount(rows.length)} notification clocks closest to running out
              </caption>
              <thead>
                <tr>
                  <th scope="col">Deadline</th>
                  <th scope="col">Notice</th>
                  <th scope="col">Incident</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ obligation: o, state }) => (
                  <tr
                    key={o.id}
                    className={`deadline-row deadline-row--${state}`}
                    data-rule={o.rule}
                  >
                    <td>
                      <DeadlineSummary obligation={o} state={state} />
                    </td>
                    <td>
                      <div className="obligation-cell">
                        <span className="obligation-cell__title">{o.title}</span>
                        <span className="obligation-cell__meta">
                          <code className="code-chip">{o.rule}</code>
                          <span>{regimeLabel(o.regime)}</span>
                        </span>
                        <span className="obligation-cell__line">{o.recipient.display}</span>
                      </div>
                    </td>
                    <td>
                      <div className="obligation-cell">
                        <Link to={incidentPath(o.incidentId)}>{incidentReference(o)}</Link>
                        <span className="obligation-cell__incident-title">{o.incidentTitle}</span>
                      </div>
                    </td>
                    <td className="deadline-row__state">
                      <ClockStateBadge state={state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
};
