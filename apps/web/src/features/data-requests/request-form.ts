import { createDataRequestSchema, type CreateDataRequest } from '@vigil/contracts';
import { pick } from '../../i18n';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import { fromLocalInput } from '../incidents/local-time';
import { WINDOW_DAYS, type DataRequestKind, type DataRequestReason } from './data-request-text';
import { textMessages } from './messages';

export interface RequestDraft {
  kind: DataRequestKind;
  reason: DataRequestReason;
  /** `datetime-local` text; empty for "now". */
  requestedAt: string;
  assigneeId: string;
  note: string;
}

export const emptyRequestDraft = (assigneeId: string): RequestDraft => ({
  kind: 'deletion',
  reason: 'on_request',
  requestedAt: '',
  assigneeId,
  note: '',
});

// A clock set a minute ahead by a skewed laptop is still "now".
const FUTURE_SLACK_MS = 60_000;

/**
 * The body of `POST …/data-requests` from the form, or the errors to show on its fields. The ask
 * cannot be in the future: the 30-day clock would start late.
 */
export const toCreateRequest = (
  draft: RequestDraft,
  now: number,
): { body: CreateDataRequest; errors?: undefined } | { body?: undefined; errors: FieldErrors } => {
  const requestedAt = fromLocalInput(draft.requestedAt);
  if (requestedAt === undefined) {
    return { errors: { requestedAt: pick(textMessages).form.invalidDate } };
  }
  if (requestedAt && Date.parse(requestedAt) > now + FUTURE_SLACK_MS) {
    return { errors: { requestedAt: pick(textMessages).form.futureDate } };
  }
  const parsed = createDataRequestSchema.safeParse({
    kind: draft.kind,
    reason: draft.reason,
    note: draft.note,
    assigneeId: draft.assigneeId || null,
    ...(requestedAt ? { requestedAt } : {}),
  });
  if (!parsed.success) return { errors: issuesToFieldErrors(parsed.error.issues) };
  return { body: parsed.data };
};

/** When the clock of a request asked at `requestedAt` (or now) will run out. */
export const dueFrom = (requestedAt: string, now: number): number | null => {
  const at = fromLocalInput(requestedAt);
  if (at === undefined) return null;
  return (at ? Date.parse(at) : now) + WINDOW_DAYS * 24 * 3_600_000;
};
