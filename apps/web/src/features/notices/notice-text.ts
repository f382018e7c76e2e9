import type {
  CompleteObligation,
  NoticeContentItem,
  NoticeDraft,
  NoticeLanguage,
  Obligation,
  SaveNotice,
} from '@vigil/contracts';
import { gdprSaNeedsDelayReason } from '@vigil/domain';
import { localizedRecord, pick } from '../../i18n';
import type { FieldErrors } from '../../lib/form-errors';
import { messages } from './messages';

export type NoticeChannel = NoticeDraft['channel'];

/** "Email", "Courriel": each channel in the active language. */
export const CHANNEL_LABELS: Readonly<Record<NoticeChannel, string>> = localizedRecord({
  en: messages.en.channels,
  'fr-CA': messages['fr-CA'].channels,
});

/** The language a notice is written in, named in the active language. */
export const LANGUAGE_LABELS: Readonly<Record<NoticeLanguage, string>> = localizedRecord({
  en: messages.en.languages,
  'fr-CA': messages['fr-CA'].languages,
});

/** What the DPO edits: the draft's text and where it goes. */
export interface NoticeForm {
  subject: string;
  body: string;
  recipient: string;
  channel: NoticeChannel;
}

export const formFromDraft = (draft: NoticeDraft): NoticeForm => ({
  subject: draft.subject,
  body: draft.body,
  recipient: draft.recipient,
  channel: draft.channel,
});

/** True when the form says something the saved draft does not (whitespace at the ends aside). */
export const isDirty = (form: NoticeForm, draft: NoticeDraft): boolean =>
  form.subject.trim() !== draft.subject.trim() ||
  form.body.trim() !== draft.body.trim() ||
  form.recipient.trim() !== draft.recipient.trim() ||
  form.channel !== draft.channel;

// ---------- Gaps: "[[to complete: …]]" / "[[à compléter : …]]" ----------

export interface Gap {
  /** Offsets of the whole bracketed gap in the text, for selecting it in the editor. */
  start: number;
  end: number;
  /** What is missing, without the brackets and the "to complete:" words. */
  label: string;
}

// The template's blank, as libs/domain notice-format NOTICE_GAP_PATTERN writes it.
const GAP = /\[\[(?:to complete|à compléter) ?: ?([^\]]*)\]\]/g;

/** The blanks the template left where the incident's record had no fact. */
export const findGaps = (text: string): Gap[] =>
  [...text.matchAll(GAP)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    label: (match[1] ?? '').trim(),
  }));

export interface TextSegment {
  text: string;
  gap: boolean;
}

/** The text cut around its gaps, to show them highlighted. */
export const splitGaps = (text: string): TextSegment[] => {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const gap of findGaps(text)) {
    if (gap.start > at) segments.push({ text: text.slice(at, gap.start), gap: false });
    segments.push({ text: text.slice(gap.start, gap.end), gap: true });
    at = gap.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), gap: false });
  return segments;
};

export type ContentItemState = 'filled' | 'to_complete' | 'check';

/**
 * Where each content item the law lists stands. `filled` comes from the server (the incident's
 * record had the fact); an item it could not fill stays "to complete" while the text has gaps,
 * and turns to "check" (written by hand, to be read again) once none remain.
 */
export const contentItemStates = (
  items: readonly NoticeContentItem[],
  gaps: readonly Gap[],
): (NoticeContentItem & { state: ContentItemState })[] =>
  items.map((item) => ({
    ...item,
    state: item.filled ? 'filled' : gaps.length > 0 ? 'to_complete' : 'check',
  }));

// ---------- Payloads ----------

export const savePayload = (language: NoticeLanguage, form: NoticeForm): SaveNotice => ({
  language,
  subject: form.subject.trim(),
  body: form.body.trim(),
  recipient: form.recipient.trim(),
  channel: form.channel,
});

export interface SendDetails {
  /** RFC 3339, UTC. */
  sentAt: string;
  delayReason: string;
}

/**
 * `POST /obligations/{id}/complete`: the subject is the recorded summary and the body the content
 * whose SHA-256 is kept, trimmed exactly as the saved draft is so that both say the same.
 */
export const completePayload = (
  language: NoticeLanguage,
  form: NoticeForm,
  send: SendDetails,
): CompleteObligation => {
  const delayReason = send.delayReason.trim();
  return {
    sentAt: send.sentAt,
    language,
    channel: form.channel,
    recipient: form.recipient.trim(),
    summary: form.subject.trim(),
    content: form.body.trim(),
    ...(delayReason ? { delayReason } : {}),
  };
};

/** GDPR Art. 33(1) and the contract's 24 h: a notice sent after `dueAt` must say why it is late. */
export const needsDelayReason = (obligation: Pick<Obligation, 'dueAt'>, sentAt: string | null) =>
  sentAt !== null && gdprSaNeedsDelayReason({ dueAt: obligation.dueAt, sentAt });

/** A minute of slack for a clock a little ahead of the server's. */
const FUTURE_SLACK_MS = 60_000;

/** The mark-as-sent form's problems, by field; empty when it can be sent. */
export const validateSend = ({
  obligation,
  form,
  sentAt,
  delayReason,
  now = Date.now(),
}: {
  obligation: Pick<Obligation, 'dueAt'>;
  form: NoticeForm;
  sentAt: string | null;
  delayReason: string;
  now?: number;
}): FieldErrors => {
  const t = pick(messages).validation;
  const errors: FieldErrors = {};
  if (sentAt === null) errors.sentAt = t.sentAtMissing;
  else if (Date.parse(sentAt) > now + FUTURE_SLACK_MS) {
    errors.sentAt = t.sentAtFuture;
  }
  if (!form.recipient.trim()) errors.recipient = t.recipientMissing;
  if (!form.subject.trim()) errors.summary = t.subjectMissing;
  if (!form.body.trim()) errors.content = t.bodyMissing;
  if (needsDelayReason(obligation, sentAt) && !delayReason.trim()) {
    errors.delayReason = t.delayReasonMissing;
  }
  return errors;
};

// ---------- Times in a datetime-local field ----------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-20T15:03:11`: an instant as the browser's local wall-clock time, to the second. */
export const toLocalInput = (at: number): string => {
  const d = new Date(at);
  return (
    `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
};

/** The instant a datetime-local value means in the browser's zone, in UTC; null when incomplete. */
export const fromLocalInput = (value: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  // Without a zone, an ISO date-time is read as local time.
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
};

// ---------- Proof ----------

/** Hex SHA-256 of the UTF-8 text, as the API computes `contentSha256`; null without Web Crypto. */
export const sha256Hex = async (text: string): Promise<string | null> => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/** `GDPR_SA-INC-12-2026-11-20.txt`: the sent notice saved as a file. */
export const noticeFileName = (
  obligation: Pick<Obligation, 'rule' | 'incidentNumber'>,
  sentAt: string,
): string => `${obligation.rule}-INC-${obligation.incidentNumber}-${sentAt.slice(0, 10)}.txt`;

/**
 * The sent notice as a text file: who, when and how above a rule, then the exact text whose
 * SHA-256 was recorded (the header is not part of the hashed text).
 */
export const noticeFileText = ({
  obligation,
  subject,
  body,
}: {
  obligation: Pick<
    Obligation,
    'rule' | 'title' | 'incidentNumber' | 'metAt' | 'channel' | 'sentTo' | 'contentSha256'
  >;
  subject: string;
  body: string;
}): string => {
  // The header is in the reader's language; the channel stays the API's code, as recorded.
  const t = pick(messages).file;
  return [
    `${obligation.rule} — ${obligation.title} (INC-${obligation.incidentNumber})`,
    t.subject(subject),
    t.to(obligation.sentTo ?? ''),
    t.channel(obligation.channel ?? ''),
    t.sentAt(obligation.metAt ?? ''),
    t.sha256(obligation.contentSha256 ?? ''),
    '-'.repeat(72),
    body,
  ].join('\n');
};
