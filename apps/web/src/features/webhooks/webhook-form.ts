import {
  createWebhookSchema,
  updateWebhookSchema,
  WEBHOOK_EVENTS,
  type CreateWebhook,
  type UpdateWebhook,
  type Webhook,
  type WebhookEvent,
} from '@vigil/contracts';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import type { WebhookTestResult } from './api';

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, { label: string; hint: string }> = {
  'obligation.reminder': {
    label: 'Notification deadline reminders',
    hint: 'Before a notice to a regulator, client or the people affected is due.',
  },
  'obligation.escalation': {
    label: 'Overdue notification escalations',
    hint: 'Every 4 h once a notice is past its deadline and still not recorded.',
  },
  'response.reminder': {
    label: 'Response target reminders',
    hint: 'Before an incident is due to be acknowledged, contained or resolved.',
  },
  'response.escalation': {
    label: 'Overdue response escalations',
    hint: 'Every 4 h once an incident has missed one of its response targets.',
  },
};

/** "All reminders and escalations", or the chosen ones in words. */
export const describeEvents = (events: readonly WebhookEvent[]): string =>
  WEBHOOK_EVENTS.every((e) => events.includes(e))
    ? 'All reminders and escalations'
    : WEBHOOK_EVENTS.filter((e) => events.includes(e))
        .map((e) => WEBHOOK_EVENT_LABELS[e].label)
        .join(', ') || 'Nothing';

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
const FIELD_MESSAGES: Record<string, string> = {
  name: 'Give the webhook a name, up to 200 characters.',
  url: 'The full address, starting with https:// (or http://).',
  events: 'Choose at least one kind of message.',
};

const friendly = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path, FIELD_MESSAGES[path] ?? message]),
  );

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
export const formatDurationMs = (ms: number): string =>
  Math.round(ms) < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;

export interface TestOutcome {
  tone: 'success' | 'danger' | 'info';
  title: string;
  detail?: string;
}

/** What the endpoint did with the test message, in a line a person reads at a glance. */
export const describeTestResult = (result: WebhookTestResult): TestOutcome => {
  const last = result.attempts.at(-1);
  if (!last) {
    return result.status === 'taken'
      ? {
          tone: 'info',
          title: 'Being sent in the background',
          detail: 'Its result appears under Last delivery in a moment.',
        }
      : { tone: 'danger', title: 'Failed: the test message could not be queued' };
  }
  const took = formatDurationMs(last.durationMs);
  if (last.outcome !== 'failed') {
    return {
      tone: 'success',
      title: `Delivered: ${last.detail ?? 'accepted'} in ${took}`,
      detail: 'The endpoint accepted a message signed with this webhook’s secret.',
    };
  }
  const answered = /^HTTP \d{3}\b/.test(last.detail ?? '');
  return {
    tone: 'danger',
    title: `Failed: ${last.detail ?? 'no answer'}`,
    detail: [
      answered
        ? `The endpoint answered after ${took} but did not accept the message.`
        : 'No HTTP answer: check the address, and that Vigil’s server can reach it.',
      result.status === 'pending'
        ? 'Vigil retries it with growing pauses; the Outbox lists every attempt.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
};
