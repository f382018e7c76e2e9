import type { IncidentDetail, Obligation } from '@vigil/contracts';
import { useState } from 'react';
import {
  Badge,
  Button,
  ButtonLink,
  Card,
  CopyButton,
  DeadlineIcon,
  EmptyState,
  MailIcon,
  Timestamp,
} from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { clockStateOf, regimeLabel, type ClockState } from '../deadlines/board';
import { ClockStateBadge, DeadlineSummary } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { NoticeDialog } from '../notices/notice-dialog';
import { CHANNEL_LABELS, type NoticeChannel } from '../notices/notice-text';

const channelLabel = (channel: string | null) =>
  channel ? (CHANNEL_LABELS[channel as NoticeChannel] ?? channel) : null;

/** What was sent, to whom, how, and the hash of the text: the proof of a met notice. */
const SentRecord = ({ obligation: o }: { obligation: Obligation }) => (
  <dl className="meta-list obligation-record">
    <div>
      <dt>Sent</dt>
      <dd>{o.metAt ? formatDateTime(o.metAt) : '—'}</dd>
    </div>
    <div>
      <dt>Channel</dt>
      <dd>{channelLabel(o.channel) ?? '—'}</dd>
    </div>
    <div>
      <dt>To</dt>
      <dd>{o.sentTo ?? '—'}</dd>
    </div>
    {o.noticeSummary ? (
      <div className="obligation-record__wide">
        <dt>Summary</dt>
        <dd className="pre-wrap">{o.noticeSummary}</dd>
      </div>
    ) : null}
    {o.delayReason ? (
      <div className="obligation-record__wide">
        <dt>Reason for the delay</dt>
        <dd className="pre-wrap">{o.delayReason}</dd>
      </div>
    ) : null}
    {o.contentSha256 ? (
      <div>
        <dt>Content SHA-256</dt>
        <dd className="hash-cell">
          <span className="mono" title={o.contentSha256}>
            {o.contentSha256.slice(0, 16)}…
          </span>
          <CopyButton
            text={o.contentSha256}
            label="Copy hash"
            size="sm"
            variant="ghost"
            aria-label={`Copy the content hash of ${o.title}`}
          />
        </dd>
      </div>
    ) : null}
  </dl>
);

const WaivedRecord = ({ obligation: o }: { obligation: Obligation }) => (
  <dl className="meta-list obligation-record">
    <div>
      <dt>Waived</dt>
      <dd>{o.waivedAt ? formatDateTime(o.waivedAt) : '—'}</dd>
    </div>
    <div className="obligation-record__wide">
      <dt>Reason</dt>
      <dd className="pre-wrap">{o.waiveReason ?? '—'}</dd>
    </div>
  </dl>
);

const isOpen = (state: ClockState) => state !== 'met' && state !== 'waived';

const ObligationRow = ({
  obligation: o,
  state,
  canRecord,
  onNotice,
}: {
  obligation: Obligation;
  state: ClockState;
  canRecord: boolean;
  onNotice: (o: Obligation) => void;
}) => {
  const settled = !isOpen(state);
  return (
    <>
      <tr className={settled ? 'obligation-row obligation-row--settled' : 'obligation-row'}>
        <td className="obligation-row__duty">
          <span className="obligation-row__title">{o.title}</span>
          <span className="table__sub">
            <span className="mono">{o.rule}</span> · {regimeLabel(o.regime)} · {o.legalBasis}
          </span>
          {o.because ? (
            <details className="obligation-why">
              <summary>Why it applies</summary>
              <p>Because {o.because.replace(/\.$/, '')}.</p>
            </details>
          ) : null}
          {o.noLongerRequired ? (
            <span className="table__sub">
              <Badge tone="neutral">No longer required</Badge> kept: it was already{' '}
              {state === 'met' ? 'sent' : 'settled'}
            </span>
          ) : null}
        </td>
        <td>
          {o.recipient.display}
          {o.recipient.contacts?.length ? (
            <span className="table__sub">
              {o.recipient.contacts.map((c) => `${c.name} <${c.email}>`).join(', ')}
            </span>
          ) : null}
        </td>
        <td>
          {o.clockStartedAt ? (
            <Timestamp value={o.clockStartedAt} />
          ) : (
            <span className="muted">Not started</span>
          )}
        </td>
        <td className="obligation-row__deadline">
          {o.kind === 'record' ? (
            <div className="deadline-cell">
              <span className="deadline-cell__kind">Record to keep</span>
              <span className="deadline-cell__note">
                {o.deadlineLabel.replace(/^No deadline:\s*/i, '')}
              </span>
              {o.retainUntil ? (
                <span className="deadline-cell__note">
                  At least until {formatDateTime(o.retainUntil)}
                </span>
              ) : null}
            </div>
          ) : (
            <DeadlineSummary obligation={o} state={state} />
          )}
        </td>
        <td>
          {o.kind === 'record' && isOpen(state) ? (
            <Badge tone="neutral" dot title="A record the law requires: no notice to send">
              Record
            </Badge>
          ) : (
            <ClockStateBadge state={state} />
          )}
        </td>
        <td className="table__actions">
          {o.kind === 'notice' && isOpen(state) && canRecord ? (
            <Button size="sm" variant="primary" icon={<MailIcon />} onClick={() => onNotice(o)}>
              Prepare notice
            </Button>
          ) : o.kind === 'notice' && state === 'met' ? (
            <Button size="sm" onClick={() => onNotice(o)}>
              View notice
            </Button>
          ) : null}
        </td>
      </tr>
      {state === 'met' || state === 'waived' ? (
        <tr className="obligation-row__record">
          <td colSpan={6}>
            {state === 'met' ? <SentRecord obligation={o} /> : <WaivedRecord obligation={o} />}
          </td>
        </tr>
      ) : null}
    </>
  );
};

/**
 * The notification duties and records the law and client contracts require for this incident,
 * with their clocks, and the way to prepare and record each notice.
 */
export const ObligationsSection = ({
  incident,
  canRecord,
  canReadAll,
  id,
}: {
  incident: IncidentDetail;
  /** `canRecordNotices`: prepare and mark notices as sent. */
  canRecord: boolean;
  /** `canReadObligations`: the Deadlines board across incidents. */
  canReadAll: boolean;
  id: string;
}) => {
  const now = useSecondClock();
  const [notice, setNotice] = useState<Obligation | null>(null);
  const rows = incident.obligations.map((o) => ({ obligation: o, state: clockStateOf(o, now) }));
  const open = rows.filter((r) => isOpen(r.state) && r.obligation.kind === 'notice').length;
  // The open dialog follows the latest copy (e.g. after it was marked sent).
  const current = notice ? (incident.obligations.find((o) => o.id === notice.id) ?? notice) : null;
  return (
    <Card
      flush
      title="Notification duties"
      className="incident-section"
      description={
        rows.length === 0
          ? 'What the law and client contracts require, derived from the affected clients and the privacy assessment.'
          : `${rows.length} ${rows.length === 1 ? 'duty' : 'duties'}, ${open} ${open === 1 ? 'notice' : 'notices'} still to send. Derived from the affected clients and the privacy assessment.`
      }
      actions={
        canReadAll ? (
          <ButtonLink
            size="sm"
            icon={<DeadlineIcon />}
            to={`/deadlines?incident=${encodeURIComponent(incident.id)}&view=all`}
          >
            On the Deadlines board
          </ButtonLink>
        ) : undefined
      }
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      {rows.length === 0 ? (
        <EmptyState
          icon={<MailIcon size="lg" />}
          title="No notification duty"
          description={
            incident.organizationIds.length === 0 && !incident.assessment
              ? 'No client is affected and no privacy assessment is recorded. Affecting a client starts its 24 h contractual clock; the assessment decides the legal notices.'
              : 'Nothing to notify under the current answers. Duties appear if the assessment or the affected clients change.'
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table obligation-table">
            <caption className="visually-hidden">Notification duties, soonest first</caption>
            <thead>
              <tr>
                <th scope="col" className="obligation-table__duty">
                  Duty
                </th>
                <th scope="col">Recipient</th>
                <th scope="col">Clock started</th>
                <th scope="col" className="obligation-table__due">
                  Due or target
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ obligation, state }) => (
                <ObligationRow
                  key={obligation.id}
                  obligation={obligation}
                  state={state}
                  canRecord={canRecord}
                  onNotice={setNotice}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current ? <NoticeDialog obligation={current} open onClose={() => setNotice(null)} /> : null}
    </Card>
  );
};
