import type { DataRequest } from '@vigil/contracts';
import type { BadgeTone } from '../../components/ui';

// Types only from @vigil/contracts: the Deadlines board imports this file too.

export type DataRequestKind = DataRequest['kind'];
export type DataRequestReason = DataRequest['reason'];
export type DataRequestStatus = DataRequest['status'];

/** The company's promise to its clients: an export or a deletion within 30 days of the ask. */
export const WINDOW_DAYS = 30;
/** Backups are not edited: they age out on their own cycle. */
export const BACKUP_CYCLE_DAYS = 7;

const DAY_MS = 24 * 3_600_000;

export const KIND_LABELS: Record<DataRequestKind, string> = {
  export: 'Full export',
  deletion: 'Deletion',
};

export const REASON_LABELS: Record<DataRequestReason, string> = {
  end_of_contract: 'Contract ended',
  on_request: 'Client asked',
};

export const STATUS_META: Record<DataRequestStatus, { label: string; tone: BadgeTone }> = {
  open: { label: 'Open', tone: 'info' },
  in_progress: { label: 'In progress', tone: 'info' },
  completed: { label: 'Completed', tone: 'success' },
  rejected: { label: 'Rejected', tone: 'neutral' },
};

export const isOpenRequest = (r: Pick<DataRequest, 'status'>): boolean =>
  r.status === 'open' || r.status === 'in_progress';

// ---------- The 30-day clock ----------

/** How a request's clock stands: the board's words, so both pages colour it alike. */
export type RequestClockState = 'overdue' | 'due_soon' | 'pending' | 'completed' | 'rejected';

export const CLOCK_META: Record<RequestClockState, { label: string; tone: BadgeTone }> = {
  overdue: { label: 'Overdue', tone: 'danger' },
  due_soon: { label: 'Due soon', tone: 'warning' },
  pending: { label: 'Running', tone: 'info' },
  completed: { label: 'Completed', tone: 'success' },
  rejected: { label: 'Rejected', tone: 'neutral' },
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
  if (day > total) return `Day ${day}: past the ${total}-day window`;
  return `Day ${Math.max(1, day)} of ${total}`;
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

const DATA_KIND_LABELS: Record<string, string> = {
  organization: 'Organization profile',
  audit_events: 'Audit events',
  audit_event_tombstones: 'Audit event tombstones',
  incidents: 'Incidents',
  incident_register_entries: 'Incident register entries',
  notices_sent: 'Notices sent',
  notice_drafts: 'Notice drafts',
  data_requests: 'Data requests',
  contacts: 'Contacts',
};

/** "audit_events" → "Audit events": the known kinds by name, any other made readable. */
export const dataKindLabel = (kind: string): string => {
  const known = DATA_KIND_LABELS[kind];
  if (known) return known;
  const words = kind.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : kind;
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
  const options = [{ id: me.id, label: `Me — ${personLabel(me)}` }, ...others];
  if (current && !options.some((o) => o.id === current.id)) {
    options.push({ id: current.id, label: current.email });
  }
  return options;
};
