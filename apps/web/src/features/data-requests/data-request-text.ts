import type { DataRequest } from '@vigil/contracts';
import type { BadgeTone } from '../../components/ui';
import { pick } from '../../i18n';
import { requestMessages } from './messages';

// Types only from @vigil/contracts: the Deadlines board imports this file too.

export type DataRequestKind = DataRequest['kind'];
export type DataRequestReason = DataRequest['reason'];
export type DataRequestStatus = DataRequest['status'];

/** The company's promise to its clients: an export or a deletion within 30 days of the ask. */
export const WINDOW_DAYS = 30;
/** Backups are not edited: they age out on their own cycle. */
export const BACKUP_CYCLE_DAYS = 7;

const DAY_MS = 24 * 3_600_000;

const words = () => pick(requestMessages);

// The label maps read the active language on each lookup: `KIND_LABELS[kind]` as before.

export const KIND_LABELS: Readonly<Record<DataRequestKind, string>> = {
  get export() {
    return words().kinds.export;
  },
  get deletion() {
    return words().kinds.deletion;
  },
};

export const REASON_LABELS: Readonly<Record<DataRequestReason, string>> = {
  get end_of_contract() {
    return words().reasons.end_of_contract;
  },
  get on_request() {
    return words().reasons.on_request;
  },
};

const STATUS_TONES: Record<DataRequestStatus, BadgeTone> = {
  open: 'info',
  in_progress: 'info',
  completed: 'success',
  rejected: 'neutral',
};

const statusMeta = (status: DataRequestStatus) => ({
  get label() {
    return words().statuses[status];
  },
  tone: STATUS_TONES[status],
});

export const STATUS_META: Readonly<Record<DataRequestStatus, { label: string; tone: BadgeTone }>> =
  {
    open: statusMeta('open'),
    in_progress: statusMeta('in_progress'),
    completed: statusMeta('completed'),
    rejected: statusMeta('rejected'),
  };

export const isOpenRequest = (r: Pick<DataRequest, 'status'>): boolean =>
  r.status === 'open' || r.status === 'in_progress';

// ---------- The 30-day clock ----------

/** How a request's clock stands: the board's words, so both pages colour it alike. */
export type RequestClockState = 'overdue' | 'due_soon' | 'pending' | 'completed' | 'rejected';

const CLOCK_TONES: Record<RequestClockState, BadgeTone> = {
  overdue: 'danger',
  due_soon: 'warning',
  pending: 'info',
  completed: 'success',
  rejected: 'neutral',
};

const clockMeta = (state: RequestClockState) => ({
  get label() {
    return words().clocks[state];
  },
  tone: CLOCK_TONES[state],
});

export const CLOCK_META: Readonly<Record<RequestClockState, { label: string; tone: BadgeTone }>> = {
  overdue: clockMeta('overdue'),
  due_soon: clockMeta('due_soon'),
  pending: clockMeta('pending'),
  completed: clockMeta('completed'),
  rejected: clockMeta('rejected'),
};

const CLOCK_ORDER: readonly RequestClockState[] = [
  'overdue',
  'due_soon',
  'pending',
  'completed',
  'rejected',
];

type ClockFields = Pick<DataRequest, 'status' | 'requestedAt' | 'dueAt'>;

/** Due soon in the last quarter of the window (7.5 days of 30), as the incident clocks are. */
export const requestClockState = (r: ClockFields, now: number): RequestClockState => {
  if (r.status === 'completed') return 'completed';
  if (r.status === 'rejected') return 'rejected';
  const due = Date.parse(r.dueAt);
  const left = due - now;
  if (left < 0) return 'overdue';
  const window = due - Date.parse(r.requestedAt);
  return left <= window / 4 ? 'due_soon' : 'pending';
};

/** "Day 4 of 30": which day of the window `now` falls on, counting from the day asked. */
export const clockDayText = (r: Pick<DataRequest, 'requestedAt' | 'dueAt'>, now: number) => {
  const total = Math.max(1, Math.round((Date.parse(r.dueAt) - Date.parse(r.requestedAt)) / DAY_MS));
  const day = Math.floor((now - Date.parse(r.requestedAt)) / DAY_MS) + 1;
  if (day > total) return words().pastWindow(day, total);
  return words().clockDay(Math.max(1, day), total);
};

/** Overdue on top, then due soon, then running; inside each, the nearest deadline first. */
export const sortByClock = <T extends ClockFields & { id: string }>(
  requests: readonly T[],
  now: number,
): T[] =>
  [...requests].sort(
    (a, b) =>
      CLOCK_ORDER.indexOf(requestClockState(a, now)) -
        CLOCK_ORDER.indexOf(requestClockState(b, now)) ||
      Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
      a.id.localeCompare(b.id),
  );

// ---------- Confirm by typing ----------

export type ConfirmNameState = 'empty' | 'match' | 'case' | 'mismatch';

/**
 * Whether the name typed back matches the organization's. Exact after trimming, as the API checks
 * it: a near miss in capitals is told apart so the person knows what to fix.
 */
export const confirmNameState = (typed: string, name: string): ConfirmNameState => {
  const text = typed.trim();
  if (!text) return 'empty';
  if (text === name.trim()) return 'match';
  return text.toLocaleLowerCase() === name.trim().toLocaleLowerCase() ? 'case' : 'mismatch';
};

// ---------- Links ----------

/** The organization page, scrolled to one request. */
export const requestPath = (r: Pick<DataRequest, 'id' | 'organizationId'>): string =>
  `/organizations/${encodeURIComponent(r.organizationId)}?request=${encodeURIComponent(r.id)}`;

// ---------- Kinds of data ----------

/** "audit_events" → "Audit events": the known kinds by name, any other made readable. */
export const dataKindLabel = (kind: string): string => {
  const known = words().dataKinds[kind];
  if (known) return known;
  const readable = kind.replace(/[_-]+/g, ' ').trim();
  return readable ? readable.charAt(0).toUpperCase() + readable.slice(1) : kind;
};

// ---------- Assignees ----------

export interface AssigneeOption {
  id: string;
  label: string;
}

interface Person {
  id: string;
  email: string;
  displayName?: string | null;
}

const personLabel = (p: Person) => (p.displayName ? `${p.displayName} (${p.email})` : p.email);

/**
 * Who a request can be given to: the DPOs and admins who may carry it out. `GET /users` answers
 * admins only, so anyone else can name themselves, or keep the assignee already set.
 */
export const assigneeOptions = (
  me: Person,
  users: readonly (Person & { role: string; active: boolean })[] | undefined,
  current: { id: string; email: string } | null,
): AssigneeOption[] => {
  const others = (users ?? [])
    .filter((u) => u.active && u.id !== me.id && (u.role === 'admin' || u.role === 'dpo'))
    .map((u) => ({ id: u.id, label: personLabel(u) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const options = [{ id: me.id, label: words().me(personLabel(me)) }, ...others];
  if (current && !options.some((o) => o.id === current.id)) {
    options.push({ id: current.id, label: current.email });
  }
  return options;
};
