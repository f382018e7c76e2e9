import type { DashboardSummary } from '@vigil/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { BadgeTone } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatCount, formatDateTime, formatRelative } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { incidentPath } from '../incidents/paths';
import { CHECKPOINT_REASONS, lastCheckpoint, SEVERITY_LEVELS, type Severity } from './at-a-glance';
import { cardMessages } from './cards.messages';
import {
  CardProblem,
  StaleNote,
  StatCard,
  StatSkeleton,
  StatValue,
  type StatTone,
} from './card-states';
import { formatPercent } from './overview-format';
import { useCheckpoints, useDashboardNow } from './queries';

const SEVERITY_TONE: Record<Severity, BadgeTone> = {
  SEV1: 'danger',
  SEV2: 'warning',
  SEV3: 'info',
  SEV4: 'neutral',
};

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
  const words = useMessages(cardMessages);
  const t = words.openIncidents;
  const incidents = useDashboardNow();
  const now = useNow();
  if (incidents.isPending) {
    return (
      <StatCard title={t.title} when={words.now}>
        <StatSkeleton label={t.loading} />
      </StatCard>
    );
  }
  if (incidents.isError && !incidents.data) {
    return (
      <StatCard title={t.title} when={words.now}>
        <CardProblem
          title={t.failed}
          error={incidents.error}
          onRetry={() => void incidents.refetch()}
        />
      </StatCard>
    );
  }
  const { open: total, ...glance } = incidents.data.incidents;
  const tone: StatTone =
    total === 0
      ? 'success'
      : glance.bySeverity.SEV1 > 0 || glance.awaitingTriage > 0
        ? 'danger'
        : 'warning';
  return (
    <StatCard
      title={t.title}
      when={words.now}
      tone={tone}
      footer={<Link to="/incidents">{t.all}</Link>}
    >
      <StatValue value={formatCount(total)} />
      <SeverityChips
        counts={glance.bySeverity}
        label={t.bySeverity}
        describe={t.chip}
        linkTo={(severity) => `/incidents?severity=${severity}`}
      />
      {total === 0 ? (
        <p className="stat-card__note">{t.none}</p>
      ) : (
        <p className="stat-card__note">
          {glance.awaitingTriage > 0 ? (
            <strong className="stat-card__alarm">{t.awaitingTriage(glance.awaitingTriage)} </strong>
          ) : null}
          {glance.oldest ? (
            <>
              {t.oldest.before}
              <Link to={incidentPath(glance.oldest.id)}>{glance.oldest.reference}</Link>
              {t.oldest.detected}
              <time
                dateTime={glance.oldest.detectedAt}
                title={formatDateTime(glance.oldest.detectedAt)}
              >
                {formatRelative(glance.oldest.detectedAt, now)}
              </time>
              {t.oldest.end}
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
  const words = useMessages(cardMessages);
  const t = words.waitingAlerts;
  const alerts = useDashboardNow();
  const now = useNow();
  if (alerts.isPending) {
    return (
      <StatCard title={t.title} when={words.now}>
        <StatSkeleton label={t.loading} />
      </StatCard>
    );
  }
  if (alerts.isError && !alerts.data) {
    return (
      <StatCard title={t.title} when={words.now}>
        <CardProblem title={t.failed} error={alerts.error} onRetry={() => void alerts.refetch()} />
      </StatCard>
    );
  }
  // Shown only to the roles that read alerts, whose answer always counts them.
  const { waiting: total, ...glance } = alerts.data.alerts ?? {
    waiting: 0,
    bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
    oldest: null,
  };
  const tone: StatTone =
    total === 0 ? 'success' : glance.bySeverity.SEV1 > 0 ? 'danger' : 'warning';
  return (
    <StatCard
      title={t.title}
      when={words.now}
      tone={tone}
      footer={<Link to="/alerts">{t.queue}</Link>}
    >
      <StatValue value={formatCount(total)} />
      <SeverityChips counts={glance.bySeverity} label={t.bySeverity} describe={t.chip} />
      <p className="stat-card__note">
        {total === 0 ? (
          t.none
        ) : glance.oldest ? (
          <>
            {t.oldest.before}
            <time dateTime={glance.oldest.openedAt} title={formatDateTime(glance.oldest.openedAt)}>
              {formatRelative(glance.oldest.openedAt, now)}
            </time>
            {t.oldest.end}
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
  const t = useMessages(cardMessages).deadlinesMet;
  if (summary.isPending) {
    return (
      <StatCard title={t.title} when={when}>
        <StatSkeleton label={t.loading} />
      </StatCard>
    );
  }
  if (summary.isError && !summary.data) {
    return (
      <StatCard title={t.title} when={when}>
        <CardProblem
          title={t.failed}
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
      title={t.title}
      when={when}
      tone={tone}
      footer={linkToBoard ? <Link to="/deadlines?view=met">{t.noticesSent}</Link> : undefined}
    >
      <div className={summary.isPlaceholderData ? 'is-updating' : undefined}>
        <StatValue value={formatPercent(percent)} />
        <p className="stat-card__note">
          {percent === null ? (
            t.none(rangeText)
          ) : (
            <>
              {t.of(rangeText)}
              {t.metLate(met, late)}
              {missed > 0 ? (
                <strong className="stat-card__alarm">{t.missed(missed)}</strong>
              ) : (
                t.noneMissed
              )}
              {t.end}
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
  const words = useMessages(cardMessages);
  const t = words.integrity;
  const checkpoints = useCheckpoints();
  const now = useNow();
  if (checkpoints.isPending) {
    return (
      <StatCard title={t.title} when={words.now}>
        <StatSkeleton label={t.loading} />
      </StatCard>
    );
  }
  if (checkpoints.isError && !checkpoints.data) {
    return (
      <StatCard title={t.title} when={words.now}>
        <CardProblem
          title={t.failed}
          error={checkpoints.error}
          onRetry={() => void checkpoints.refetch()}
        />
      </StatCard>
    );
  }
  const last = lastCheckpoint(checkpoints.data, now);
  const footer = <Link to="/audit">{t.verify}</Link>;
  if (!last) {
    return (
      <StatCard title={t.title} when={words.now} footer={footer}>
        <StatValue value={t.noneYet} />
        <p className="stat-card__note">{t.noneNote}</p>
      </StatCard>
    );
  }
  const { latest, sources, stale } = last;
  return (
    <StatCard title={t.title} when={words.now} tone={stale ? 'warning' : 'success'} footer={footer}>
      <StatValue
        value={
          <time dateTime={latest.createdAt} title={formatDateTime(latest.createdAt)}>
            {formatRelative(latest.createdAt, now)}
          </time>
        }
      />
      <p className="stat-card__note">
        {stale ? <strong className="stat-card__alarm">{t.stale} </strong> : null}
        {t.line(
          CHECKPOINT_REASONS[latest.reason],
          formatDateTime(latest.createdAt),
          sources.length,
        )}
        <span title={t.signingKey(latest.keyId)}>{sources.join(', ')}</span>
        {t.end}
      </p>
      {checkpoints.isRefetchError ? <StaleNote error={checkpoints.error} /> : null}
    </StatCard>
  );
};
