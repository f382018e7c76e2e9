import { z } from 'zod';

export const NOTICE_LANGUAGES = ['en', 'fr'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export const noticeDraftQuerySchema = z
  .object({ language: z.enum(NOTICE_LANGUAGES).default('en') })
  .strict();

export const NOTICE_CHANNELS = ['email', 'portal', 'letter', 'phone', 'webhook', 'other'] as const;

/** `PUT /obligations/{id}/notice`: the DPO's reviewed text, kept until it is marked sent. */
export const saveNoticeSchema = z
  .object({
    language: z.enum(NOTICE_LANGUAGES),
    subject: z.string().trim().min(1).max(500),
    body: z.string().trim().min(1).max(200_000),
    recipient: z.string().trim().max(500).default(''),
    channel: z.enum(NOTICE_CHANNELS).default('email'),
  })
  .strict();
export type SaveNotice = z.infer<typeof saveNoticeSchema>;

/** One content item the law lists for this notice, and whether the incident's record filled it. */
export interface NoticeContentItem {
  key: string;
  /** The item as the law words it, e.g. "GDPR Art. 33(3)(a): the nature of the breach". */
  label: string;
  /** False when the incident has no fact for it yet: the text holds a bracketed blank to fill. */
  filled: boolean;
}

/**
 * `GET /obligations/{id}/notice?language=`: the saved draft in that language, or a fresh one
 * filled from the incident by the rule's template.
 */
export interface NoticeDraft {
  obligationId: string;
  rule: string;
  language: NoticeLanguage;
  subject: string;
  body: string;
  recipient: string;
  channel: (typeof NOTICE_CHANNELS)[number];
  /** Where the template takes its items from, e.g. "PIPEDA Breach Regulations s. 2(1)". */
  legalSource: string;
  contentItems: NoticeContentItem[];
  /** Null for a fresh template; set once the DPO saved a reviewed version. */
  savedAt: string | null;
  savedBy: string | null;
  /** Set once the notice was recorded as sent: the text is then read-only. */
  sentAt: string | null;
  contentSha256: string | null;
}
