import {
  createWebhookSchema,
  updateWebhookSchema,
  WEBHOOK_EVENTS,
  type CreateWebhook,
  type UpdateWebhook,
  type Webhook,
  type WebhookEvent,
} from '@vigil/contracts';
import { localizedRecord, pick } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import type { WebhookTestResult } from './api';
import { eventMessages, messages } from './messages';

/** Each event's name and when it goes out, in the language the console speaks when read. */
export const WEBHOOK_EVENT_LABELS: Readonly<Record<WebhookEvent, { label: string; hint: string }>> =
  localizedRecord(eventMessages);

/** "All reminders and escalations", or the chosen ones in words. */
export const describeEvents = (events: readonly WebhookEvent[]): string => {
  const t = pick(messages).events;
  return WEBHOOK_EVENTS.every((e) => events.includes(e))
    ? t.all
    : WEBHOOK_EVENTS.filter((e) => events.includes(e))
        .map((e) => WEBHOOK_EVENT_LABELS[e].label)
        .join(', ') || t.none;
};

/** The dialog's fields, as typed. */
export interface WebhookDraft {
  name: string;
  url: string;
  events: WebhookEvent[];
}

export const draftOf = (webhook?: Webhook): WebhookDraft => ({
  name: webhook?.name ?? '',
  url: webhook?.url ?? '',
  events: webhook ? [...webhook.events] : [...WEBHOOK_EVENTS],
});

type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** In the order of the list, whatever order they were ticked in. */
const ordered = (events: readonly WebhookEvent[]) =>
  WEBHOOK_EVENTS.filter((e) => events.includes(e));

// zod's own words ("Invalid URL", "Too small: …") say what is wrong, not what to type.
const friendly = (errors: FieldErrors): FieldErrors => {
  const words = pick(messages).validation;
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path, words[path] ?? message]),
  );
};

const fields = (draft: WebhookDraft) => ({
  name: draft.name,
  url: draft.url,
  events: ordered(draft.events),
});

/** `POST /webhooks`: new endpoints start active. */
export const toCreateWebhook = (draft: WebhookDraft): Result<CreateWebhook> => {
  const parsed = createWebhookSchema.safeParse(fields(draft));
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: friendly(issuesToFieldErrors(parsed.error.issues)) };
};

/** `PATCH /webhooks/{id}` with only what changed: `{}` when nothing did. */
export const toWebhookPatch = (webhook: Webhook, draft: WebhookDraft): Result<UpdateWebhook> => {
  // Active is the list's switch, not the dialog's: it is left as it is.
  const parsed = updateWebhookSchema
    .required()
    .pick({ name: true, url: true, events: true })
    .safeParse(fields(draft));
  if (!parsed.success) {
    return { ok: false, errors: friendly(issuesToFieldErrors(parsed.error.issues)) };
  }
  const { name, url, events } = parsed.data;
  const patch: UpdateWebhook = {};
  if (name !== webhook.name) patch.name = name;
  if (url !== webhook.url) patch.url = url;
  if (events.join() !== ordered(webhook.events).join()) patch.events = events;
  return { ok: true, value: patch };
};

/** "85 ms", "1.2 s". */
export const formatDurationMs = (ms: number): string => {
  const t = pick(messages).duration;
  return Math.round(ms) < 1000
    ? t.ms(formatNumber(Math.round(ms)))
    : t.s(formatNumber(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
};

export interface TestOutcome {
  tone: 'success' | 'danger' | 'info';
  title: string;
  detail?: string;
}

/** What the endpoint did with the test message, in a line a person reads at a glance. */
export const describeTestResult = (result: WebhookTestResult): TestOutcome => {
  const t = pick(messages).testResult;
  const last = result.attempts.at(-1);
  if (!last) {
    return result.status === 'taken'
      ? { tone: 'info', title: t.taken, detail: t.takenDetail }
      : { tone: 'danger', title: t.notQueued };
  }
  const took = formatDurationMs(last.durationMs);
  if (last.outcome !== 'failed') {
    return {
      tone: 'success',
      title: t.delivered(last.detail ?? undefined, took),
      detail: t.deliveredDetail,
    };
  }
  const answered = /^HTTP \d{3}\b/.test(last.detail ?? '');
  return {
    tone: 'danger',
    title: t.failed(last.detail ?? undefined),
    detail: [
      answered ? t.refused(took) : t.unreachable,
      result.status === 'pending' ? t.retrying : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
};
