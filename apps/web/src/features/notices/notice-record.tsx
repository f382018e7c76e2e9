import type { NoticeDraft, Obligation } from '@vigil/contracts';
import {
  Alert,
  Badge,
  Button,
  CheckIcon,
  CopyButton,
  DialogBody,
  DialogFooter,
  ErrorIcon,
  ExportIcon,
  ProblemAlert,
  Skeleton,
} from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { saveFile } from '../../lib/save-file';
import {
  clockStateOf,
  deadlineOf,
  deadlineTitle,
  settledAgainstDeadline,
} from '../deadlines/board';
import { ClockStateBadge } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import {
  CHANNEL_LABELS,
  LANGUAGE_LABELS,
  noticeFileName,
  noticeFileText,
  type NoticeChannel,
} from './notice-text';
import { useNoticeDraft } from './queries';
import { useSha256 } from './use-sha256';

const channelLabel = (channel: string | null) =>
  channel ? (CHANNEL_LABELS[channel as NoticeChannel] ?? channel) : '—';

/** Does the text shown hash to what was recorded? Said in words, not only in colour. */
const HashCheck = ({ text, recorded }: { text: string; recorded: string }) => {
  const computed = useSha256(text);
  if (computed === undefined) return <span className="table__sub">Checking the hash…</span>;
  if (computed === null) {
    return <span className="table__sub">This browser cannot compute SHA-256 here.</span>;
  }
  return computed === recorded ? (
    <Badge tone="success" icon={<CheckIcon />}>
      The text below matches this hash
    </Badge>
  ) : (
    <Badge tone="danger" icon={<ErrorIcon />}>
      The text below does not match this hash
    </Badge>
  );
};

const SentText = ({ obligation, draft }: { obligation: Obligation; draft: NoticeDraft }) => (
  <section className="notice-sent" aria-label="Text sent">
    <div className="drawer__heading-row">
      <h3 className="drawer__heading">Text sent ({LANGUAGE_LABELS[draft.language]})</h3>
      <span className="action-group">
        <CopyButton size="sm" text={draft.body} label="Copy text" />
        <Button
          size="sm"
          icon={<ExportIcon />}
          onClick={() =>
            saveFile(
              new Blob([noticeFileText({ obligation, subject: draft.subject, body: draft.body })], {
                type: 'text/plain;charset=utf-8',
              }),
              noticeFileName(obligation, obligation.metAt ?? draft.sentAt ?? ''),
            )
          }
        >
          Download
        </Button>
      </span>
    </div>
    <p className="notice-sent__subject">{draft.subject}</p>
    <pre className="notice-text" aria-label="Notice text">
      {draft.body}
    </pre>
  </section>
);

export interface NoticeRecordProps {
  obligation: Obligation;
  /** Shown right after the DPO recorded it. */
  justSent: boolean;
  /** `GET /obligations/{id}/notice` is open to this role. */
  canReadText: boolean;
  onClose: () => void;
}

/** What was sent, when, to whom and by which channel, with the hash that proves the text. */
export const NoticeRecord = ({
  obligation: o,
  justSent,
  canReadText,
  onClose,
}: NoticeRecordProps) => {
  const now = useSecondClock();
  const state = clockStateOf(o, now);
  const met = state === 'met';
  const draft = useNoticeDraft(o.id, 'en', met && canReadText);
  const deadline = deadlineOf(o);
  const sent = draft.data?.sentAt ? draft.data : undefined;

  return (
    <>
      <DialogBody>
        {justSent ? (
          <Alert tone="success" title="Notice recorded as sent">
            The obligation is met. What was sent, when and to whom is on the incident&apos;s
            timeline, in the register and in the audit log; the text can no longer be edited.
          </Alert>
        ) : null}
        <dl className="detail-list notice-record">
          <div>
            <dt>Status</dt>
            <dd>
              <ClockStateBadge state={state} />
            </dd>
          </div>
          {met ? (
            <>
              <div>
                <dt>Sent at</dt>
                <dd>
                  {o.metAt ? formatDateTime(o.metAt) : '—'}
                  {o.metAt && formatDateTime(o.metAt, 'UTC') !== formatDateTime(o.metAt) ? (
                    <span className="detail-list__sub">{formatDateTime(o.metAt, 'UTC')}</span>
                  ) : null}
                  {o.metAt && deadline ? (
                    <span className="detail-list__sub">
                      {settledAgainstDeadline(o.metAt, deadline)} ({deadlineTitle(o).toLowerCase()}{' '}
                      {formatDateTime(deadline)})
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>To</dt>
                <dd>{o.sentTo ?? '—'}</dd>
              </div>
              <div>
                <dt>Channel</dt>
                <dd>{channelLabel(o.channel)}</dd>
              </div>
              <div>
                <dt>Subject</dt>
                <dd>{o.noticeSummary ?? '—'}</dd>
              </div>
              {o.delayReason ? (
                <div>
                  <dt>Reasons for the delay</dt>
                  <dd>{o.delayReason}</dd>
                </div>
              ) : null}
              <div>
                <dt>Content SHA-256</dt>
                <dd>
                  {o.contentSha256 ? (
                    <span className="notice-hash">
                      <code className="mono break-all" aria-label="Content SHA-256">
                        {o.contentSha256}
                      </code>
                      <CopyButton size="sm" variant="ghost" text={o.contentSha256} label="Copy" />
                      {sent ? <HashCheck text={sent.body} recorded={o.contentSha256} /> : null}
                    </span>
                  ) : (
                    '—'
                  )}
                </dd>
              </div>
            </>
          ) : state === 'waived' ? (
            <>
              <div>
                <dt>Waived at</dt>
                <dd>{o.waivedAt ? formatDateTime(o.waivedAt) : '—'}</dd>
              </div>
              <div>
                <dt>Reason</dt>
                <dd>{o.waiveReason ?? '—'}</dd>
              </div>
            </>
          ) : (
            <div>
              <dt>Notice</dt>
              <dd>Not recorded as sent yet. The DPO prepares and records it.</dd>
            </div>
          )}
        </dl>
        {met && canReadText ? (
          draft.isPending ? (
            <div className="stack stack--tight" role="status" aria-busy="true">
              <span className="visually-hidden">Loading the text sent…</span>
              <Skeleton variant="title" width="40" />
              <Skeleton variant="block" />
            </div>
          ) : draft.isError ? (
            <ProblemAlert error={draft.error} action="Notice texts" />
          ) : sent ? (
            <SentText obligation={o} draft={sent} />
          ) : (
            <p className="form-note">
              Only the subject was recorded for this notice: it was marked as sent without its full
              text. The hash above is of the subject.
            </p>
          )
        ) : null}
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </DialogFooter>
    </>
  );
};
