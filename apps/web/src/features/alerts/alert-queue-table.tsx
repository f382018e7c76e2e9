import type { Alert } from '@vigil/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, ChevronRightIcon, Timestamp } from '../../components/ui';
import { pick, useMessages } from '../../i18n';
import { formatCount } from '../../lib/format';
import type { AlertActionKind } from './alert-actions';
import { AlertActionButtons } from './alert-action-buttons';
import { AlertStatusBadge, alertStatusLabel, SeverityBadge } from './alert-badges';
import { incidentPath } from './alert-drawer';
import { groupAlerts, sourceLabel, type AlertGroup, type QueueRow } from './alert-queue';
import { alertsPageMessages } from './alerts-page.messages';
import { alertMessages } from './messages';

interface RowProps {
  row: QueueRow;
  selected: boolean;
  grouped?: boolean;
  onOpen: (alert: Alert) => void;
  onAction: (kind: AlertActionKind, alert: Alert) => void;
}

const StatusCell = ({ alert }: { alert: Alert }) => {
  const t = useMessages(alertsPageMessages).table;
  return (
    <>
      <AlertStatusBadge status={alert.status} />
      {alert.status === 'suppressed' && alert.suppressedUntil ? (
        <span className="table__sub">
          {t.until} <Timestamp value={alert.suppressedUntil} layout="inline" />
        </span>
      ) : alert.status === 'resolved' && alert.resolvedAt ? (
        <span className="table__sub">
          <Timestamp value={alert.resolvedAt} layout="inline" />
        </span>
      ) : null}
    </>
  );
};

const AlertRow = ({ row, selected, grouped, onOpen, onAction }: RowProps) => {
  const t = useMessages(alertsPageMessages).table;
  const { alert, gone } = row;
  const classes = [
    'alert-row',
    grouped ? 'alert-row--grouped' : '',
    gone ? 'alert-row--gone' : '',
    selected ? 'alert-row--selected' : '',
  ];
  return (
    <tr className={classes.filter(Boolean).join(' ')} data-alert-id={alert.id}>
      <td className="alert-row__severity">
        <SeverityBadge severity={alert.severity} />
      </td>
      <td className="alert-row__main">
        <Button variant="link" className="alert-row__title" onClick={() => onOpen(alert)}>
          {alert.title}
        </Button>
        <span className="alert-row__meta">
          <span>{sourceLabel(alert.source)}</span>
          <span className="mono truncate" title={alert.dedupKey}>
            {alert.dedupKey}
          </span>
        </span>
        {alert.incidentId || alert.incidentResolutionSuggested ? (
          <span className="alert-row__links">
            {alert.incidentId ? (
              <Link to={incidentPath(alert.incidentId)} className="incident-link">
                {t.incident}
              </Link>
            ) : null}
            {alert.incidentResolutionSuggested ? (
              <Badge tone="success" title={t.resolutionSuggestedHint}>
                {t.resolutionSuggested}
              </Badge>
            ) : null}
          </span>
        ) : null}
        {gone ? (
          <span className="alert-row__gone">{t.gone(alertStatusLabel(alert.status))}</span>
        ) : null}
      </td>
      <td>
        <Timestamp value={alert.openedAt} />
      </td>
      <td className="numeric">
        {formatCount(alert.fireCount)}
        {alert.fireCount > 1 ? (
          <span className="table__sub">
            {t.last} <Timestamp value={alert.lastFiredAt} layout="inline" />
          </span>
        ) : null}
      </td>
      <td>
        <StatusCell alert={alert} />
      </td>
      <td className="table__actions">
        {gone ? null : <AlertActionButtons alert={alert} onAction={onAction} />}
      </td>
    </tr>
  );
};

const statusSummary = (alerts: readonly Alert[]): string => {
  const counts = new Map<string, number>();
  for (const a of alerts) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts]
    .map(([status, n]) => pick(alertMessages).statusCount(status as Alert['status'], n))
    .join(', ');
};

const GroupRows = ({
  group,
  rows,
  expanded,
  onToggle,
  selectedId,
  onOpen,
  onAction,
}: {
  group: AlertGroup;
  rows: QueueRow[];
  expanded: boolean;
  onToggle: () => void;
  selectedId?: string;
  onOpen: (alert: Alert) => void;
  onAction: (kind: AlertActionKind, alert: Alert) => void;
}) => {
  const t = useMessages(alertsPageMessages).table;
  const lead = group.alerts[0];
  if (!lead) return null;
  const name = lead.alarmId ? lead.title.replace(/ is in ALARM.*$/, '') : lead.title;
  return (
    <tbody className={`alert-group${expanded ? ' alert-group--open' : ''}`}>
      <tr className="alert-group__head">
        <td className="alert-row__severity">
          <SeverityBadge severity={group.severity} />
        </td>
        <td className="alert-row__main">
          <button
            type="button"
            className="alert-group__toggle"
            aria-expanded={expanded}
            onClick={onToggle}
          >
            <ChevronRightIcon className="alert-group__chevron" />
            <span className="alert-group__name">{name}</span>
            <span className="alert-group__count">{t.groupCount(group.alerts.length)}</span>
          </button>
          <span className="alert-row__meta">
            <span>{sourceLabel(lead.source)}</span>
            <span>{lead.alarmId ? t.alarmEpisodes : t.sameDedupKey}</span>
          </span>
        </td>
        <td>
          <Timestamp value={group.lastFiredAt} />
        </td>
        <td className="numeric">{formatCount(group.fireCount)}</td>
        <td>
          <span className="table__sub table__sub--flush">{statusSummary(group.alerts)}</span>
        </td>
        <td />
      </tr>
      {expanded
        ? rows.map((row) => (
            <AlertRow
              key={row.alert.id}
              row={row}
              grouped
              selected={row.alert.id === selectedId}
              onOpen={onOpen}
              onAction={onAction}
            />
          ))
        : null}
    </tbody>
  );
};

export interface AlertQueueTableProps {
  rows: readonly QueueRow[];
  selectedId?: string;
  onOpen: (alert: Alert) => void;
  onAction: (kind: AlertActionKind, alert: Alert) => void;
}

/**
 * The queue as a table; alerts of one alarm (or one dedup key) collapse under a header with
 * their count. Every control is a button or a link: Tab walks the rows, Enter acts.
 */
export const AlertQueueTable = ({ rows, selectedId, onOpen, onAction }: AlertQueueTableProps) => {
  const t = useMessages(alertsPageMessages).table;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const groups = groupAlerts(rows.map((r) => r.alert));
  const rowById = new Map(rows.map((r) => [r.alert.id, r]));
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="table-wrap">
      <table className="table alert-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.severity}</th>
            <th scope="col">{t.alert}</th>
            <th scope="col">{t.age}</th>
            <th scope="col">{t.fires}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">
              <span className="visually-hidden">{t.actions}</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => {
          const groupRows = group.alerts.flatMap((a) => rowById.get(a.id) ?? []);
          const only = groupRows[0];
          if (groupRows.length === 1 && only) {
            return (
              <tbody key={group.key}>
                <AlertRow
                  row={only}
                  selected={only.alert.id === selectedId}
                  onOpen={onOpen}
                  onAction={onAction}
                />
              </tbody>
            );
          }
          return (
            <GroupRows
              key={group.key}
              group={group}
              rows={groupRows}
              expanded={expanded.has(group.key)}
              onToggle={() => toggle(group.key)}
              selectedId={selectedId}
              onOpen={onOpen}
              onAction={onAction}
            />
          );
        })}
      </table>
    </div>
  );
};
