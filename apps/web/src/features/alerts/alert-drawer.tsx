import type { Alert } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  Alert as Callout,
  CopyButton,
  Dialog,
  ErrorState,
  IncidentIcon,
  Skeleton,
  Timestamp,
} from '../../components/ui';
import { isApiError } from '../../lib/api-client';
import { formatCount } from '../../lib/format';
import { useCurrentUser } from '../auth/queries';
import { useAlertRules } from '../alert-rules/queries';
import { AlarmPanel } from './alarm-panel';
import type { AlertActionKind } from './alert-actions';
import { AlertActionButtons } from './alert-action-buttons';
import { AlertStatusBadge, SeverityBadge } from './alert-badges';
import { sourceLabel, summariseActivity, type ActivityEntry } from './alert-queue';
import { useAlert } from './queries';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <dt>{label}</dt>
    <dd>{children ?? <span className="muted">—</span>}</dd>
  </div>
);

const ACTIVITY_LABELS: Record<string, string> = {
  opened: 'Opened',
  fired: 'Fired again',
  reopened: 'Reopened: fired again soon after it resolved',
  acknowledged: 'Acknowledged',
  suppressed: 'Suppressed',
  promoted: 'Promoted to an incident',
  resolved: 'Resolved',
};

export const incidentPath = (incidentId: string) => `/incidents/${encodeURIComponent(incidentId)}`;

const Activity = ({ entries, meId }: { entries: ActivityEntry[]; meId: string }) => (
  <ol className="timeline">
    {entries.map((entry, i) => (
      <li className={`timeline__item timeline__item--${entry.kind}`} key={`${entry.at}-${i}`}>
        <span className="timeline__marker" aria-hidden="true" />
        <div className="timeline__content">
          <p className="timeline__title">
            {entry.count > 1
              ? `Fired again ${formatCount(entry.count)} times`
              : (ACTIVITY_LABELS[entry.kind] ?? entry.kind)}
            {entry.actorId ? (
              <span className="timeline__actor">
                {' '}
                by{' '}
                {entry.actorId === meId ? (
                  'you'
                ) : (
                  <span className="mono" title={entry.actorId}>
                    user {entry.actorId.slice(0, 8)}
                  </span>
                )}
              </span>
            ) : null}
          </p>
          <p className="timeline__time">
            <Timestamp value={entry.at} layout="inline" />
            {entry.count > 1 ? (
              <>
                {' '}
                to <Timestamp value={entry.lastAt} layout="inline" />
              </>
            ) : null}
          </p>
          {entry.note ? <p className="timeline__note">{entry.note}</p> : null}
        </div>
      </li>
    ))}
  </ol>
);

const RuleName = ({ ruleId }: { ruleId: string | null }) => {
  const rules = useAlertRules();
  if (!ruleId) return <span className="muted">No rule matched: SEV3, alert only</span>;
  const rule = rules.data?.find((r) => r.id === ruleId);
  return rule ? (
    <>
      {rule.name}
      <span className="detail-list__sub mono">{ruleId}</span>
    </>
  ) : (
    <span className="mono">{ruleId}</span>
  );
};

const Facts = ({ alert }: { alert: Alert }) => (
  <dl className="detail-list">
    <Row label="Source">{sourceLabel(alert.source)}</Row>
    <Row label="Dedup key">
      <span className="mono break-all">{alert.dedupKey}</span>
    </Row>
    <Row label="Opened">
      <Timestamp value={alert.openedAt} layout="inline" />
    </Row>
    <Row label="Last fired">
      <Timestamp value={alert.lastFiredAt} layout="inline" />
      <span className="detail-list__sub">
        {formatCount(alert.fireCount)} {alert.fireCount === 1 ? 'firing' : 'firings'} in all
      </span>
    </Row>
    {alert.acknowledgedAt ? (
      <Row label="Acknowledged">
        <Timestamp value={alert.acknowledgedAt} layout="inline" />
      </Row>
    ) : null}
    {alert.status === 'suppressed' && alert.suppressedUntil ? (
      <Row label="Suppressed until">
        <Timestamp value={alert.suppressedUntil} layout="inline" />
      </Row>
    ) : null}
    {alert.resolvedAt ? (
      <Row label="Resolved">
        <Timestamp value={alert.resolvedAt} layout="inline" />
      </Row>
    ) : null}
    <Row label="Rule">
      <RuleName ruleId={alert.ruleId} />
    </Row>
    <Row label="Incident">
      {alert.incidentId ? <Link to={incidentPath(alert.incidentId)}>Open the incident</Link> : null}
    </Row>
  </dl>
);

const DrawerSkeleton = () => (
  <div className="stack stack--tight" role="status" aria-busy="true">
    <span className="visually-hidden">Loading the alert…</span>
    <Skeleton variant="title" width="60" />
    <Skeleton variant="block" />
    <Skeleton variant="text" width="80" />
  </div>
);

export interface AlertDrawerProps {
  alertId: string;
  /** The queue's copy, shown at once while the full alert loads. */
  fallback?: Alert;
  onClose: () => void;
  onAction: (kind: AlertActionKind, alert: Alert) => void;
}

/** One alert in full: its facts, the alarm behind it with its state history, and its activity. */
export const AlertDrawer = ({ alertId, fallback, onClose, onAction }: AlertDrawerProps) => {
  const me = useCurrentUser();
  const detail = useAlert(alertId);
  const alert: Alert | undefined = detail.data ?? fallback;

  if (!alert) {
    const missing = isApiError(detail.error) && detail.error.status === 404;
    return (
      <Dialog open onClose={onClose} variant="drawer" title="Alert">
        <div className="dialog__body drawer__body">
          {detail.isError ? (
            <ErrorState
              error={detail.error}
              title={missing ? 'This alert does not exist' : 'The alert could not be loaded'}
              onRetry={missing ? undefined : () => void detail.refetch()}
            />
          ) : (
            <DrawerSkeleton />
          )}
        </div>
      </Dialog>
    );
  }

  // Rendered as text inside <pre>: nothing the sender put in `details` is parsed as HTML.
  const json = JSON.stringify(alert.details ?? {}, null, 2);
  return (
    <Dialog
      open
      onClose={onClose}
      variant="drawer"
      title={alert.title}
      description={
        <span className="drawer__summary">
          <SeverityBadge severity={alert.severity} />
          <AlertStatusBadge status={alert.status} />
          <span>{sourceLabel(alert.source)}</span>
          <Timestamp value={alert.openedAt} layout="inline" />
        </span>
      }
    >
      <div className="dialog__body drawer__body">
        {alert.incidentResolutionSuggested && alert.incidentId ? (
          <Callout tone="success" title="The source says this is over">
            It resolved while its incident is still open: consider resolving the incident.{' '}
            <Link to={incidentPath(alert.incidentId)}>Go to the incident</Link>
          </Callout>
        ) : null}
        <div className="drawer__actions">
          <AlertActionButtons alert={alert} onAction={onAction} size="md" />
          {alert.incidentId ? (
            <Link className="button button--secondary" to={incidentPath(alert.incidentId)}>
              <IncidentIcon />
              Open the incident
            </Link>
          ) : null}
        </div>
        {/* An alarm's state over time says most about its alert: it comes first. */}
        {alert.alarmId ? (
          <section aria-labelledby="alert-alarm">
            <h3 className="drawer__heading" id="alert-alarm">
              CloudWatch alarm
            </h3>
            <AlarmPanel alarmId={alert.alarmId} />
          </section>
        ) : null}
        <section aria-labelledby="alert-facts">
          <h3 className="drawer__heading" id="alert-facts">
            Alert
          </h3>
          <Facts alert={alert} />
        </section>
        <section aria-labelledby="alert-activity">
          <h3 className="drawer__heading" id="alert-activity">
            Activity
          </h3>
          {detail.data ? (
            <Activity entries={summariseActivity(detail.data.activity)} meId={me.id} />
          ) : detail.isError ? (
            <ErrorState
              error={detail.error}
              title="The activity could not be loaded"
              onRetry={() => void detail.refetch()}
            />
          ) : (
            <DrawerSkeleton />
          )}
        </section>
        <section aria-labelledby="alert-details">
          <div className="drawer__heading-row">
            <h3 className="drawer__heading" id="alert-details">
              Details (JSON)
            </h3>
            <CopyButton text={json} label="Copy JSON" size="sm" />
          </div>
          <pre className="code-block" tabIndex={0} aria-label="Alert details JSON">
            {json}
          </pre>
        </section>
      </div>
    </Dialog>
  );
};
