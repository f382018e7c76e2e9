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
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { saveFile } from '../../lib/save-file';
import { clockStateOf, deadlineOf, settledNoteText } from '../deadlines/board';
import { ClockStateBadge } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { messages } from './messages';
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
  const t = useMessages(messages).record;
  const computed = useSha256(text);
  if (computed === undefined) return <span className="table__sub">{t.checkingHash}</span>;
  if (computed === null) {
    return <span className="table__sub">{t.noWebCrypto}</span>;
  }
  return computed === recorded ? (
    <Badge tone="success" icon={<CheckIcon />}>
      {t.hashMatches}
    </Badge>
  ) : (
    <Badge tone="danger" icon={<ErrorIcon />}>
      {t.hashDiffers}
    </Badge>
  );
};

const SentText = ({ obligation, draft }: { obligation: Obligation; draft: NoticeDraft }) => {
  const t = useMessages(messages).record;
  return (
    <section className="notice-sent" aria-label={t.textSent}>
      <div className="drawer__heading-row">
        <h3 className="drawer__heading">{t.textSentIn(LANGUAGE_LABELS[draft.language])}</h3>
        <span className="action-group">
          <CopyButton size="sm" text={draft.body} label={t.copyText} />
          <Button
            size="sm"
            icon={<ExportIcon />}
            onClick={() =>
              saveFile(
                new Blob(
                  [noticeFileText({ obligation, subject: draft.subject, body: draft.body })],
                  {
                    type: 'text/plain;charset=utf-8',
                  },
                ),
                noticeFileName(obligation, obligation.metAt ?? draft.sentAt ?? ''),
              )
            }
          >
            {t.download}
          </Button>
        </span>
      </div>
      <p className="notice-sent__subject">{draft.subject}</p>
      <pre className="notice-text" aria-label={t.textLabel}>
        {draft.body}
      </pre>
    </section>
  );
};

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
  const t = useMessages(messages).record;
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
          <Alert tone="success" title={t.justSent}>
            {t.justSentBody}
          </Alert>
        ) : null}
        <dl className="detail-list notice-record">
          <div>
            <dt>{t.status}</dt>
            <dd>
              <ClockStateBadge state={state} />
            </dd>
          </div>
          {met ? (
            <>
              <div>
                <dt>{t.sentAt}</dt>
                <dd>
                  {o.metAt ? formatDateTime(o.metAt) : '—'}
                  {o.metAt && formatDateTime(o.metAt, 'UTC') !== formatDateTime(o.metAt) ? (
                    <span className="detail-list__sub">{formatDateTime(o.metAt, 'UTC')}</span>
                  ) : null}
                  {o.metAt && deadline ? (
                    <span className="detail-list__sub">
                      {settledNoteText(o, o.metAt, deadline)}
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t.to}</dt>
                <dd>{o.sentTo ?? '—'}</dd>
              </div>
              <div>
                <dt>{t.channel}</dt>
                <dd>{channelLabel(o.channel)}</dd>
              </div>
              <div>
                <dt>{t.subject}</dt>
                <dd>{o.noticeSummary ?? '—'}</dd>
              </div>
              {o.delayReason ? (
                <div>
                  <dt>{t.delayReason}</dt>
                  <dd>{o.delayReason}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t.contentSha256}</dt>
                <dd>
                  {o.contentSha256 ? (
                    <span className="notice-hash">
                      <code className="mono break-all" aria-label={t.contentSha256}>
                        {o.contentSha256}
                      </code>
                      <CopyButton size="sm" variant="ghost" text={o.contentSha256} label={t.copy} />
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
                <dt>{t.waivedAt}</dt>
                <dd>{o.waivedAt ? formatDateTime(o.waivedAt) : '—'}</dd>
              </div>
              <div>
                <dt>{t.reason}</dt>
                <dd>{o.waiveReason ?? '—'}</dd>
              </div>
            </>
          ) : (
            <div>
              <dt>{t.notice}</dt>
              <dd>{t.notSentYet}</dd>
            </div>
          )}
        </dl>
        {met && canReadText ? (
          draft.isPending ? (
            <div className="stack stack--tight" role="status" aria-busy="true">
              <span className="visually-hidden">{t.loadingText}</span>
              <Skeleton variant="title" width="40" />
              <Skeleton variant="block" />
            </div>
          ) : draft.isError ? (
            <ProblemAlert error={draft.error} action={t.textAction} />
          ) : sent ? (
            <SentText obligation={o} draft={sent} />
          ) : (
            <p className="form-note">{t.subjectOnly}</p>
          )
        ) : null}
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onClose} data-autofocus>
          {t.close}
        </Button>
      </DialogFooter>
    </>
  );
};
