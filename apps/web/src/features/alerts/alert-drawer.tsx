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
import { useMessages } from '../../i18n';
import { isApiError } from '../../lib/api-client';
import { useCurrentUser } from '../auth/queries';
import { useAlertRules } from '../alert-rules/queries';
import { AlarmPanel } from './alarm-panel';
import type { AlertActionKind } from './alert-actions';
import { AlertActionButtons } from './alert-action-buttons';
import { AlertStatusBadge, SeverityBadge } from './alert-badges';
import { alertDrawerMessages } from './alert-drawer.messages';
import { sourceLabel, summariseActivity, type ActivityEntry } from './alert-queue';
import { useAlert } from './queries';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <dt>{label}</dt>
    <dd>{children ?? <span className="muted">—</span>}</dd>
  </div>
);

export const incidentPath = (incidentId: string) => `/incidents/${encodeURIComponent(incidentId)}`;

const Activity = ({ entries, meId }: { entries: ActivityEntry[]; meId: string }) => {
  const t = useMessages(alertDrawerMessages).activity;
  return (
    <ol className="timeline">
      {entries.map((entry, i) => (
        <li className={`timeline__item timeline__item--${entry.kind}`} key={`${entry.at}-${i}`}>
          <span className="timeline__marker" aria-hidden="true" />
          <div className="timeline__content">
            <p className="timeline__title">
              {entry.count > 1 ? t.firedTimes(entry.count) : (t.kinds[entry.kind] ?? entry.kind)}
              {entry.actorId ? (
                <span className="timeline__actor">
                  {' '}
                  {t.by}{' '}
                  {entry.actorId === meId ? (
                    t.you
                  ) : (
                    <span className="mono" title={entry.actorId}>
                      {t.user(entry.actorId.slice(0, 8))}
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
                  {t.to} <Timestamp value={entry.lastAt} layout="inline" />
                </>
              ) : null}
            </p>
            {entry.note ? <p className="timeline__note">{entry.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
};

const RuleName = ({ ruleId }: { ruleId: string | null }) => {
  const rules = useAlertRules();
  const t = useMessages(alertDrawerMessages).facts;
  if (!ruleId) return <span className="muted">{t.noRule}</span>;
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

const Facts = ({ alert }: { alert: Alert }) => {
  const { facts: t, drawer } = useMessages(alertDrawerMessages);
  return (
    <dl className="detail-list">
      <Row label={t.source}>{sourceLabel(alert.source)}</Row>
      <Row label={t.dedupKey}>
        <span className="mono break-all">{alert.dedupKey}</span>
      </Row>
      <Row label={t.opened}>
        <Timestamp value={alert.openedAt} layout="inline" />
      </Row>
      <Row label={t.lastFired}>
        <Timestamp value={alert.lastFiredAt} layout="inline" />
        <span className="detail-list__sub">{t.firings(alert.fireCount)}</span>
      </Row>
      {alert.acknowledgedAt ? (
        <Row label={t.acknowledged}>
          <Timestamp value={alert.acknowledgedAt} layout="inline" />
        </Row>
      ) : null}
      {alert.status === 'suppressed' && alert.suppressedUntil ? (
        <Row label={t.suppressedUntil}>
          <Timestamp value={alert.suppressedUntil} layout="inline" />
        </Row>
      ) : null}
      {alert.resolvedAt ? (
        <Row label={t.resolved}>
          <Timestamp value={alert.resolvedAt} layout="inline" />
        </Row>
      ) : null}
      <Row label={t.rule}>
        <RuleName ruleId={alert.ruleId} />
      </Row>
      <Row label={t.incident}>
        {alert.incidentId ? (
          <Link to={incidentPath(alert.incidentId)}>{drawer.openIncident}</Link>
        ) : null}
      </Row>
    </dl>
  );
};

const DrawerSkeleton = () => {
  const t = useMessages(alertDrawerMessages).drawer;
  return (
    <div className="stack stack--tight" role="status" aria-busy="true">
      <span className="visually-hidden">{t.loading}</span>
      <Skeleton variant="title" width="60" />
      <Skeleton variant="block" />
      <Skeleton variant="text" width="80" />
    </div>
  );
};

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
  const t = useMessages(alertDrawerMessages).drawer;
  const detail = useAlert(alertId);
  const alert: Alert | undefined = detail.data ?? fallback;

  if (!alert) {
    const missing = isApiError(detail.error) && detail.error.status === 404;
    return (
      <Dialog open onClose={onClose} variant="drawer" title={t.title}>
        <div className="dialog__body drawer__body">
          {detail.isError ? (
            <ErrorState
              error={detail.error}
              title={missing ? t.missing : t.failed}
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
          <Callout tone="success" title={t.resolvedTitle}>
            {t.resolvedText} <Link to={incidentPath(alert.incidentId)}>{t.goToIncident}</Link>
          </Callout>
        ) : null}
        <div className="drawer__actions">
          <AlertActionButtons alert={alert} onAction={onAction} size="md" />
          {alert.incidentId ? (
            <Link className="button button--secondary" to={incidentPath(alert.incidentId)}>
              <IncidentIcon />
              {t.openIncident}
            </Link>
          ) : null}
        </div>
        {/* An alarm's state over time says most about its alert: it comes first. */}
        {alert.alarmId ? (
          <section aria-labelledby="alert-alarm">
            <h3 className="drawer__heading" id="alert-alarm">
              {t.alarmHeading}
            </h3>
            <AlarmPanel alarmId={alert.alarmId} />
          </section>
        ) : null}
        <section aria-labelledby="alert-facts">
          <h3 className="drawer__heading" id="alert-facts">
            {t.alertHeading}
          </h3>
          <Facts alert={alert} />
        </section>
        <section aria-labelledby="alert-activity">
          <h3 className="drawer__heading" id="alert-activity">
            {t.activityHeading}
          </h3>
          {detail.data ? (
            <Activity entries={summariseActivity(detail.data.activity)} meId={me.id} />
          ) : detail.isError ? (
            <ErrorState
              error={detail.error}
              title={t.activityFailed}
              onRetry={() => void detail.refetch()}
            />
          ) : (
            <DrawerSkeleton />
          )}
        </section>
        <section aria-labelledby="alert-details">
          <div className="drawer__heading-row">
            <h3 className="drawer__heading" id="alert-details">
              {t.detailsHeading}
            </h3>
            <CopyButton text={json} label={t.copyJson} size="sm" />
          </div>
          <pre className="code-block" tabIndex={0} aria-label={t.detailsLabel}>
            {json}
          </pre>
        </section>
      </div>
    </Dialog>
  );
};
