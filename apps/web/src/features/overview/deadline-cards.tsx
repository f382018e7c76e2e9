import { Link } from 'react-router';
import {
  ButtonLink,
  Card,
  DeadlineIcon,
  EmptyState,
  ErrorState,
  TableSkeleton,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatCount, localTimeZone } from '../../lib/format';
import { incidentReference, regimeLabel } from '../deadlines/board';
import { ClockStateBadge, DeadlineSummary } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { incidentPath } from '../incidents/paths';
import { CardProblem, StaleNote, StatCard, StatSkeleton, StatValue } from './card-states';
import { cardMessages } from './cards.messages';
import { NEXT_DEADLINE_COUNT, nextDeadlines } from './deadline-glance';
import { useDashboardNow } from './queries';

// Loaded on its own (see overview-page.tsx): the deadlines board's rules bring @vigil/domain,
// which only the roles that read obligations need.

/** Notification clocks that have run out, as the server counts them (refreshed every 30 s). */
export const OverdueClocksCard = () => {
  const words = useMessages(cardMessages);
  const t = words.overdueClocks;
  const obligations = useDashboardNow();
  if (obligations.isPending) {
    return (
      <StatCard title={t.title} when={words.now}>
        <StatSkeleton label={t.loading} />
      </StatCard>
    );
  }
  if (obligations.isError && !obligations.data) {
    return (
      <StatCard title={t.title} when={words.now}>
        <CardProblem
          title={t.failed}
          error={obligations.error}
          onRetry={() => void obligations.refetch()}
        />
      </StatCard>
    );
  }
  const counts = obligations.data.obligations ?? { overdue: 0, dueSoon: 0, open: 0 };
  return (
    <StatCard
      title={t.title}
      when={words.now}
      tone={counts.overdue > 0 ? 'danger' : counts.dueSoon > 0 ? 'warning' : 'success'}
      footer={
        counts.overdue > 0 ? (
          <Link to="/deadlines?view=overdue">{t.seeOverdue}</Link>
        ) : (
          <Link to="/deadlines">{t.openBoard}</Link>
        )
      }
    >
      <StatValue value={formatCount(counts.overdue)} />
      <p className="stat-card__note">
        {counts.open === 0
          ? t.noneRunning
          : counts.overdue > 0
            ? t.overdue(counts.open, counts.dueSoon)
            : t.calm(counts.open, counts.dueSoon)}
      </p>
      {obligations.isRefetchError ? <StaleNote error={obligations.error} /> : null}
    </StatCard>
  );
};

/** The notification clocks closest to running out, counting down to the second. */
export const NextDeadlinesCard = () => {
  const t = useMessages(cardMessages).nextDeadlines;
  const obligations = useDashboardNow();
  const now = useSecondClock();
  const counts = obligations.data?.obligations ?? undefined;
  // The server picks the closest clocks; their state is judged here again, to the second.
  const rows = counts ? nextDeadlines(counts.next, now) : [];

  const zone = t.zone(localTimeZone());
  const description = !counts
    ? t.description
    : counts.open === 0
      ? t.noneRunning
      : rows.length >= NEXT_DEADLINE_COUNT && counts.open > rows.length
        ? t.closest(rows.length, counts.open, zone)
        : t.all(counts.open, counts.open - rows.length, zone);

  return (
    <Card
      flush
      title={t.title}
      description={description}
      actions={
        <ButtonLink to="/deadlines" size="sm">
          {t.allDeadlines}
        </ButtonLink>
      }
    >
      {obligations.isPending ? (
        <TableSkeleton rows={3} label={t.loading} />
      ) : obligations.isError && !obligations.data ? (
        <ErrorState
          title={t.failed}
          error={obligations.error}
          onRetry={() => void obligations.refetch()}
        />
      ) : rows.length === 0 ? (
        counts && counts.open > 0 ? (
          <EmptyState
            icon={<DeadlineIcon size="lg" />}
            title={t.noDeadlineYet}
            description={t.noDeadlineYetText(counts.open)}
            actions={<ButtonLink to="/deadlines">{t.openBoard}</ButtonLink>}
          />
        ) : (
          <EmptyState
            icon={<DeadlineIcon size="lg" />}
            title={t.noClock}
            description={t.noClockText}
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
              <caption className="visually-hidden">{t.caption(rows.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.deadline}</th>
                  <th scope="col">{t.notice}</th>
                  <th scope="col">{t.incident}</th>
                  <th scope="col">{t.state}</th>
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
