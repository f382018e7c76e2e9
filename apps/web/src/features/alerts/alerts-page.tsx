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
import { formatCount, localTimeZone } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { AlertActionDialog } from './alert-action-dialog';
import type { AlertActionKind } from './alert-actions';
import { AlertDrawer } from './alert-drawer';
import {
  ALERT_SOURCES,
  ALERT_TABS,
  groupAlerts,
  parseQueueFilter,
  sourceLabel,
  withQueueFilter,
  type AlertTab,
  type QueueFilter,
} from './alert-queue';
import { AlertQueueTable } from './alert-queue-table';
import { ALERT_REFRESH_MS, useAlertQueue } from './queries';
import { useHeldQueue } from './use-held-queue';

const EMPTY: Record<AlertTab, { title: string; description: string }> = {
  active: {
    title: 'No active alerts',
    description: `Nothing is firing. New alerts from CloudWatch alarms, detections and webhooks appear here within ${
      ALERT_REFRESH_MS / 1000
    } seconds, without a reload.`,
  },
  suppressed: {
    title: 'Nothing is suppressed',
    description:
      'Alerts silenced for a while, by hand or by an alert rule, are listed here until their window ends.',
  },
  resolved: {
    title: 'No resolved alerts',
    description:
      'Alerts whose alarm returned to OK, or whose sender said they were over, are kept here.',
  },
};

const TAB_WORDS: Record<AlertTab, string> = {
  active: 'active',
  suppressed: 'suppressed',
  resolved: 'resolved',
};

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

interface QueueProps {
  filter: QueueFilter;
  openId: string | undefined;
  onOpen: (alert: Alert) => void;
  onClose: () => void;
  onShowAllSources: () => void;
}

/** The queue of one tab and source, with its drawer and action dialogs. */
const AlertQueue = ({ filter, openId, onOpen, onClose, onShowAllSources }: QueueProps) => {
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
  const words = TAB_WORDS[filter.tab];
  const fromSource = filter.source ? ` from ${sourceLabel(filter.source).toLowerCase()}s` : '';
  const opened = live.find((a) => a.id === openId);

  const description = queue.data
    ? `${plural(shown, `${words} alert`)}${fromSource}${
        groups < shown ? ` in ${plural(groups, 'group')}` : ''
      }. ${
        filter.tab === 'resolved'
          ? 'Most recently resolved first.'
          : 'Most severe first, then the longest waiting.'
      }`
    : `Loading ${words} alerts…`;

  const liveNote = held.isHeld ? (
    <span className="live-note live-note--paused" title="Rows keep their places while you work">
      <span className="live-note__dot" aria-hidden="true" />
      Held while you work on the list
    </span>
  ) : queue.isRefetchError ? (
    <span className="live-note live-note--error" role="status">
      <span className="live-note__dot" aria-hidden="true" />
      Not updating: {describeProblem(queue.error).title}. Retrying…
    </span>
  ) : (
    <span className="live-note" title={`Refreshed every ${ALERT_REFRESH_MS / 1000} s`}>
      <span className="live-note__dot" aria-hidden="true" />
      Live
    </span>
  );

  const pending = held.newCount + held.goneCount;

  return (
    <>
      <Card flush title="Queue" description={description} actions={liveNote}>
        {queue.isPending ? (
          <TableSkeleton rows={6} label="Loading alerts" />
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
            title={filter.source ? `No ${words} alerts${fromSource}` : EMPTY[filter.tab].title}
            description={EMPTY[filter.tab].description}
            items={
              filter.tab === 'active' && !filter.source
                ? [
                    {
                      icon: <PlugIcon />,
                      title: 'Every source',
                      description: 'SNS, EventBridge, webhooks and detection rules.',
                    },
                    {
                      icon: <LayersIcon />,
                      title: 'Grouped flaps',
                      description: 'An alarm that flaps stays one alert, not ten incidents.',
                    },
                    {
                      icon: <IncidentIcon />,
                      title: 'One-click promote',
                      description: 'Open an incident from an alert, with its title.',
                    },
                  ]
                : undefined
            }
            actions={
              filter.source ? (
                <Button variant="primary" onClick={onShowAllSources}>
                  Show every source
                </Button>
              ) : undefined
            }
          />
        ) : (
          <div ref={listRef} className="alert-queue" {...held.containerProps}>
            {pending > 0 ? (
              <div className="queue-pill" role="status">
                <Button variant="primary" size="sm" onClick={held.apply}>
                  {held.newCount > 0 ? `${plural(held.newCount, 'new alert')}` : 'Update the list'}
                  {held.goneCount > 0 ? ` · ${formatCount(held.goneCount)} left this view` : ''}
                </Button>
                <span className="queue-pill__hint">
                  The list holds still while you point at it or work in it.
                </span>
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
      <PageHeader
        title="Alerts"
        description="CloudWatch alarms, detections over the audit log and webhook alerts, in one triage queue."
      />
      <div className="stack">
        <section className="filter-bar" aria-label="Filters">
          <div className="filter-bar__row">
            <div className="segmented" role="radiogroup" aria-label="Status">
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
              label="Source"
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
              <option value="">Every source</option>
              {ALERT_SOURCES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}s
                </option>
              ))}
            </SelectField>
            <p className="filter-bar__zone">Times in {localTimeZone()}</p>
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
