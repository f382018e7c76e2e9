import type { IncidentDetail } from '@vigil/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, EmptyState, ErrorState, RunbookIcon, Skeleton } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime, formatPercent } from '../../lib/format';
import { Countdown } from '../deadlines/clock-parts';
import { useCurrentUser } from '../auth/queries';
import { runPath } from '../runbook-runs/paths';
import { useRuns } from '../runbook-runs/queries';
import { Meter } from '../runbook-runs/meter';
import { formatHours, formatMinutes, rtoDueAt } from '../runbook-runs/recovery-clock';
import { DrillBadge, RunStatusBadge } from '../runbook-runs/run-badges';
import { progressText, runProgress } from '../runbook-runs/run-progress';
import { StartRunDialog } from '../runbook-runs/start-run-dialog';
import { KindBadge } from '../runbooks/runbook-badges';
import { canReadRunbooks, canStartRuns } from '../runbooks/runbook-access';
import { messages } from './incident-page.messages';

/**
 * The runbooks followed for this incident, with their progress and recovery clock; "Start runbook"
 * offers the ones that answer the incident's category first.
 */
export const IncidentRunsSection = ({ incident, id }: { incident: IncidentDetail; id: string }) => {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const canRead = canReadRunbooks(me.role);
  const runs = useRuns({ incidentId: incident.id }, canRead);
  const canStart = canStartRuns(me.role);
  const t = useMessages(messages).runs;
  if (!canRead) return null;
  return (
    <Card
      title={t.title}
      className="incident-section"
      description={incident.category ? t.description(incident.category) : t.descriptionNoCategory}
      actions={
        canStart ? (
          <Button
            size="sm"
            variant="primary"
            icon={<RunbookIcon />}
            onClick={() => setStarting(true)}
          >
            {t.start}
          </Button>
        ) : undefined
      }
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      {runs.isPending ? (
        <div className="stack stack--tight" role="status" aria-busy="true">
          <span className="visually-hidden">{t.loading}</span>
          <Skeleton variant="text" width="60" />
          <Skeleton variant="text" width="40" />
        </div>
      ) : runs.isError && !runs.data ? (
        <ErrorState error={runs.error} title={t.loadFailed} onRetry={() => void runs.refetch()} />
      ) : runs.data.length === 0 ? (
        <EmptyState
          icon={<RunbookIcon size="lg" />}
          title={t.emptyTitle}
          description={t.emptyDescription}
        />
      ) : (
        <ul className="plain-list incident-runs" aria-label={t.list}>
          {runs.data.map((run) => {
            const progress = runProgress(run.steps);
            return (
              <li key={run.id} className="incident-runs__item">
                <span className="incident-runs__head">
                  <KindBadge kind={run.kind} />
                  <Link to={runPath(run.id)} className="incident-runs__title">
                    {run.title}
                  </Link>
                  <RunStatusBadge status={run.status} />
                  {run.drill ? <DrillBadge /> : null}
                </span>
                <span className="incident-runs__meta">
                  <Meter
                    percent={progress.percent}
                    tone={progress.blocked ? 'danger' : 'success'}
                    label={t.settled(formatPercent(progress.percent / 100))}
                  />
                  <span>{progressText(progress)}</span>
                  {run.status === 'running' ? (
                    <span>
                      {t.rto(formatHours(run.rtoHours))} <Countdown deadline={rtoDueAt(run)} />
                    </span>
                  ) : run.achievedRtoMinutes !== null ? (
                    <span>{t.restoredIn(formatMinutes(run.achievedRtoMinutes))}</span>
                  ) : null}
                  <span className="muted">{t.started(formatDateTime(run.startedAt))}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {starting ? (
        <StartRunDialog
          incident={incident}
          onClose={() => setStarting(false)}
          onStarted={(run) => void navigate(runPath(run.id))}
        />
      ) : null}
    </Card>
  );
};
