import type { Alert } from '@vigil/contracts';
import { useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  AlertIcon,
  BellOffIcon,
  Button,
  Card,
  CheckIcon,
  EmptyState,
  ErrorState,
  IncidentIcon,
  LayersIcon,
  PageHeader,
  PlugIcon,
  SelectField,
  TableSkeleton,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { AlertActionDialog } from './alert-action-dialog';
import type { AlertActionKind } from './alert-actions';
import { AlertDrawer } from './alert-drawer';
import {
  ALERT_SOURCES,
  ALERT_TABS,
  groupAlerts,
  parseQueueFilter,
  withQueueFilter,
  type QueueFilter,
} from './alert-queue';
import { AlertQueueTable } from './alert-queue-table';
import { alertsPageMessages } from './alerts-page.messages';
import { ALERT_REFRESH_MS, useAlertQueue } from './queries';
import { useHeldQueue } from './use-held-queue';

interface QueueProps {
  filter: QueueFilter;
  openId: string | undefined;
  onOpen: (alert: Alert) => void;
  onClose: () => void;
  onShowAllSources: () => void;
}

/** The queue of one tab and source, with its drawer and action dialogs. */
const AlertQueue = ({ filter, openId, onOpen, onClose, onShowAllSources }: QueueProps) => {
  const t = useMessages(alertsPageMessages);
  const queue = useAlertQueue(filter);
  const live = useMemo(() => queue.data ?? [], [queue.data]);
  const listRef = useRef<HTMLDivElement>(null);
  const held = useHeldQueue(live, listRef);
  const [action, setAction] = useState<{ kind: AlertActionKind; alert: Alert } | null>(null);

  const startAction = (kind: AlertActionKind, alert: Alert) => {
    held.pin();
    setAction({ kind, alert });
  };
  const endAction = () => {
    setAction(null);
    held.unpin(action?.alert.id);
  };

  const shown = held.rows.filter((r) => !r.gone).length;
  const groups = groupAlerts(held.rows.map((r) => r.alert)).length;
  const fromSource = filter.source ? t.queue.fromSource[filter.source] : '';
  const opened = live.find((a) => a.id === openId);
  const empty = t.empty[filter.tab];
  const refreshSeconds = ALERT_REFRESH_MS / 1000;

  const order = filter.tab === 'resolved' ? t.queue.resolvedOrder : t.queue.liveOrder;
  const description = queue.data
    ? `${t.queue.alerts(shown, filter.tab)}${fromSource}${
        groups < shown ? t.queue.inGroups(groups) : ''
      }. ${order}`
    : t.queue.loading(filter.tab);

  const liveNote = held.isHeld ? (
    <span className="live-note live-note--paused" title={t.queue.heldTitle}>
      <span className="live-note__dot" aria-hidden="true" />
      {t.queue.held}
    </span>
  ) : queue.isRefetchError ? (
    <span className="live-note live-note--error" role="status">
      <span className="live-note__dot" aria-hidden="true" />
      {t.queue.notUpdating(describeProblem(queue.error).title)}
    </span>
  ) : (
    <span className="live-note" title={t.queue.refreshedEvery(refreshSeconds)}>
      <span className="live-note__dot" aria-hidden="true" />
      {t.queue.live}
    </span>
  );

  const pending = held.newCount + held.goneCount;

  return (
    <>
      <Card flush title={t.queue.title} description={description} actions={liveNote}>
        {queue.isPending ? (
          <TableSkeleton rows={6} label={t.queue.loadingLabel} />
        ) : queue.isError && !queue.data ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : held.rows.length === 0 && held.newCount === 0 ? (
          <EmptyState
            icon={
              filter.tab === 'suppressed' ? (
                <BellOffIcon size="lg" />
              ) : filter.tab === 'resolved' ? (
                <CheckIcon size="lg" />
              ) : (
                <AlertIcon size="lg" />
              )
            }
            title={filter.source ? t.empty.noneFrom(filter.tab, fromSource) : empty.title}
            description={empty.description(refreshSeconds)}
            items={
              filter.tab === 'active' && !filter.source
                ? [
                    {
                      icon: <PlugIcon />,
                      title: t.empty.everySource,
                      description: t.empty.everySourceDetail,
                    },
                    {
                      icon: <LayersIcon />,
                      title: t.empty.groupedFlaps,
                      description: t.empty.groupedFlapsDetail,
                    },
                    {
                      icon: <IncidentIcon />,
                      title: t.empty.oneClickPromote,
                      description: t.empty.oneClickPromoteDetail,
                    },
                  ]
                : undefined
            }
            actions={
              filter.source ? (
                <Button variant="primary" onClick={onShowAllSources}>
                  {t.empty.showEverySource}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <div ref={listRef} className="alert-queue" {...held.containerProps}>
            {pending > 0 ? (
              <div className="queue-pill" role="status">
                <Button variant="primary" size="sm" onClick={held.apply}>
                  {held.newCount > 0 ? t.queue.newAlerts(held.newCount) : t.queue.updateList}
                  {held.goneCount > 0 ? t.queue.leftView(held.goneCount) : ''}
                </Button>
                <span className="queue-pill__hint">{t.queue.holdHint}</span>
              </div>
            ) : null}
            <AlertQueueTable
              rows={held.rows}
              selectedId={openId}
              onOpen={onOpen}
              onAction={startAction}
            />
          </div>
        )}
      </Card>
      {openId ? (
        <AlertDrawer alertId={openId} fallback={opened} onClose={onClose} onAction={startAction} />
      ) : null}
      {action ? (
        <AlertActionDialog
          kind={action.kind}
          alert={action.alert}
          onClose={endAction}
          onDone={(alert) => {
            held.patch(alert);
            endAction();
          }}
        />
      ) : null}
    </>
  );
};

/** The triage queue: alarms, detections and webhook alerts, live, grouped by alarm. */
export const AlertsPage = () => {
  const t = useMessages(alertsPageMessages);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseQueueFilter(params), [params]);
  const openId = params.get('alert') || undefined;
  const tabName = useId();

  const setFilter = (next: QueueFilter) =>
    setParams((current) => withQueueFilter(current, next), { replace: true });
  const setOpen = (id: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('alert', id);
        else next.delete('alert');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t.page.title} description={t.page.description} />
      <div className="stack">
        <section className="filter-bar" aria-label={t.page.filters}>
          <div className="filter-bar__row">
            <div className="segmented" role="radiogroup" aria-label={t.page.status}>
              {ALERT_TABS.map((tab) => (
                <div className="segmented__option" key={tab.value}>
                  <input
                    type="radio"
                    id={`${tabName}-${tab.value}`}
                    name={tabName}
                    checked={filter.tab === tab.value}
                    onChange={() => setFilter({ ...filter, tab: tab.value })}
                  />
                  <label htmlFor={`${tabName}-${tab.value}`}>{tab.label}</label>
                </div>
              ))}
            </div>
            <SelectField
              label={t.page.source}
              hideLabel
              className="filter-bar__select"
              value={filter.source ?? ''}
              onChange={(e) =>
                setFilter({
                  ...filter,
                  source: ALERT_SOURCES.find((s) => s.value === e.target.value)?.value,
                })
              }
            >
              <option value="">{t.page.everySource}</option>
              {ALERT_SOURCES.map((s) => (
                <option key={s.value} value={s.value}>
                  {t.page.sourcesOption[s.value]}
                </option>
              ))}
            </SelectField>
            <p className="filter-bar__zone">{t.page.timesIn(localTimeZone())}</p>
          </div>
        </section>
        <AlertQueue
          key={`${filter.tab}:${filter.source ?? ''}`}
          filter={filter}
          openId={openId}
          onOpen={(alert) => setOpen(alert.id)}
          onClose={() => setOpen(undefined)}
          onShowAllSources={() => setFilter({ ...filter, source: undefined })}
        />
      </div>
    </>
  );
};
