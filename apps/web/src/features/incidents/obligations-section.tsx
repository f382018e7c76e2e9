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
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { clockStateOf, regimeLabel, type ClockState } from '../deadlines/board';
import { ClockStateBadge, DeadlineSummary } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { NoticeDialog } from '../notices/notice-dialog';
import { CHANNEL_LABELS, type NoticeChannel } from '../notices/notice-text';
import { messages } from './incident-records.messages';

const channelLabel = (channel: string | null) =>
  channel ? (CHANNEL_LABELS[channel as NoticeChannel] ?? channel) : null;

/** What was sent, to whom, how, and the hash of the text: the proof of a met notice. */
const SentRecord = ({ obligation: o }: { obligation: Obligation }) => {
  const t = useMessages(messages).duties.sent;
  return (
    <dl className="meta-list obligation-record">
      <div>
        <dt>{t.sent}</dt>
        <dd>{o.metAt ? formatDateTime(o.metAt) : '—'}</dd>
      </div>
      <div>
        <dt>{t.channel}</dt>
        <dd>{channelLabel(o.channel) ?? '—'}</dd>
      </div>
      <div>
        <dt>{t.to}</dt>
        <dd>{o.sentTo ?? '—'}</dd>
      </div>
      {o.noticeSummary ? (
        <div className="obligation-record__wide">
          <dt>{t.summary}</dt>
          <dd className="pre-wrap">{o.noticeSummary}</dd>
        </div>
      ) : null}
      {o.delayReason ? (
        <div className="obligation-record__wide">
          <dt>{t.delayReason}</dt>
          <dd className="pre-wrap">{o.delayReason}</dd>
        </div>
      ) : null}
      {o.contentSha256 ? (
        <div>
          <dt>{t.contentHash}</dt>
          <dd className="hash-cell">
            <span className="mono" title={o.contentSha256}>
              {o.contentSha256.slice(0, 16)}…
            </span>
            <CopyButton
              text={o.contentSha256}
              label={t.copyHash}
              size="sm"
              variant="ghost"
              aria-label={t.copyHashOf(o.title)}
            />
          </dd>
        </div>
      ) : null}
    </dl>
  );
};

const WaivedRecord = ({ obligation: o }: { obligation: Obligation }) => {
  const t = useMessages(messages).duties.waived;
  return (
    <dl className="meta-list obligation-record">
      <div>
        <dt>{t.waived}</dt>
        <dd>{o.waivedAt ? formatDateTime(o.waivedAt) : '—'}</dd>
      </div>
      <div className="obligation-record__wide">
        <dt>{t.reason}</dt>
        <dd className="pre-wrap">{o.waiveReason ?? '—'}</dd>
      </div>
    </dl>
  );
};

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
  const t = useMessages(messages).duties;
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
              <summary>{t.whyItApplies}</summary>
              <p>{t.because(o.because.replace(/\.$/, ''))}</p>
            </details>
          ) : null}
          {o.noLongerRequired ? (
            <span className="table__sub">
              <Badge tone="neutral">{t.noLongerRequired}</Badge>
              {state === 'met' ? t.keptSent : t.keptSettled}
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
            <span className="muted">{t.notStarted}</span>
          )}
        </td>
        <td className="obligation-row__deadline">
          {o.kind === 'record' ? (
            <div className="deadline-cell">
              <span className="deadline-cell__kind">{t.recordToKeep}</span>
              <span className="deadline-cell__note">
                {o.deadlineLabel.replace(/^No deadline:\s*/i, '')}
              </span>
              {o.retainUntil ? (
                <span className="deadline-cell__note">
                  {t.retainUntil(formatDateTime(o.retainUntil))}
                </span>
              ) : null}
            </div>
          ) : (
            <DeadlineSummary obligation={o} state={state} />
          )}
        </td>
        <td>
          {o.kind === 'record' && isOpen(state) ? (
            <Badge tone="neutral" dot title={t.recordHint}>
              {t.record}
            </Badge>
          ) : (
            <ClockStateBadge state={state} />
          )}
        </td>
        <td className="table__actions">
          {o.kind === 'notice' && isOpen(state) && canRecord ? (
            <Button size="sm" variant="primary" icon={<MailIcon />} onClick={() => onNotice(o)}>
              {t.prepareNotice}
            </Button>
          ) : o.kind === 'notice' && state === 'met' ? (
            <Button size="sm" onClick={() => onNotice(o)}>
              {t.viewNotice}
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
  const t = useMessages(messages).duties;
  return (
    <Card
      flush
      title={t.title}
      className="incident-section"
      description={rows.length === 0 ? t.description : t.counts(rows.length, open)}
      actions={
        canReadAll ? (
          <ButtonLink
            size="sm"
            icon={<DeadlineIcon />}
            to={`/deadlines?incident=${encodeURIComponent(incident.id)}&view=all`}
          >
            {t.board}
          </ButtonLink>
        ) : undefined
      }
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      {rows.length === 0 ? (
        <EmptyState
          icon={<MailIcon size="lg" />}
          title={t.emptyTitle}
          description={
            incident.organizationIds.length === 0 && !incident.assessment
              ? t.emptyNoAnswers
              : t.emptyNothingToNotify
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table obligation-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="obligation-table__duty">
                  {t.columns.duty}
                </th>
                <th scope="col">{t.columns.recipient}</th>
                <th scope="col">{t.columns.clockStarted}</th>
                <th scope="col" className="obligation-table__due">
                  {t.columns.due}
                </th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
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
