import type { AlarmDetail } from '@vigil/contracts';
import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorState, Skeleton, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { useNow } from '../../lib/use-now';
import { alertDrawerMessages } from './alert-drawer.messages';
import { AlarmStateBadge } from './alert-badges';
import { alertMessages } from './messages';
import { useAlarm } from './queries';

// recharts is large: only a drawer that shows an alarm downloads it.
const AlarmStateChart = lazy(() =>
  import('./alarm-state-chart').then((m) => ({ default: m.AlarmStateChart })),
);

const ChartSkeleton = () => {
  const t = useMessages(alertDrawerMessages).alarm;
  return (
    <div className="chart-skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{t.loadingChart}</span>
      <Skeleton variant="block" />
    </div>
  );
};

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <dt>{label}</dt>
    <dd>{children ?? <span className="muted">—</span>}</dd>
  </div>
);

const AlarmFacts = ({ alarm }: { alarm: AlarmDetail }) => {
  const t = useMessages(alertDrawerMessages).alarm;
  const kinds = useMessages(alertMessages).alarmKind;
  const dimensions = Object.entries(alarm.dimensions ?? {});
  return (
    <dl className="detail-list">
      <Row label={t.state}>
        <span className="inline-stack">
          <AlarmStateBadge state={alarm.state} />
          <Timestamp value={alarm.stateChangedAt} layout="inline" />
        </span>
      </Row>
      <Row label={t.alarm}>
        {alarm.name}
        <span className="detail-list__sub mono break-all">{alarm.alarmArn}</span>
      </Row>
      <Row label={t.kind}>
        {kinds[alarm.kind] ?? alarm.kind}
        <span className="detail-list__sub">
          {t.account} <span className="mono">{alarm.accountId}</span> · {alarm.region}
        </span>
      </Row>
      {alarm.namespace || alarm.metricName ? (
        <Row label={t.metric}>
          <span className="mono">
            {[alarm.namespace, alarm.metricName].filter(Boolean).join(' · ')}
          </span>
          {dimensions.length > 0 ? (
            <span className="detail-list__sub mono">
              {dimensions.map(([name, value]) => `${name}=${value}`).join(', ')}
            </span>
          ) : null}
        </Row>
      ) : null}
      {alarm.description ? <Row label={t.description}>{alarm.description}</Row> : null}
      <Row label={t.reason}>{alarm.reason}</Row>
    </dl>
  );
};

const HistoryTable = ({ alarm }: { alarm: AlarmDetail }) => {
  const t = useMessages(alertDrawerMessages).alarm;
  return (
    <div className="table-wrap history-table">
      <table className="table table--compact">
        <caption className="table__caption">{t.historyCaption(alarm.history.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.changed}</th>
            <th scope="col">{t.transition}</th>
          </tr>
        </thead>
        <tbody>
          {alarm.history.map((h) => (
            <tr key={h.id}>
              <td>
                <Timestamp value={h.changedAt} />
                <span className="table__sub">
                  {t.via(h.delivery === 'sns' ? 'SNS' : 'EventBridge')}
                </span>
              </td>
              <td>
                <span className="transition">
                  {h.oldState ? <AlarmStateBadge state={h.oldState} /> : null}
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t.to}</span>
                  <AlarmStateBadge state={h.newState} />
                </span>
                <span className="history-table__reason">{h.reason}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** The CloudWatch alarm behind an alert: what it watches, and its state over time. */
export const AlarmPanel = ({ alarmId }: { alarmId: string }) => {
  const alarm = useAlarm(alarmId);
  const now = useNow();
  const t = useMessages(alertDrawerMessages).alarm;
  if (alarm.isPending) {
    return (
      <div className="stack stack--tight" role="status" aria-busy="true">
        <span className="visually-hidden">{t.loading}</span>
        <Skeleton variant="text" width="60" />
        <Skeleton variant="block" />
      </div>
    );
  }
  if (alarm.isError) {
    return <ErrorState error={alarm.error} title={t.failed} onRetry={() => void alarm.refetch()} />;
  }
  return (
    <div className="stack stack--tight">
      {alarm.data.history.length > 0 ? (
        <Suspense fallback={<ChartSkeleton />}>
          <AlarmStateChart history={alarm.data.history} now={now} />
        </Suspense>
      ) : (
        <p className="muted">{t.noHistory}</p>
      )}
      <AlarmFacts alarm={alarm.data} />
      {alarm.data.history.length > 0 ? <HistoryTable alarm={alarm.data} /> : null}
    </div>
  );
};
