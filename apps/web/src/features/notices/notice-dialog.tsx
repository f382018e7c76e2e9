import { useQueryClient } from '@tanstack/react-query';
import {
  NOTICE_CHANNELS,
  NOTICE_LANGUAGES,
  type NoticeDraft,
  type NoticeLanguage,
  type Obligation,
} from '@vigil/contracts';
import { memo, useId, useRef, useState, type ReactNode } from 'react';
import { canReadObligations, canRecordNotices } from '../../app/access';
import {
  Alert,
  Button,
  ConfirmDialog,
  Dialog,
  DialogBody,
  DialogFooter,
  ErrorState,
  ProblemAlert,
  SelectField,
  Skeleton,
  TextAreaField,
  TextField,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime, localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { useCurrentUser } from '../auth/queries';
import { clockStateOf, incidentReference, regimeLabel, settledState } from '../deadlines/board';
import { DeadlineSummary } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { messages } from './messages';
import { NoticeRecord } from './notice-record';
import {
  CHANNEL_LABELS,
  completePayload,
  contentItemStates,
  findGaps,
  formFromDraft,
  fromLocalInput,
  isDirty,
  LANGUAGE_LABELS,
  needsDelayReason,
  savePayload,
  splitGaps,
  toLocalInput,
  validateSend,
  type Gap,
  type NoticeChannel,
  type NoticeForm,
} from './notice-text';
import { noticeKeys, useCompleteObligation, useNoticeDraft, useSaveNoticeDraft } from './queries';
import { useSha256 } from './use-sha256';
import './notices.css';

type Step = 'prepare' | 'review' | 'send';

const STEPS: readonly Step[] = ['prepare', 'review', 'send'];

const Steps = ({ step }: { step: Step }) => {
  const t = useMessages(messages).editor;
  const at = STEPS.indexOf(step);
  return (
    <ol className="notice-steps" aria-label={t.stepsLabel}>
      {STEPS.map((s, index) => (
        <li
          key={s}
          className={`notice-steps__step${index < at ? ' notice-steps__step--done' : ''}`}
          aria-current={index === at ? 'step' : undefined}
        >
          <span className="notice-steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {t.steps[s]}
        </li>
      ))}
    </ol>
  );
};

/** Who it goes to, under which law, and the clock: always in view while writing. */
const ObligationStrip = ({ obligation: o }: { obligation: Obligation }) => {
  const t = useMessages(messages).editor;
  const now = useSecondClock();
  return (
    <dl className="meta-list notice-strip">
      <div>
        <dt>{t.to}</dt>
        <dd>{o.recipient.display}</dd>
      </div>
      <div>
        <dt>{t.under}</dt>
        <dd>
          {regimeLabel(o.regime)} · {o.legalBasis}
        </dd>
      </div>
      <div>
        <dt>{t.deadline}</dt>
        <dd>
          <DeadlineSummary obligation={o} state={clockStateOf(o, now)} />
        </dd>
      </div>
    </dl>
  );
};

const ContentChecklist = ({ draft, gaps }: { draft: NoticeDraft; gaps: readonly Gap[] }) => {
  const t = useMessages(messages).editor.checklist;
  const items = contentItemStates(draft.contentItems, gaps);
  const open = items.filter((i) => i.state === 'to_complete').length;
  return (
    <section className="notice-checklist" aria-label={t.title}>
      <h3 className="drawer__heading">{t.title}</h3>
      <p className="notice-checklist__source">{draft.legalSource}</p>
      <p className="notice-checklist__summary">
        {t.summary(items.length - open, items.length, open)}
      </p>
      <ul className="notice-checklist__items">
        {items.map((item) => (
          <li key={item.key} className={`notice-item notice-item--${item.state}`}>
            <span className="notice-item__mark" aria-hidden="true">
              {item.state === 'filled' ? '✓' : item.state === 'check' ? '✎' : '○'}
            </span>
            <span>
              <span className="notice-item__label">{item.label}</span>
              <span className="notice-item__state">{t.states[item.state]}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};

/** "3 gaps are still in the text", with a way to go to each. */
const GapsAlert = ({
  gaps,
  onGoTo,
  children,
}: {
  gaps: readonly Gap[];
  onGoTo?: (gap: Gap) => void;
  children?: ReactNode;
}) => {
  const t = useMessages(messages).editor.gaps;
  if (gaps.length === 0) return null;
  return (
    <Alert tone="warning" title={t.title(gaps.length)}>
      {children}
      <ul className="notice-gaps">
        {gaps.map((gap) => (
          <li key={gap.start}>
            {onGoTo ? (
              <Button variant="link" onClick={() => onGoTo(gap)}>
                {gap.label || t.unnamed}
              </Button>
            ) : (
              gap.label || t.unnamed
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
};

/** The text as it will read, gaps highlighted. */
const Preview = ({ body }: { body: string }) => {
  const t = useMessages(messages).editor;
  return (
    <pre className="notice-text" aria-label={t.textLabel}>
      {splitGaps(body).map((segment, index) =>
        segment.gap ? (
          <mark key={index} className="notice-gap">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </pre>
  );
};

const defaultLanguage = (o: Obligation): NoticeLanguage => (o.regime === 'QC' ? 'fr' : 'en');

interface EditorProps {
  obligation: Obligation;
  onClose: () => void;
  onSent: (obligation: Obligation) => void;
}

/** Prepare → review → mark as sent, for one notice. */
const NoticeEditor = ({ obligation, onClose, onSent }: EditorProps) => {
  const t = useMessages(messages).editor;
  const languageName = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [language, setLanguage] = useState<NoticeLanguage>(() => defaultLanguage(obligation));
  const [forms, setForms] = useState<Partial<Record<NoticeLanguage, NoticeForm>>>({});
  const [step, setStep] = useState<Step>('prepare');
  const [sentAtInput, setSentAtInput] = useState('');
  const [delayReason, setDelayReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmClose, setConfirmClose] = useState(false);

  const queryClient = useQueryClient();
  const draftQuery = useNoticeDraft(obligation.id, language);
  const save = useSaveNoticeDraft();
  const complete = useCompleteObligation();
  const draft = draftQuery.data;
  const form = forms[language] ?? (draft ? formFromDraft(draft) : undefined);
  const gaps = form ? findGaps(form.body) : [];
  const dirty = Boolean(form && draft && isDirty(form, draft));
  const anyDirty = NOTICE_LANGUAGES.some((l) => {
    const f = forms[l];
    const saved = queryClient.getQueryData<NoticeDraft>(noticeKeys.draft(obligation.id, l));
    return f !== undefined && saved !== undefined && isDirty(f, saved);
  });
  const busy = save.isPending || complete.isPending;
  const sentAt = fromLocalInput(sentAtInput);
  const late = needsDelayReason(obligation, sentAt);
  const bodyHash = useSha256(step === 'send' && form ? form.body.trim() : undefined);
  const allErrors = { ...serverFieldErrors(complete.error), ...errors };

  const update = (patch: Partial<NoticeForm>) => {
    if (!form) return;
    setForms((current) => ({ ...current, [language]: { ...form, ...patch } }));
    for (const key of Object.keys(patch)) setErrors((e) => withoutError(e, key));
  };

  const requestClose = () => {
    if (busy) return;
    if (anyDirty) setConfirmClose(true);
    else onClose();
  };

  const saveDraft = async () => {
    if (!form) return undefined;
    const saved = await save.mutateAsync({ id: obligation.id, ...savePayload(language, form) });
    return saved;
  };

  const goToGap = (gap: Gap) => {
    const textarea = bodyRef.current?.querySelector('textarea');
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(gap.start, gap.end);
  };

  const startSend = () => {
    setSentAtInput(toLocalInput(Date.now()));
    setErrors({});
    complete.reset();
    setStep('send');
  };

  const markSent = async () => {
    if (!form) return;
    const problems = validateSend({ obligation, form, sentAt, delayReason });
    setErrors(problems);
    if (Object.keys(problems).length > 0 || sentAt === null) return;
    try {
      // The saved draft is the text recorded as sent, in the language it was written in.
      if (dirty || !draft?.savedAt) await saveDraft();
      const result = await complete.mutateAsync({
        id: obligation.id,
        ...completePayload(language, form, { sentAt, delayReason: late ? delayReason : '' }),
      });
      onSent(result);
    } catch {
      // Shown from the mutations' state below.
    }
  };

  const problem = complete.error ?? save.error;
  const problemShown =
    problem && !(complete.error && allErrors.delayReason && !errors.delayReason) ? problem : null;

  const languageSwitch = (
    <div className="segmented" role="radiogroup" aria-label={t.language}>
      {NOTICE_LANGUAGES.map((l) => (
        <div className="segmented__option" key={l}>
          <input
            type="radio"
            id={`${languageName}-${l}`}
            name={languageName}
            checked={language === l}
            disabled={busy}
            onChange={() => {
              setLanguage(l);
              save.reset();
            }}
          />
          <label htmlFor={`${languageName}-${l}`}>
            {l.toUpperCase()}
            <span className="visually-hidden"> {LANGUAGE_LABELS[l]}</span>
          </label>
        </div>
      ))}
    </div>
  );

  const savedNote = draft ? (
    <p className="notice-saved" role="status">
      {save.isPending ? (
        t.saving
      ) : dirty ? (
        t.unsaved
      ) : draft.savedAt ? (
        <>
          {t.draftSaved}
          <Timestamp value={draft.savedAt} layout="inline" />
          {draft.savedBy ? t.savedBy(draft.savedBy) : ''}
        </>
      ) : (
        t.freshDraft
      )}
    </p>
  ) : null;

  const channelField = form ? (
    <SelectField
      label={t.channel}
      value={form.channel}
      error={allErrors.channel}
      onChange={(e) => update({ channel: e.target.value as NoticeChannel })}
    >
      {NOTICE_CHANNELS.map((c) => (
        <option key={c} value={c}>
          {CHANNEL_LABELS[c]}
        </option>
      ))}
    </SelectField>
  ) : null;

  const recipientField = form ? (
    <TextField
      label={t.recipient}
      value={form.recipient}
      maxLength={500}
      hint={t.recipientHint}
      error={allErrors.recipient}
      onChange={(e) => update({ recipient: e.target.value })}
    />
  ) : null;

  let body: ReactNode;
  if (draftQuery.isPending) {
    body = (
      <div className="stack" role="status" aria-busy="true">
        <span className="visually-hidden">{t.preparing}</span>
        <Skeleton variant="title" width="60" />
        <Skeleton variant="block" />
        <Skeleton variant="text" width="80" />
      </div>
    );
  } else if (draftQuery.isError || !draft || !form) {
    body = (
      <ErrorState
        error={draftQuery.error}
        title={t.prepareFailed}
        onRetry={() => void draftQuery.refetch()}
      />
    );
  } else if (draft.sentAt) {
    body = (
      <Alert tone="info" title={t.alreadySent}>
        {t.alreadySentBody(formatDateTime(draft.sentAt))}
      </Alert>
    );
  } else if (step === 'prepare') {
    body = (
      <div className="notice-layout">
        <div className="notice-editor">
          <div className="notice-editor__bar">
            {languageSwitch}
            {savedNote}
          </div>
          <div className="form-grid">
            {recipientField}
            {channelField}
          </div>
          <TextField
            label={t.subject}
            value={form.subject}
            maxLength={500}
            error={allErrors.summary}
            onChange={(e) => update({ subject: e.target.value })}
          />
          <div ref={bodyRef}>
            <TextAreaField
              label={t.text}
              rows={18}
              value={form.body}
              maxLength={200_000}
              className="input textarea notice-editor__body"
              error={allErrors.content}
              hint={t.textHint}
              onChange={(e) => update({ body: e.target.value })}
              data-autofocus
            />
          </div>
          <GapsAlert gaps={gaps} onGoTo={goToGap}>
            <p>{t.gaps.goTo}</p>
          </GapsAlert>
        </div>
        <ContentChecklist draft={draft} gaps={gaps} />
      </div>
    );
  } else if (step === 'review') {
    body = (
      <div className="notice-layout">
        <div className="notice-editor">
          <div className="notice-editor__bar">
            <span className="notice-language">{LANGUAGE_LABELS[language]}</span>
            {savedNote}
          </div>
          <dl className="detail-list">
            <div>
              <dt>{t.to}</dt>
              <dd>{form.recipient.trim() || '—'}</dd>
            </div>
            <div>
              <dt>{t.channel}</dt>
              <dd>{CHANNEL_LABELS[form.channel]}</dd>
            </div>
            <div>
              <dt>{t.subject}</dt>
              <dd>{form.subject}</dd>
            </div>
          </dl>
          <GapsAlert gaps={gaps}>
            <p>{t.gaps.inReview}</p>
          </GapsAlert>
          <Preview body={form.body.trim()} />
        </div>
        <ContentChecklist draft={draft} gaps={gaps} />
      </div>
    );
  } else {
    body = (
      <form
        id={`${languageName}-send`}
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void markSent();
        }}
      >
        <p className="dialog__text">
          <span>
            {t.send.introBefore}
            <strong>{t.send.introState}</strong>
            {t.send.introAfter}
          </span>
        </p>
        <div className="form-grid">
          <div className="notice-sent-at">
            <TextField
              label={t.send.sentAt}
              type="datetime-local"
              step={1}
              value={sentAtInput}
              error={allErrors.sentAt}
              hint={
                sentAt
                  ? t.send.recordedAs(localTimeZone(), formatDateTime(sentAt, 'UTC'))
                  : t.send.yourTime(localTimeZone())
              }
              onChange={(e) => {
                setSentAtInput(e.target.value);
                setErrors((errs) => withoutError(errs, 'sentAt'));
              }}
              data-autofocus
            />
            <Button
              size="sm"
              variant="link"
              className="notice-now"
              onClick={() => setSentAtInput(toLocalInput(Date.now()))}
            >
              {t.send.now}
            </Button>
          </div>
          {channelField}
        </div>
        {recipientField}
        {late ? (
          <TextAreaField
            label={t.send.delayReason}
            rows={3}
            required
            value={delayReason}
            maxLength={5000}
            error={allErrors.delayReason}
            hint={obligation.rule === 'GDPR_SA' ? t.send.delayReasonGdpr : t.send.delayReasonOther}
            onChange={(e) => {
              setDelayReason(e.target.value);
              setErrors((errs) => withoutError(errs, 'delayReason'));
            }}
          />
        ) : null}
        <GapsAlert gaps={gaps}>
          <p>{t.gaps.whenSending}</p>
        </GapsAlert>
        <dl className="detail-list">
          <div>
            <dt>{t.subject}</dt>
            <dd>{form.subject.trim() || '—'}</dd>
          </div>
          <div>
            <dt>{t.text}</dt>
            <dd>
              {t.send.length(form.body.trim().length, LANGUAGE_LABELS[language])}
              {dirty || !draft.savedAt ? (
                <span className="detail-list__sub">{t.send.savedWhenRecorded}</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>SHA-256</dt>
            <dd className="mono break-all">
              {bodyHash === undefined ? t.send.computing : (bodyHash ?? t.send.computedByServer)}
            </dd>
          </div>
        </dl>
      </form>
    );
  }

  const ready = Boolean(draft && form && !draft.sentAt);

  return (
    <Dialog
      open
      onClose={requestClose}
      busy={busy}
      size="lg"
      title={obligation.title}
      description={`${obligation.rule} · ${incidentReference(obligation)} ${obligation.incidentTitle}`}
    >
      <div className="notice-flow">
        <DialogBody>
          <Steps step={step} />
          <ObligationStrip obligation={obligation} />
          {body}
          {problemShown ? <ProblemAlert error={problemShown} action={t.action} /> : null}
        </DialogBody>
        <DialogFooter>
          {step === 'prepare' ? (
            <>
              <Button onClick={requestClose} disabled={busy}>
                {t.cancel}
              </Button>
              <Button
                onClick={() => void saveDraft().catch(() => undefined)}
                loading={save.isPending}
                disabled={!ready || (!dirty && Boolean(draft?.savedAt))}
              >
                {t.saveDraft}
              </Button>
              <Button variant="primary" onClick={() => setStep('review')} disabled={!ready}>
                {t.review}
              </Button>
            </>
          ) : step === 'review' ? (
            <>
              <Button onClick={() => setStep('prepare')} disabled={busy}>
                {t.backToText}
              </Button>
              <Button
                onClick={() => void saveDraft().catch(() => undefined)}
                loading={save.isPending}
                disabled={!ready || (!dirty && Boolean(draft?.savedAt))}
              >
                {t.saveDraft}
              </Button>
              <Button variant="primary" onClick={startSend} disabled={!ready}>
                {t.continueToSend}
              </Button>
            </>
          ) : (
            <>
              <Button onClick={() => setStep('review')} disabled={busy}>
                {t.backToReview}
              </Button>
              <Button
                type="submit"
                form={`${languageName}-send`}
                variant="primary"
                loading={busy}
                disabled={!ready}
              >
                {t.markSent}
              </Button>
            </>
          )}
        </DialogFooter>
      </div>
      <ConfirmDialog
        open={confirmClose}
        title={t.discard.title}
        confirmLabel={t.discard.confirm}
        onConfirm={() => {
          setConfirmClose(false);
          onClose();
        }}
        onCancel={() => setConfirmClose(false)}
      >
        <span>{t.discard.body}</span>
      </ConfirmDialog>
    </Dialog>
  );
};

export interface NoticeDialogProps {
  obligation: Obligation;
  open: boolean;
  onClose: () => void;
}

/** One notice: prepared and recorded by the DPO; read-only once sent or waived, or for others. */
const NoticeFlow = memo(function NoticeFlow({
  obligation,
  onClose,
}: Omit<NoticeDialogProps, 'open'>) {
  const user = useCurrentUser();
  const [sent, setSent] = useState<Obligation | null>(null);
  const current = sent ?? obligation;
  const settled = settledState(current);
  const editable = canRecordNotices(user.role) && settled === null;

  if (editable) {
    return <NoticeEditor obligation={current} onClose={onClose} onSent={setSent} />;
  }
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={current.title}
      description={`${current.rule} · ${incidentReference(current)} ${current.incidentTitle}`}
    >
      <NoticeRecord
        obligation={current}
        justSent={sent !== null}
        canReadText={canReadObligations(user.role)}
        onClose={onClose}
      />
    </Dialog>
  );
});

/**
 * The notice of an obligation: prepare it from the incident's record (EN/FR), review it against
 * the content the law lists, and record it as sent with its time, channel, recipient and hash.
 * A sent notice opens read-only: what was sent, when, to whom, and the SHA-256 of the text.
 */
export const NoticeDialog = ({ obligation, open, onClose }: NoticeDialogProps) =>
  open ? <NoticeFlow key={obligation.id} obligation={obligation} onClose={onClose} /> : null;
