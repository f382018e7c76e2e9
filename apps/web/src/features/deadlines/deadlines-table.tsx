import type { Obligation } from '@vigil/contracts';
import { memo } from 'react';
import { Link } from 'react-router';
import { Button, MailIcon, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatCount } from '../../lib/format';
import { CHANNEL_LABELS, type NoticeChannel } from '../notices/notice-text';
import {
  incidentReference,
  isOpenState,
  regimeLabel,
  STATE_META,
  type BoardGroup,
  type ClockState,
} from './board';
import { ClockStateBadge, DeadlineSummary } from './clock-parts';
import { messages } from './messages';

export type DeadlineAction = 'notice' | 'waive';

export const incidentPath = (incidentId: string) => `/incidents/${encodeURIComponent(incidentId)}`;

const channelLabel = (channel: string | null) =>
  channel ? (CHANNEL_LABELS[channel as NoticeChannel] ?? channel) : null;

/** Rule id and title, regime, recipient, and why the rule holds (or how it was settled). */
export const ObligationCell = ({ obligation: o }: { obligation: Obligation }) => {
  const t = useMessages(messages).table;
  return (
    <div className="obligation-cell">
      <span className="obligation-cell__title">{o.title}</span>
      <span className="obligation-cell__meta">
        <code className="code-chip">{o.rule}</code>
        <span>{regimeLabel(o.regime)}</span>
      </span>
      <span className="obligation-cell__line">
        <span className="obligation-cell__label">{t.to}</span> {o.recipient.display}
        {o.recipient.contacts?.length ? (
          <span className="obligation-cell__contacts">
            {' '}
            ({o.recipient.contacts.map((c) => c.email).join(', ')})
          </span>
        ) : null}
      </span>
      {o.metAt && o.kind === 'notice' ? (
        <span className="obligation-cell__line">
          <span className="obligation-cell__label">{t.sent}</span>
          {[channelLabel(o.channel), o.sentTo ? t.sentTo(o.sentTo) : null]
            .filter(Boolean)
            .join(' ')}
          {o.noticeSummary ? t.summary(o.noticeSummary) : ''}
        </span>
      ) : null}
      {o.delayReason ? (
        <span className="obligation-cell__line">
          <span className="obligation-cell__label">{t.lateBecause}</span> {o.delayReason}
        </span>
      ) : null}
      {o.waiveReason ? (
        <span className="obligation-cell__line">
          <span className="obligation-cell__label">{t.waivedBecause}</span> {o.waiveReason}
        </span>
      ) : null}
      <span
        className="obligation-cell__because obligation-cell__because--clamped"
        title={o.because}
      >
        {o.noLongerRequired ? t.keptOnRecord : t.because}
        {o.because}
      </span>
    </div>
  );
};

export const IncidentCell = ({ obligation: o }: { obligation: Obligation }) => (
  <div className="cell-stack">
    <Link to={incidentPath(o.incidentId)} className="incident-link mono">
      {incidentReference(o)}
    </Link>
    <span className="obligation-cell__incident-title">{o.incidentTitle}</span>
  </div>
);

interface RowProps {
  obligation: Obligation;
  state: ClockState;
  canAct: boolean;
  onAction: (action: DeadlineAction, obligation: Obligation) => void;
}

const DeadlineRow = memo(function DeadlineRow({
  obligation: o,
  state,
  canAct,
  onAction,
}: RowProps) {
  const t = useMessages(messages).table;
  const open = isOpenState(state);
  const notice = o.kind === 'notice';
  return (
    <tr
      className={`deadline-row deadline-row--${state}`}
      data-obligation-id={o.id}
      data-rule={o.rule}
    >
      <td className="deadline-row__state">
        <ClockStateBadge state={state} />
        {o.noLongerRequired ? <span className="table__sub">{t.noLongerRequired}</span> : null}
      </td>
      <td>
        <ObligationCell obligation={o} />
      </td>
      <td>
        <IncidentCell obligation={o} />
      </td>
      <td>
        {o.clockStartedAt ? (
          <Timestamp value={o.clockStartedAt} />
        ) : (
          <span className="timestamp timestamp--empty">{t.notRecorded}</span>
        )}
      </td>
      <td>
        <DeadlineSummary obligation={o} state={state} />
      </td>
      <td className="table__actions">
        {notice && open && canAct ? (
          <span className="action-group">
            <Button
              size="sm"
              variant="primary"
              icon={<MailIcon />}
              onClick={() => onAction('notice', o)}
            >
              {t.prepareNotice}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onAction('waive', o)}>
              {t.waive}
            </Button>
          </span>
        ) : notice && state === 'met' ? (
          <Button size="sm" onClick={() => onAction('notice', o)}>
            {t.viewNotice}
          </Button>
        ) : null}
      </td>
    </tr>
  );
});

export interface DeadlinesTableProps {
  groups: readonly BoardGroup[];
  canAct: boolean;
  onAction: (action: DeadlineAction, obligation: Obligation) => void;
  caption: string;
}

/**
 * The clocks in groups by state, overdue on top, each group by time left. A coloured edge and a
 * badge say the state; the countdown ticks every second.
 */
export const DeadlinesTable = ({ groups, canAct, onAction, caption }: DeadlinesTableProps) => {
  const t = useMessages(messages).table;
  return (
    <div className="table-wrap">
      <table className="table deadlines-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.obligation}</th>
            <th scope="col">{t.incident}</th>
            <th scope="col">{t.clockStarted}</th>
            <th scope="col">{t.deadline}</th>
            <th scope="col">
              <span className="visually-hidden">{t.actions}</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.state} className={`deadline-group deadline-group--${group.state}`}>
            <tr className="deadline-group__head">
              <th scope="colgroup" colSpan={6}>
                {STATE_META[group.state].label}
                <span className="deadline-group__count">{formatCount(group.rows.length)}</span>
              </th>
            </tr>
            {group.rows.map((row) => (
              <DeadlineRow
                key={row.obligation.id}
                obligation={row.obligation}
                state={row.state}
                canAct={canAct}
                onAction={onAction}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
};
