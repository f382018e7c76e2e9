import type { DashboardSummary } from '@vigil/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { BadgeTone } from '../../components/ui';
import { formatCount, formatDateTime, formatRelative } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { incidentPath } from '../incidents/paths';
import { OPEN_LIST_LIMIT } from './api';
import {
  CHECKPOINT_REASONS,
  lastCheckpoint,
  openIncidentsAtAGlance,
  SEVERITY_LEVELS,
  waitingAlertsAtAGlance,
  type Severity,
} from './at-a-glance';
import {
  CardProblem,
  StaleNote,
  StatCard,
  StatSkeleton,
  StatValue,
  type StatTone,
} from './card-states';
import { formatPercent, plural } from './overview-format';
import { useCheckpoints, useOpenIncidents, useWaitingAlerts } from './queries';

const SEVERITY_TONE: Record<Severity, BadgeTone> = {
  SEV1: 'danger',
  SEV2: 'warning',
  SEV3: 'info',
  SEV4: 'neutral',
};

/** "1,000+" once a list reaches the API's page limit: the count is a floor then. */
const countText = (n: number) =>
  n >= OPEN_LIST_LIMIT ? `${formatCount(OPEN_LIST_LIMIT)}+` : formatCount(n);

const SeverityChips = ({
  counts,
  label,
  describe,
  linkTo,
}: {
  counts: Record<Severity, number>;
  /** The list's name, e.g. "Open incidents by severity". */
  label: string;
  /** "2 SEV1 incidents", what a screen reader hears for a chip. */
  describe: (count: number, severity: Severity) => string;
  /** Where a chip leads, for a severity with anything in it. */
  linkTo?: (severity: Severity) => string;
}) => (
  <ul className="severity-chips" aria-label={label}>
    {SEVERITY_LEVELS.map((severity) => {
      const count = counts[severity];
      const tone = count > 0 ? SEVERITY_TONE[severity] : 'neutral';
      const content = (
        <>
          <span aria-hidden="true">
            {severity}
            <span className="severity-chip__count">{formatCount(count)}</span>
          </span>
          <span className="visually-hidden">{describe(count, severity)}</span>
        </>
      );
      return (
        <li key={severity}>
          {count > 0 && linkTo ? (
            <Link to={linkTo(severity)} className={`badge badge--${tone} severity-chip`}>
              {content}
            </Link>
          ) : (
            <span
              className={`badge badge--${tone} severity-chip${count > 0 ? '' : ' severity-chip--none'}`}
            >
              {content}
            </span>
          )}
        </li>
      );
    })}
  </ul>
);

/** Open incidents by severity, each chip opening the list filtered on it. */
export const OpenIncidentsCard = () => {
  const incidents = useOpenIncidents();
  const now = useNow();
  if (incidents.isPending) {
    return (
      <StatCard title="Open incidents" when="Now">
        <StatSkeleton label="Loading the open incidents" />
      </StatCard>
    );
  }
  if (incidents.isError && !incidents.data) {
    return (
      <StatCard title="Open incidents" when="Now">
        <CardProblem
          what="The open incidents"
          error={incidents.error}
          onRetry={() => void incidents.refetch()}
        />
      </StatCard>
    );
  }
  const glance = openIncidentsAtAGlance(incidents.data);
  const tone: StatTone =
    glance.total === 0
      ? 'success'
      : glance.bySeverity.SEV1 > 0 || glance.awaitingTriage > 0
        ? 'danger'
        : 'warning';
  return (
    <StatCard
      title="Open incidents"
      when="Now"
      tone={tone}
      footer={<Link to="/incidents">All open incidents</Link>}
    >
      <StatValue value={countText(glance.total)} />
      <SeverityChips
        counts={glance.bySeverity}
        label="Open incidents by severity"
        describe={(count, severity) => plural(count, `${severity} incident`)}
        linkTo={(severity) => `/incidents?severity=${severity}`}
      />
      {glance.total === 0 ? (
        <p className="stat-card__note">
          Nothing open. New incidents appear here as they are opened.
        </p>
      ) : (
        <p className="stat-card__note">
          {glance.awaitingTriage > 0 ? (
            <strong className="stat-card__alarm">
              {plural(glance.awaitingTriage, 'incident')} awaiting triage.{' '}
            </strong>
          ) : null}
          {glance.oldest ? (
            <>
              Open longest:{' '}
              <Link to={incidentPath(glance.oldest.id)}>{glance.oldest.reference}</Link>, detected{' '}
              <time
                dateTime={glance.oldest.detectedAt}
                title={formatDateTime(glance.oldest.detectedAt)}
              >
                {formatRelative(glance.oldest.detectedAt, now)}
              </time>
              .
            </>
          ) : null}
        </p>
      )}
      {incidents.isRefetchError ? <StaleNote error={incidents.error} /> : null}
    </StatCard>
  );
};

/** Alerts nobody has picked up yet (acknowledged, suppressed and resolved ones are not waiting). */
export const WaitingAlertsCard = () => {
  const alerts = useWaitingAlerts();
  const now = useNow();
  if (alerts.isPending) {
    return (
      <StatCard title="Alerts waiting" when="Now">
        <StatSkeleton label="Loading the alerts waiting" />
      </StatCard>
    );
  }
  if (alerts.isError && !alerts.data) {
    return (
      <StatCard title="Alerts waiting" when="Now">
        <CardProblem
          what="The alerts waiting"
          error={alerts.error}
          onRetry={() => void alerts.refetch()}
        />
      </StatCard>
    );
  }
  const glance = waitingAlertsAtAGlance(alerts.data);
  const tone: StatTone =
    glance.total === 0 ? 'success' : glance.bySeverity.SEV1 > 0 ? 'danger' : 'warning';
  return (
    <StatCard
      title="Alerts waiting"
      when="Now"
      tone={tone}
      footer={<Link to="/alerts">Open the alert queue</Link>}
    >
      <StatValue value={countText(glance.total)} />
      <SeverityChips
        counts={glance.bySeverity}
        label="Alerts waiting by severity"
        describe={(count, severity) => plural(count, `${severity} alert`)}
      />
      <p className="stat-card__note">
        {glance.total === 0 ? (
          'Nothing waiting: every alert has been acknowledged, suppressed or resolved.'
        ) : glance.oldest ? (
          <>
            Not yet acknowledged. The oldest opened{' '}
            <time dateTime={glance.oldest.openedAt} title={formatDateTime(glance.oldest.openedAt)}>
              {formatRelative(glance.oldest.openedAt, now)}
            </time>
            .
          </>
        ) : null}
      </p>
      {alerts.isRefetchError ? <StaleNote error={alerts.error} /> : null}
    </StatCard>
  );
};

/** Notices with a numeric deadline that fell due in the period: sent on time, late, or not yet. */
export const DeadlinesMetCard = ({
  summary,
  when,
  rangeText,
  linkToBoard,
}: {
  summary: UseQueryResult<DashboardSummary>;
  when: string;
  /** "the last 30 days". */
  rangeText: string;
  linkToBoard: boolean;
}) => {
  if (summary.isPending) {
    return (
      <StatCard title="Deadlines met on time" when={when}>
        <StatSkeleton label="Loading the deadlines met" />
      </StatCard>
    );
  }
  if (summary.isError && !summary.data) {
    return (
      <StatCard title="Deadlines met on time" when={when}>
        <CardProblem
          what="The deadlines met"
          error={summary.error}
          onRetry={() => void summary.refetch()}
        />
      </StatCard>
    );
  }
  const { met, late, missed, percent } = summary.data.deadlinesMet;
  const tone: StatTone =
    percent === null ? 'neutral' : missed > 0 ? 'danger' : late > 0 ? 'warning' : 'success';
  return (
    <StatCard
      title="Deadlines met on time"
      when={when}
      tone={tone}
      footer={linkToBoard ? <Link to="/deadlines?view=met">Notices sent</Link> : undefined}
    >
      <div className={summary.isPlaceholderData ? 'is-updating' : undefined}>
        <StatValue value={formatPercent(percent)} />
        <p className="stat-card__note">
          {percent === null ? (
            `No legal or contractual notice deadline fell due in ${rangeText}.`
          ) : (
            <>
              Of the legal and contractual deadlines that fell due in {rangeText}:{' '}
              {formatCount(met)} met, {formatCount(late)} sent late
              {missed > 0 ? (
                <strong className="stat-card__alarm">, {formatCount(missed)} still unsent</strong>
              ) : (
                ', none unsent'
              )}
              .
            </>
          )}
        </p>
      </div>
      {summary.isRefetchError ? <StaleNote error={summary.error} /> : null}
    </StatCard>
  );
};

/**
 * The newest signed checkpoint of the audit chain: a full verification recomputes every hash and
 * is too heavy for a page load, so it stays a click away on the audit log.
 */
export const IntegrityCard = () => {
  const checkpoints = useCheckpoints();
  const now = useNow();
  if (checkpoints.isPending) {
    return (
      <StatCard title="Last integrity check" when="Now">
        <StatSkeleton label="Loading the last signed checkpoint" />
      </StatCard>
    );
  }
  if (checkpoints.isError && !checkpoints.data) {
    return (
      <StatCard title="Last integrity check" when="Now">
        <CardProblem
          what="The signed checkpoints"
          error={checkpoints.error}
          onRetry={() => void checkpoints.refetch()}
        />
      </StatCard>
    );
  }
  const last = lastCheckpoint(checkpoints.data, now);
  const footer = <Link to="/audit">Verify the audit log</Link>;
  if (!last) {
    return (
      <StatCard title="Last integrity check" when="Now" footer={footer}>
        <StatValue value="None yet" />
        <p className="stat-card__note">
          No checkpoint signed yet. Vigil signs the head of every audit source each hour, so that
          any later change to the log shows.
        </p>
      </StatCard>
    );
  }
  const { latest, sources, stale } = last;
  return (
    <StatCard
      title="Last integrity check"
      when="Now"
      tone={stale ? 'warning' : 'success'}
      footer={footer}
    >
      <StatValue
        value={
          <time dateTime={latest.createdAt} title={formatDateTime(latest.createdAt)}>
            {formatRelative(latest.createdAt, now)}
          </time>
        }
      />
      <p className="stat-card__note">
        {stale ? (
          <strong className="stat-card__alarm">
            Over 2 hours without a checkpoint: the hourly signing may have stopped.{' '}
          </strong>
        ) : null}
        Checkpoint {CHECKPOINT_REASONS[latest.reason]} at {formatDateTime(latest.createdAt)} for{' '}
        {plural(sources.length, 'source')}:{' '}
        <span title={`Signing key ${latest.keyId}`}>{sources.join(', ')}</span>.
      </p>
      {checkpoints.isRefetchError ? <StaleNote error={checkpoints.error} /> : null}
    </StatCard>
  );
};
